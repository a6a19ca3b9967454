"""Second pass of the import: kiosk items from pyxform's elements, groups flattened.

A group's ``relevant`` is AND-ed into every question inside it; a repeat keeps its own; a
calculation in a group with a ``relevant`` becomes ``if(condition, calculation, '')``, which
is what ODK does (a calculation in a hidden group is empty).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from authoring.xlsform_expressions import all_of
from authoring.xlsform_languages import english_of
from authoring.xlsform_questions import Place, QuestionBuilder
from authoring.xlsform_rows import RowReader
from authoring.xlsform_types import Handling, type_mapping
from authoring.xlsform_wording import add_another
from authoring.xlsform_workbook import ROW_KEY
from core.form_expressions import ExpressionError, compile_expression

MAX_REPEAT_ITEMS = 30
MAX_REPEAT_COUNT = 20
_WHOLE = re.compile(r"\s*(\d+)\s*")


def row_of(element: dict[str, Any]) -> int | None:
    """The spreadsheet row an element came from; None for elements pyxform made itself."""
    row = element.get(ROW_KEY)
    return int(row) if isinstance(row, str) and row.isdecimal() else None


class ItemBuilder:
    """Second pass: kiosk items from pyxform elements, groups flattened."""

    def __init__(
        self,
        reader: RowReader,
        questions: QuestionBuilder,
        add_calculation: Callable[[dict[str, Any], int | None], None],
    ) -> None:
        self._add_calculation = add_calculation
        self._reader = reader
        self._questions = questions
        self._findings = reader.findings

    def items(self, children: list[dict[str, Any]], place: Place) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for element in children:
            row = row_of(element)
            if row is None:
                continue
            kind = str(element.get("type", ""))
            if kind == "group":
                items += self._group(element, row, place)
            elif kind == "repeat":
                repeat = self._repeat(element, row, place, children)
                if repeat is not None:
                    items.append(repeat)
            elif kind != "loop":
                mapping = type_mapping(kind)
                if mapping.handling is Handling.QUESTION:
                    question = self._questions.build(element, mapping.kiosk_type, row, place)
                    if question is not None:
                        items.append(question)
                elif mapping.handling is Handling.CALCULATION and not place.in_repeat:
                    self._calculation(element, row, place)
        return items

    def _group(self, element: dict[str, Any], row: int, place: Place) -> list[dict[str, Any]]:
        reader = self._reader
        relevant = reader.expression(element.get("bind", {}).get("relevant"), row, "relevant")
        appearances = reader.appearances(element)
        english = english_of(element.get("label"))
        if english:
            self._findings.warn(
                "survey",
                row,
                "label",
                f"The group heading {english!r} is not shown: the kiosk asks one question per "
                "page. The group's relevant (if any) was added to each question in it.",
            )
        reader.report_appearances(appearances, row)
        reader.report_unused(element, row)
        inner = Place(
            (*place.conditions, relevant) if relevant else place.conditions, place.in_repeat
        )
        return self.items(element.get("children", []), inner)

    def _repeat(
        self,
        element: dict[str, Any],
        row: int,
        place: Place,
        siblings: list[dict[str, Any]],
    ) -> dict[str, Any] | None:
        if place.in_repeat:
            return None  # Reported in the first pass.
        reader = self._reader
        name = str(element["name"])
        label = reader.text(element, "label", row, "label", needed=True)
        own = reader.expression(element.get("bind", {}).get("relevant"), row, "relevant")
        items = self.items(element.get("children", []), Place((), in_repeat=True))
        if label is None:
            return None
        repeat: dict[str, Any] = {
            "name": reader.names[name],
            "type": "repeat",
            "label": label,
            "item_label": dict(label),
            "add_another": add_another(label),
        }
        self._findings.warn(
            "survey",
            row,
            "label",
            f"The repeat's item_label and add_another ('{repeat['add_another']['en']}') were "
            "made from its label; check they read well.",
        )
        hint = reader.text(element, "hint", row, "hint", needed=False)
        if hint is not None:
            repeat["hint"] = hint
        relevant = all_of([*place.conditions, own or ""])
        if relevant:
            repeat["relevant"] = relevant
        repeat.update(self._repeat_count(element, row, siblings))
        nested = any(c.get("type") == "repeat" for c in element.get("children", []))
        if not items and not nested:  # A nested repeat has its own error already.
            self._findings.error(
                "survey", row, "type", "The repeat has no questions the kiosk can ask."
            )
        elif len(items) > MAX_REPEAT_ITEMS:
            self._findings.error(
                "survey",
                row,
                "type",
                f"The repeat has {len(items)} questions; at most {MAX_REPEAT_ITEMS}.",
            )
        repeat["items"] = items
        reader.report_appearances(reader.appearances(element), row)
        reader.report_unused(element, row)
        return repeat

    def _repeat_count(
        self, element: dict[str, Any], row: int, siblings: list[dict[str, Any]]
    ) -> dict[str, int]:
        count = str(element.get("control", {}).get("jr:count") or "").strip()
        if not count:
            return {}
        generated = f"${{{element['name']}_count}}"
        if count == generated:
            node = next(
                (
                    s
                    for s in siblings
                    if s.get("name") == f"{element['name']}_count" and row_of(s) is None
                ),
                {},
            )
            count = str(node.get("bind", {}).get("calculate", count)).strip()
        whole = _WHOLE.fullmatch(count)
        if whole is None:
            self._findings.warn(
                "survey",
                row,
                "repeat_count",
                f"repeat_count {count!r} is not a fixed number; the kiosk cannot set the number "
                f"of entries from an answer, so it asks whether to add another (up to "
                f"{MAX_REPEAT_COUNT}).",
            )
            return {"max": MAX_REPEAT_COUNT}
        number = int(whole.group(1))
        if not 1 <= number <= MAX_REPEAT_COUNT:
            self._findings.error(
                "survey",
                row,
                "repeat_count",
                f"repeat_count {number} is outside what the kiosk allows "
                f"(1 to {MAX_REPEAT_COUNT}).",
            )
            return {}
        return {"min": number, "max": number}

    def _calculation(self, element: dict[str, Any], row: int, place: Place) -> None:
        reader = self._reader
        bind: dict[str, Any] = element.get("bind", {})
        if not str(bind.get("calculate") or "").strip():
            self._findings.error(
                "survey", row, "calculation", "The calculate row has no calculation."
            )
            return
        calculate = reader.expression(bind["calculate"], row, "calculation")
        own = reader.expression(bind.get("relevant"), row, "relevant")
        if calculate is None:
            return
        condition = all_of([*place.conditions, own or ""])
        if condition:
            # Like ODK: a calculation in a hidden group (or with a false relevant) is empty.
            calculate = f"if({condition}, {calculate}, '')"
            try:
                compile_expression(calculate)
            except ExpressionError as error:
                self._findings.error(
                    "survey", row, "calculation", f"With its group's relevant added, {error}."
                )
                return
        if element.get("label"):
            self._findings.warn(
                "survey",
                row,
                "label",
                "The calculation's label was left out (ODK never shows it); add a 'label' to "
                "the calculation by hand to show the result on check your answers.",
            )
        reader.report_unused({k: v for k, v in element.items() if k != "label"}, row)
        self._add_calculation(
            {"name": reader.names[str(element["name"])], "calculate": calculate}, row
        )
