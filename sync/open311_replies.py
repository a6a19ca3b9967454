"""Reading what an Open311 GeoReport v2 endpoint answers, strictly, into plain outcomes.

The standard's JSON answers are arrays (the XML ``service_requests`` list, mapped by the
Spark convention). Ids and tokens may be JSON strings or whole numbers (the standard's own
examples use numbers); both become text here. Keys the standard does not define are
ignored, because real endpoints add their own; the keys it does define must have the
right types. Anything else is a ``Failed`` with a reason staff can act on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import requests

MAX_ANSWER_BYTES = 1024 * 1024  # a GeoReport answer to one POST is a few hundred bytes
MAX_ID_LENGTH = 200
MAX_NOTICE_LENGTH = 4000


@dataclass(frozen=True, slots=True)
class Created:
    """The council made the service request and gave its id."""

    service_request_id: str
    service_notice: str | None = None


@dataclass(frozen=True, slots=True)
class Pending:
    """The council took the request and will give its id for this token later."""

    token: str
    service_notice: str | None = None


@dataclass(frozen=True, slots=True)
class Accepted:
    """The council took the request; the service never gives ids (a "blackbox" service)."""

    service_notice: str | None = None


@dataclass(frozen=True, slots=True)
class Refused:
    """The council answered with GeoReport errors; sending the same request again won't help.

    Attributes:
        code: the first error's code (usually the HTTP status, sometimes the council's own).
        description: every error's description as the council wrote it, joined by "; ".
        http_status: the HTTP status of the answer.
        errors: every (code, description) pair the answer listed.
    """

    code: int | str
    description: str
    http_status: int
    errors: tuple[tuple[int | str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Failed:
    """No usable answer; the reason is plain English for staff. Try again later."""

    reason: str


Open311Outcome = Created | Pending | Accepted | Refused | Failed
TokenOutcome = Created | Pending | Refused | Failed


class BadReply(Exception):
    """The answer cannot be used; the message says why, for staff."""


def read_capped(answer: requests.Response) -> bytes:
    """The body of a streamed answer, refusing one far larger than GeoReport ever sends."""
    chunks, size = [], 0
    for chunk in answer.iter_content(64 * 1024):
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            raise BadReply("the Open311 server's answer was far too large to be GeoReport")
        chunks.append(chunk)
    return b"".join(chunks)


def answer_problem(answer: requests.Response, content: bytes) -> Failed | Refused | None:
    """None for a 2xx answer; otherwise what the status and body say went wrong."""
    status = answer.status_code
    if 200 <= status < 300:
        return None
    if 300 <= status < 400:
        where = answer.headers.get("Location", "somewhere else")
        return Failed(
            f"the Open311 server sent the request on to {where} (HTTP {status}); "
            "set the Open311 URL to the address it points to"
        )
    errors = errors_in(_quiet_json(content))
    if 400 <= status < 500 and status not in (408, 429) and errors:
        return refused(errors, status)
    said = f": {'; '.join(d for _, d in errors if d)}" if errors else ""
    if status in (408, 429):
        return Failed(f"the Open311 server asked us to wait and try later (HTTP {status}){said}")
    if status >= 500:
        return Failed(f"the Open311 server had a problem (HTTP {status}){said}")
    kind = _body_kind(answer, content)
    instead = f"with {_BODY_WORDS[kind]}" if kind else "with JSON"
    return Failed(
        f"the Open311 server refused the request (HTTP {status}) {instead}, not a GeoReport "
        "error list; check the Open311 URL and API key"
    )


def parse_json(answer: requests.Response, content: bytes) -> object:
    """The answer's JSON, or BadReply saying plainly what came instead."""
    kind = _body_kind(answer, content)
    status = f"(HTTP {answer.status_code})"
    if kind == "page":
        raise BadReply(
            f"the Open311 server answered with a web page, not GeoReport JSON {status}; "
            "check the Open311 URL"
        )
    if kind == "xml":
        raise BadReply(
            f"the Open311 server answered in XML {status}; the case service reads only "
            "GeoReport's JSON format"
        )
    if kind == "empty":
        raise BadReply(f"the Open311 server answered with an empty body {status}")
    try:
        return json.loads(content.decode("utf-8"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError):
        raise BadReply(f"the Open311 server's answer was not JSON {status}") from None


def errors_in(value: object) -> list[tuple[int | str, str]]:
    """The GeoReport error list ``[{"code", "description"}, ...]``, or [] if it is not one."""
    if not isinstance(value, list) or not value:
        return []
    errors: list[tuple[int | str, str]] = []
    for item in value:
        if not isinstance(item, dict):
            return []
        code, description = item.get("code"), item.get("description")
        if isinstance(code, bool) or not isinstance(code, int | str) or code == "":
            return []
        if not isinstance(description, str) or "service_request_id" in item or "token" in item:
            return []
        errors.append((code, " ".join(description.split())[:MAX_NOTICE_LENGTH]))
    return errors


def refused(errors: list[tuple[int | str, str]], status: int) -> Refused:
    """A refusal carrying every error the council listed."""
    text = "; ".join(d for _, d in errors if d) or "no description given"
    return Refused(errors[0][0], text, status, tuple(errors))


def request_made(value: object) -> Created | Pending | Accepted:
    """POST /requests.json: ``[{"service_request_id"|"token", "service_notice", ...}]``."""
    request = _only_request(value)
    notice = _optional_text(request, "service_notice", MAX_NOTICE_LENGTH)
    if "account_id" in request and request["account_id"] is not None:
        _identifier(request["account_id"], "account_id")
    request_id = _optional_identifier(request, "service_request_id")
    token = _optional_identifier(request, "token")
    if request_id is not None and token is not None:
        raise BadReply("the Open311 server's answer gave both a service_request_id and a token")
    if request_id is not None:
        return Created(request_id, notice)
    if token is not None:
        return Pending(token, notice)
    return Accepted(notice)


def request_from_token(value: object, token: str) -> Created | Pending:
    """GET /tokens/{token}.json: ``[{"service_request_id", "token"}]``; no id yet is Pending."""
    request = _only_request(value)
    given = _optional_identifier(request, "token")
    if given is not None and given != token:
        raise BadReply(f"the Open311 server answered about token {given!r}, not {token!r}")
    request_id = _optional_identifier(request, "service_request_id")
    return Pending(token) if request_id is None else Created(request_id)


def _only_request(value: object) -> dict[str, object]:
    if isinstance(value, dict):
        raise BadReply("the Open311 server's answer was a JSON object, not the GeoReport list")
    if not isinstance(value, list):
        raise BadReply("the Open311 server's answer was not the GeoReport list of requests")
    if len(value) != 1:
        raise BadReply(
            f"the Open311 server's answer listed {len(value)} requests where one was expected"
        )
    request = value[0]
    if not isinstance(request, dict):
        raise BadReply("the Open311 server's answer listed something other than a request")
    return request


def _optional_identifier(request: dict[str, object], key: str) -> str | None:
    value = request.get(key)
    if value is None or value == "":
        return None
    return _identifier(value, key)


def _identifier(value: object, key: str) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise BadReply(f"the Open311 server gave a {key} that is not text or a whole number")
    text = str(value).strip()
    if not text or len(text) > MAX_ID_LENGTH or not text.isprintable():
        raise BadReply(f"the Open311 server gave a {key} that cannot be an id")
    return text


def _optional_text(request: dict[str, object], key: str, limit: int) -> str | None:
    value = request.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadReply(f"the Open311 server gave a {key} that is not text")
    text = value.strip()
    return text[:limit] or None


def _quiet_json(content: bytes) -> object:
    try:
        return json.loads(content.decode("utf-8"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError):
        return None


_BODY_WORDS = {"page": "a web page", "xml": "XML", "empty": "an empty body"}


def _body_kind(answer: requests.Response, content: bytes) -> str | None:
    """'page', 'xml' or 'empty' when the body is plainly not JSON, else None."""
    kind = answer.headers.get("Content-Type", "").split(";")[0].strip().lower()
    start = content.lstrip()[:100].lower()
    if not start:
        return "empty"
    if kind in ("text/html", "application/xhtml+xml") or start.startswith((b"<!doctype", b"<html")):
        return "page"
    if kind.endswith("/xml") or start.startswith(b"<"):
        return "xml"
    return None


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed in JSON")
