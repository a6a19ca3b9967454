"""One XLSForm survey row to one kiosk question: labels, rules, messages and choices."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pyxform import aliases  # type: ignore[import-untyped]

from authoring.xlsform_choices import ChoiceLists
from authoring.xlsform_expressions import all_of
from authoring.xlsform_rows import RowReader
from authoring.xlsform_types import WHOLE_NUMBER_TYPES
from authoring.xlsform_wording import ENTER_VALID, SELECT_VALID, TO_WRITE_DOCUMENT

_NOT_A_DOCUMENT = {"signature": "a signature", "draw": "a drawing", "annotate": "a drawing"}


@dataclass(frozen=True)
class Place:
    """Where a row sits once groups are flattened.

    Attributes:
        conditions: the kiosk ``relevant`` of every enclosing group, outermost first.
        in_repeat: inside a repeat.
    """

    conditions: tuple[str, ...] = ()
    in_repeat: bool = False


class QuestionBuilder:
    """Builds kiosk questions from pyxform question elements."""

    def __init__(self, reader: RowReader, choice_lists: ChoiceLists) -> None:
        self._reader = reader
        self._choice_lists = choice_lists

    def build(
        self, element: dict[str, Any], kiosk_type: str, row: int | None, place: Place
    ) -> dict[str, Any] | None:
        """The kiosk question, or None when the row cannot become one (errors recorded)."""
        reader = self._reader
        findings = reader.findings
        xlsform_name = str(element["name"])
        question: dict[str, Any] = {"name": reader.names[xlsform_name], "type": kiosk_type}
        appearances = reader.appearances(element)
        label = reader.text(element, "label", row, "label", needed=True)
        if label is not None:
            question["label"] = label
        hint = reader.text(element, "hint", row, "hint", needed=False)
        if hint is not None:
            question["hint"] = hint
        bind: dict[str, Any] = element.get("bind", {})
        if bind.get("calculate"):
            findings.error(
                "survey",
                row,
                "calculation",
                "A question with a calculation is not supported; use a separate calculate row.",
            )
        messages: dict[str, Any] = {}
        self._required(question, messages, bind, row)
        relevant = reader.expression(bind.get("relevant"), row, "relevant")
        condition = all_of([*place.conditions, relevant or ""])
        if condition:
            question["relevant"] = condition
        if kiosk_type == "text" and "multiline" in appearances:
            question["type"] = "long_text"
            appearances.remove("multiline")
        elif kiosk_type == "number" and element["type"] in WHOLE_NUMBER_TYPES:
            question["whole_number"] = True
        elif kiosk_type in ("single_choice", "multiple_choice"):
            if not self._choices(question, element, row):
                return None
        elif kiosk_type == "document":
            self._document(question, appearances, row)
        self._constraint(question, messages, bind, row)
        if messages:
            question["messages"] = messages
        reader.report_appearances(appearances, row)
        reader.report_unused(element, row)
        return question if label is not None else None

    def _required(
        self,
        question: dict[str, Any],
        messages: dict[str, Any],
        bind: dict[str, Any],
        row: int | None,
    ) -> None:
        reader = self._reader
        raw = str(bind.get("required") or "").strip()
        required: bool | str
        if not raw:
            required = False
        elif raw in aliases.yes_no:
            required = bool(aliases.yes_no[raw])
        else:
            required = reader.expression(raw, row, "required") or False
        question["required"] = required
        if bind.get("jr:requiredMsg") is None:
            return
        if required is False:
            reader.findings.warn(
                "survey",
                row,
                "required_message",
                "required_message is not used: the question is not required.",
            )
            return
        message = reader.languages.text(
            bind["jr:requiredMsg"], sheet="survey", row=row, column="required_message", needed=False
        )
        if message is not None:
            messages["required"] = message

    def _constraint(
        self,
        question: dict[str, Any],
        messages: dict[str, Any],
        bind: dict[str, Any],
        row: int | None,
    ) -> None:
        reader = self._reader
        constraint = reader.expression(bind.get("constraint"), row, "constraint")
        if constraint is None:
            if bind.get("jr:constraintMsg") is not None and not bind.get("constraint"):
                reader.findings.warn(
                    "survey",
                    row,
                    "constraint_message",
                    "constraint_message is not used: there is no constraint.",
                )
            return
        question["constraint"] = constraint
        message = None
        if bind.get("jr:constraintMsg") is not None:
            message = reader.languages.text(
                bind["jr:constraintMsg"],
                sheet="survey",
                row=row,
                column="constraint_message",
                needed=False,
            )
        if message is None:
            choosing = question["type"] in ("single_choice", "multiple_choice", "yes_no")
            generated = SELECT_VALID if choosing else ENTER_VALID
            message = {code: generated[code] for code in reader.languages.present}
            reader.findings.warn(
                "survey",
                row,
                "constraint_message",
                f"The constraint has no message; the kiosk will say '{generated['en']}'. Write "
                "a constraint_message that says what to do, e.g. 'Date of birth must be in "
                "the past'.",
            )
        messages["constraint"] = message

    def _choices(self, question: dict[str, Any], element: dict[str, Any], row: int | None) -> bool:
        findings = self._reader.findings
        list_name = self._choice_lists.list_name(element)
        itemset = str(element.get("itemset") or "")
        if list_name is None:
            if "${" in itemset:
                reason = "Choices made from earlier answers (select_one ${…}) are not supported."
            else:
                reason = (
                    f"Choices from the file '{itemset}' (select_one_from_file) are not supported."
                )
            findings.error("survey", row, "type", reason)
            return False
        choice_list = self._choice_lists.get(list_name)
        if not choice_list.choices:
            return False
        if question["type"] == "single_choice" and choice_list.yes_no:
            question["type"] = "yes_no"
            if not choice_list.plain_yes_no_labels:
                findings.warn(
                    "survey",
                    row,
                    "type",
                    f"The list '{list_name}' is yes and no, so this became a yes/no question; "
                    "the kiosk labels the answers 'Yes' and 'No', not the list's labels.",
                )
            return True
        question["choices"] = choice_list.choices
        return True

    def _document(self, question: dict[str, Any], appearances: list[str], row: int | None) -> None:
        for appearance in list(appearances):
            if appearance in _NOT_A_DOCUMENT:
                self._reader.findings.error(
                    "survey",
                    row,
                    "appearance",
                    f"Asking for {_NOT_A_DOCUMENT[appearance]} ({appearance}) is not supported: "
                    "the kiosk scans paper documents.",
                )
                appearances.remove(appearance)
        question["documents"] = [self._reader.languages.placeholder(TO_WRITE_DOCUMENT)]
        self._reader.findings.warn(
            "survey",
            row,
            "type",
            "This became a document question (the kiosk scans pages). List the kinds of "
            "document accepted in 'documents'.",
        )
