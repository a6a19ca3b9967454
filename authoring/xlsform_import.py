"""Import an ODK XLSForm (.xlsx) as a kiosk form definition (assets/catalogue/form.schema.json).

pyxform parses the workbook; this module maps its JSON to ours: groups are flattened (their
``relevant`` AND-ed into each question), repeats and calculations carried over, names and
choice values made to fit the kiosk's rules with every ``${reference}`` rewritten, and every
expression compiled by ``core.form_expressions``. Anything that cannot be carried over is
reported with its sheet, row and column: errors make the import fail (``XlsformImportError``
lists them all), warnings come back in ``ImportResult.notes``.

Use: ``import_xlsform(Path("missed-bin.xlsx"), service="waste-environment",
reference_prefix="MB")``.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from authoring.xlsform_choices import ChoiceLists
from authoring.xlsform_expressions import ExpressionConverter
from authoring.xlsform_items import ItemBuilder, row_of
from authoring.xlsform_languages import Languages, language_keys
from authoring.xlsform_problems import Findings, ImportResult
from authoring.xlsform_questions import Place, QuestionBuilder
from authoring.xlsform_rows import RowReader
from authoring.xlsform_settings import Options, check_options, top_level
from authoring.xlsform_types import Handling, type_mapping
from authoring.xlsform_workbook import Workbook, read_workbook

__all__ = ["import_xlsform", "kiosk_name"]

MAX_ITEMS = 200
MAX_CALCULATIONS = 100
_TEXT_KEYS = ("label", "hint", "jr:constraintMsg", "jr:requiredMsg", "title")
_GENERATED_PREFIXES = ("generated_table_list_label_", "reserved_name_for_field_list_labels_")
_REFERENCE = re.compile(r"\$\{([^}]*)\}")


def import_xlsform(
    path: Path,
    *,
    form_id: str | None = None,
    service: str | None = None,
    reference_prefix: str | None = None,
    kind: str | None = None,
    today: date | None = None,
) -> ImportResult:
    """Read an XLSForm workbook and return the kiosk form definition and warnings.

    Args:
        path: the .xlsx file.
        form_id: the form's id; otherwise made from the settings sheet's form_id.
        service: the catalogue service code; otherwise a placeholder and a warning.
        reference_prefix: the two capital letters of case references; otherwise "XX".
        kind: report, apply, book, tell, ask or triage; otherwise "report" and a warning.
        today: the date for a version made up when the XLSForm's is not YYYY-MM-DD.N.

    Raises:
        XlsformImportError: listing every problem (sheet, row, column and what is wrong).
    """
    findings = Findings()
    options = Options(form_id, service, reference_prefix, kind)
    check_options(options, findings)
    workbook = read_workbook(path, findings)
    findings.fail_if_any()
    assert workbook is not None  # read_workbook returns None only after recording an error.
    definition = _Importer(workbook, findings).definition(options, today or date.today())
    findings.fail_if_any()
    return ImportResult(definition, findings.notes())


def kiosk_name(name: str) -> str:
    """A kiosk answer name (^[a-z][a-z0-9_]{0,47}$) for an XLSForm name."""
    kiosk = re.sub(r"[^a-z0-9_]+", "_", name.strip().lower()).lstrip("_")
    if not kiosk[:1].isalpha():
        kiosk = "q_" + kiosk
    return kiosk[:48]


class _Importer:
    """Two passes over pyxform's JSON: first every name, then the kiosk items."""

    def __init__(self, workbook: Workbook, findings: Findings) -> None:
        self._workbook = workbook
        self._findings = findings
        self._form = workbook.form
        self._languages = Languages(language_keys(self._form, _TEXT_KEYS), findings)
        self._choice_lists = ChoiceLists(
            self._form.get("choices", {}), workbook.choice_rows, self._languages, findings
        )
        self._names: dict[str, str] = {}
        self._owners: dict[str, tuple[str, int | None]] = {}
        self._dropped: dict[str, str] = {}
        self._choice_values: dict[str, dict[str, str]] = {}
        self._calculations: list[tuple[dict[str, Any], int | None]] = []
        self._question_count = 0

    def definition(self, options: Options, today: date) -> dict[str, Any]:
        if self._workbook.has_entities:
            self._findings.warn(
                "entities",
                None,
                None,
                "Entities are not supported; the entities sheet was left out.",
            )
        children: list[dict[str, Any]] = self._form.get("children", [])
        self._collect(children, in_repeat=False)
        converter = ExpressionConverter(self._names, self._dropped, self._choice_values)
        reader = RowReader(self._findings, self._languages, converter, self._names)
        builder = ItemBuilder(
            reader, QuestionBuilder(reader, self._choice_lists), self.add_calculation
        )
        items = builder.items(children, Place())
        calculations = self._ordered_calculations()
        self._check_sizes(items, calculations)
        top = top_level(
            self._form,
            self._workbook.settings_columns,
            options,
            self._languages,
            self._question_count,
            today,
            self._findings,
        )
        definition = {**top, "items": items}
        if calculations:
            definition["calculations"] = calculations
        return definition

    # First pass: names, types and choice lists.

    def _collect(self, children: list[dict[str, Any]], *, in_repeat: bool) -> None:
        previous_row: int | None = None
        for element in children:
            row = row_of(element)
            if row is None:
                self._generated(element, previous_row)
                continue
            previous_row = row
            kind = str(element.get("type", ""))
            name = str(element.get("name", ""))
            if kind == "group":
                self._dropped[name] = "a group (the kiosk flattens groups into their questions)"
                self._collect(element.get("children", []), in_repeat=in_repeat)
            elif kind == "repeat":
                if in_repeat:
                    self._findings.error(
                        "survey", row, "type", "A repeat inside a repeat is not supported."
                    )
                self._add_name(name, row)
                self._collect(element.get("children", []), in_repeat=True)
            elif kind == "loop":
                self._findings.error(
                    "survey", row, "type", "begin_loop is not supported; use begin_repeat."
                )
            else:
                self._collect_row(element, kind, name, row, in_repeat)

    def _collect_row(
        self, element: dict[str, Any], kind: str, name: str, row: int, in_repeat: bool
    ) -> None:
        mapping = type_mapping(kind)
        if mapping.handling is Handling.DROPPED:
            what = "a note" if "Notes" in mapping.reason else "a metadata field"
            self._dropped[name] = what
            self._findings.warn("survey", row, "type", mapping.reason + ".")
            return
        self._add_name(name, row)
        if mapping.handling is Handling.UNSUPPORTED:
            self._findings.error("survey", row, "type", mapping.reason)
        elif mapping.handling is Handling.CALCULATION and in_repeat:
            self._findings.error(
                "survey",
                row,
                "type",
                "A calculation inside a repeat is not supported; the kiosk's calculations "
                "are worked out once for the whole form.",
            )
        elif mapping.handling is Handling.QUESTION:
            self._question_count += 1
            list_name = self._choice_lists.list_name(element)
            if mapping.kiosk_type.endswith("_choice") and list_name is not None:
                renamed = self._choice_lists.get(list_name).renamed
                if renamed:
                    self._choice_values[name] = renamed

    def _generated(self, element: dict[str, Any], previous_row: int | None) -> None:
        """Elements pyxform added itself, with no row of their own."""
        name = str(element.get("name", ""))
        kind = element.get("type")
        if (name == "meta" and kind == "group") or name.startswith(_GENERATED_PREFIXES):
            return
        if kind == "calculate" and name.endswith("_count"):
            return  # A repeat_count worked out; the repeat reads it.
        if name.endswith("_other") and previous_row is not None:
            self._findings.error(
                "survey",
                previous_row,
                "type",
                "'or_other' is not supported: add an 'other' choice to the list and a text "
                "question whose relevant is selected(${question}, 'other').",
            )
            return
        self._findings.warn(
            "survey", previous_row, None, f"pyxform added {name!r}; it was left out."
        )

    def _add_name(self, name: str, row: int | None) -> None:
        kiosk = kiosk_name(name)
        owner = self._owners.get(kiosk)
        if owner is not None:
            other, other_row = owner
            where = f"row {other_row}" if other_row else "another row"
            if other == name:
                problem = (
                    f"The name '{name}' is also used on {where}; the kiosk's names must be "
                    "unique in the whole form, groups and repeats included."
                )
            else:
                problem = (
                    f"'{name}' and '{other}' ({where}) both become the kiosk name '{kiosk}' "
                    "(lower-case letters, digits and _); rename one of them."
                )
            self._findings.error("survey", row, "name", problem)
            self._names.setdefault(name, kiosk)  # So references to it are not reported too.
            return
        self._owners[kiosk] = (name, row)
        self._names[name] = kiosk
        if kiosk != name:
            self._findings.warn(
                "survey",
                row,
                "name",
                f"The name '{name}' became '{kiosk}' (kiosk names are lower-case letters, "
                "digits and _); references to it were updated.",
            )

    # After the second pass.

    def add_calculation(self, calculation: dict[str, Any], row: int | None) -> None:
        self._calculations.append((calculation, row))

    def _ordered_calculations(self) -> list[dict[str, Any]]:
        """Calculations in an order where each comes after those it uses (XLSForm allows any)."""
        by_name = {c["name"]: (c, row) for c, row in self._calculations}
        ordered: list[dict[str, Any]] = []
        state: dict[str, str] = {}

        def visit(name: str) -> None:
            if state.get(name) == "done":
                return
            calculation, row = by_name[name]
            if state.get(name) == "visiting":
                self._findings.error(
                    "survey",
                    row,
                    "calculation",
                    f"The calculation '{name}' depends on itself through other calculations.",
                )
                return
            state[name] = "visiting"
            for used in _REFERENCE.findall(calculation["calculate"]):
                if used in by_name and used != name:
                    visit(used)
            state[name] = "done"
            ordered.append(calculation)

        for name in by_name:
            visit(name)
        return ordered

    def _check_sizes(self, items: list[dict[str, Any]], calculations: list[dict[str, Any]]) -> None:
        if not items and not self._findings.errors:  # Else the errors say why.
            self._findings.error(
                "survey", None, None, "The form has no questions the kiosk can ask."
            )
        if len(items) > MAX_ITEMS:
            self._findings.error(
                "survey", None, None, f"The form has {len(items)} questions; at most {MAX_ITEMS}."
            )
        if len(calculations) > MAX_CALCULATIONS:
            self._findings.error(
                "survey",
                None,
                None,
                f"The form has {len(calculations)} calculations; at most {MAX_CALCULATIONS}.",
            )
