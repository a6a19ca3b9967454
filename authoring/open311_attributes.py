"""Open311 service-definition attributes to kiosk questions, noting everything that changed.

GeoReport v2 datatypes map as: string -> text, text -> long_text, number -> number,
datetime -> date (the time of day is dropped), singlevaluelist -> single_choice,
multivaluelist -> multiple_choice. The attribute's description is the question, its
datatype_description the hint. Codes and keys are made to fit the kiosk's names and
values; the route the importer returns maps them back for the forwarder.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from authoring.xlsform_choices import MAX_CHOICES, choice_value

DATATYPES = {
    "string": "text",
    "text": "long_text",
    "number": "number",
    "datetime": "date",
    "singlevaluelist": "single_choice",
    "multivaluelist": "multiple_choice",
}
MAX_NAME = 48
MAX_TEXT = 4000
_NAME_NOT_ALLOWED = re.compile(r"[^a-z0-9_]+")

Note = Callable[[str], None]


class AttributeProblem(ValueError):
    """An attribute the importer cannot read at all (its code is missing or not text)."""


@dataclass
class Attributes:
    """The kiosk questions made from a service definition's attributes, and how to map back.

    Attributes:
        questions: kiosk question objects, in the definition's order.
        codes: question name -> the council's attribute code.
        keys: question name -> {kiosk choice value: the council's key}, where they differ.
    """

    questions: list[dict[str, Any]] = field(default_factory=list)
    codes: dict[str, str] = field(default_factory=dict)
    keys: dict[str, dict[str, str]] = field(default_factory=dict)


def kiosk_question_name(code: str, taken: set[str]) -> str:
    """A name fitting ^[a-z][a-z0-9_]{0,47}$ that no other question has."""
    base = _NAME_NOT_ALLOWED.sub("_", code.strip().lower()).strip("_") or "attribute"
    if not base[0].isalpha():
        base = "q_" + base
    name, n = base[:MAX_NAME], 1
    while name in taken:
        n += 1
        suffix = f"_{n}"
        name = base[: MAX_NAME - len(suffix)] + suffix
    taken.add(name)
    return name


def convert_attributes(
    raw: list[object], taken: set[str], skip_code: str, note: Note
) -> Attributes:
    """Questions for every variable attribute, in ``order``; the rest noted and left out."""
    result = Attributes()
    ordered = sorted(enumerate(raw), key=lambda pair: (_order(pair[1]), pair[0]))
    seen_codes: set[str] = set()
    orders: dict[int, str] = {}
    for _, attribute in ordered:
        if not isinstance(attribute, dict):
            note("An attribute that is not a JSON object was left out.")
            continue
        code = _code(attribute.get("code"))
        where = f"Attribute '{code}'"
        if code in seen_codes:
            note(f"{where} appears twice; only the first was imported.")
            continue
        seen_codes.add(code)
        order = attribute.get("order")
        if isinstance(order, int) and not isinstance(order, bool):
            if order in orders:
                note(f"{where} has the same order ({order}) as '{orders[order]}'; kept file order.")
            orders[order] = code
        elif order is not None:
            note(f"{where} has an order that is not a whole number; it was put last.")
        if code == skip_code:
            note(
                f"{where} is the one that carries our submission id; the case service fills "
                "it in, so it is not a question."
            )
            continue
        question = _question(attribute, where, taken, note, result)
        if question is not None:
            result.codes[question["name"]] = code
            result.questions.append(question)
    return result


def _question(
    attribute: dict[str, Any], where: str, taken: set[str], note: Note, result: Attributes
) -> dict[str, Any] | None:
    description = _words(attribute.get("description"))
    if not _flag(attribute.get("variable"), True, where, "variable", note):
        shown = f": '{description}'" if description else ""
        note(
            f"{where} is information for the resident, not a question (variable is false); it "
            f"was left out. Put its text in a hint or the summary if residents need it{shown}."
        )
        return None
    datatype = attribute.get("datatype")
    kind = DATATYPES.get(str(datatype))
    if kind is None:
        note(
            f"{where} has the datatype {datatype!r}, which GeoReport v2 does not define; left out."
        )
        return None
    code = _code(attribute.get("code"))
    name = kiosk_question_name(code, taken)
    if name != code:
        note(f"{where} is the question '{name}' (kiosk names are lower case, letters first).")
    label = description[:MAX_TEXT]
    if not label:
        label = f"TO WRITE: the question for the attribute {code}."
        note(f"{where} has no description to ask it with; write the question at 'TO WRITE'.")
    question: dict[str, Any] = {"name": name, "type": kind, "label": {"en": label}}
    hint = _words(attribute.get("datatype_description"))[:MAX_TEXT]
    if hint:
        question["hint"] = {"en": hint}
    if not _flag(attribute.get("required"), False, where, "required", note):
        question["required"] = False
    if datatype == "datetime":
        note(
            f"{where} asks for a date and time; the kiosk asks for the date only and sends it "
            "as YYYY-MM-DD. Ask the council whether the time of day matters."
        )
    if kind in ("single_choice", "multiple_choice"):
        choices = _choices(attribute.get("values"), where, name, note, result)
        if not choices:
            taken.discard(name)
            note(f"{where} is a list with no values to choose from; it was left out.")
            return None
        question["choices"] = choices
    return question


def _choices(
    raw: object, where: str, name: str, note: Note, result: Attributes
) -> list[dict[str, Any]]:
    if not isinstance(raw, list):
        return []
    choices: list[dict[str, Any]] = []
    seen_keys: set[str] = set()
    values: set[str] = set()
    renamed: dict[str, str] = {}
    for n, item in enumerate(raw, 1):
        key = item.get("key") if isinstance(item, dict) else None
        if isinstance(key, bool) or not isinstance(key, str | int) or str(key).strip() == "":
            note(f"{where}: value {n} has no key; it was left out.")
            continue
        key = str(key).strip()
        if key in seen_keys:
            note(f"{where}: the key '{key}' appears twice; only the first was imported.")
            continue
        seen_keys.add(key)
        if len(choices) == MAX_CHOICES:
            note(
                f"{where}: the kiosk shows at most {MAX_CHOICES} choices; '{key}' and the "
                "values after it were left out."
            )
            break
        value = _unique_value(choice_value(key) or f"choice-{n}", values)
        if value != key:
            renamed[value] = key
        label = _words(item.get("name")) or key
        choices.append({"value": value, "label": {"en": label[:MAX_TEXT]}})
    if renamed:
        result.keys[name] = renamed
        note(
            f"{where}: {len(renamed)} key(s) were changed to fit the kiosk's choice values; "
            "the route maps them back, so the council receives its own keys."
        )
    return choices


def _unique_value(value: str, taken: set[str]) -> str:
    candidate, n = value, 1
    while candidate in taken:
        n += 1
        suffix = f"-{n}"
        candidate = value[: MAX_NAME - len(suffix)] + suffix
    taken.add(candidate)
    return candidate


def _code(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int) or not str(value).strip():
        raise AttributeProblem("an attribute has no code (it must be text or a whole number)")
    return str(value).strip()


def _order(attribute: object) -> float:
    order = attribute.get("order") if isinstance(attribute, dict) else None
    if isinstance(order, int) and not isinstance(order, bool):
        return float(order)
    return float("inf")


def _flag(value: object, default: bool, where: str, key: str, note: Note) -> bool:
    """GeoReport's true/false, as JSON booleans or (from XML-minded servers) as text."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    note(f"{where} does not say {key} as true or false; taken as {str(default).lower()}.")
    return default


def _words(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""
