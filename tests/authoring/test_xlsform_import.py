"""XLSForm import: each feature from a sample workbook (tests/authoring/xlsform_samples.py)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from authoring import ImportProblem, ImportResult, XlsformImportError, import_xlsform
from authoring.xlsform_choices import choice_value
from authoring.xlsform_expressions import ExpressionConverter
from authoring.xlsform_import import kiosk_name
from authoring.xlsform_languages import language_code
from authoring.xlsform_settings import form_id_slug
from core.catalogue import CatalogueError
from core.form_catalogue import parse_form
from tests.authoring import xlsform_samples as samples

TODAY = date(2026, 11, 23)
SIX = ["en", "bn", "so", "ur", "zh_CN", "pl"]
SCHEMA = Path(__file__).resolve().parents[2] / "assets" / "catalogue" / "form.schema.json"
EXPRESSION_KEYS = ("relevant", "constraint", "earliest", "latest", "calculate", "when", "required")


def check_problems(definition: dict[str, Any], folder: Path, *, every_language: bool) -> list[str]:
    """The kiosk's own loader's verdict on a definition, as a list of problems.

    ``core.form_catalogue.parse_form`` checks exactly what a form file gets at load time:
    the shipped JSON Schema, unique names, expressions that compile, references that exist.
    With ``every_language``, every text must also carry all six kiosk languages.
    """
    problems: list[str] = []
    try:
        parse_form(definition, SCHEMA.parent, "imported")
    except CatalogueError as error:
        problems.append(f"loader: {error}")
    if every_language:
        problems += [
            f"text {text['en'][:40]!r} lacks {sorted(set(SIX) - set(text))}"
            for text in _texts(definition)
            if set(SIX) - set(text)
        ]
    return problems


def _texts(node: object) -> list[dict[str, str]]:
    if isinstance(node, dict):
        if "en" in node and all(isinstance(v, str) for v in node.values()):
            return [node]
        return [t for value in node.values() for t in _texts(value)]
    if isinstance(node, list):
        return [t for value in node for t in _texts(value)]
    return []


def imported(path: Path, **options: Any) -> ImportResult:
    return import_xlsform(path, today=TODAY, **options)


def failure(path: Path, **options: Any) -> XlsformImportError:
    with pytest.raises(XlsformImportError) as caught:
        import_xlsform(path, today=TODAY, **options)
    return caught.value


def items_by_name(definition: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for item in definition["items"]:
        found[item["name"]] = item
        for inner in item.get("items", []):
            found[inner["name"]] = inner
    return found


def notes_at(notes: list[ImportProblem], row: int, sheet: str = "survey") -> str:
    return " | ".join(n.problem for n in notes if n.row == row and n.sheet == sheet)


def errors_at(error: XlsformImportError, row: int, sheet: str = "survey") -> str:
    return " | ".join(p.problem for p in error.problems if p.row == row and p.sheet == sheet)


# Types


def test_each_xlsform_type_becomes_the_matching_kiosk_question(tmp_path: Path) -> None:
    result = imported(samples.types_form(tmp_path))
    items = items_by_name(result.definition)

    assert {name: item["type"] for name, item in items.items()} == {
        "full_name": "text",
        "details": "long_text",
        "bins": "number",
        "weight": "number",
        "seen_on": "date",
        "damaged": "yes_no",
        "colour": "single_choice",
        "waste": "multiple_choice",
        "photo": "document",
        "proof": "document",
    }
    assert items["bins"]["whole_number"] is True
    assert "whole_number" not in items["weight"]
    assert "choices" not in items["damaged"]
    assert [c["value"] for c in items["colour"]["choices"]] == ["black", "blue"]
    assert items["waste"]["choices"][1] == {"value": "furniture", "label": {"en": "Furniture"}}
    assert items["photo"]["documents"][0]["en"].startswith("TO WRITE")
    assert result.definition["calculations"] == [
        {"name": "bins_doubled", "calculate": "${bins} * 2"}
    ]
    assert "Notes are not imported" in notes_at(result.notes, 12)
    assert "document question" in notes_at(result.notes, 10)
    assert check_problems(result.definition, tmp_path, every_language=False) == []


def test_questions_are_optional_unless_the_xlsform_says_required(tmp_path: Path) -> None:
    items = items_by_name(imported(samples.types_form(tmp_path)).definition)

    assert {item["required"] for item in items.values()} == {False}


# relevant, constraint, required, default


def test_relevant_constraint_and_required_carry_over_with_their_messages(tmp_path: Path) -> None:
    result = imported(samples.rules_form(tmp_path))
    items = items_by_name(result.definition)

    assert items["has_pet"]["required"] is True
    assert items["has_pet"]["messages"] == {"required": {"en": "Select yes if you have a pet"}}
    assert items["pets"]["required"] is True
    assert items["pets"]["relevant"] == "${has_pet} = 'yes'"
    assert items["pets"]["constraint"] == ". > 0 and . <= 10"
    assert items["pets"]["messages"]["constraint"] == {"en": "Enter a number from 1 to 10"}
    assert items["nickname"]["required"] is False
    assert items["email"]["required"] == "${pets} > 2"
    assert items["kinds"]["constraint"] == "count-selected(.) <= ${pets}"
    assert items["dog_name"]["relevant"] == (
        "selected(${kinds}, 'dog') and (${pets} * 2 - 1) div 1 != 0"
    )
    assert check_problems(result.definition, tmp_path, every_language=False) == []


def test_a_constraint_without_a_message_gets_a_plain_one_and_a_warning(tmp_path: Path) -> None:
    result = imported(samples.rules_form(tmp_path))
    born = items_by_name(result.definition)["born"]

    assert born["constraint"] == ". <= today()"
    assert born["messages"]["constraint"] == {"en": "Enter a valid answer"}
    assert "The constraint has no message" in notes_at(result.notes, 4)


def test_a_default_is_reported_because_the_kiosk_never_prefills(tmp_path: Path) -> None:
    result = imported(samples.rules_form(tmp_path))

    assert "The default 'nothing' is not used" in notes_at(result.notes, 7)
    assert "default" not in items_by_name(result.definition)["notes"]


# Calculations


def test_calculations_are_ordered_so_each_follows_what_it_uses(tmp_path: Path) -> None:
    result = imported(samples.calculations_form(tmp_path))
    calculations = result.definition["calculations"]

    assert [c["name"] for c in calculations] == ["children_count", "people", "per_adult", "shown"]
    assert calculations[1]["calculate"] == "${adults} + ${children_count}"
    # In a group with a relevant, a calculation is empty when the group is hidden (as in ODK).
    assert calculations[2]["calculate"] == (
        "if(${adults} > 0, round(${people} div ${adults}, 1), '')"
    )
    assert "label" not in calculations[3]
    assert "label was left out" in notes_at(result.notes, 9)
    assert check_problems(result.definition, tmp_path, every_language=False) == []


def test_calculations_that_depend_on_each_other_are_refused(tmp_path: Path) -> None:
    error = failure(samples.calculation_cycle_form(tmp_path))

    assert "depends on itself" in errors_at(error, 3)


# Repeats


def test_a_repeat_keeps_its_questions_and_gets_item_label_and_add_another(tmp_path: Path) -> None:
    result = imported(samples.repeats_form(tmp_path))
    children = items_by_name(result.definition)["children"]

    assert children["type"] == "repeat"
    assert children["label"] == {"en": "Child", "bn": "শিশু"}
    assert children["item_label"] == {"en": "Child", "bn": "শিশু"}
    assert children["add_another"] == {
        "en": "Do you want to add another child?",
        "bn": "আপনি কি আরেকটি শিশু যোগ করতে চান?",
    }
    assert children["relevant"] == "${how_many} > 0"
    assert (children["min"], children["max"]) == (3, 3)  # repeat_count 3: exactly three.
    assert [q["name"] for q in children["items"]] == ["child_name", "child_age"]
    assert result.definition["calculations"] == [
        {"name": "total_age", "calculate": "sum(${child_age})"},
        {"name": "entries", "calculate": "count(${children})"},
    ]
    assert check_problems(result.definition, tmp_path, every_language=False) == []


def test_a_repeat_count_from_an_answer_becomes_add_another_with_a_warning(tmp_path: Path) -> None:
    result = imported(samples.repeats_form(tmp_path))
    pets = items_by_name(result.definition)["pets"]

    assert pets["max"] == 20
    assert "min" not in pets
    assert "not a fixed number" in notes_at(result.notes, 7)


# Choices


def test_choice_values_are_lower_cased_and_expressions_follow(tmp_path: Path) -> None:
    result = imported(samples.choices_form(tmp_path))
    items = items_by_name(result.definition)

    assert [c["value"] for c in items["bin"]["choices"]] == ["garden_waste", "recycling"]
    assert items["garden_note"]["relevant"] == "${bin} = 'garden_waste'"
    assert items["sofa"]["relevant"] == "selected(${extras}, 'sofa_large')"
    assert "'Garden Waste' → 'garden_waste'" in notes_at(result.notes, 2, "choices")
    assert check_problems(result.definition, tmp_path, every_language=False) == []


def test_a_yes_and_no_list_becomes_a_yes_no_question(tmp_path: Path) -> None:
    result = imported(samples.choices_form(tmp_path))

    assert items_by_name(result.definition)["ok"]["type"] == "yes_no"
    assert "labels the answers 'Yes' and 'No'" in notes_at(result.notes, 6)


def test_choice_values_that_become_the_same_are_refused(tmp_path: Path) -> None:
    error = failure(samples.clashing_choices_form(tmp_path))

    assert "'large' and 'Large' (row 2) both become the value 'large'" in errors_at(
        error, 3, "choices"
    )
    assert "'x_l' and 'x.l' (row 4) both become the value 'x_l'" in errors_at(error, 5, "choices")


# Languages


def test_language_columns_become_the_kiosk_language_codes(tmp_path: Path) -> None:
    result = imported(samples.languages_form(tmp_path))
    rooms = items_by_name(result.definition)["rooms"]
    best = items_by_name(result.definition)["best"]

    assert list(rooms["label"]) == SIX
    assert rooms["label"]["zh_CN"] == "几个房间？"
    assert rooms["hint"] == {"en": "Count bedrooms too", "pl": "Policz też sypialnie"}
    assert rooms["messages"]["constraint"] == {
        "en": "Enter a number above 0",
        "ur": "0 سے زیادہ نمبر درج کریں",
    }
    assert best["choices"][1]["label"]["so"] == "Beerta"
    assert result.definition["awaiting_review"] == ["bn", "so", "ur", "zh_CN", "pl"]
    french = [n.problem for n in result.notes if "'French (fr)'" in n.problem]
    assert french and "left out" in french[0]
    assert "No Bengali, Somali, Urdu, Simplified Chinese text" in notes_at(result.notes, 2)


def test_language_names_without_codes_are_understood(tmp_path: Path) -> None:
    result = imported(samples.language_names_form(tmp_path))

    assert items_by_name(result.definition)["street"]["label"] == {
        "en": "Which street?",
        "bn": "কোন রাস্তা?",
        "pl": "Która ulica?",
    }
    assert result.definition["awaiting_review"] == ["bn", "pl"]
    assert any("'Tigrinya' is not one the kiosk offers" in n.problem for n in result.notes)


def test_a_form_without_english_is_refused(tmp_path: Path) -> None:
    error = failure(samples.no_english_form(tmp_path))

    assert errors_at(error, 2) == "There is no English text."
    assert error.problems[0].column == "label"


@pytest.mark.parametrize(
    ("column", "code"),
    [
        ("English (en)", "en"),
        ("English", "en"),
        ("english", "en"),
        ("English (en-GB)", "en"),
        ("Bengali (bn)", "bn"),
        ("Bangla", "bn"),
        ("Urdu (ur)", "ur"),
        ("Somali (so)", "so"),
        ("Polish (pl)", "pl"),
        ("Polski", "pl"),
        ("Chinese (zh_CN)", "zh_CN"),
        ("Chinese (zh-CN)", "zh_CN"),
        ("Chinese (Simplified)", "zh_CN"),
        ("Chinese (zh_TW)", None),
        ("French (fr)", None),
        ("Tigrinya", None),
    ],
)
def test_language_column_names(column: str, code: str | None) -> None:
    assert language_code(column) == code


# Groups


def test_groups_are_flattened_and_their_relevant_is_anded_in(tmp_path: Path) -> None:
    result = imported(samples.groups_form(tmp_path))
    definition = result.definition
    items = items_by_name(definition)

    assert [item["name"] for item in definition["items"]] == [
        "has_car",
        "registration",
        "permit_held",
        "permit_ends",
        "drivers",
        "comments",
    ]
    assert items["registration"]["relevant"] == "${has_car} = 'yes'"
    assert items["permit_held"]["relevant"] == "(${has_car} = 'yes') and (${registration} != '')"
    assert items["permit_ends"]["relevant"] == (
        "(${has_car} = 'yes') and (${registration} != '') and (${permit_held} = 'yes')"
    )
    assert items["drivers"]["relevant"] == "${has_car} = 'yes'"  # Same condition, kept once.
    assert [q["name"] for q in items["drivers"]["items"]] == ["driver_name"]
    assert "relevant" not in items["comments"]
    assert "group heading 'About your car' is not shown" in notes_at(result.notes, 3)
    assert check_problems(definition, tmp_path, every_language=False) == []


# Names


def test_names_are_made_to_fit_and_references_follow(tmp_path: Path) -> None:
    result = imported(samples.names_form(tmp_path))
    items = items_by_name(result.definition)

    assert list(items) == ["full_name", "contact_phone", "age"]
    assert items["contact_phone"]["relevant"] == "${full_name} != ''"
    assert items["age"]["relevant"] == "string-length(${contact_phone}) > 5"
    assert "'Full-Name' became 'full_name'" in notes_at(result.notes, 2)
    assert check_problems(result.definition, tmp_path, every_language=False) == []


def test_names_that_become_the_same_are_refused(tmp_path: Path) -> None:
    error = failure(samples.clashing_names_form(tmp_path))

    assert "'full_name' and 'Full-Name' (row 2) both become the kiosk name 'full_name'" in (
        errors_at(error, 3)
    )
    assert "'Full.Name' and 'Full-Name' (row 2)" in errors_at(error, 5)


@pytest.mark.parametrize(
    ("xlsform", "kiosk"),
    [("Full-Name", "full_name"), ("a.b.c", "a_b_c"), ("_x", "x"), ("x" * 60, "x" * 48)],
)
def test_kiosk_names(xlsform: str, kiosk: str) -> None:
    assert kiosk_name(xlsform) == kiosk


def test_choice_values_fit_the_pattern() -> None:
    assert choice_value("Garden Waste") == "garden_waste"
    assert choice_value("-Other-") == "other-"
    assert choice_value("!!!") == ""


# Settings and the fields XLSForm lacks


def test_settings_become_id_version_and_title(tmp_path: Path) -> None:
    result = imported(samples.settings_form(tmp_path, version="2026-12-01.3"))
    definition = result.definition

    assert definition["id"] == "report-missed-bin"
    assert definition["version"] == "2026-12-01.3"
    assert definition["title"] == {"en": "Report a missed bin"}
    assert "'Report Missed Bin!' became 'report-missed-bin'" in notes_at(
        result.notes, 2, "settings"
    )
    assert any(n.column == "instance_name" for n in result.notes)


def test_an_xlsform_version_number_becomes_todays_date(tmp_path: Path) -> None:
    result = imported(samples.settings_form(tmp_path, version="202411051"))

    assert result.definition["version"] == "2026-11-23.1"
    assert "'202411051' is not in the kiosk's form" in notes_at(result.notes, 2, "settings")


def test_fields_xlsform_lacks_are_placeholders_with_a_warning_each(tmp_path: Path) -> None:
    result = imported(samples.settings_form(tmp_path, version="2026-12-01.1"))
    definition = result.definition
    warned = {n.column for n in result.notes if n.sheet == "settings"}

    for field in ("summary", "standard", "what_happens_next"):
        assert definition[field]["en"].startswith("TO WRITE:")
    assert definition["you_will_need"][0]["en"].startswith("TO WRITE:")
    assert (definition["service"], definition["reference_prefix"], definition["kind"]) == (
        "to-write",
        "XX",
        "report",
    )
    assert warned >= {
        "summary",
        "minutes",
        "you_will_need",
        "standard",
        "reply_within_working_days",
        "what_happens_next",
        "service",
        "reference_prefix",
        "kind",
    }


def test_keyword_arguments_fill_id_service_prefix_and_kind(tmp_path: Path) -> None:
    result = imported(
        samples.settings_form(tmp_path, version="2026-12-01.1"),
        form_id="missed-bin",
        service="waste-environment",
        reference_prefix="MX",
        kind="tell",
    )
    definition = result.definition
    warned = {n.column for n in result.notes}

    assert (definition["id"], definition["service"]) == ("missed-bin", "waste-environment")
    assert (definition["reference_prefix"], definition["kind"]) == ("MX", "tell")
    assert not warned & {"service", "reference_prefix", "kind", "form_id"}


def test_keyword_arguments_that_could_never_be_valid_are_refused(tmp_path: Path) -> None:
    error = failure(
        samples.settings_form(tmp_path, version="2026-12-01.1"),
        form_id="Missed Bin",
        service="Waste",
        reference_prefix="mbx",
        kind="complain",
    )

    assert {p.column for p in error.problems} == {"--id", "--service", "--prefix", "--kind"}


def test_a_workbook_without_settings_takes_its_id_from_the_file_name(tmp_path: Path) -> None:
    result = imported(samples.no_settings_form(tmp_path))

    assert result.definition["id"] == "street-survey"
    assert result.definition["title"]["en"].startswith("TO WRITE")
    assert result.definition["version"] == "2026-11-23.1"


def test_form_id_slugs() -> None:
    assert form_id_slug("Missed Bin (v2)") == "missed-bin-v2"
    assert form_id_slug("2024 survey") == "form-2024-survey"
    assert form_id_slug("!") == ""


# Expressions


@pytest.mark.parametrize(
    "expression",
    [
        "selected(${x}, 'v')",
        "count-selected(${x}) >= 2",
        ". <= today()",
        ". >= today() - 28",
        "(${x} + 2) * 3 div 4 mod 5 != 1",
        "${x} = 'a' or not(${x} < 3)",
        "regex(., '^[0-9]{5}$')",
        "if(${x} > 1, concat('a', ${x}), '')",
        "age(${x}) >= 16",
    ],
)
def test_kiosk_expressions_pass_through_unchanged(expression: str) -> None:
    converted = ExpressionConverter({"x": "x"}, {}, {}).convert(expression)

    assert (converted.text, converted.problems) == (expression, [])


@pytest.mark.parametrize(
    ("expression", "named"),
    [
        ("jr:choice-name(${x}, '${x}')", "jr:choice-name()"),
        ("indexed-repeat(${x}, ${x}, 1)", "indexed-repeat()"),
        ("pulldata('f', 'a', 'b', ${x})", "pulldata()"),
        ("once(today())", "once()"),
        ("uuid()", "uuid()"),
        ("/data/x = 1", "XPath path"),
        ("../x = 1", "relative path"),
        ("${x}[1] = 2", "filter"),
        ("${gone} = 1", "${gone}, which is a note"),
        ("${x} = ", "cannot read it"),
    ],
)
def test_expressions_the_kiosk_cannot_evaluate_say_why(expression: str, named: str) -> None:
    converted = ExpressionConverter({"x": "x"}, {"gone": "a note"}, {}).convert(expression)

    assert converted.text is None
    assert named in " ".join(converted.problems)


# Everything unsupported at once


def test_every_unsupported_feature_is_named_with_its_row(tmp_path: Path) -> None:
    error = failure(samples.unsupported_form(tmp_path))

    for row, (column, named) in samples.UNSUPPORTED_ROWS.items():
        problems = [p for p in error.problems if p.row == row]
        assert problems, f"row {row} has no error"
        assert any(p.column == column and named in p.problem for p in problems), (row, problems)
        assert f"row {row}," in str(error)
    assert not errors_at(error, 37)
    assert "Notes are not imported" in notes_at(error.notes, 37)
    assert [p.row for p in error.problems] == sorted(p.row or 0 for p in error.problems)


def test_warnings_leave_the_form_importable(tmp_path: Path) -> None:
    result = imported(samples.warnings_form(tmp_path))
    notes = result.notes

    items = items_by_name(result.definition)

    assert list(items) == ["phone", "ok", "reason", "notes", "shuffled"]
    assert items["shuffled"]["type"] == "yes_no"  # Randomised choices: shown in list order.
    for row in (2, 3, 4):
        assert "metadata field is not collected" in notes_at(notes, row)
    assert "appearance 'field-list' is not used" in notes_at(notes, 5)
    assert "appearance 'numbers' is not used" in notes_at(notes, 6)
    assert "appearance 'minimal'" in notes_at(notes, 7)
    assert "Media (image)" in notes_at(notes, 7)
    assert "guidance hint is not shown" in notes_at(notes, 8)
    assert "Notes are not imported" in notes_at(notes, 10)
    assert "parameters 'rows=5'" in notes_at(notes, 11)
    assert "parameters 'randomize=true'" in notes_at(notes, 12)


# Workbooks that are not XLSForms


@pytest.mark.parametrize(
    ("make", "sheet", "row", "says"),
    [
        (samples.not_a_workbook, "workbook", None, "could not be opened as an Excel workbook"),
        (samples.csv_file, "workbook", None, "is not an .xlsx workbook"),
        (samples.no_survey_sheet, "workbook", None, "You must have a sheet named 'survey'"),
        (samples.end_repeat_without_begin, "survey", 3, "Unmatched 'end_repeat'"),
    ],
)
def test_a_malformed_workbook_gives_one_plain_error(
    tmp_path: Path, make: Any, sheet: str, row: int | None, says: str
) -> None:
    error = failure(make(tmp_path))

    assert len(error.problems) == 1
    problem = error.problems[0]
    assert (problem.sheet, problem.row) == (sheet, row)
    assert says in problem.problem
    assert "Error" not in str(error) and "{" not in str(error)


def test_pyxforms_own_errors_keep_their_sheet_row_and_column(tmp_path: Path) -> None:
    error = failure(samples.duplicate_choice_names_form(tmp_path))

    problem = error.problems[0]
    assert (problem.sheet, problem.row, problem.column) == ("choices", 3, "name")
    assert "Choice names must be unique for each choice list" in problem.problem
    assert not problem.problem.startswith("[row")


def test_a_missing_file_is_a_plain_error(tmp_path: Path) -> None:
    error = failure(tmp_path / "nowhere.xlsx")

    assert error.problems[0].problem.startswith("There is no file at")


# Round trip


def test_a_realistic_council_form_imports_to_a_definition_that_passes_the_checks(
    tmp_path: Path,
) -> None:
    result = imported(
        samples.missed_bin_form(tmp_path), service="waste-environment", reference_prefix="MX"
    )
    definition = result.definition
    items = items_by_name(definition)

    assert check_problems(definition, tmp_path, every_language=True) == []
    assert definition["id"] == "report-missed-bin"
    assert definition["version"] == "2026-11-23.1"
    assert definition["title"]["ur"] == "چھوٹ جانے والی بن کلیکشن کی اطلاع دیں"
    assert definition["awaiting_review"] == ["bn", "so", "ur", "zh_CN", "pl"]
    assert len(definition["items"]) == 11
    assert items["put_out"]["type"] == "yes_no"
    assert items["bin_location"]["relevant"] == "${put_out} = 'yes'"
    assert items["phone"]["required"] == "${email} = ''"
    assert items["phone"]["relevant"] == "${wants_reply} = 'yes'"
    assert items["more_info"]["type"] == "long_text"
    assert items["bin_type"]["choices"][3]["value"] == "garden-waste"
    assert definition["calculations"][0]["calculate"] == (
        "if(today() - ${collection_day} > 2, 'yes', 'no')"
    )
    assert json.loads(result.to_json()) == definition
    assert all(n.severity == "warning" for n in result.notes)


def test_the_check_helper_is_the_kiosks_own_loader(tmp_path: Path) -> None:
    definition = imported(samples.names_form(tmp_path)).definition
    definition["items"].append(dict(definition["items"][0]))
    problems = check_problems(definition, tmp_path, every_language=True)
    assert problems[0].startswith("loader: imported: items[3]")
    assert "is already used" in problems[0]
    assert any("lacks ['bn', 'pl', 'so', 'ur', 'zh_CN']" in p for p in problems)

    del definition["items"][-1]
    definition["items"][1]["relevant"] = "${nobody} = 1"
    problems = check_problems(definition, tmp_path, every_language=False)
    assert problems == [
        "loader: imported: items[1].relevant: refers to ${nobody}, which this form does not have"
    ]
