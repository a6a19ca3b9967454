"""Form definitions: a broken form is refused naming the file, the place in it and the problem.

The real catalogue in ``assets/catalogue/forms`` is walked file by file, however many forms
the authors have written so far, and must load with no problem at all.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from core.catalogue import MAX_FILE_BYTES, CatalogueError, load_catalogue
from core.form_catalogue import (
    FORM_SCHEMA,
    LIFE_EVENTS_SCHEMA,
    form_catalogue_problems,
    load_form,
    load_form_catalogue,
)
from core.form_definition import FormKind, QuestionType, Repeat
from core.form_flow import FormSession, StepKind
from core.languages import LANGUAGE_CODES
from tests.core.form_samples import (
    CATALOGUE_DIR,
    EVERY_TYPE,
    TODAY,
    TRIAGE,
    build,
    en,
    every_type,
)

Raw = dict[str, Any]


def refusal(raw: Raw) -> CatalogueError:
    """The problem a definition is refused with (it must be refused)."""
    with pytest.raises(CatalogueError) as caught:
        build(raw)
    return caught.value


def changed(change: Callable[[Raw], object]) -> Raw:
    """EVERY_TYPE with one change made to a deep copy."""
    raw = every_type()
    change(raw)
    return raw


def item(raw: Raw, index: int) -> Raw:
    return raw["items"][index]  # type: ignore[no-any-return]


def child(raw: Raw, index: int) -> Raw:
    return raw["items"][11]["items"][index]  # type: ignore[no-any-return]


# --- the sample loads ----------------------------------------------------------------------


def test_the_sample_with_every_type_loads_in_order() -> None:
    """Every question type, the repeat and both calculations come through as written."""
    form = build(EVERY_TYPE)
    assert form.id == "every-type"
    assert form.kind is FormKind.APPLY
    assert form.source == "test-form.json"
    assert {q.type for q in form.questions()} == set(QuestionType)
    assert [q.name for q in form.questions()][:4] == [
        "full_name",
        "reason",
        "adults",
        "date_of_birth",
    ]
    children = form.items[11]
    assert isinstance(children, Repeat)
    assert (children.minimum, children.maximum) == (1, 3)
    assert form.repeat_of("child_support") is children
    assert form.repeat_of("full_name") is None
    assert [c.name for c in form.calculations] == ["child_count", "single_person"]
    assert form.question("full_name").text_limit == 60
    assert form.question("reason").text_limit == 5000
    assert form.question("phone").required is not None
    assert form.question("email").required is None
    with pytest.raises(KeyError):
        form.question("nobody")


def test_the_triage_sample_loads_with_its_outcomes() -> None:
    form = build(TRIAGE)
    assert form.is_triage
    first, second, third = form.outcomes
    assert (first.appointment_service, first.priority) == ("housing", True)
    assert second.form == "every-type"
    assert third.partners[0].name == en("Citizens Advice")


# --- broken definitions --------------------------------------------------------------------

BROKEN: list[tuple[str, Callable[[Raw], object], str, str]] = [
    (
        "unknown question type",
        lambda r: item(r, 4).update(type="signature"),
        "items[4].type",
        "must be one of ['text', 'long_text'",
    ),
    (
        "unknown question type inside a repeat",
        lambda r: child(r, 0).update(type="signature"),
        "items[11].items[0].type",
        "must be one of",
    ),
    ("missing label", lambda r: item(r, 0).pop("label"), "items[0]", "['label']"),
    (
        "label that is plain text, not languages",
        lambda r: item(r, 4).update(label="Do you have children?"),
        "items[4].label",
        "must be object",
    ),
    ("choice question without choices", lambda r: item(r, 5).pop("choices"), "items[5]", "choices"),
    (
        "multiple choice without choices",
        lambda r: item(r, 7).pop("choices"),
        "items[7]",
        "choices",
    ),
    (
        "constraint without any messages",
        lambda r: item(r, 2).update(constraint=". > 1"),
        "items[2]",
        "['messages']",
    ),
    (
        "constraint with messages but no messages.constraint",
        lambda r: item(r, 0).update(constraint="string-length(.) > 1"),
        "items[0].messages",
        "['constraint']",
    ),
    (
        "pattern without messages.pattern",
        lambda r: item(r, 0).update(pattern="^[A-Za-z ]+$"),
        "items[0].messages",
        "['pattern']",
    ),
    (
        "bad expression syntax",
        lambda r: item(r, 6).update(relevant="${tenure} = = 'rent_private'"),
        "items[6].relevant",
        "expression \"${tenure} = = 'rent_private'\": expected a value",
    ),
    (
        "bad syntax in a required expression",
        lambda r: item(r, 9).update(required="${email = ''"),
        "items[9].required",
        "expected a field reference like ${name} at character 1",
    ),
    (
        "a regex that could hang the kiosk",
        lambda r: item(r, 0).update(pattern="(a+)+", messages={"pattern": en("Check it")}),
        "items[0].pattern",
        "repeats a group that already repeats",
    ),
    (
        "a regex that does not compile",
        lambda r: item(r, 0).update(pattern="[a-z", messages={"pattern": en("Check it")}),
        "items[0].pattern",
        "is not valid",
    ),
    (
        "a pattern with both kinds of quote mark",
        lambda r: item(r, 0).update(pattern="^[a-z'\"]+$", messages={"pattern": en("Check")}),
        "items[0].pattern",
        "both kinds of quote mark",
    ),
    (
        "${ref} to an unknown name",
        lambda r: item(r, 6).update(relevant="${tenur} = 'rent_private'"),
        "items[6].relevant",
        "refers to ${tenur}, which this form does not have",
    ),
    (
        "${ref} to an unknown name in a required expression",
        lambda r: item(r, 9).update(required="${e_mail} = ''"),
        "items[9].required",
        "refers to ${e_mail}",
    ),
    (
        "${ref} to an unknown name in a calculation",
        lambda r: r["calculations"][1].update(calculate="${adult} = 1"),
        "calculations[1].calculate",
        "refers to ${adult}",
    ),
    (
        "duplicate names at the top level",
        lambda r: item(r, 1).update(name="full_name"),
        "items[1]",
        "the name 'full_name' is already used at items[0]",
    ),
    (
        "a repeat question with a top-level question's name",
        lambda r: child(r, 0).update(name="full_name"),
        "items[11].items[0]",
        "the name 'full_name' is already used at items[0]",
    ),
    (
        "a repeat named like a question",
        lambda r: item(r, 11).update(name="tenure"),
        "items[11]",
        "the name 'tenure' is already used at items[5]",
    ),
    (
        "a calculation named like a repeat question",
        lambda r: r["calculations"][0].update(name="child_age"),
        "calculations[0]",
        "the name 'child_age' is already used at items[11].items[1]",
    ),
    (
        "a calculation using a later calculation",
        lambda r: r["calculations"][0].update(calculate="${single_person}"),
        "calculations[0].calculate",
        "uses ${single_person}, which is worked out after it",
    ),
    (
        "a calculation using itself",
        lambda r: r["calculations"][1].update(calculate="${single_person}"),
        "calculations[1].calculate",
        "worked out after it",
    ),
    (
        "a triage form without outcomes",
        lambda r: r.update(kind="triage"),
        "outcomes",
        "a triage form needs at least one outcome",
    ),
    (
        "outcomes on a form that is not triage",
        lambda r: r.update(outcomes=[{"when": "true()", "message": en("Go"), "form": "x-y"}]),
        "outcomes",
        "only triage forms have outcomes",
    ),
    (
        "number min more than max",
        lambda r: item(r, 2).update(min=30),
        "items[2].min",
        "min 30 is more than max 20",
    ),
    (
        "repeat min more than max",
        lambda r: item(r, 11).update(min=5),
        "items[11].min",
        "min 5 is more than max 3",
    ),
    (
        "min_length more than max_length",
        lambda r: item(r, 0).update(min_length=61),
        "items[0].min_length",
        "min_length 61 is more than max_length",
    ),
    (
        "a choice value twice",
        lambda r: item(r, 5)["choices"].append({"value": "own", "label": en("Own again")}),
        "items[5].choices",
        "the value 'own' appears twice",
    ),
    (
        "a language the kiosk does not speak",
        lambda r: r.update(title={"en": "Apply", "fr": "Demander"}),
        "title",
        "must not contain {'fr'}",
    ),
    (
        "a label in another language only",
        lambda r: item(r, 0).update(label={"bn": "আপনার পুরো নাম কী?"}),
        "items[0].label",
        "must contain ['en']",
    ),
    (
        "an English text of spaces",
        lambda r: item(r, 0).update(label={"en": "   "}),
        "items[0].label.en",
        "must match pattern",
    ),
    (
        "a field the format does not have",
        lambda r: r.update(colour="blue"),
        "(top)",
        "must not contain {'colour'}",
    ),
    ("no questions at all", lambda r: r.update(items=[]), "items", "at least 1 items"),
    (
        "a badly written version",
        lambda r: r.update(version="1"),
        "version",
        "must match pattern",
    ),
    (
        "a question name with capitals and spaces",
        lambda r: item(r, 0).update(name="Full Name"),
        "items[0].name",
        "must match pattern",
    ),
]


@pytest.mark.parametrize(
    ("change", "where", "problem"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_a_broken_definition_names_the_file_the_place_and_the_problem(
    change: Callable[[Raw], object], where: str, problem: str
) -> None:
    """The author reads which file, where in it, and what is wrong."""
    error = refusal(changed(change))
    assert error.source == "test-form.json"
    assert error.where == where
    assert problem in error.problem
    assert str(error) == f"test-form.json: {where}: {error.problem}"


def test_a_syntax_error_says_where_in_the_expression() -> None:
    """The character number points at the second '=' the author typed by mistake."""
    error = refusal(changed(lambda r: item(r, 6).update(relevant="${tenure} = = 'x'")))
    assert "at character 13" in error.problem
    assert "found '='" in error.problem


def test_a_triage_outcome_must_send_the_resident_somewhere() -> None:
    raw = json.loads(json.dumps(TRIAGE))
    raw["outcomes"][2].pop("partners")
    error = refusal(raw)
    assert error.where == "outcomes[2]"


def test_an_outcome_condition_with_an_unknown_name_is_refused() -> None:
    raw = json.loads(json.dumps(TRIAGE))
    raw["outcomes"][0]["when"] = "${homeless} = 'no'"
    error = refusal(raw)
    assert error.where == "outcomes[0].when"
    assert "${homeless}" in error.problem


TRIAGE_WITHOUT_DESTINATION = {
    **TRIAGE,
    "outcomes": [{"when": "true()", "message": en("Nowhere to go")}],
}


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda r: item(r, 4).update(choices=[{"value": "a", "label": en("A")}]), "choices"),
        (lambda r: item(r, 2).update(max_length=5), "max_length"),
        (lambda r: item(r, 0).update(type="signature"), "type"),
        (lambda r: r.update(TRIAGE_WITHOUT_DESTINATION), "partners"),
    ],
    ids=[
        "choices on yes_no",
        "max_length on a number",
        "unknown type with max_length",
        "outcome with nowhere to go",
    ],
)
def test_a_key_that_does_not_belong_is_named_in_the_problem(
    change: Callable[[Raw], object], named: str
) -> None:
    error = refusal(changed(change))
    assert named in f"{error.where} {error.problem}"
    assert "definition" not in error.problem


# --- definition files ----------------------------------------------------------------------


def write(path: Path, raw: object) -> Path:
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_a_form_file_loads_with_its_path_as_source(tmp_path: Path) -> None:
    path = write(tmp_path / "every-type.json", EVERY_TYPE)
    form = load_form(path, CATALOGUE_DIR)
    assert form.id == "every-type"
    assert form.source == str(path)


def test_a_file_that_is_not_json_is_refused_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "every-type.json"
    path.write_text('{\n  "id": "every-type",\n  "version": \n}\n', encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_form(path, CATALOGUE_DIR)
    assert caught.value.source == str(path)
    assert caught.value.where == "line 4"
    assert caught.value.problem.startswith("not valid JSON")


def test_a_file_named_differently_from_its_id_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "apply-for-everything.json", EVERY_TYPE)
    with pytest.raises(CatalogueError) as caught:
        load_form(path, CATALOGUE_DIR)
    assert caught.value.where == "id"
    assert caught.value.problem == (
        "is 'every-type', but the file is named apply-for-everything.json"
    )


def test_a_file_over_2_mb_is_refused_unread(tmp_path: Path) -> None:
    """Padding makes the file valid JSON, so only its size can refuse it."""
    text = json.dumps(EVERY_TYPE)
    path = tmp_path / "every-type.json"
    path.write_text(text[:-1] + " " * (MAX_FILE_BYTES - len(text) + 1) + "}")
    assert path.stat().st_size > MAX_FILE_BYTES
    assert json.loads(path.read_text())["id"] == "every-type"
    with pytest.raises(CatalogueError) as caught:
        load_form(path, CATALOGUE_DIR)
    assert (caught.value.where, caught.value.problem) == (
        "(file)",
        "is larger than 2 MB, which no such file is",
    )


def test_a_missing_or_unreadable_file_is_refused_in_plain_words(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="the file does not exist"):
        load_form(tmp_path / "nowhere.json", CATALOGUE_DIR)
    latin = tmp_path / "every-type.json"
    latin.write_bytes(b'{"id": "caf\xe9"}')
    with pytest.raises(CatalogueError, match="cannot be read"):
        load_form(latin, CATALOGUE_DIR)


# --- a catalogue folder --------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty catalogue folder with the shipped schemas."""
    root = tmp_path / "catalogue"
    (root / "forms").mkdir(parents=True)
    for name in (FORM_SCHEMA, LIFE_EVENTS_SCHEMA):
        shutil.copy(CATALOGUE_DIR / name, root / name)
    return root


def form_file(folder: Path, form_id: str, **changes: Any) -> Path:
    raw = every_type(id=form_id, **changes)
    return write(folder / "forms" / f"{form_id}.json", raw)


def test_a_catalogue_lists_every_broken_file_once(folder: Path) -> None:
    form_file(folder, "apply-a", reference_prefix="AA")
    form_file(folder, "apply-b", reference_prefix="AB", kind="triage")
    (folder / "forms" / "apply-c.json").write_text("not json")
    problems = form_catalogue_problems(folder)
    assert [(Path(p.source).name, p.where) for p in problems] == [
        ("apply-b.json", "outcomes"),
        ("apply-c.json", "line 1"),
    ]
    with pytest.raises(CatalogueError) as caught:
        load_form_catalogue(folder)
    assert caught.value.where == "outcomes"


def test_a_catalogue_finds_forms_by_id_and_service(folder: Path) -> None:
    form_file(folder, "apply-a", reference_prefix="AA")
    form_file(folder, "apply-b", reference_prefix="AB", service="housing")
    catalogue = load_form_catalogue(folder, ["housing", "general-enquiries"])
    assert [f.id for f in catalogue.forms] == ["apply-a", "apply-b"]
    assert [f.id for f in catalogue.for_service("housing")] == ["apply-b"]
    assert catalogue.form("apply-a").reference_prefix == "AA"
    with pytest.raises(KeyError):
        catalogue.form("apply-z")
    assert catalogue.life_events == ()


def test_two_forms_with_one_reference_prefix_are_refused(folder: Path) -> None:
    form_file(folder, "apply-a")
    form_file(folder, "apply-b")
    (problem,) = form_catalogue_problems(folder)
    assert Path(problem.source).name == "apply-b.json"
    assert problem.where == "reference_prefix"
    assert problem.problem == "ET is already used by apply-a"


def test_a_form_for_a_service_the_catalogue_lacks_is_refused(folder: Path) -> None:
    form_file(folder, "apply-a", service="pest-control")
    assert form_catalogue_problems(folder) == []  # no services given: nothing to check against
    (problem,) = form_catalogue_problems(folder, ["housing"])
    assert (problem.where, problem.problem) == ("service", "no catalogue service 'pest-control'")


def test_a_triage_outcome_pointing_nowhere_is_refused(folder: Path) -> None:
    raw = json.loads(json.dumps(TRIAGE))
    raw["outcomes"][0]["appointment"]["service"] = "pest-control"
    write(folder / "forms" / "housing-triage.json", raw)
    problems = form_catalogue_problems(folder, ["housing"])
    assert [(p.where, p.problem) for p in problems] == [
        ("outcomes[0].appointment.service", "no catalogue service 'pest-control'"),
        ("outcomes[1].form", "no form 'every-type'"),
    ]


def test_one_shared_key_must_mean_one_kind_of_answer(folder: Path) -> None:
    form_file(folder, "apply-a", reference_prefix="AA")
    raw = every_type(id="apply-b", reference_prefix="AB")
    raw["items"][1]["shared_as"] = "full_name"  # a long_text, where apply-a shares text
    write(folder / "forms" / "apply-b.json", raw)
    (problem,) = form_catalogue_problems(folder)
    assert Path(problem.source).name == "apply-b.json"
    assert problem.where == "reason"
    assert "shares 'full_name' as long_text, but apply-a shares it as text" in problem.problem


def test_a_life_event_naming_a_missing_form_is_refused(folder: Path) -> None:
    form_file(folder, "apply-a", reference_prefix="AA")
    event = {
        "id": "moving-in",
        "icon": "housing",
        "title": en("Moving in"),
        "summary": en("Forms for people moving in"),
        "forms": ["apply-a", "apply-z"],
    }
    write(folder / "life-events.json", {"life_events": [event]})
    (problem,) = form_catalogue_problems(folder)
    assert (problem.where, problem.problem) == ("moving-in", "no form 'apply-z'")
    event["forms"] = ["apply-a"]  # a life event offers at least two forms
    write(folder / "life-events.json", {"life_events": [event]})
    (problem,) = form_catalogue_problems(folder)
    assert problem.where == "life_events[0].forms"


# --- the real catalogue --------------------------------------------------------------------

REAL_FORMS = sorted((CATALOGUE_DIR / "forms").glob("*.json"))


def service_codes() -> list[str]:
    catalogue = load_catalogue(CATALOGUE_DIR / "demo-idea-store.json")
    return [service.code for service in catalogue.services]


def questions_in(raw: Raw) -> Iterator[Raw]:
    for entry in raw["items"]:
        if entry["type"] == "repeat":
            yield from entry["items"]
        else:
            yield entry


def test_the_real_catalogue_loads_with_no_problems() -> None:
    """Every form in assets/catalogue, with the life events and the services they name."""
    codes = service_codes()
    assert form_catalogue_problems(CATALOGUE_DIR, codes) == []
    catalogue = load_form_catalogue(CATALOGUE_DIR, codes)
    assert [form.id for form in catalogue.forms] == [path.stem for path in REAL_FORMS]


@pytest.mark.parametrize("path", REAL_FORMS, ids=[path.stem for path in REAL_FORMS])
def test_each_real_form_loads_with_its_own_messages(path: Path) -> None:
    """Named after its id; every required question says in its own words what is missing.

    (test_catalogue_forms.py checks the languages and walks every branch.)
    """
    form = load_form(path, CATALOGUE_DIR)
    assert form.id == path.stem
    assert form.service in service_codes()
    raw = json.loads(path.read_text(encoding="utf-8"))
    for question in questions_in(raw):
        where = f"{path.name}: {question['name']}"
        assert "(optional)" not in question["label"]["en"], where
        if question.get("required", True) is True:
            assert "required" in question.get("messages", {}), f"{where} has no required message"


@pytest.mark.parametrize("path", REAL_FORMS, ids=[path.stem for path in REAL_FORMS])
def test_each_real_form_can_be_started_and_refuses_an_empty_first_page_plainly(
    path: Path,
) -> None:
    """Continue from the start page shows the first question; Continue with nothing either
    moves on (an optional question) or says what to do, in every language."""
    form = load_form(path, CATALOGUE_DIR)
    for language in LANGUAGE_CODES:
        session = FormSession(form, today=TODAY, language=language)
        assert session.next() == []
        assert session.step.kind is StepKind.QUESTION
        first = session.step
        problems = session.next()
        if problems:
            assert session.step == first
            assert [p.key for p in problems] == [first.key]
            assert all(p.message.strip() for p in problems)
        assert session.steps()[-1].kind in (StepKind.CHECK, StepKind.OUTCOME)


def test_a_date_rule_that_is_no_date_is_refused_when_the_form_loads() -> None:
    raw = every_type()
    raw["items"][3]["earliest"] = "date('1900-01-0')"
    with pytest.raises(CatalogueError) as caught:
        build(raw)
    assert caught.value.where == "items[3].earliest"
    assert "is not a date" in caught.value.problem
