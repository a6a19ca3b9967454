"""Soft checks: a resident cannot pass one alone; staff may, saying why, and it is sealed."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from core.form_definition import FormDefinition
from core.form_flow import FormSession, OverrideRefused, StepKind
from core.form_submission import FormSubmissions
from store.journal import SqliteJournal
from sync.sealing import CouncilOpener, CouncilSealer
from tests.conftest import demo_private_key
from tests.core.form_samples import TODAY, build, en, every_type, question

LIMIT = "You can book up to 10 items in one collection."
FORM: FormDefinition = build(
    every_type(
        id="bulky-test",
        calculations=[],
        items=[
            question("item_count", "number", "How many items?", min=1, max=50, whole_number=True),
            question(
                "where",
                "text",
                "Where will you leave them?",
                constraint="${item_count} <= 10",
                constraint_soft=True,
                messages={"constraint": en(LIMIT)},
            ),
            question(
                "contact",
                "text",
                "Your name",
                constraint=". != 'nobody'",
                messages={"constraint": en("Enter your name")},
            ),
        ],
    )
)


def at_where(items: str) -> FormSession:
    session = FormSession(FORM, today=TODAY)
    session.next()
    session.answer(items)
    assert session.next() == []
    session.answer("By the front gate")
    return session


def test_a_soft_check_stops_the_resident_alone() -> None:
    session = at_where("12")
    [problem] = session.next()
    assert problem.message == LIMIT
    assert session.soft_problem() is not None
    assert session.step.key == "where"


def test_staff_override_with_a_reason_lets_the_answer_through() -> None:
    session = at_where("12")
    with pytest.raises(OverrideRefused, match="Give a reason"):
        session.override("s-amina-khatun", "  ")
    place = session.override("s-amina-khatun", "Estate clearance agreed with Waste team")

    assert place.key == "where"
    assert session.next() == []
    assert session.value_at(place) == "By the front gate"


def test_a_changed_answer_is_checked_again() -> None:
    session = at_where("12")
    session.override("s-amina-khatun", "Agreed")
    session.answer("Somewhere else")
    assert [p.message for p in session.next()] == [LIMIT]


def test_hard_checks_cannot_be_overridden() -> None:
    session = at_where("3")
    assert session.next() == []
    session.answer("nobody")
    assert session.next()
    assert session.soft_problem() is None
    with pytest.raises(OverrideRefused, match="no check on this page"):
        session.override("s-amina-khatun", "because")


def test_the_override_and_its_reason_are_sealed_with_the_answers(
    journal: SqliteJournal, sealer: CouncilSealer
) -> None:
    session = at_where("12")
    session.override("s-amina-khatun", "Estate clearance agreed with Waste team")
    session.next()
    session.answer("Rahima Begum")
    session.next()
    assert session.step.kind is StepKind.CHECK
    done = FormSubmissions(journal, sealer, lambda: datetime(2026, 11, 23, tzinfo=UTC))
    done.finalise(session, assisted=True)

    [event] = [e for e in journal.events() if e.type == "submission.finalised"]
    content = json.loads(CouncilOpener(demo_private_key()).open(event.payload["answers"]))
    assert content["checks_overridden"] == [
        {
            "question": "where",
            "staff_id": "s-amina-khatun",
            "reason": "Estate clearance agreed with Waste team",
        }
    ]
    assert "Estate clearance" not in json.dumps(event.payload)
