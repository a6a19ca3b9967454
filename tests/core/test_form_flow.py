"""Walking a guided form with no screen: pages in order, Back, skip logic, check answers, Change.

Each test plays a resident pressing Continue, Back and Change, and asserts what the next
page would show them.
"""

from __future__ import annotations

import pytest

from core.form_definition import FormDefinition
from core.form_display import CheckRow, check_rows, page_heading
from core.form_flow import FieldProblem, FormSession, StepKind
from core.form_inputs import AddressInput, DateInput
from core.form_messages import ANSWER_WORDS
from tests.core.form_samples import EVERY_TYPE, RESIDENT_ANSWERS, TODAY, TRIAGE, build, fill_in

FORM: FormDefinition = build(EVERY_TYPE)
TRIAGE_FORM: FormDefinition = build(TRIAGE)

PAGES = [
    "start",
    "full_name",
    "reason",
    "adults",
    "date_of_birth",
    "has_children",
    "tenure",
    "bins",
    "address",
    "phone",
    "email",
    "proof",
    "start_date",
    "agree",
    "check",
]


def fresh(language: str = "en") -> FormSession:
    return FormSession(FORM, today=TODAY, language=language)


def at_check(**changes: object) -> FormSession:
    """A resident who has answered every page and reached check your answers."""
    session = fresh()
    assert fill_in(session, {**RESIDENT_ANSWERS, **changes}) == []
    assert session.step.kind is StepKind.CHECK
    return session


def keys(session: FormSession) -> list[str]:
    return [step.key for step in session.steps()]


def row(session: FormSession, key: str) -> CheckRow:
    (found,) = [r for r in check_rows(session) if r.key == key]
    return found


# --- pages in order ------------------------------------------------------------------------


def test_one_question_per_page_in_the_order_written() -> None:
    session = fresh()
    assert keys(session) == PAGES
    assert session.step.kind is StepKind.START
    seen = [session.step.key]
    for _ in range(len(PAGES)):
        if session.step.kind is StepKind.CHECK:
            break
        key = session.step.key
        if key in RESIDENT_ANSWERS:
            session.answer(RESIDENT_ANSWERS[key])
        assert session.next() == []
        seen.append(session.step.key)
    assert seen == PAGES


def test_each_page_has_its_question_as_the_heading() -> None:
    session = fresh()
    session.next()
    assert page_heading(session, session.step) == "What is your full name?"
    assert page_heading(session, session.steps()[0]) == ""


def test_continue_with_a_problem_keeps_the_answer_and_names_the_field() -> None:
    session = fresh()
    fill_in(session, {**RESIDENT_ANSWERS, "adults": "0"})
    assert session.step.key == "adults"
    problems = session.next()
    assert problems == [FieldProblem("adults", "Enter a number that is 1 or more", "too_small")]
    assert session.errors() == problems
    assert session.step.key == "adults"
    assert session.raw_at(session.step.place) == "0"  # type: ignore[arg-type]
    session.answer("2")
    assert session.errors() == []
    assert session.next() == []
    assert session.step.key == "date_of_birth"


def test_an_optional_question_can_be_left_empty() -> None:
    session = fresh()
    session.next()
    session.answer("Zeb")
    session.next()
    assert session.step.key == "reason"
    assert session.next() == []
    assert session.step.key == "adults"


def test_back_goes_to_the_previous_page_from_every_page_keeping_answers() -> None:
    session = at_check()
    for previous in reversed(PAGES[:-1]):
        assert session.back() is True
        assert session.step.key == previous
    assert session.back() is False
    assert session.step.key == "start"
    assert session.raw["full_name"] == "Zebedee Quixotic-Marchbanks"
    assert fill_in(session, {}) == []  # every answer is still there
    assert session.step.kind is StepKind.CHECK


def test_back_at_the_start_page_leaves_the_form() -> None:
    session = fresh()
    assert session.back() is False
    assert session.step.kind is StepKind.START
    session.next()
    assert session.back() is True
    assert session.step.kind is StepKind.START


def test_only_a_question_page_takes_an_answer() -> None:
    session = fresh()
    with pytest.raises(RuntimeError):
        session.answer("Zeb")
    with pytest.raises(ValueError, match="maybe"):
        session.choose_add_another("maybe")


# --- skip logic ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tenure", "asked"), [("own", False), ("rent_private", True), ("rent_council", False)]
)
def test_the_landlord_is_asked_about_only_when_renting_privately(tenure: str, asked: bool) -> None:
    session = fresh()
    fill_in(session, {**RESIDENT_ANSWERS, "tenure": tenure, "landlord": "Ms Landlord"})
    assert ("landlord" in keys(session)) is asked
    assert any(r.key == "landlord" for r in check_rows(session)) is asked


def test_the_landlord_page_goes_again_when_the_answer_changes() -> None:
    session = fresh()
    assert (
        fill_in(session, {**RESIDENT_ANSWERS, "tenure": "rent_private", "landlord": "Ms L"}) == []
    )
    assert row(session, "landlord").answer == "Ms L"
    session.change("tenure")
    session.answer("own")
    assert session.next() == []
    assert session.step.kind is StepKind.CHECK
    assert "landlord" not in keys(session)
    assert all(r.key != "landlord" for r in check_rows(session))
    session.change("tenure")
    session.answer("rent_private")
    assert session.next() == []
    assert session.step.kind is StepKind.CHECK  # the kept answer is fine, nothing to ask
    assert row(session, "landlord").answer == "Ms L"


# --- check your answers --------------------------------------------------------------------


def test_check_answers_shows_every_answer_as_the_resident_reads_it() -> None:
    session = at_check()
    rows = [(r.label, r.answer, r.change) for r in check_rows(session)]
    assert rows == [
        ("What is your full name?", "Zebedee Quixotic-Marchbanks", "full_name"),
        ("Why are you applying?", "Not answered", "reason"),
        ("How many adults live with you?", "2", "adults"),
        ("What is your date of birth?", "14 March 1984", "date_of_birth"),
        ("Do you have children?", "No", "has_children"),
        ("Do you own or rent?", "Own", "tenure"),
        ("Which bins do you need?", "Recycling\nFood", "bins"),
        ("What is your address?", "Flat 3, 221 Whitechapel Road\nE1 1BU", "address"),
        ("What is your phone number?", "07700900982", "phone"),
        ("What is your email address?", "Not answered", "email"),
        ("Scan your proof of address", "Not answered", "proof"),
        ("When do you want to start?", "1 December 2026", "start_date"),
        ("Declaration", "Agreed", "agree"),
        ("Children", "0", None),
        ("Single person discount", "No", None),
    ]
    assert session.next() == []
    assert session.step.kind is StepKind.CHECK


def test_check_answers_in_polish_shows_polish_words_and_dates() -> None:
    session = FormSession(FORM, today=TODAY, language="pl")
    assert fill_in(session, RESIDENT_ANSWERS) == []
    assert row(session, "has_children").answer == ANSWER_WORDS["no"]["pl"]
    assert row(session, "agree").answer == ANSWER_WORDS["agreed"]["pl"]
    assert row(session, "date_of_birth").answer == "14/03/1984"
    assert row(session, "full_name").label == "What is your full name?"  # English only


def test_a_change_link_returns_to_check_answers() -> None:
    session = at_check()
    session.change("adults")
    assert session.step.key == "adults"
    session.answer("1")
    assert session.next() == []
    assert session.step.kind is StepKind.CHECK
    assert row(session, "adults").answer == "1"
    assert row(session, "single_person").answer == "Yes"


def test_back_from_a_change_returns_to_check_answers() -> None:
    session = at_check()
    session.change("bins")
    assert session.back() is True
    assert session.step.kind is StepKind.CHECK


def test_a_change_with_a_problem_stays_on_the_page() -> None:
    session = at_check()
    session.change("full_name")
    session.answer("")
    assert session.next() == [FieldProblem("full_name", "Enter your full name", "required")]
    assert session.step.key == "full_name"


def test_a_change_that_reveals_a_question_asks_it_before_check_answers() -> None:
    session = at_check()
    session.change("tenure")
    session.answer("rent_private")
    assert session.next() == []
    assert session.step.key == "landlord"
    assert session.next() == [FieldProblem("landlord", "Enter your answer", "required")]
    session.answer("Ms Landlord")
    assert session.next() == []
    assert session.step.kind is StepKind.CHECK
    assert row(session, "landlord").answer == "Ms Landlord"


def test_a_change_that_reveals_a_repeat_asks_for_the_first_child() -> None:
    session = at_check()
    session.change("has_children")
    session.answer("yes")
    visited = []
    for answer in ("Ada", "4", "no"):
        assert session.next() == []
        visited.append(session.step.key)
        session.answer(answer)
    assert session.next() == []
    assert visited == ["children.1.child_name", "children.1.child_age", "children.1.child_needs"]
    assert session.step.kind is StepKind.CHECK
    assert row(session, "child_count").answer == "1"


def test_check_answers_says_what_still_needs_an_answer() -> None:
    """Without an email, the phone left empty becomes required again."""
    session = at_check(email="zeb@example.com")
    session.change("phone")
    session.answer("")
    assert session.next() == []  # not needed while there is an email
    assert row(session, "phone").answer == "Not answered"
    session.change("email")
    session.answer("")
    assert session.next() == []
    assert session.step.kind is StepKind.CHECK
    assert row(session, "phone").answer == "Not answered"
    problems = session.next()
    assert problems == [FieldProblem("phone", "Enter a phone number", "required")]
    assert [(step.key, p.key) for step, p in session.incomplete()] == [("phone", "phone")]
    session.change(problems[0].key)
    session.answer("020 7364 5000")
    assert session.next() == []
    assert session.step.kind is StepKind.CHECK
    assert session.incomplete() == []


def test_a_change_link_must_name_a_page() -> None:
    session = at_check()
    with pytest.raises(KeyError):
        session.change("landlord")  # hidden: owners have no landlord page


# --- answers shared between forms ----------------------------------------------------------


def test_shared_answers_prefill_the_form_and_can_be_changed() -> None:
    prefill = {
        "full_name": "Zebedee Quixotic-Marchbanks",
        "new_address": AddressInput("E1 1BU", "Flat 3, 221 Whitechapel Road"),
        "phone": "07700 900982",  # not a shared question on this form
        "move_in_date": DateInput("1", "11", "2026"),
    }
    session = FormSession(FORM, today=TODAY, prefill=prefill)
    assert session.raw == {
        "full_name": "Zebedee Quixotic-Marchbanks",
        "address": AddressInput("E1 1BU", "Flat 3, 221 Whitechapel Road"),
    }
    session.next()
    assert session.raw_at(session.step.place) == prefill["full_name"]  # type: ignore[arg-type]
    session.answer("Zeb Marchbanks")
    assert session.next() == []
    answers = {k: v for k, v in RESIDENT_ANSWERS.items() if k not in ("full_name", "address")}
    assert fill_in(session, answers) == []
    assert row(session, "full_name").answer == "Zeb Marchbanks"
    assert row(session, "address").answer == "Flat 3, 221 Whitechapel Road\nE1 1BU"


def test_a_prefilled_answer_that_does_not_fit_is_questioned() -> None:
    session = FormSession(FORM, today=TODAY, prefill={"full_name": "Z" * 61})
    session.next()
    assert session.next() == [
        FieldProblem("full_name", "Your answer must be 60 characters or fewer", "too_long")
    ]


def test_shared_answers_carry_accepted_answers_as_entered() -> None:
    session = at_check()
    shared = session.shared_answers()
    assert shared == {
        "full_name": "Zebedee Quixotic-Marchbanks",
        "new_address": AddressInput("e11bu", "Flat 3, 221 Whitechapel Road"),
    }
    second = FormSession(FORM, today=TODAY, prefill=shared)
    assert second.raw["full_name"] == "Zebedee Quixotic-Marchbanks"
    session.change("full_name")
    session.answer("Z" * 61)
    assert "full_name" not in session.shared_answers()


# --- triage ----------------------------------------------------------------------------------


def test_triage_ends_on_its_outcome_with_no_check_page() -> None:
    session = FormSession(TRIAGE_FORM, today=TODAY)
    assert keys(session) == ["start", "homeless_tonight", "outcome"]
    assert fill_in(session, {"homeless_tonight": "no"}) == []
    assert session.step.kind is StepKind.OUTCOME
    outcome = session.outcome()
    assert outcome is not None
    assert (outcome.appointment_service, outcome.priority) == ("housing", True)
    assert session.next() == []
    assert session.step.kind is StepKind.OUTCOME
    assert session.back() is True
    assert session.step.key == "homeless_tonight"


@pytest.mark.parametrize(
    ("letter", "form", "partners"), [("yes", "every-type", 0), ("no", None, 1)]
)
def test_triage_sends_the_resident_to_the_first_outcome_that_fits(
    letter: str, form: str | None, partners: int
) -> None:
    session = FormSession(TRIAGE_FORM, today=TODAY)
    assert fill_in(session, {"homeless_tonight": "yes", "eviction_letter": letter}) == []
    assert keys(session) == ["start", "homeless_tonight", "eviction_letter", "outcome"]
    outcome = session.outcome()
    assert outcome is not None
    assert outcome.form == form
    assert len(outcome.partners) == partners


def test_the_page_after_the_form_is_finished_has_no_way_back() -> None:
    session = at_check()
    session.finished()
    assert session.step.kind is StepKind.DONE
    assert session.back() is False
    assert session.next() == []


@pytest.mark.parametrize(
    ("typed", "shown"), [("£123,456.78", "123456.78"), ("1,234,567.50", "1234567.5")]
)
def test_check_answers_shows_the_amount_the_resident_typed(typed: str, shown: str) -> None:
    savings = {"name": "savings", "type": "number", "label": {"en": "How much do you have?"}}
    form = build({**EVERY_TYPE, "items": [savings], "calculations": []})
    session = FormSession(form, today=TODAY)
    assert fill_in(session, {"savings": typed}) == []
    assert row(session, "savings").answer == shown
