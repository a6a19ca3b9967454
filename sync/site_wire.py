"""What terminals of one site say to each other: events as JSON, checked strictly, and signed.

Every request and every successful answer carries ``X-Site-Auth``: a hex HMAC-SHA256, with the
site's shared peer key, over the method (``RESPONSE`` for an answer), the path and the body.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Sequence
from typing import Any

from core.clock import Hlc
from core.events import Event, JsonObject, Scope, canonical_json

AUTH_HEADER = "X-Site-Auth"
PULL_PATH = "/site/v1/pull"
STATUS_PATH = "/site/v1/status"
RESPONSE = "RESPONSE"
MAX_EVENT_BYTES = 64 * 1024
MAX_BATCH = 1000
MAX_WAIT_S = 25.0

_TEXT_FIELDS = ("id", "origin", "hlc", "site", "type", "scope", "recorded_at")
_FIELDS = frozenset((*_TEXT_FIELDS, "seq", "payload"))


class BadSiteData(ValueError):
    """A peer sent something this terminal will not store; the message says what, plainly."""


def sign(key: str, method: str, path: str, body: bytes) -> str:
    """The ``X-Site-Auth`` value for a request or answer."""
    message = method.encode("ascii") + b"\n" + path.encode("utf-8") + b"\n" + body
    return hmac.new(key.encode("utf-8"), message, hashlib.sha256).hexdigest()


def signature_ok(key: str, method: str, path: str, body: bytes, given: str | None) -> bool:
    """True when ``given`` is the right signature (compared in constant time).

    Headers arrive as Latin-1 text, and compare_digest refuses (TypeError) to compare text
    that is not ASCII: such a value is simply not our signature.
    """
    return (
        given is not None
        and given.isascii()
        and hmac.compare_digest(sign(key, method, path, body), given)
    )


def event_to_wire(event: Event) -> JsonObject:
    """An event as a plain JSON object."""
    return {
        "id": event.id,
        "origin": event.origin,
        "seq": event.seq,
        "hlc": event.hlc,
        "site": event.site,
        "type": event.type,
        "scope": str(event.scope),
        "payload": event.payload,
        "recorded_at": event.recorded_at,
    }


def parse_json(body: bytes) -> Any:
    """JSON text to Python values, refusing NaN and Infinity, which JSON does not allow."""
    try:
        return json.loads(body.decode("utf-8"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadSiteData(f"the message is not valid JSON ({exc})") from None
    except RecursionError:
        raise BadSiteData("the message is nested too deeply to read") from None


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed in JSON")


def events_from_wire(items: object, site: str) -> list[Event]:
    """Check a batch from a peer and turn it into events; one bad event refuses the batch."""
    if not isinstance(items, list):
        raise BadSiteData("the events were not sent as a list")
    if len(items) > MAX_BATCH:
        raise BadSiteData(f"the batch held {len(items)} events; at most {MAX_BATCH} are allowed")
    return [_event_from_wire(item, site, n) for n, item in enumerate(items, start=1)]


def _event_from_wire(item: object, site: str, n: int) -> Event:
    where = f"event {n} of the batch"
    if not isinstance(item, dict):
        raise BadSiteData(f"{where} is not a JSON object")
    keys = set(item)
    if keys != _FIELDS:
        missing, extra = sorted(_FIELDS - keys), sorted(str(k) for k in keys - _FIELDS)
        raise BadSiteData(f"{where} is missing {missing or 'nothing'} and has extra {extra or []}")
    for name in _TEXT_FIELDS:
        if not isinstance(item[name], str) or not item[name]:
            raise BadSiteData(f"{where} has no text in its {name!r} field")
    seq = item["seq"]
    if type(seq) is not int or seq < 1:
        raise BadSiteData(f"{where} has a seq that is not a whole number from 1: {seq!r}")
    where = f"event {item['origin']}/{seq}"
    try:
        Hlc.parse(item["hlc"])
    except ValueError:
        raise BadSiteData(f"{where} has a malformed hlc timestamp") from None
    if item["scope"] != Scope.SITE:
        raise BadSiteData(f"{where} is {item['scope']!r}-scope; only site-scope events are shared")
    if item["site"] != site:
        raise BadSiteData(f"{where} belongs to site {item['site']!r}, not ours ({site!r})")
    if not isinstance(item["payload"], dict):
        raise BadSiteData(f"{where} has a payload that is not a JSON object")
    try:
        size = len(canonical_json(item).encode("utf-8"))
    except (ValueError, UnicodeEncodeError):
        raise BadSiteData(f"{where} holds text that cannot be stored") from None
    if size > MAX_EVENT_BYTES:
        raise BadSiteData(f"{where} is {size} bytes; at most {MAX_EVENT_BYTES} are allowed")
    return Event(
        id=item["id"],
        origin=item["origin"],
        seq=seq,
        hlc=item["hlc"],
        site=item["site"],
        type=item["type"],
        scope=Scope.SITE,
        payload=item["payload"],
        recorded_at=item["recorded_at"],
    )


def cursors_from_wire(value: object) -> dict[str, int]:
    """Check the per-origin cursors a peer sent with its pull."""
    if not isinstance(value, dict):
        raise BadSiteData("the cursors were not sent as a JSON object")
    if len(value) > 100_000:
        raise BadSiteData("too many cursors were sent")
    for origin, seq in value.items():
        if not isinstance(origin, str) or type(seq) is not int or seq < 0:
            raise BadSiteData(f"the cursor for {origin!r} is not a whole number from 0")
    return dict(value)


def encode(value: object) -> bytes:
    """Compact JSON bytes for a request or answer."""
    return canonical_json(value).encode("utf-8")


def wire_batch(events: Sequence[Event]) -> list[JsonObject]:
    """Events as a JSON list."""
    return [event_to_wire(e) for e in events]
