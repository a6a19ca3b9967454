"""Columns every kind of survey row shares: expressions, text, and what is not carried over."""

from __future__ import annotations

from typing import Any

from pyxform import aliases  # type: ignore[import-untyped]

from authoring.xlsform_expressions import ExpressionConverter
from authoring.xlsform_languages import Languages
from authoring.xlsform_problems import Findings
from authoring.xlsform_workbook import ROW_KEY

# Columns (pyxform keys) the importer reads or reports itself.
HANDLED_KEYS = frozenset(
    {
        "type",
        "name",
        "label",
        "hint",
        "bind",
        "control",
        "media",
        "guidance_hint",
        "default",
        "choice_filter",
        "parameters",
        "trigger",
        "itemset",
        "list_name",
        "choices",
        "children",
        "_dynamic_default",
        "actions",
        ROW_KEY,
    }
)
_HANDLED_BIND = frozenset(
    {"relevant", "constraint", "jr:constraintMsg", "required", "jr:requiredMsg", "calculate"}
)
_HANDLED_CONTROL = frozenset({"appearance", "jr:count", "rows"})
_TRIVIAL_DEFAULTS = frozenset({"''", '""'})


class RowReader:
    """Reads the columns every kind of row shares, reporting what is not carried over."""

    def __init__(
        self,
        findings: Findings,
        languages: Languages,
        converter: ExpressionConverter,
        names: dict[str, str],
    ) -> None:
        self.findings = findings
        self.languages = languages
        self.converter = converter
        self.names = names
        self._reported_columns: set[str] = set()

    def expression(self, text: object, row: int | None, column: str) -> str | None:
        """A converted expression, or None (with an error naming the row) if it cannot be."""
        if not isinstance(text, str) or not text.strip():
            return None
        result = self.converter.convert(text)
        for problem in result.problems:
            self.findings.error(
                "survey", row, column, f"The expression {text!r} cannot be used: {problem}."
            )
        return result.text

    def text(
        self, element: dict[str, Any], key: str, row: int | None, column: str, *, needed: bool
    ) -> dict[str, str] | None:
        value = element.get(key)
        if value is None and not needed:
            return None
        return self.languages.text(value, sheet="survey", row=row, column=column, needed=needed)

    def report_unused(self, element: dict[str, Any], row: int | None) -> None:
        """Warn about media, guidance hints, defaults and columns the kiosk has no use for."""
        media = element.get("media")
        if isinstance(media, dict) and media:
            self.findings.warn(
                "survey",
                row,
                "media",
                f"Media ({', '.join(sorted(media))}) are not shown by the kiosk.",
            )
        if element.get("guidance_hint"):
            self.findings.warn(
                "survey",
                row,
                "guidance_hint",
                "The guidance hint is not shown by the kiosk; put what residents need in the hint.",
            )
        default = element.get("default")
        if (
            isinstance(default, str)
            and default.strip()
            and default.strip() not in _TRIVIAL_DEFAULTS
        ):
            self.findings.warn(
                "survey",
                row,
                "default",
                f"The default {default!r} is not used: the kiosk never fills in an answer "
                "before the resident gives it.",
            )
        parameters = element.get("parameters")
        if parameters and isinstance(parameters, dict | str):
            listed = (
                parameters
                if isinstance(parameters, str)
                else " ".join(f"{k}={v}" for k, v in parameters.items())
            )
            self.findings.warn(
                "survey", row, "parameters", f"The parameters '{listed}' are not used by the kiosk."
            )
        if element.get("choice_filter"):
            self.findings.error(
                "survey",
                row,
                "choice_filter",
                "choice_filter is not supported: the kiosk shows every choice in the list. "
                "Use separate questions with 'relevant' instead.",
            )
        if element.get("trigger"):
            self.findings.error(
                "survey",
                row,
                "trigger",
                "trigger is not supported: the kiosk cannot change an answer when another "
                "changes. Use a calculate row instead.",
            )
        bind = element.get("bind", {})
        if str(bind.get("readonly", "")).strip() and aliases.yes_no.get(
            str(bind["readonly"]).strip(), True
        ):
            self.findings.error(
                "survey",
                row,
                "read_only",
                "Read-only questions are not supported; use a calculate row to work a value out.",
            )
        unused = [k for k in element if k not in HANDLED_KEYS]
        unused += [k for k in bind if k not in _HANDLED_BIND and k != "readonly"]
        unused += [k for k in element.get("control", {}) if k not in _HANDLED_CONTROL]
        for key in unused:
            if key not in self._reported_columns:
                self._reported_columns.add(key)
                self.findings.warn(
                    "survey",
                    row,
                    key,
                    f"The column '{key}' is not used by the kiosk; it was left out.",
                )

    def appearances(self, element: dict[str, Any]) -> list[str]:
        return str(element.get("control", {}).get("appearance") or "").split()

    def report_appearances(self, appearances: list[str], row: int | None) -> None:
        for appearance in appearances:
            self.findings.warn(
                "survey",
                row,
                "appearance",
                f"The appearance '{appearance}' is not used: the kiosk shows each question its "
                "own way, one per page.",
            )
