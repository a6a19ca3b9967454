"""What an XLSForm import found: problems with their sheet, row and column, and the result."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """One thing the importer could not carry over exactly, in plain English.

    Attributes:
        sheet: the workbook sheet ("survey", "choices", "settings"), "workbook" for the file
            itself, or "options" for the importer's own arguments.
        row: the spreadsheet row number (as Excel shows it), or None when it is not one row.
        column: the XLSForm column (e.g. "relevant"), or None.
        problem: what is wrong or what was changed, in plain English.
        severity: "error" (the import fails) or "warning" (imported; check it by hand).
    """

    sheet: str
    row: int | None
    column: str | None
    problem: str
    severity: Severity = "warning"

    def __str__(self) -> str:
        where = f"{self.sheet} sheet" if self.sheet not in ("workbook", "options") else self.sheet
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column!r}"
        return f"{where}: {self.problem}"


class XlsformImportError(Exception):
    """The XLSForm cannot be imported; ``problems`` lists every error found, each with its row.

    Attributes:
        problems: the errors, in sheet and row order.
        notes: warnings found on the way, for context.
    """

    def __init__(self, problems: list[ImportProblem], notes: list[ImportProblem]) -> None:
        self.problems = sorted(problems, key=_order)
        self.notes = sorted(notes, key=_order)
        lines = [f"The XLSForm cannot be imported ({len(self.problems)} problem(s)):"]
        lines += [f"  - {problem}" for problem in self.problems]
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class ImportResult:
    """A form definition made from an XLSForm, and the warnings to check before publishing it.

    Attributes:
        definition: a dict matching assets/catalogue/form.schema.json.
        notes: warnings (never errors), in sheet and row order.
    """

    definition: dict[str, Any]
    notes: list[ImportProblem] = field(default_factory=list)

    def to_json(self) -> str:
        """The definition as the catalogue stores it: UTF-8 JSON, two-space indent."""
        return json.dumps(self.definition, ensure_ascii=False, indent=2) + "\n"


_SHEET_ORDER = {"options": 0, "workbook": 1, "settings": 2, "survey": 3, "choices": 4}


def _order(problem: ImportProblem) -> tuple[int, int, str]:
    return (_SHEET_ORDER.get(problem.sheet, 5), problem.row or 0, problem.column or "")


@dataclass
class Findings:
    """Collects errors and warnings while an import runs."""

    errors: list[ImportProblem] = field(default_factory=list)
    warnings: list[ImportProblem] = field(default_factory=list)
    _seen: set[tuple[str, int | None, str | None, str]] = field(default_factory=set)

    def error(self, sheet: str, row: int | None, column: str | None, problem: str) -> None:
        self._add(ImportProblem(sheet, row, column, problem, "error"))

    def warn(self, sheet: str, row: int | None, column: str | None, problem: str) -> None:
        self._add(ImportProblem(sheet, row, column, problem, "warning"))

    def _add(self, problem: ImportProblem) -> None:
        key = (problem.sheet, problem.row, problem.column, problem.problem)
        if key in self._seen:
            return
        self._seen.add(key)
        (self.errors if problem.severity == "error" else self.warnings).append(problem)

    def fail_if_any(self) -> None:
        """Raise XlsformImportError listing every error so far, if there are any."""
        if self.errors:
            raise XlsformImportError(self.errors, self.warnings)

    def notes(self) -> list[ImportProblem]:
        return sorted(self.warnings, key=_order)
