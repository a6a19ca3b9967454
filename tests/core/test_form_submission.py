"""Finalising a form: sealed to the council, journalled with nothing typed in the clear.

The envelope is opened with the demo council's private key to prove what was sent; the SQLite
file is read directly to prove what was not. Journey analytics are checked the same way.
"""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest

from core.events import EventType, Scope
from core.form_definition import FormDefinition
from core.form_display import check_rows
from core.form_flow import FormSession, StepKind
from core.form_inputs import ScannedDocument
from core.form_journey_log import FormJourneyLog
from core.form_submission import FinalisedForm, FormIncomplete, FormSubmissions
from core.ports import StorageUnavailable
from core.scan_capture import capture
from core.scanning import ScanSettings, ScanSource
from devices.scan_pipeline import ScanPipeline
from devices.simulated_scanner import SimulatedScanner
from store.journal import SqliteJournal
from sync.sealing import CouncilOpener, CouncilSealer
from tests.core.form_samples import (
    EVERY_TYPE,
    RESIDENT_ANSWERS,
    TODAY,
    TRIAGE,
    build,
    en,
    fill_in,
)
from tests.full_journal import fill_up, make_room

FORM: FormDefinition = build(EVERY_TYPE)
NOW = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)
# 0x0102030405 is 00000 00100 00001 00000 00110 00001 00000 00101 in fives: 0410-6105.
REFERENCE = "ET-0410-6105-5"

NAME = "Zebedee Quixotic-Marchbanks"
REASON = "Damp in the back bedroom since October"
ADDRESS = "Flat 3, 221 Whitechapel Road"
EMAIL = "zebedee.quixotic@example.com"
TYPED = [NAME, REASON, ADDRESS, EMAIL, "07700900982", "07700 900982", "1984-03-14"]
ANSWERS: dict[str, object] = {**RESIDENT_ANSWERS, "reason": REASON, "email": EMAIL}


@pytest.fixture
def submissions(journal: SqliteJournal, sealer: CouncilSealer) -> FormSubmissions:
    """Finalising on the real journal and sealer, at a fixed time with fixed random bytes."""
    return FormSubmissions(
        journal, sealer, lambda: NOW, lambda n: bytes([1, 2, 3, 4, 5])[:n], ScanPipeline().bind
    )


def at_check(definition: FormDefinition = FORM, **changes: object) -> FormSession:
    session = FormSession(definition, today=TODAY)
    assert fill_in(session, {**ANSWERS, **changes}) == []
    assert session.step.kind in (StepKind.CHECK, StepKind.OUTCOME)
    return session


def submitted(journal: SqliteJournal) -> list[dict[str, object]]:
    return [e.payload for e in journal.events() if e.type == EventType.SUBMISSION_FINALISED]


def opened(opener: CouncilOpener, payload: dict[str, object]) -> dict[str, object]:
    """What the case service reads once it opens the sealed answers."""
    envelope = payload["answers"]
    assert isinstance(envelope, dict)
    content = json.loads(opener.open(envelope).decode("utf-8"))
    assert isinstance(content, dict)
    return content


def test_finalise_seals_the_answers_for_the_council_alone(
    submissions: FormSubmissions, journal: SqliteJournal, opener: CouncilOpener
) -> None:
    session = at_check()
    receipt = submissions.finalise(session)
    assert receipt == FinalisedForm(
        reference=REFERENCE,
        form_id="every-type",
        version="2026-11-23.1",
        title=en("Apply for everything"),
        what_happens_next=en("We will write to you."),
        standard=en("We will reply within 10 working days."),
        reply_within_working_days=10,
        submitted_at=NOW,
        event_id=receipt.event_id,
        pages_scanned=0,
    )
    assert session.step.kind is StepKind.CHECK  # finalise only reads: the screen moves on
    (event,) = list(journal.events())
    assert event.id == receipt.event_id
    assert event.type == "submission.finalised"
    assert event.scope is Scope.CENTRAL
    payload = dict(event.payload)
    envelope = payload.pop("answers")
    assert payload == {
        "form": "every-type",
        "version": "2026-11-23.1",
        "reference": REFERENCE,
        "service": "general-enquiries",
        "kind": "apply",
        "language": "en",
        "assisted": False,
    }
    assert isinstance(envelope, dict)
    assert envelope["kid"] == opener.key_id
    assert opened(opener, event.payload) == {
        "form": "every-type",
        "version": "2026-11-23.1",
        "reference": REFERENCE,
        "language": "en",
        "answers": {
            "full_name": NAME,
            "reason": REASON,
            "adults": 2,
            "date_of_birth": "1984-03-14",
            "has_children": "no",
            "tenure": "own",
            "bins": ["recycling", "food"],
            "address": {"postcode": "E1 1BU", "address": ADDRESS},
            "phone": "07700900982",
            "email": EMAIL,
            "start_date": "2026-12-01",
            "agree": "yes",
        },
        "calculations": {"child_count": 0, "single_person": "no"},
    }


def test_nothing_of_the_residents_answers_is_stored_unsealed(
    submissions: FormSubmissions, journal: SqliteJournal, data_dir: Path
) -> None:
    """Neither the journal row, read straight from SQLite, nor any file on disk holds them."""
    submissions.finalise(at_check())
    database = sqlite3.connect(journal.path)
    try:
        rows = database.execute("SELECT type, payload FROM events").fetchall()
    finally:
        database.close()
    assert [kind for kind, _ in rows] == ["submission.finalised"]
    (_, stored), *_ = rows
    assert "every-type" in stored
    for typed in TYPED:
        assert typed not in stored
    journal.close()
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name == "journal.db" for p in files)
    for path in files:
        contents = path.read_bytes()
        for typed in TYPED:
            assert typed.encode() not in contents, path


def test_answers_hidden_after_they_were_given_are_not_sent(
    submissions: FormSubmissions, journal: SqliteJournal, opener: CouncilOpener
) -> None:
    """A landlord named, then "own"; a child's support described, then "no support needed"."""
    session = FormSession(FORM, today=TODAY)
    answers = {
        **ANSWERS,
        "tenure": "rent_private",
        "landlord": "Mrs Ophelia Rentwhistle",
        "has_children": "yes",
        "children.1.child_name": "Ada",
        "children.1.child_age": "4",
        "children.1.child_needs": "yes",
        "children.1.child_support": "Wheelchair ramp at the gate",
    }
    assert fill_in(session, answers) == []
    for key, answer in (("tenure", "own"), ("children.1.child_needs", "no")):
        session.change(key)
        session.answer(answer)
        assert session.next() == []
    submissions.finalise(session)
    (payload,) = submitted(journal)
    content = opened(opener, payload)
    answers_sent = content["answers"]
    assert isinstance(answers_sent, dict)
    assert "landlord" not in answers_sent
    assert answers_sent["children"] == [{"child_name": "Ada", "child_age": 4, "child_needs": "no"}]
    plain = json.dumps(content)
    assert "Rentwhistle" not in plain
    assert "Wheelchair" not in plain


def test_a_whole_repeat_hidden_is_not_sent(
    submissions: FormSubmissions, journal: SqliteJournal, opener: CouncilOpener
) -> None:
    session = FormSession(FORM, today=TODAY)
    answers = {
        **ANSWERS,
        "has_children": "yes",
        "children.1.child_name": "Ada Quillfeather",
        "children.1.child_age": "4",
        "children.1.child_needs": "no",
    }
    assert fill_in(session, answers) == []
    session.change("has_children")
    session.answer("no")
    assert session.next() == []
    submissions.finalise(session)
    content = opened(opener, submitted(journal)[0])
    assert "children" not in content["answers"]  # type: ignore[operator]
    assert content["calculations"] == {"child_count": 0, "single_person": "no"}
    assert "Quillfeather" not in json.dumps(content)


def test_a_scanned_document_is_sealed_as_one_pdf(
    submissions: FormSubmissions, journal: SqliteJournal, opener: CouncilOpener
) -> None:
    """On disk only ciphertext; opened by the council, one PDF with the pages scanned."""
    pages = capture(SimulatedScanner(), ScanPipeline(), ScanSettings(ScanSource.FEEDER), 2)
    bill = ScannedDocument("A utility bill", pages.pages)
    session = at_check(proof=[bill])
    (proof_row,) = [r for r in check_rows(session) if r.key == "proof"]
    assert proof_row.answer == "2 pages scanned"
    receipt = submissions.finalise(session)
    assert receipt.pages_scanned == 2
    (payload,) = submitted(journal)
    digests = payload["blobs"]
    assert isinstance(digests, list)
    assert len(digests) == 1
    content = opened(opener, payload)
    assert content["answers"]["proof"] == [  # type: ignore[index]
        {"kind": "A utility bill", "content_type": "application/pdf", "pages": 2, "blobs": [0]}
    ]
    on_disk = journal.blobs.path_for(digests[0]).read_bytes()
    assert not on_disk.startswith(b"%PDF") and b"/DCTDecode" not in on_disk
    with pikepdf.open(io.BytesIO(opener.open_bytes(on_disk))) as pdf:
        assert len(pdf.pages) == 2


def test_finalise_refuses_while_a_required_answer_is_missing(
    submissions: FormSubmissions, journal: SqliteJournal
) -> None:
    session = FormSession(FORM, today=TODAY)
    session.next()
    with pytest.raises(FormIncomplete) as caught:
        submissions.finalise(session)
    keys = [p.key for p in caught.value.problems]
    assert keys[:3] == ["full_name", "adults", "date_of_birth"]
    assert caught.value.problems[0].message == "Enter your full name"
    assert "reason" not in keys and "email" not in keys  # optional
    assert session.step.key == "full_name"
    assert submitted(journal) == []


def test_finalise_refuses_when_the_declaration_was_withdrawn(
    submissions: FormSubmissions, journal: SqliteJournal
) -> None:
    session = at_check()
    session.change("agree")
    session.answer(False)
    with pytest.raises(FormIncomplete) as caught:
        submissions.finalise(session)
    assert [(p.key, p.message) for p in caught.value.problems] == [
        ("agree", "Confirm that you agree to continue")
    ]
    assert journal.counts_by_type() == {}


def test_a_full_disk_keeps_the_draft_so_the_resident_can_try_again(
    submissions: FormSubmissions, journal: SqliteJournal, opener: CouncilOpener
) -> None:
    session = at_check()
    raw_before = dict(session.raw)
    fill_up(journal)
    with pytest.raises(StorageUnavailable):
        submissions.finalise(session)
    assert session.step.kind is StepKind.CHECK
    assert session.raw == raw_before
    assert submitted(journal) == []
    make_room(journal)
    receipt = submissions.finalise(session)
    (payload,) = submitted(journal)
    assert payload["reference"] == receipt.reference
    assert opened(opener, payload)["answers"]["full_name"] == NAME  # type: ignore[index]


def test_the_language_and_a_staff_assisted_visit_are_recorded(
    submissions: FormSubmissions, journal: SqliteJournal, opener: CouncilOpener
) -> None:
    session = FormSession(FORM, today=TODAY, language="bn")
    assert fill_in(session, ANSWERS) == []
    submissions.finalise(session, assisted=True)
    (payload,) = submitted(journal)
    assert (payload["language"], payload["assisted"]) == ("bn", True)
    assert opened(opener, payload)["language"] == "bn"


def test_a_triage_form_finalised_stays_on_its_outcome(
    submissions: FormSubmissions, journal: SqliteJournal, opener: CouncilOpener
) -> None:
    """Sent to see someone: the officer gets the answers under the reference shown."""
    session = FormSession(build(TRIAGE), today=TODAY)
    assert fill_in(session, {"homeless_tonight": "no"}) == []
    receipt = submissions.finalise(session)
    assert receipt.reference == "HT-0410-6105-5"
    assert session.step.kind is StepKind.OUTCOME
    (payload,) = submitted(journal)
    assert (payload["form"], payload["kind"], payload["service"]) == (
        "housing-triage",
        "triage",
        "housing",
    )
    assert opened(opener, payload)["answers"] == {"homeless_tonight": "no"}


def test_a_finished_form_is_not_sent_again(
    submissions: FormSubmissions, journal: SqliteJournal
) -> None:
    session = at_check()
    submissions.finalise(session)
    session.finished()
    with contextlib.suppress(Exception):
        submissions.finalise(session)
    assert len(submitted(journal)) == 1


# --- journey analytics -----------------------------------------------------------------------


class Stopwatch:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.seconds = 100.0

    def __call__(self) -> float:
        return self.seconds


def journey_events(journal: SqliteJournal) -> list[tuple[str, dict[str, object]]]:
    return [(e.type, e.payload) for e in journal.events() if e.type.startswith("form.")]


def walk_with_log(session: FormSession, log: FormJourneyLog, clock: Stopwatch) -> None:
    """What the screens do: log each page shown and how it was left."""
    answers = {**ANSWERS, "adults": "0"}  # one mistake on the way
    session.next()
    while session.step.kind is StepKind.QUESTION:
        log.entered(session.step.key)
        clock.seconds += 4.25
        if session.step.key in answers:
            session.answer(answers[session.step.key])
        problems = session.next()
        if problems:
            log.left("error", errors=len(problems))
            answers["adults"] = "2"
            continue
        log.left("continue")
    log.entered(session.step.key)


def test_journey_events_hold_pages_and_times_but_no_answers(journal: SqliteJournal) -> None:
    clock = Stopwatch()
    session = FormSession(FORM, today=TODAY)
    log = FormJourneyLog(journal, FORM, "en", monotonic=clock)
    walk_with_log(session, log, clock)
    log.completed()
    events = journey_events(journal)
    kinds = {kind for kind, _ in events}
    assert kinds == {"form.page_entered", "form.page_left", "form.completed"}
    allowed = {"form", "version", "language", "assisted", "page", "how", "seconds", "errors"}
    allowed |= {"pages"}
    page_keys = {step.key for step in session.steps()}
    for kind, payload in events:
        assert set(payload) <= allowed, kind
        assert payload["form"] == "every-type"
        assert payload["version"] == "2026-11-23.1"
        if "page" in payload:
            assert payload["page"] in page_keys
    text = json.dumps([payload for _, payload in events])
    for typed in TYPED:
        assert typed not in text
    left = [p for kind, p in events if kind == "form.page_left"]
    assert left[0] == {
        "form": "every-type",
        "version": "2026-11-23.1",
        "language": "en",
        "assisted": False,
        "page": "full_name",
        "how": "continue",
        "seconds": 4.2,
        "errors": 0,
    }
    errors = [p for p in left if p["how"] == "error"]
    assert [(p["page"], p["errors"]) for p in errors] == [("adults", 1)]
    after_error = left[left.index(errors[0]) + 1]
    assert (after_error["page"], after_error["how"], after_error["seconds"]) == (
        "adults",
        "continue",
        8.5,
    )
    (completed,) = [p for kind, p in events if kind == "form.completed"]
    assert completed["pages"] == 14  # 13 questions and check answers, each counted once


def test_an_abandoned_form_says_where_and_why_only(journal: SqliteJournal) -> None:
    clock = Stopwatch()
    log = FormJourneyLog(journal, FORM, "ur", assisted=True, monotonic=clock)
    log.entered("full_name")
    log.entered("full_name")  # shown again after a language change: not a new page
    clock.seconds += 65
    log.abandoned("timed_out")
    log.entered("reason")
    log.completed()
    assert journey_events(journal) == [
        (
            "form.page_entered",
            {
                "form": "every-type",
                "version": "2026-11-23.1",
                "language": "ur",
                "assisted": True,
                "page": "full_name",
            },
        ),
        (
            "form.abandoned",
            {
                "form": "every-type",
                "version": "2026-11-23.1",
                "language": "ur",
                "assisted": True,
                "page": "full_name",
                "reason": "timed_out",
                "seconds": 65.0,
            },
        ),
    ]


def test_a_triage_route_names_the_outcome_not_the_answers(journal: SqliteJournal) -> None:
    triage = build(TRIAGE)
    session = FormSession(triage, today=TODAY)
    fill_in(session, {"homeless_tonight": "yes", "eviction_letter": "no"})
    outcome = session.outcome()
    assert outcome is not None
    FormJourneyLog(journal, triage, "so", monotonic=Stopwatch()).routed(outcome)
    assert journey_events(journal) == [
        (
            "form.routed",
            {
                "form": "housing-triage",
                "version": "2026-11-23.1",
                "language": "so",
                "assisted": False,
                "outcome": 2,
                "form_to": None,
                "appointment": None,
                "partners": 1,
            },
        )
    ]
