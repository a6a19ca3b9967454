"""XLSForm question types (as pyxform names them) sorted into what the kiosk does with them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from pyxform.question_type_dictionary import (  # type: ignore[import-untyped]
    QUESTION_TYPE_DICT,
)


class Handling(Enum):
    """What becomes of a row of one XLSForm type."""

    QUESTION = "question"  # A kiosk question (see ``kiosk_type``).
    CALCULATION = "calculation"  # An entry in ``calculations``.
    DROPPED = "dropped"  # Left out with a warning: the form still works without it.
    UNSUPPORTED = "unsupported"  # An error: the form would be wrong without it.


@dataclass(frozen=True)
class TypeMapping:
    """How one XLSForm type is imported.

    Attributes:
        handling: what becomes of the row.
        kiosk_type: the kiosk question type, for questions (selects are settled later).
        reason: for dropped and unsupported types, the plain-English reason.
    """

    handling: Handling
    kiosk_type: str = ""
    reason: str = ""


_QUESTIONS = {
    "text": "text",
    "string": "text",
    "add text prompt": "text",
    "q string": "text",
    "integer": "number",
    "int": "number",
    "add integer prompt": "number",
    "q int": "number",
    "decimal": "number",
    "add decimal prompt": "number",
    "q decimal": "number",
    "date": "date",
    "add date prompt": "date",
    "q date": "date",
    "select one": "single_choice",
    "select all that apply": "multiple_choice",
    "photo": "document",
    "image": "document",
    "q image": "document",
    "q picture": "document",
    "file": "document",
    "add file prompt": "document",
}
WHOLE_NUMBER_TYPES = frozenset({"integer", "int", "add integer prompt", "q int"})
_CALCULATIONS = frozenset({"calculate", "add calculate prompt", "q calculate"})
_NOTES = frozenset({"note", "add note prompt", "q note"})
_UNSUPPORTED = {
    "select one external": "a select_one_external question (choices from an external file)",
    "rank": "a rank question",
    "range": "a range (slider) question",
    "acknowledge": (
        "an acknowledge question; add a 'declaration' question to the imported form instead"
    ),
    "trigger": "a trigger (acknowledge) question; add a 'declaration' question instead",
    "hidden": "a hidden question; use a calculate row instead",
    "time": "a time question; ask for the time in a text question instead",
    "xml-external": "an external XML data file",
    "csv-external": "an external CSV data file",
    "osm": "an OpenStreetMap question",
    "background-audio": "background audio recording",
    "percentage": "an old 'percentage' question; use integer with a constraint instead",
    "phone number": "an old 'phone number' question; use text with a constraint instead",
}
_BY_BIND_TYPE = {
    "geopoint": "a map location (geopoint)",
    "geoshape": "a map shape (geoshape)",
    "geotrace": "a map line (geotrace)",
    "barcode": "a barcode scan",
    "dateTime": "a date and time question; use a date question instead",
}
_BY_MEDIA = {"audio/*": "an audio recording", "video/*": "a video recording"}


def type_mapping(xlsform_type: str) -> TypeMapping:
    """How a pyxform type name (after pyxform's own aliasing) is imported."""
    if xlsform_type in _QUESTIONS:
        return TypeMapping(Handling.QUESTION, _QUESTIONS[xlsform_type])
    if xlsform_type in _CALCULATIONS:
        return TypeMapping(Handling.CALCULATION)
    if xlsform_type in _NOTES:
        return TypeMapping(
            Handling.DROPPED,
            reason=(
                "Notes are not imported: the kiosk asks one question per page and has no "
                "information pages. Move the text into a hint, the summary or "
                "what_happens_next if residents need it"
            ),
        )
    if xlsform_type in _UNSUPPORTED:
        return _unsupported(xlsform_type, _UNSUPPORTED[xlsform_type])
    entry = QUESTION_TYPE_DICT.get(xlsform_type)
    if entry is None:
        return _unsupported(xlsform_type, "not a type the importer knows")
    bind = entry.get("bind", {})
    control = entry.get("control", {})
    if "jr:preload" in bind or xlsform_type == "audit":
        return TypeMapping(
            Handling.DROPPED,
            reason=(
                f"The '{xlsform_type}' metadata field is not collected: the kiosk records the "
                "form's id, version and the time it was sent with every submission"
            ),
        )
    if control.get("mediatype") in _BY_MEDIA:
        return _unsupported(xlsform_type, _BY_MEDIA[control["mediatype"]])
    if bind.get("type") in _BY_BIND_TYPE:
        return _unsupported(xlsform_type, _BY_BIND_TYPE[bind["type"]])
    if control.get("tag") == "trigger":
        return _unsupported(xlsform_type, _UNSUPPORTED["acknowledge"])
    return _unsupported(xlsform_type, "a question type the kiosk does not have")


def _unsupported(xlsform_type: str, what: str) -> TypeMapping:
    return TypeMapping(
        Handling.UNSUPPORTED,
        reason=f"The type '{xlsform_type}' is not supported by the kiosk: {what}.",
    )
