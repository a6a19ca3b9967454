"""Checking an event batch from a terminal: strict shape first, then whose events they are.

One bad event refuses the whole batch (nothing is stored), with a message that says which
event and what is wrong, so the terminal's log shows exactly what to fix.
"""

from __future__ import annotations

import re
from typing import Any

from core.clock import Hlc
from core.events import JsonObject, Scope, canonical_json
from sync import site_wire

MAX_EVENTS = 500
# Site replication allows 64 kB per event; central events carry sealed form answers too.
MAX_EVENT_BYTES = 256 * 1024
MAX_TEXT_CHARS = 200
_TEXT_FIELDS = ("id", "origin", "hlc", "site", "type", "scope", "recorded_at")
_FIELDS = frozenset((*_TEXT_FIELDS, "seq", "payload"))
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_SCOPES = frozenset(str(s) for s in Scope)


class BadBatch(ValueError):
    """The batch is malformed; the message says what, plainly."""


class ForeignOrigin(ValueError):
    """The batch holds events that are not the sending terminal's own."""


def read_batch(body: bytes, terminal_id: str) -> list[JsonObject]:
    """The events of a ``POST /events`` body, checked; raises BadBatch or ForeignOrigin."""
    try:
        batch = site_wire.parse_json(body)
    except site_wire.BadSiteData as exc:
        raise BadBatch(str(exc)) from None
    except RecursionError:
        raise BadBatch("the batch is nested too deeply to read") from None
    if not isinstance(batch, dict):
        raise BadBatch("the batch is not a JSON object")
    if set(batch) != {"terminal", "events"}:
        raise BadBatch('the batch must have exactly the fields "terminal" and "events"')
    if batch["terminal"] != terminal_id:
        raise BadBatch(
            f"the batch names terminal {batch['terminal']!r} but was signed by {terminal_id!r}"
        )
    items = batch["events"]
    if not isinstance(items, list):
        raise BadBatch("the events were not sent as a list")
    if not 1 <= len(items) <= MAX_EVENTS:
        raise BadBatch(f"a batch holds 1 to {MAX_EVENTS} events; this one held {len(items)}")
    events = [_checked_event(item, n) for n, item in enumerate(items, start=1)]
    for event in events:
        origin = event["origin"]
        if origin != terminal_id and not origin.startswith(terminal_id + "~"):
            raise ForeignOrigin(
                f"event {origin}/{event['seq']} belongs to another terminal; a terminal may "
                "send only its own events"
            )
    return events


def _checked_event(item: Any, n: int) -> JsonObject:
    where = f"event {n} of the batch"
    if not isinstance(item, dict):
        raise BadBatch(f"{where} is not a JSON object")
    keys = set(item)
    if keys != _FIELDS:
        missing, extra = sorted(_FIELDS - keys), sorted(str(k) for k in keys - _FIELDS)
        raise BadBatch(f"{where} is missing {missing or 'nothing'} and has extra {extra or []}")
    for name in _TEXT_FIELDS:
        value = item[name]
        if not isinstance(value, str) or not value or len(value) > MAX_TEXT_CHARS:
            raise BadBatch(f"{where} needs 1 to {MAX_TEXT_CHARS} characters in {name!r}")
    seq = item["seq"]
    if type(seq) is not int or not 1 <= seq < 2**63:
        raise BadBatch(f"{where} has a seq that is not a whole number from 1: {seq!r}")
    where = f"event {item['origin']}/{seq}"
    try:
        Hlc.parse(item["hlc"])
    except ValueError:
        raise BadBatch(f"{where} has a malformed hlc timestamp") from None
    if item["scope"] not in _SCOPES:
        raise BadBatch(f"{where} has scope {item['scope']!r}; it must be site or central")
    if not isinstance(item["payload"], dict):
        raise BadBatch(f"{where} has a payload that is not a JSON object")
    blobs = item["payload"].get("blobs", [])
    if not (
        isinstance(blobs, list) and all(isinstance(b, str) and _SHA256.match(b) for b in blobs)
    ):
        raise BadBatch(f"{where} names sealed files that are not a list of sha256 digests")
    try:
        size = len(canonical_json(item).encode("utf-8"))
    except (ValueError, UnicodeEncodeError, RecursionError):
        raise BadBatch(f"{where} holds text that cannot be stored") from None
    if size > MAX_EVENT_BYTES:
        raise BadBatch(f"{where} is {size} bytes; at most {MAX_EVENT_BYTES} are allowed")
    return item
