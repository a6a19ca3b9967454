"""Read an XLSForm workbook with pyxform, keeping each survey row's spreadsheet row number.

pyxform does the XLSForm parsing (column aliases, ``label::Language`` columns, begin/end
matching, ``${name}`` checks). Its JSON drops row numbers, so a hidden column carrying the
row number is added to every survey row before pyxform sees the sheet; it comes back on each
element pyxform made from that row. Elements pyxform generated itself have no row number.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyxform.errors import PyXFormError  # type: ignore[import-untyped]
from pyxform.xls2json import workbook_to_json  # type: ignore[import-untyped]
from pyxform.xls2json_backends import get_xlsform  # type: ignore[import-untyped]

from authoring.xlsform_problems import Findings

ROW_KEY = "__xlsform_import_row__"

_ROW_IN_MESSAGE = re.compile(r"^\s*\[row\s*:\s*(\d+)\]\s*")
_COLUMN_IN_MESSAGE = re.compile(r"the '([\w:]+)' (?:value|column)")
_SHEET_IN_MESSAGE = re.compile(r"'(survey|choices|settings|entities|external_choices)' sheet")
# pyxform warnings about ODK Collect that mean nothing on a kiosk; our own language notes
# replace pyxform's "missing translation columns" summary.
_IRRELEVANT_WARNINGS = ("Use the max-pixels parameter", "Language '")


@dataclass(frozen=True)
class Workbook:
    """What pyxform made of the workbook.

    Attributes:
        form: pyxform's JSON form (``children`` nested by group and repeat).
        choice_rows: list name -> the spreadsheet rows of its choices, in order.
        settings_columns: the settings sheet's column headers as written.
        has_entities: the workbook has an entities sheet.
    """

    form: dict[str, Any]
    choice_rows: dict[str, list[int]]
    settings_columns: tuple[str, ...]
    has_entities: bool


def read_workbook(path: Path, findings: Findings) -> Workbook | None:
    """Parse the workbook; on failure record the problem in ``findings`` and return None."""
    if not path.is_file():
        findings.error("workbook", None, None, f"There is no file at {path}.")
        return None
    if path.suffix.lower() != ".xlsx":
        findings.error(
            "workbook",
            None,
            None,
            f"{path.name} is not an .xlsx workbook. Save the XLSForm from Excel, LibreOffice "
            "or Google Sheets as 'Excel workbook (.xlsx)' and import that.",
        )
        return None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            data = get_xlsform(xlsform=str(path), file_type=".xlsx")
        except PyXFormError:
            findings.error(
                "workbook",
                None,
                None,
                f"{path.name} could not be opened as an Excel workbook; it may be damaged "
                "or be another kind of file renamed to .xlsx.",
            )
            return None
        _number_survey_rows(data)
        pyxform_warnings: list[str] = []
        try:
            form = workbook_to_json(
                workbook_dict=data,
                fallback_form_name=data.fallback_form_name,
                warnings=pyxform_warnings,
            )
        except PyXFormError as error:
            _record_pyxform_error(error, findings)
            return None
        finally:
            for warning in caught:
                findings.warn("workbook", None, None, f"While reading the file: {warning.message}")
    for message in pyxform_warnings:
        row, text = _split_row(message)
        if not text.startswith(_IRRELEVANT_WARNINGS):
            findings.warn("survey" if row is not None else "workbook", row, None, text)
    settings_columns = tuple(data.settings_header[0]) if data.settings_header else ()
    return Workbook(
        form=form,
        choice_rows=_choice_rows(data.choices or []),
        settings_columns=settings_columns,
        has_entities=bool(data.entities),
    )


def _number_survey_rows(data: Any) -> None:
    """Add the hidden row-number column to every non-empty survey row."""
    if not data.survey:
        return
    for index, row in enumerate(data.survey):
        if row:
            row[ROW_KEY] = str(index + 2)  # Row 1 holds the column headers.
    if data.survey_header:
        data.survey_header[0][ROW_KEY] = None


def _choice_rows(rows: list[dict[str, str]]) -> dict[str, list[int]]:
    """List name -> its rows, in the order pyxform keeps the list's choices."""
    result: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        list_name = next(
            (v for k, v in row.items() if "_".join(k.split()).lower() == "list_name"), None
        )
        if list_name:
            result.setdefault(str(list_name), []).append(index + 2)
    return result


def _split_row(message: str) -> tuple[int | None, str]:
    match = _ROW_IN_MESSAGE.match(message)
    if match is None:
        return None, message.strip()
    return int(match.group(1)), message[match.end() :].strip()


def _record_pyxform_error(error: PyXFormError, findings: Findings) -> None:
    """Turn pyxform's error (one, or several lines) into problems with their rows."""
    context: dict[str, Any] = getattr(error, "context", {}) or {}
    for line in str(error).splitlines() or ["pyxform could not read the form."]:
        if not line.strip() or line.lstrip().startswith("{"):
            continue  # pyxform sometimes adds the row's raw cells as a Python dict.
        row, text = _split_row(line)
        if row is None and isinstance(context.get("row"), int):
            row = context["row"]
        sheet_match = _SHEET_IN_MESSAGE.search(text)
        sheet = context.get("sheet") or (sheet_match.group(1) if sheet_match else None)
        if sheet is None:
            sheet = "survey" if row is not None else "workbook"
        column_match = _COLUMN_IN_MESSAGE.search(text)
        column = context.get("column") or (column_match.group(1) if column_match else None)
        findings.error(str(sheet), row, str(column) if column else None, _plain(text))


def _plain(text: str) -> str:
    """pyxform's wording, minus the parts that only make sense inside pyxform."""
    text = text.replace(ROW_KEY, "row number").replace(" for the name 'unknown'", "")
    return text.rstrip() if text.endswith((".", "?", "!")) else text.rstrip() + "."
