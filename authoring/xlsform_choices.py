"""XLSForm choice lists to kiosk choices: values made to fit, labels localised, clashes refused."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from authoring.xlsform_languages import Languages
from authoring.xlsform_problems import Findings

MAX_CHOICES = 60
_NOT_ALLOWED = re.compile(r"[^a-z0-9_-]+")
_KNOWN_KEYS = frozenset({"name", "label", "media", "list_name", "list name"})


def choice_value(name: str) -> str:
    """A choice value that fits ^[a-z0-9][a-z0-9_-]{0,47}$ ('' when nothing is left)."""
    value = _NOT_ALLOWED.sub("_", name.strip().lower()).lstrip("_-")
    return value[:48]


@dataclass
class ChoiceList:
    """One choice list as the kiosk has it.

    Attributes:
        choices: kiosk choices ({"value", "label"}), in the list's order.
        renamed: XLSForm value -> kiosk value, for the values that had to change.
        yes_no: the list is exactly 'yes' and 'no'.
        plain_yes_no_labels: its English labels are just 'Yes' and 'No'.
        first_row: the row of its first choice on the choices sheet.
    """

    choices: list[dict[str, Any]] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)
    yes_no: bool = False
    plain_yes_no_labels: bool = False
    first_row: int | None = None


class ChoiceLists:
    """Converts each list once, however many questions use it."""

    def __init__(
        self,
        lists: dict[str, list[dict[str, Any]]],
        rows: dict[str, list[int]],
        languages: Languages,
        findings: Findings,
    ) -> None:
        self._lists = lists
        self._rows = rows
        self._languages = languages
        self._findings = findings
        self._done: dict[str, ChoiceList] = {}
        self._unused_columns_reported: set[str] = set()

    def list_name(self, element: dict[str, Any]) -> str | None:
        """The choice list a select question uses; None for choices from a file or answers.

        pyxform leaves ``list_name`` out when choices are randomised; ``itemset`` still
        names the list then.
        """
        for key in ("list_name", "itemset"):
            name = element.get(key)
            if isinstance(name, str) and name in self._lists:
                return name
        return None

    def get(self, list_name: str) -> ChoiceList:
        """The converted list (problems are reported the first time only)."""
        if list_name not in self._done:
            self._done[list_name] = self._convert(list_name)
        return self._done[list_name]

    def _convert(self, list_name: str) -> ChoiceList:
        raw = self._lists.get(list_name, [])
        rows = self._rows.get(list_name, [])
        result = ChoiceList(first_row=rows[0] if rows else None)
        seen: dict[str, tuple[str, int | None]] = {}
        for index, choice in enumerate(raw):
            row = rows[index] if index < len(rows) else None
            original = str(choice.get("name", ""))
            value = choice_value(original)
            self._report_unused(choice, row)
            if not value:
                self._findings.error(
                    "choices",
                    row,
                    "name",
                    f"The choice name {original!r} has no letters or digits to make a value from.",
                )
                continue
            if value in seen:
                other, other_row = seen[value]
                where = f" (row {other_row})" if other_row else ""
                self._findings.error(
                    "choices",
                    row,
                    "name",
                    f"In the list '{list_name}', {original!r} and {other!r}{where} both become "
                    f"the value '{value}'; rename one so they differ in more than capitals "
                    "or punctuation.",
                )
                continue
            seen[value] = (original, row)
            if value != original:
                result.renamed[original] = value
            label = self._languages.text(
                choice.get("label"), sheet="choices", row=row, column="label", needed=True
            )
            if label is not None:
                result.choices.append({"value": value, "label": label})
        if len(result.choices) > MAX_CHOICES:
            self._findings.error(
                "choices",
                result.first_row,
                "list_name",
                f"The list '{list_name}' has {len(result.choices)} choices; the kiosk shows at "
                f"most {MAX_CHOICES}.",
            )
        if result.renamed:
            changes = ", ".join(f"'{old}' → '{new}'" for old, new in result.renamed.items())
            self._findings.warn(
                "choices",
                result.first_row,
                "name",
                f"In the list '{list_name}' these values were changed to fit the kiosk "
                f"(lower-case letters, digits, '-' and '_'): {changes}. Expressions that "
                "compare with them were updated; submissions will carry the new values.",
            )
        values = [c["value"] for c in result.choices]
        result.yes_no = sorted(values) == ["no", "yes"]
        result.plain_yes_no_labels = all(
            c["label"]["en"].strip().lower() == c["value"] for c in result.choices
        )
        return result

    def _report_unused(self, choice: dict[str, Any], row: int | None) -> None:
        if choice.get("media"):
            kinds = ", ".join(sorted(choice["media"])) if isinstance(choice["media"], dict) else ""
            self._findings.warn(
                "choices",
                row,
                "media",
                f"Pictures and sound on choices ({kinds}) are not shown by the kiosk.",
            )
        for key in choice:
            if key not in _KNOWN_KEYS and key not in self._unused_columns_reported:
                self._unused_columns_reported.add(key)
                self._findings.warn(
                    "choices",
                    row,
                    key,
                    f"The column '{key}' on the choices sheet is not used by the kiosk.",
                )
