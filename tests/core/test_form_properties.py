"""Properties of the forms engine on random small forms and random residents (hypothesis).

Random definitions (question types, skip logic on earlier answers, limits, a repeat,
calculations, sometimes triage) are walked by a random resident typing anything, pressing
Continue, Back and Change. Whatever happens: nothing raises, every refusal says why in
words, and no answer to a question hidden at the end is ever in what would be sealed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from core.case_reference import read_reference
from core.form_definition import FormDefinition, Question, QuestionType, Repeat
from core.form_display import check_rows
from core.form_flow import FormSession, StepKind
from core.form_inputs import (
    AddressInput,
    DateInput,
    ScannedDocument,
    Unreadable,
    normal_postcode,
    read_date,
    read_email,
    read_number,
    read_phone,
)
from core.form_messages import DEFAULTS
from core.form_state import Place
from core.form_submission import submission_content
from core.form_walk import SAMPLE_PAGE
from core.languages import LANGUAGE_CODES
from tests.core.form_samples import TODAY, build, en

TYPES = [t.value for t in QuestionType]
CHOICES = ["a", "b", "c"]

RELEVANT = [
    "${n} = 'yes'",
    "${n} = 'no'",
    "${n} != ''",
    "${n} = ''",
    "selected(${n}, 'b')",
    "count-selected(${n}) >= 2",
    "${n} > 3",
    "${n} <= 10 and ${n} != ''",
    "string-length(${n}) > 2",
    "not(${n} = 'no')",
    "${n} = 'a' or ${n} = 'c'",
    "${n} > today()",
    "age(${n}) >= 18",
    "contains(${n}, 'E1')",
    "count(${n}) > 1",
]


def secret(name: str) -> str:
    """A text only this question's answer can hold, to spot it anywhere it leaks."""
    return f"hidden-{name}-zq"


def relevance(earlier: list[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda template, name: template.replace("${n}", "${" + name + "}"),
        st.sampled_from(RELEVANT),
        st.sampled_from(earlier),
    )


@st.composite
def questions(draw: st.DrawFn, name: str, earlier: list[str]) -> dict[str, Any]:
    kind = draw(st.sampled_from(TYPES))
    raw: dict[str, Any] = {"name": name, "type": kind, "label": en(f"Question {name}")}
    messages: dict[str, Any] = {}
    if earlier and draw(st.booleans()):
        raw["relevant"] = draw(relevance(earlier))
    required = draw(st.sampled_from(["always", "never", "when"]))
    if required == "never":
        raw["required"] = False
    elif required == "when" and earlier:
        raw["required"] = draw(relevance(earlier))
    if draw(st.booleans()):
        messages["required"] = en(f"Answer {name}")
    if kind in ("text", "long_text"):
        low = draw(st.none() | st.integers(1, 5))
        high = draw(st.none() | st.integers(1, 40))
        if low is not None and high is not None and low > high:
            low, high = high, low
        if low is not None:
            raw["min_length"] = low
        if high is not None:
            raw["max_length"] = high
    elif kind == "number":
        low = draw(st.none() | st.integers(-50, 50) | st.floats(-50, 50, allow_nan=False))
        high = draw(st.none() | st.integers(-50, 50) | st.floats(-50, 50, allow_nan=False))
        if low is not None and high is not None and low > high:
            low, high = high, low
        if low is not None:
            raw["min"] = low
        if high is not None:
            raw["max"] = high
        if draw(st.booleans()):
            raw["whole_number"] = True
    elif kind == "date":
        bounds = ["today()", "today() - 30", "today() + 30", "date('2000-01-01')"]
        if draw(st.booleans()):
            raw["earliest"] = draw(st.sampled_from(bounds[:2] + bounds[3:]))
        if draw(st.booleans()):
            raw["latest"] = draw(st.sampled_from(bounds[:3]))
    elif kind in ("single_choice", "multiple_choice"):
        raw["choices"] = [{"value": v, "label": en(v.upper())} for v in CHOICES]
        if kind == "multiple_choice":
            if draw(st.booleans()):
                raw["choices"].append({"value": "none", "label": en("None"), "exclusive": True})
            if draw(st.booleans()):
                raw["max_choices"] = draw(st.integers(1, 3))
    elif kind == "declaration":
        raw["declaration"] = en("It is true.")
    elif kind == "document":
        raw["documents"] = [en("A bill")]
        raw["max_pages"] = draw(st.integers(1, 3))
    if earlier and draw(st.integers(0, 3)) == 0:
        raw["constraint"] = draw(
            st.sampled_from([". != ${n}", "string-length(.) < 20", ". = . or ${n} = ''"]).map(
                lambda text: text.replace("${n}", "${" + draw(st.sampled_from(earlier)) + "}")
            )
        )
        messages["constraint"] = en(f"Check {name}")
    if messages:
        raw["messages"] = messages
    return raw


@st.composite
def definitions(draw: st.DrawFn) -> FormDefinition:
    """A small, valid form: earlier answers steer later questions, never the other way."""
    count = draw(st.integers(1, 6))
    items: list[dict[str, Any]] = []
    earlier: list[str] = []
    top_level: list[str] = []
    repeat_at = draw(st.none() | st.integers(0, count))
    for index in range(count + 1):
        if index == repeat_at:
            inner_names: list[str] = []
            inner = []
            for j in range(draw(st.integers(1, 2))):
                name = f"r{j}"
                inner.append(draw(questions(name, earlier + inner_names)))
                inner_names.append(name)
            low = draw(st.integers(0, 2))
            repeat: dict[str, Any] = {
                "name": "entries",
                "type": "repeat",
                "label": en("Entries"),
                "item_label": en("Entry"),
                "add_another": en("Add another?"),
                "min": low,
                "max": draw(st.integers(max(low, 1), 3)),
                "items": inner,
            }
            if earlier and draw(st.booleans()):
                repeat["relevant"] = draw(relevance(earlier))
            items.append(repeat)
            earlier += ["entries", *inner_names]
        if index < count:
            name = f"q{index}"
            items.append(draw(questions(name, earlier)))
            earlier.append(name)
            top_level.append(name)
    calculations = [
        {"name": f"copy_{name}", "calculate": f"concat(${{{name}}})", "label": en(f"Copy {name}")}
        for name in draw(st.lists(st.sampled_from(top_level), unique=True, max_size=3))
    ]
    if repeat_at is not None:
        calculations.append({"name": "how_many", "calculate": "count(${entries})"})
    raw: dict[str, Any] = {
        "id": "random-form",
        "version": "2026-11-23.1",
        "service": "general-enquiries",
        "kind": "apply",
        "reference_prefix": "RF",
        "title": en("A random form"),
        "summary": en("Made up by hypothesis."),
        "minutes": 1,
        "you_will_need": [],
        "standard": en("We will reply."),
        "reply_within_working_days": 10,
        "what_happens_next": en("We will write."),
        "items": items,
        "calculations": calculations,
    }
    if draw(st.integers(0, 4)) == 0:
        raw["kind"] = "triage"
        partners = [{"name": en("Citizens Advice"), "how": en("Call them")}]
        raw["outcomes"] = [
            {"when": draw(relevance(earlier)), "message": en("Go on"), "partners": partners},
            {"when": "true()", "message": en("Anything else"), "partners": partners},
        ]
    return build(raw)


ANY_TEXT = st.text(max_size=30)
SHORT = st.text(max_size=5)


def typed(question: Question) -> st.SearchStrategy[object]:
    """What a resident might enter on this question's page."""
    kind = question.type
    text = ANY_TEXT | st.just(secret(question.name))
    if kind in (QuestionType.TEXT, QuestionType.LONG_TEXT):
        specific: st.SearchStrategy[object] = st.sampled_from(["yes", "no", "a", "E1 1BU"])
    elif kind is QuestionType.NUMBER:
        specific = (
            st.integers(-100, 100).map(str)
            | st.floats(-100, 100, allow_nan=False).map(str)
            | st.sampled_from(["1,000", "£12", "12,5", "1e5", "9" * 16])
        )
    elif kind is QuestionType.DATE:
        specific = st.builds(DateInput, SHORT, SHORT, SHORT) | st.dates().map(
            lambda d: DateInput(str(d.day), str(d.month), str(d.year))
        )
    elif kind is QuestionType.YES_NO:
        specific = st.sampled_from(["yes", "no", ""])
    elif kind is QuestionType.SINGLE_CHOICE:
        specific = st.sampled_from([*CHOICES, "zzz", ""])
    elif kind is QuestionType.MULTIPLE_CHOICE:
        specific = st.lists(st.sampled_from([*CHOICES, "none", "zzz"]), max_size=4)
    elif kind is QuestionType.POSTCODE_ADDRESS:
        postcodes = st.sampled_from(["e11bu", "E14 2BG", "GIR 0AA", "nope", ""]) | SHORT
        specific = st.builds(AddressInput, postcodes, ANY_TEXT | st.just(secret(question.name)))
    elif kind is QuestionType.PHONE:
        specific = st.sampled_from(["07700 900982", "+33 1 23 45 67 89", "0770"])
    elif kind is QuestionType.EMAIL:
        specific = st.sampled_from(["zeb@example.com", "zeb@", ""])
    elif kind is QuestionType.DECLARATION:
        specific = st.booleans() | st.none()
    else:
        pages = st.lists(st.just(SAMPLE_PAGE), max_size=4).map(tuple)
        specific = st.lists(st.builds(ScannedDocument, st.just("A bill"), pages), max_size=2)
    return st.one_of(specific, specific, specific, text)


def refuse_with_words(session: FormSession) -> None:
    """Continue: either the page is left, or it stays with a message for its own field."""
    before = session.step
    kept = session.raw_at(before.place) if before.place is not None else None
    problems = session.next()
    for problem in problems:
        assert problem.message.strip(), problem
        assert "{" not in problem.message, problem
    if problems:
        event(f"refused: {problems[0].rule}")
    if before.kind in (StepKind.QUESTION, StepKind.ENTRIES):
        if problems:
            assert session.step == before
            assert {p.key for p in problems} == {before.key}
            if before.place is not None:
                assert session.raw_at(before.place) is kept  # the answer stays on the page
        else:
            assert session.step != before
    elif before.kind is StepKind.CHECK:
        assert bool(problems) == bool(session.incomplete())
        assert session.step == before
    elif before.kind is StepKind.START:
        assert problems == []


def play(session: FormSession, data: st.DataObject, moves: int) -> None:
    """A resident pressing things at random, mostly answering and pressing Continue."""
    actions = ["answer"] * 6 + ["next", "back", "change", "change", "add", "add", "remove"]
    for _ in range(moves):
        step = session.step
        action = data.draw(st.sampled_from(actions))
        if step.kind is StepKind.START and action != "back":
            refuse_with_words(session)  # the Start button
        elif action == "answer" and step.kind is StepKind.QUESTION and step.place is not None:
            session.answer(data.draw(typed(session.question(step.place))))
            refuse_with_words(session)
        elif action == "next":
            refuse_with_words(session)
        elif action == "back":
            if not session.back():
                assert session.step.kind in (StepKind.START, StepKind.DONE)
        elif action == "change" and step.kind is StepKind.CHECK:
            links = [row.change for row in check_rows(session) if row.change is not None]
            if links:
                session.change(data.draw(st.sampled_from(links)))
        elif action == "add" and step.kind is StepKind.ENTRIES:
            session.choose_add_another(data.draw(st.sampled_from(["yes", "no"])))
            refuse_with_words(session)
        elif action == "remove" and step.kind is StepKind.ENTRIES and step.repeat is not None:
            count = len(session.entries[step.repeat])
            if count:
                session.remove_entry(step.repeat, data.draw(st.integers(0, count - 1)))


def assert_hidden_answers_are_not_sent(session: FormSession) -> None:
    content, documents = submission_content(session)
    text = json.dumps(content, ensure_ascii=False)  # finalise must be able to write it
    assert len(documents) == sum(
        1
        for step in session.steps()
        if step.place is not None
        for d in _documents(session.value_at(step.place))
    )
    shown = {step.place for step in session.steps() if step.place is not None}
    shown_repeats = {step.repeat for step in session.steps() if step.kind is StepKind.ENTRIES}
    answers = content["answers"]
    assert isinstance(answers, dict)
    for item in session.definition.items:
        if isinstance(item, Repeat):
            entries = answers.get(item.name)
            if item.name not in shown_repeats:
                assert entries is None
            else:
                assert isinstance(entries, list)
                assert len(entries) == len(session.entries[item.name])
                for index, entry in enumerate(entries):
                    for question in item.questions:
                        if Place(question.name, item.name, index) not in shown:
                            assert question.name not in entry
            for question in item.questions:
                if all(place.question != question.name for place in shown):
                    assert secret(question.name) not in text
        elif Place(item.name) not in shown:
            assert item.name not in answers
            assert secret(item.name) not in text
            calculations = content["calculations"]
            assert isinstance(calculations, dict)
            assert calculations.get(f"copy_{item.name}", "") == ""


def _documents(value: object) -> list[ScannedDocument]:
    if isinstance(value, list | tuple):
        return [d for d in value if isinstance(d, ScannedDocument)]
    return []


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(definitions(), st.sampled_from(LANGUAGE_CODES), st.data())
def test_a_random_resident_never_breaks_a_random_form(
    definition: FormDefinition, language: str, data: st.DataObject
) -> None:
    session = FormSession(definition, today=TODAY, language=language)
    play(session, data, moves=60)
    session.steps()
    check_rows(session)
    session.incomplete()
    session.outcome()
    session.shared_answers()
    assert_hidden_answers_are_not_sent(session)
    event(f"ended on {session.step.kind.value}")  # see --hypothesis-show-statistics


READERS: list[tuple[Callable[[str], object], bool]] = [
    (normal_postcode, True),
    (read_phone, True),
    (read_email, True),
    (read_number, False),
    (read_reference, False),
]


@settings(max_examples=300)
@given(st.text(max_size=60) | st.sampled_from(["e1 1bu", "+44 7700 900982", "a@B.com", "1,5"]))
def test_readers_only_ever_refuse_in_their_own_words(typed: str) -> None:
    """Any text at all: read, or refused with a message rule; what is read reads the same again."""
    for reader, settles in READERS:
        try:
            value = reader(typed)
        except Unreadable as refused:
            assert refused.rule in DEFAULTS
            continue
        if settles:
            assert reader(str(value)) == value
    parts = [*typed.split(" ", 2), "", ""]
    try:
        read_date(DateInput(*parts[:3]))
    except Unreadable as refused:
        assert refused.rule in DEFAULTS


@given(st.text(max_size=20))
def test_a_reference_read_back_is_a_reference(typed: str) -> None:
    reference = read_reference(typed)
    if reference is not None:
        assert read_reference(reference) == reference
        assert len(reference) == 14
