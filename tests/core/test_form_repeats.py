"""Repeats: "add another child", with entries added, capped, removed and counted.

The sample asks about children only for residents who have them: at least one, at most
three, and the support question only for a child who needs it.
"""

from __future__ import annotations

from core.form_definition import FormDefinition
from core.form_display import check_rows
from core.form_flow import FieldProblem, FormSession, StepKind
from core.form_submission import submission_content
from tests.core.form_samples import EVERY_TYPE, RESIDENT_ANSWERS, TODAY, build, fill_in

FORM: FormDefinition = build(EVERY_TYPE)

ADA = {
    "children.1.child_name": "Ada",
    "children.1.child_age": "4",
    "children.1.child_needs": "yes",
    "children.1.child_support": "A ramp at the school gate",
}
BEN = {
    "children.2.child_name": "Ben",
    "children.2.child_age": "9",
    "children.2.child_needs": "no",
}
CY = {
    "children.3.child_name": "Cy",
    "children.3.child_age": "12",
    "children.3.child_needs": "no",
}


def with_children(*entries: dict[str, str], **more: object) -> dict[str, object]:
    """The resident's answers with children, saying "yes" to add each one after the first."""
    choices = ["yes"] * (len(entries) - 1) + ["no"]
    answers: dict[str, object] = {**RESIDENT_ANSWERS, "has_children": "yes"}
    for entry in entries:
        answers.update(entry)
    return {**answers, "children.entries": choices, **more}


def to_entries_page(*entries: dict[str, str]) -> FormSession:
    """A resident on the "add another child" page, with these children added."""
    session = FormSession(FORM, today=TODAY)
    answers = with_children(*entries)
    session.next()
    for _ in range(100):
        if session.step.kind is StepKind.ENTRIES:
            if len(session.entries["children"]) == len(entries):
                return session
            session.choose_add_another("yes")
        elif session.step.key in answers:
            session.answer(answers[session.step.key])
        assert session.next() == []
    raise AssertionError("never reached the entries page")


def keys(session: FormSession) -> list[str]:
    return [step.key for step in session.steps()]


def child_pages(session: FormSession) -> list[str]:
    return [k for k in keys(session) if k.startswith("children.")]


def names(session: FormSession) -> list[object]:
    return [entry.get("child_name") for entry in session.entries["children"]]


def sealed_children(session: FormSession) -> object:
    content, _ = submission_content(session)
    answers = content["answers"]
    assert isinstance(answers, dict)
    return answers.get("children")


def test_the_minimum_number_of_entries_is_there_from_the_start() -> None:
    session = FormSession(FORM, today=TODAY)
    assert session.entries == {"children": [{}]}
    assert child_pages(session) == []  # no children yet: the repeat is hidden
    fill_in(session, {**RESIDENT_ANSWERS, "has_children": "yes"})
    assert child_pages(session) == [
        "children.1.child_name",
        "children.1.child_age",
        "children.1.child_needs",
        "children.entries",
    ]


def test_each_child_is_asked_in_turn_then_add_another() -> None:
    session = FormSession(FORM, today=TODAY)
    session.next()
    visited = []
    answers = with_children(ADA, BEN)
    choices = ["yes", "no"]
    while session.step.kind is not StepKind.CHECK:
        key = session.step.key
        visited.append(key)
        if key in answers and key != "children.entries":
            session.answer(answers[key])
        if session.step.kind is StepKind.ENTRIES:
            session.choose_add_another(choices.pop(0))
        assert session.next() == [], key
    start = visited.index("children.1.child_name")
    assert visited[start : start + 10] == [
        "children.1.child_name",
        "children.1.child_age",
        "children.1.child_needs",
        "children.1.child_support",
        "children.entries",
        "children.2.child_name",
        "children.2.child_age",
        "children.2.child_needs",
        "children.entries",
        "proof",
    ]
    headings = [(r.entry_heading, r.answer) for r in check_rows(session) if r.entry_heading]
    assert headings == [
        ("Child 1", "Ada"),
        ("Child 1", "4"),
        ("Child 1", "Yes"),
        ("Child 1", "A ramp at the school gate"),
        ("Child 2", "Ben"),
        ("Child 2", "9"),
        ("Child 2", "No"),
    ]


def test_the_add_another_page_needs_yes_or_no() -> None:
    session = to_entries_page(ADA)
    assert session.next() == [FieldProblem("children.entries", "Select yes or no", "required")]
    assert session.step.key == "children.entries"
    session.choose_add_another("yes")
    assert session.next() == []
    assert session.step.key == "children.2.child_name"
    assert len(session.entries["children"]) == 2


def test_a_problem_in_one_childs_answers_is_keyed_to_that_child() -> None:
    session = FormSession(FORM, today=TODAY)
    problems = fill_in(session, with_children(ADA, {**BEN, "children.2.child_age": "18"}))
    assert problems == [
        FieldProblem("children.2.child_age", "Enter a number that is 17 or less", "too_large")
    ]
    assert session.step.key == "children.2.child_age"


def test_the_maximum_stops_the_add_another_question() -> None:
    session = to_entries_page(ADA, BEN, CY)
    assert session.errors() == []  # three is the most: nothing to choose
    session.choose_add_another("yes")
    assert session.next() == []
    assert session.step.key == "proof"
    assert len(session.entries["children"]) == 3
    assert "children.4.child_name" not in keys(session)


def test_removing_an_entry_renumbers_the_rest_and_the_count() -> None:
    session = to_entries_page(ADA, BEN, CY)
    assert session.calculations["child_count"] == 3
    session.remove_entry("children", 1)
    assert names(session) == ["Ada", "Cy"]
    assert session.calculations["child_count"] == 2
    assert child_pages(session)[-4:] == [
        "children.2.child_name",
        "children.2.child_age",
        "children.2.child_needs",
        "children.entries",
    ]
    assert session.step.key == "children.entries"
    session.choose_add_another("no")
    assert session.next() == []
    assert fill_in(session, RESIDENT_ANSWERS) == []
    assert [r.answer for r in check_rows(session) if r.key == "child_count"] == ["2"]
    assert sealed_children(session) == [
        {
            "child_name": "Ada",
            "child_age": 4,
            "child_needs": "yes",
            "child_support": "A ramp at the school gate",
        },
        {"child_name": "Cy", "child_age": 12, "child_needs": "no"},
    ]


def test_the_support_question_is_asked_only_for_the_child_who_needs_it() -> None:
    session = FormSession(FORM, today=TODAY)
    assert fill_in(session, with_children(ADA, BEN)) == []
    assert "children.1.child_support" in keys(session)
    assert "children.2.child_support" not in keys(session)
    session.change("children.1.child_needs")
    session.answer("no")
    assert session.next() == []
    assert session.step.kind is StepKind.CHECK
    assert not any("child_support" in key for key in keys(session))
    children = sealed_children(session)
    assert isinstance(children, list)
    assert "child_support" not in children[0]
    assert session.entries["children"][0]["child_support"] == "A ramp at the school gate"


def test_a_childs_answer_can_be_changed_from_check_answers() -> None:
    session = FormSession(FORM, today=TODAY)
    assert fill_in(session, with_children(ADA, BEN)) == []
    session.change("children.2.child_name")
    session.answer("Benedict")
    assert session.next() == []
    assert session.step.kind is StepKind.CHECK
    assert names(session) == ["Ada", "Benedict"]


def test_count_of_the_repeat_follows_the_entries() -> None:
    assert FormSession(FORM, today=TODAY).calculations["child_count"] == 0  # no children
    session = to_entries_page(ADA)
    assert session.calculations["child_count"] == 1
    session.choose_add_another("yes")
    session.next()
    assert session.calculations["child_count"] == 2
    session.back()
    assert session.calculations["child_count"] == 1  # Back from the empty new entry drops it


def test_children_go_when_the_resident_says_they_have_none() -> None:
    session = FormSession(FORM, today=TODAY)
    assert fill_in(session, with_children(ADA, BEN)) == []
    session.change("has_children")
    session.answer("no")
    assert session.next() == []
    assert session.step.kind is StepKind.CHECK
    assert child_pages(session) == []
    assert sealed_children(session) is None
    assert session.calculations["child_count"] == 0
    assert all(r.entry_heading is None for r in check_rows(session))


def test_with_fewer_than_the_minimum_the_entries_page_says_so() -> None:
    session = to_entries_page(ADA)
    session.remove_entry("children", 0)
    assert session.errors() == [
        FieldProblem("children.entries", "Add at least 1 – child", "too_few_entries")
    ]
    first_step, first_problem = session.incomplete()[0]
    assert (first_step.key, first_problem.rule) == ("children.entries", "too_few_entries")


def test_below_the_minimum_the_resident_can_add_an_entry_again() -> None:
    session = to_entries_page(ADA)
    session.remove_entry("children", 0)
    session.choose_add_another("yes")
    assert session.next() == []
    assert session.step.key == "children.1.child_name"
    assert len(session.entries["children"]) == 1


def test_back_from_a_new_empty_entry_drops_it_and_returns_to_the_entries_page() -> None:
    session = to_entries_page(ADA)
    session.choose_add_another("yes")
    assert session.next() == []
    assert session.step.key == "children.2.child_name"
    assert session.back()
    assert session.step.key == "children.entries"
    assert len(session.entries["children"]) == 1


def test_check_answers_can_change_the_entries_and_come_back() -> None:
    session = to_entries_page(ADA)
    session.choose_add_another("no")
    assert session.next() == []
    assert fill_in(session, RESIDENT_ANSWERS) == []
    [row] = [r for r in check_rows(session) if r.key == "children.entries"]
    assert row.answer == "1 × Child" and row.change == "children.entries"
    session.change("children.entries")
    assert session.step.key == "children.entries"
    session.choose_add_another("no")
    assert session.next() == []
    assert session.step.key == "check"
