"""Which forms go to the council's Open311 endpoint, and how their answers become a request.

The case service's configuration says, per form id, the council's service code and which
answers are Open311 attributes (with their codes, and choice values where the council's
keys differ from ours). Contact details go in GeoReport's own fields; the answers that are
neither go into the description as "Question: answer" lines, so nothing is lost, and the
description always ends with the case reference. Configuration (the ``open311`` object)::

    {"url": "https://council.example/open311/v2", "api_key": "...",
     "jurisdiction_id": "council.example", "timeout_s": 20,
     "submission_id_attribute": "civic_kiosk_submission_id",
     "services": {"report-missed-bin": "MB01",
                  "report-street-fault": {"service_code": "SF01",
                                          "attributes": {"fault": "FAULT_TYPE"},
                                          "values": {"fault": {"pothole": "PH"}},
                                          "description": ["exact_location"],
                                          "address": "location"}}}
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from core.form_definition import FormDefinition, QuestionType
from sync.open311 import DEFAULT_ID_ATTRIBUTE, MAX_DESCRIPTION, AttributeValue, Open311Report

DEFAULT_ADDRESS = ("address", "location")
_CUT = "\n[Cut to fit Open311's 4,000 characters: every answer is in the case service.]"
_ROUTE_KEYS = frozenset(
    {
        "service_code",
        "attributes",
        "values",
        "description",
        "address",
        "email",
        "phone",
        "full_name",
    }
)
_SETTINGS_KEYS = frozenset(
    {"url", "api_key", "jurisdiction_id", "timeout_s", "submission_id_attribute", "services"}
)


class Open311ConfigError(ValueError):
    """The ``open311`` configuration is wrong; the message names the key and the problem."""


class NotForwardable(ValueError):
    """This submission cannot become an Open311 request (for example, it has no location)."""


@dataclass(frozen=True, slots=True)
class Open311Route:
    """Where one form's reports go, and which answers become which Open311 fields.

    Attributes:
        form_id: our form's id, e.g. "report-missed-bin".
        service_code: the council's Open311 service code.
        attributes: answer name -> the council's attribute code.
        values: answer name -> {our choice value: the council's key}, where they differ.
        description: answers written first in the description, in this order.
        address: answer names tried in turn for the location (a postcode and address).
        email, phone, full_name: the answers for GeoReport's contact fields.
    """

    form_id: str
    service_code: str
    attributes: Mapping[str, str] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    description: tuple[str, ...] = ()
    address: tuple[str, ...] = DEFAULT_ADDRESS
    email: str = "email"
    phone: str = "phone"
    full_name: str = "full_name"


@dataclass(frozen=True, slots=True)
class Open311Settings:
    """The case service's Open311 forwarding configuration, checked."""

    url: str
    api_key: str
    jurisdiction_id: str | None
    routes: Mapping[str, Open311Route]
    timeout_s: float = 20.0
    id_attribute: str = DEFAULT_ID_ATTRIBUTE

    @classmethod
    def from_config(cls, raw: object) -> Open311Settings:
        """Read the ``open311`` object; Open311ConfigError names the first problem."""
        where = "open311"
        config = _object(raw, where)
        _known_keys(config, _SETTINGS_KEYS, where)
        url = _text(config, "url", where)
        _check_url(url)
        timeout = config.get("timeout_s", 20.0)
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
            raise Open311ConfigError(f"{where}.timeout_s: must be a number of seconds above 0")
        services = _object(config.get("services"), f"{where}.services")
        routes = {
            form_id: _route(form_id, value, f"{where}.services.{form_id}")
            for form_id, value in services.items()
        }
        jurisdiction = config.get("jurisdiction_id")
        if jurisdiction is not None and not isinstance(jurisdiction, str):
            raise Open311ConfigError(f"{where}.jurisdiction_id: must be text")
        id_attribute = config.get("submission_id_attribute", DEFAULT_ID_ATTRIBUTE)
        if not isinstance(id_attribute, str) or not _fits_code(id_attribute):
            raise Open311ConfigError(f"{where}.submission_id_attribute: must be an attribute code")
        return cls(
            url.rstrip("/"),
            _text(config, "api_key", where),
            jurisdiction or None,
            routes,
            float(timeout),
            id_attribute,
        )

    def route(self, form_id: str) -> Open311Route | None:
        """The route for a form, or None when its cases stay in the case service."""
        return self.routes.get(form_id)


def report_from_submission(
    submission: Mapping[str, object],
    route: Open311Route,
    submission_id: str,
    form: FormDefinition | None = None,
) -> Open311Report:
    """An opened submission ({"form", "answers", "calculations", "reference", ...}) as a report.

    With the form's definition, description lines use the questions' English wording and
    choices' labels; without it, answer names and values. Raises NotForwardable.
    """
    answers = submission.get("answers")
    if not isinstance(answers, dict):
        raise NotForwardable("the submission has no answers")
    used: set[str] = set()
    address = _first_address(answers, route.address, used)
    if address is None:
        raise NotForwardable(
            "Open311 needs a location, and the submission has no address answer "
            f"(looked for {', '.join(route.address)})"
        )
    first, last = _split_name(_plain(answers, route.full_name, used))
    email, phone = _plain(answers, route.email, used), _plain(answers, route.phone, used)
    attributes: dict[str, AttributeValue] = {}
    for name, code in route.attributes.items():
        value = answers.get(name)
        used.add(name)
        converted = _attribute(value, route.values.get(name, {}))
        if converted is not None:
            attributes[code] = converted
    lines = [text for name in route.description if (text := _plain(answers, name, used))]
    lines += _other_answers(answers, used, form)
    calculations = submission.get("calculations")
    if isinstance(calculations, dict):
        lines += _lines(calculations, form, set())
    reference = submission.get("reference")
    return Open311Report(
        submission_id=submission_id,
        service_code=route.service_code,
        description=_fit(lines, str(reference) if reference else None),
        address_string=address,
        email=email,
        first_name=first,
        last_name=last,
        phone=phone,
        attributes=attributes,
    )


def _route(form_id: str, raw: object, where: str) -> Open311Route:
    if isinstance(raw, str) and raw.strip():
        return Open311Route(form_id, raw.strip())
    config = _object(raw, where)
    _known_keys(config, _ROUTE_KEYS, where)
    attributes = _text_map(config.get("attributes", {}), f"{where}.attributes")
    for name, code in attributes.items():
        if not _fits_code(code):
            raise Open311ConfigError(f"{where}.attributes.{name}: {code!r} cannot be sent")
    values_raw = _object(config.get("values", {}), f"{where}.values")
    values = {
        name: _text_map(mapping, f"{where}.values.{name}") for name, mapping in values_raw.items()
    }
    address = config.get("address", list(DEFAULT_ADDRESS))
    return Open311Route(
        form_id,
        _text(config, "service_code", where),
        attributes,
        values,
        _names(config.get("description", []), f"{where}.description"),
        _names([address] if isinstance(address, str) else address, f"{where}.address"),
        email=_text(config, "email", where) if "email" in config else "email",
        phone=_text(config, "phone", where) if "phone" in config else "phone",
        full_name=_text(config, "full_name", where) if "full_name" in config else "full_name",
    )


def _object(raw: object, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise Open311ConfigError(f"{where}: must be a JSON object")
    return raw


def _known_keys(config: dict[str, Any], known: frozenset[str], where: str) -> None:
    unknown = sorted(set(config) - known)
    if unknown:
        raise Open311ConfigError(f"{where}: {', '.join(unknown)} is not a setting we know")


def _text(config: dict[str, Any], key: str, where: str) -> str:
    value = config.get(key)
    if not isinstance(value, str) or not value.strip():
        raise Open311ConfigError(f"{where}.{key}: must be given, as text")
    return value.strip()


def _text_map(raw: object, where: str) -> dict[str, str]:
    mapping = _object(raw, where)
    for key, value in mapping.items():
        if not isinstance(value, str) or not value.strip():
            raise Open311ConfigError(f"{where}.{key}: must be text")
    return {key: value.strip() for key, value in mapping.items()}


def _fits_code(code: str) -> bool:
    """An attribute code that survives attribute[code]=value form encoding."""
    return bool(code.strip()) and code.isprintable() and not any(c in code for c in "[]&=")


def _names(raw: object, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(n, str) and n for n in raw):
        raise Open311ConfigError(f"{where}: must be a list of answer names")
    return tuple(raw)


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and _loopback(parts.hostname or ""):
        return
    raise Open311ConfigError(
        "open311.url: must be an https:// address (plain http only on this machine, for tests)"
    )


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _first_address(
    answers: dict[str, object], names: tuple[str, ...], used: set[str]
) -> str | None:
    for name in names:
        text = _address_text(answers.get(name))
        if text:
            used.add(name)
            return text
    return None


def _address_text(value: object) -> str | None:
    """'1 High Street, London, E1 1BU': most specific first, the postcode last."""
    if not isinstance(value, dict):
        return None
    postcode = str(value.get("postcode") or "").strip()
    address = " ".join(str(value.get("address") or "").split())
    if postcode and postcode.replace(" ", "").upper() in address.replace(" ", "").upper():
        return address
    return ", ".join(part for part in (address, postcode) if part) or None


def _plain(answers: dict[str, object], name: str, used: set[str]) -> str | None:
    value = answers.get(name)
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    used.add(name)
    return _scalar(value) or None


def _split_name(full: str | None) -> tuple[str | None, str | None]:
    """Everything before the last space is the given name; one word is the family name."""
    if not full:
        return None, None
    first, _, last = full.strip().rpartition(" ")
    return (first.strip() or None), last


def _scalar(value: str | int | float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _attribute(value: object, keys: Mapping[str, str]) -> AttributeValue | None:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, list):
        return tuple(keys.get(str(v), str(v)) for v in value if isinstance(v, str | int | float))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        text = _scalar(value)
        return keys.get(text, text)
    if isinstance(value, dict) and (address := _address_text(value)):
        return address
    return _display(value, None)


def _other_answers(
    answers: dict[str, object], used: set[str], form: FormDefinition | None
) -> list[str]:
    return _lines({k: v for k, v in answers.items() if k not in used}, form, used)


def _lines(values: dict[str, object], form: FormDefinition | None, used: set[str]) -> list[str]:
    """'Question: answer' lines, in the form's order when it is known (submissions sort keys)."""
    order = {q.name: n for n, q in enumerate(form.questions())} if form is not None else {}
    lines = []
    for name, value in sorted(values.items(), key=lambda item: order.get(item[0], len(order))):
        if name in used or value is None or value in ("", []):
            continue
        lines.append(f"{_wording(name, form)}: {_display(value, _question(name, form))}")
    return lines


def _question(name: str, form: FormDefinition | None) -> Any:
    if form is None:
        return None
    try:
        return form.question(name)
    except KeyError:
        return None


def _wording(name: str, form: FormDefinition | None) -> str:
    question = _question(name, form)
    if question is not None:
        return str((question.check_label or question.label).get("en", name))
    if form is not None:
        for calculation in form.calculations:
            if calculation.name == name and calculation.label:
                return calculation.label.get("en", name)
    return name


def _display(value: object, question: Any) -> str:
    if isinstance(value, list):
        if value and all(isinstance(v, dict) and "blobs" not in v for v in value):
            return "; ".join(f"{n}. {_entry(v)}" for n, v in enumerate(value, 1))
        return ", ".join(_display(v, question) for v in value)
    if isinstance(value, dict):
        if "blobs" in value:
            pages = value.get("blobs")
            count = len(pages) if isinstance(pages, list) else 0
            return f"{count} scanned page(s), kept in the case service"
        return _address_text(value) or _entry(value)
    if question is not None and question.type is QuestionType.YES_NO:
        return {"yes": "Yes", "no": "No"}.get(str(value), str(value))
    if question is not None and question.choices:
        for choice in question.choices:
            if choice.value == value:
                return str(choice.label.get("en", value))
    return _scalar(value) if isinstance(value, str | int | float) else str(value)


def _entry(value: object) -> str:
    if not isinstance(value, dict):
        return str(value)
    return ", ".join(f"{k}: {_display(v, None)}" for k, v in value.items() if v not in (None, ""))


def _fit(lines: list[str], reference: str | None) -> str:
    """The description within 4,000 characters, always ending with the case reference."""
    tail = f"\n\nKiosk case reference: {reference}" if reference else ""
    text = "\n".join(lines)
    if len(text) + len(tail) <= MAX_DESCRIPTION:
        return (text + tail).strip()
    room = MAX_DESCRIPTION - len(tail) - len(_CUT)
    return (text[:room].rstrip() + _CUT + tail).strip()
