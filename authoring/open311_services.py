"""Import a council's Open311 GeoReport v2 service as a kiosk form skeleton.

Reads GET /services.json (the service's name and description become the title and
summary) and GET /services/{code}.json (its attributes become questions, see
``authoring.open311_attributes``), then adds what every kiosk report asks: where the
problem is, a description, and the resident's name, email and phone (which GeoReport
sends in its own fields). What Open311 does not say (the service standard, what happens
next, the case reference prefix) gets the same "TO WRITE:" placeholders as the XLSForm
importer. Every change and omission is in ``notes``. The skeleton passes the catalogue's
own check before it is returned.

Use: ``import_service_definition("https://council.example/open311/v2", "MB01", session)``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import requests

from authoring.open311_attributes import AttributeProblem, convert_attributes
from authoring.xlsform_settings import (
    DEFAULT_KIND,
    DEFAULT_REPLY_DAYS,
    FORM_ID,
    KINDS,
    PLACEHOLDER_PREFIX,
    PLACEHOLDER_SERVICE,
    PREFIX,
    SERVICE,
    form_id_slug,
)
from authoring.xlsform_wording import (
    TO_WRITE_NEED,
    TO_WRITE_NEXT,
    TO_WRITE_STANDARD,
    TO_WRITE_SUMMARY,
    TO_WRITE_TITLE,
)
from core.catalogue import CatalogueError
from core.form_catalogue import parse_form

__all__ = ["Open311Import", "Open311ImportError", "import_service_definition"]

CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "assets" / "catalogue"
# The attribute that carries our submission id (sync.open311.DEFAULT_ID_ATTRIBUTE;
# authoring may not import sync).
ID_ATTRIBUTE = "civic_kiosk_submission_id"
MAX_ANSWER_BYTES = 2_000_000
LOCATION = "location"
DESCRIPTION = "description"
_OURS = (LOCATION, DESCRIPTION, "full_name", "email", "phone")


class Open311ImportError(Exception):
    """The service cannot be imported; the message says why in plain English."""


@dataclass(frozen=True)
class Open311Import:
    """A form skeleton made from an Open311 service, its forwarding route, and what to check.

    Attributes:
        definition: a dict matching assets/catalogue/form.schema.json.
        route: the entry for the case service's ``open311.services`` configuration.
        notes: everything changed, left out or made up, in plain English.
    """

    definition: dict[str, Any]
    route: dict[str, Any]
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        """The definition as the catalogue stores it: UTF-8 JSON, two-space indent."""
        return json.dumps(self.definition, ensure_ascii=False, indent=2) + "\n"


def import_service_definition(
    base_url: str,
    service_code: str,
    session: requests.Session,
    *,
    jurisdiction_id: str | None = None,
    form_id: str | None = None,
    service: str | None = None,
    reference_prefix: str | None = None,
    kind: str = DEFAULT_KIND,
    today: date | None = None,
    timeout: float = 20.0,
    id_attribute: str = ID_ATTRIBUTE,
) -> Open311Import:
    """Fetch one Open311 service and return a kiosk form skeleton, its route and notes.

    Args:
        base_url: the GeoReport v2 endpoint, e.g. ``https://council.example/open311/v2``.
        service_code: the council's code for the service.
        session: a requests session (TLS verification stays on).
        jurisdiction_id: sent as a query parameter when given.
        form_id, service, reference_prefix: the form's id, catalogue service and the two
            letters of its case references; placeholders (and notes) when not given.
        kind: report, apply, book, tell or ask.
        today: the date in the version (YYYY-MM-DD.1).
        id_attribute: the attribute the case service fills with our submission id.

    Raises:
        Open311ImportError: the server could not be read, or the service does not exist.
    """
    _check_options(form_id, service, reference_prefix, kind)
    notes: list[str] = []
    reader = _Reader(base_url.rstrip("/"), jurisdiction_id, session, timeout)
    listed = _listed_service(reader, service_code, notes)
    raw_attributes: list[object] = []
    if listed.get("metadata") is False:
        notes.append("The service has no attributes (metadata is false).")
    else:
        definition = reader.get(f"/services/{quote(service_code, safe='')}.json", "definition")
        raw_attributes = _attributes_of(definition, service_code)
    _note_service_type(listed.get("type"), notes)
    try:
        converted = convert_attributes(raw_attributes, set(_OURS), id_attribute, notes.append)
    except AttributeProblem as exc:
        raise Open311ImportError(f"The service definition cannot be read: {exc}.") from None
    items = [_location(), *converted.questions, _description(), *_contact()]
    top = _top_level(listed, service_code, form_id, service, reference_prefix, kind, notes)
    top["version"] = f"{(today or date.today()).isoformat()}.1"
    top["minutes"] = max(1, min(60, round(len(items) / 2)))
    notes.append(
        f"minutes is an estimate ({top['minutes']}, about 30 seconds a question); time the "
        "form with a resident and correct it."
    )
    form = {**top, "items": items}
    form = {key: form[key] for key in _KEY_ORDER if key in form}
    route: dict[str, Any] = {
        "service_code": service_code,
        "attributes": converted.codes,
        "address": LOCATION,
        "description": [DESCRIPTION],
    }
    if converted.keys:
        route["values"] = converted.keys
    try:
        parse_form(form, CATALOGUE_DIR, f"open311:{service_code}")
    except CatalogueError as exc:
        raise Open311ImportError(f"The skeleton fails the catalogue check: {exc}") from None
    return Open311Import(form, route, notes)


_KEY_ORDER = (
    "id",
    "version",
    "service",
    "kind",
    "reference_prefix",
    "title",
    "summary",
    "minutes",
    "you_will_need",
    "standard",
    "reply_within_working_days",
    "what_happens_next",
    "items",
)


class _Reader:
    """GETs GeoReport JSON, turning every failure into an Open311ImportError."""

    def __init__(
        self, base_url: str, jurisdiction_id: str | None, session: requests.Session, timeout: float
    ) -> None:
        self._base_url = base_url
        self._params = {"jurisdiction_id": jurisdiction_id} if jurisdiction_id else None
        self._session = session
        self._timeout = timeout

    def get(self, path: str, what: str) -> object:
        url = self._base_url + path
        try:
            answer = self._session.get(
                url,
                params=self._params,
                timeout=self._timeout,
                headers={"Accept": "application/json"},
            )
        except requests.RequestException as exc:
            raise Open311ImportError(
                f"Cannot read the service {what} from {url}: {type(exc).__name__}."
            ) from None
        content = answer.content[:MAX_ANSWER_BYTES]
        if answer.status_code != 200:
            said = _error_text(content)
            raise Open311ImportError(
                f"The Open311 server refused the service {what} (HTTP {answer.status_code})"
                + (f": {said}" if said else ".")
            )
        try:
            return json.loads(content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise Open311ImportError(
                f"The service {what} at {url} is not JSON; check the URL is the GeoReport "
                "v2 endpoint (it should end before /services.json)."
            ) from None


def _listed_service(reader: _Reader, service_code: str, notes: list[str]) -> dict[str, Any]:
    """The service's entry in GET /services.json ({} if the list cannot be read)."""
    try:
        services = reader.get("/services.json", "list")
    except Open311ImportError as exc:
        notes.append(f"{exc} The title and summary are placeholders.")
        return {}
    if not isinstance(services, list):
        notes.append("The service list is not a JSON list; the title and summary are placeholders.")
        return {}
    for entry in services:
        if isinstance(entry, dict) and str(entry.get("service_code", "")).strip() == service_code:
            return entry
    codes = ", ".join(str(e.get("service_code")) for e in services if isinstance(e, dict))
    raise Open311ImportError(
        f"The Open311 server lists no service with the code {service_code!r}"
        + (f"; it has {codes}." if codes else ".")
    )


def _attributes_of(definition: object, service_code: str) -> list[object]:
    if isinstance(definition, list) and len(definition) == 1:
        definition = definition[0]  # some servers wrap it, as they do every other answer
    if not isinstance(definition, dict):
        raise Open311ImportError("The service definition is not a JSON object.")
    given = str(definition.get("service_code", "")).strip()
    if given != service_code:
        raise Open311ImportError(
            f"The server answered with the definition of {given!r}, not {service_code!r}."
        )
    attributes = definition.get("attributes", [])
    if not isinstance(attributes, list):
        raise Open311ImportError("The service definition's attributes are not a list.")
    return attributes


def _note_service_type(kind: object, notes: list[str]) -> None:
    if kind == "batch":
        notes.append(
            "The service is 'batch': the council answers with a token, and the case service "
            "looks up the council's request id later."
        )
    elif kind == "blackbox":
        notes.append(
            "The service is 'blackbox': the council never gives a request id, so cases will "
            "show none."
        )


def _top_level(
    listed: dict[str, Any],
    service_code: str,
    form_id: str | None,
    service: str | None,
    reference_prefix: str | None,
    kind: str,
    notes: list[str],
) -> dict[str, Any]:
    name = _words(listed.get("service_name"))
    about = _words(listed.get("description"))
    top: dict[str, Any] = {
        "id": form_id or form_id_slug(name) or form_id_slug(f"open311-{service_code}"),
        "service": service or PLACEHOLDER_SERVICE,
        "kind": kind,
        "reference_prefix": reference_prefix or PLACEHOLDER_PREFIX,
    }
    if form_id is None:
        notes.append(f"The form id '{top['id']}' was made from the service name; check it.")
    if service is None:
        notes.append(f"service is '{PLACEHOLDER_SERVICE}'; set it to the catalogue service code.")
    if reference_prefix is None:
        notes.append(
            f"reference_prefix is '{PLACEHOLDER_PREFIX}'; set two letters no other form uses."
        )
    top["title"] = {"en": name[:4000]} if name else _to_write("title", TO_WRITE_TITLE, notes)
    if about:
        top["summary"] = {"en": about[:4000]}
        notes.append("The summary is the council's Open311 description; check it reads well.")
    else:
        top["summary"] = _to_write("summary", TO_WRITE_SUMMARY, notes)
    top["you_will_need"] = [_to_write("you_will_need", TO_WRITE_NEED, notes)]
    top["standard"] = _to_write("standard", TO_WRITE_STANDARD, notes)
    top["reply_within_working_days"] = DEFAULT_REPLY_DAYS
    notes.append(
        f"reply_within_working_days is {DEFAULT_REPLY_DAYS}, the Customer Promise; change it "
        "if this service promises something else."
    )
    top["what_happens_next"] = _to_write("what_happens_next", TO_WRITE_NEXT, notes)
    return top


def _to_write(key: str, text: str, notes: list[str]) -> dict[str, str]:
    notes.append(f"Open311 has no {key}; write it where it says 'TO WRITE'.")
    return {"en": text}


def _check_options(form_id: str | None, service: str | None, prefix: str | None, kind: str) -> None:
    checks = (
        ("form_id", form_id, FORM_ID),
        ("service", service, SERVICE),
        ("reference_prefix", prefix, PREFIX),
    )
    for option, value, pattern in checks:
        if value is not None and pattern.fullmatch(value) is None:
            raise Open311ImportError(f"The {option} {value!r} does not fit the catalogue's rules.")
    if kind not in KINDS or kind == "triage":
        raise Open311ImportError(f"The kind {kind!r} is not report, apply, book, tell or ask.")


def _location() -> dict[str, Any]:
    return {
        "name": LOCATION,
        "type": "postcode_address",
        "label": {"en": "Where is the problem?"},
        "hint": {"en": "Enter the postcode, then choose the address or the nearest one to it."},
        "check_label": {"en": "Location"},
    }


def _description() -> dict[str, Any]:
    return {
        "name": DESCRIPTION,
        "type": "long_text",
        "label": {"en": "Tell us about the problem"},
        "hint": {"en": "Say what you saw and exactly where, if the address is not enough."},
        "check_label": {"en": "Description"},
        "max_length": 3000,  # Open311 takes 4,000 characters; other answers and the reference
    }


def _contact() -> list[dict[str, Any]]:
    return [
        {
            "name": "full_name",
            "type": "text",
            "label": {"en": "What is your full name?"},
            "check_label": {"en": "Name"},
            "max_length": 100,
            "shared_as": "full_name",
        },
        {
            "name": "email",
            "type": "email",
            "label": {"en": "What is your email address?"},
            "hint": {"en": "We will send your reference and updates to this address."},
            "check_label": {"en": "Email"},
            "required": False,
            "shared_as": "email",
        },
        {
            "name": "phone",
            "type": "phone",
            "label": {"en": "What is your phone number?"},
            "hint": {"en": "We need a phone number if you have not given an email address."},
            "check_label": {"en": "Phone"},
            "required": "${email} = ''",
            "shared_as": "phone",
        },
    ]


def _error_text(content: bytes) -> str:
    """The descriptions of a GeoReport error list, or '' if the body is not one."""
    try:
        errors = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return ""
    if not isinstance(errors, list):
        return ""
    said = [
        str(e.get("description")) for e in errors if isinstance(e, dict) and e.get("description")
    ]
    return "; ".join(said)[:500]


def _words(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""
