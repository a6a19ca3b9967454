"""The wire form of site events: what a peer may send, and the plain reason when it may not."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from core.events import Event
from store.journal import SqliteJournal
from sync import site_wire as wire
from tests.sync.site_support import SITE, ticket


@pytest.fixture
def issued(data_dir: Path) -> Event:
    """One real site-scope event from a real journal."""
    with closing(SqliteJournal(data_dir, "kiosk-1", SITE)) as journal:
        return journal.append(ticket(1))


def test_an_event_survives_the_round_trip(issued: Event) -> None:
    """What one terminal sends, the other reads back identically."""
    text = wire.encode(wire.wire_batch([issued]))
    assert wire.events_from_wire(wire.parse_json(text), SITE) == [issued]


def _refusal(items: object) -> str:
    with pytest.raises(wire.BadSiteData) as refused:
        wire.events_from_wire(items, SITE)
    return str(refused.value)


def _changed(event: Event, **fields: Any) -> dict[str, Any]:
    item = wire.event_to_wire(event)
    item.update(fields)
    return item


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"seq": "3"}, "seq that is not a whole number"),
        ({"seq": True}, "seq that is not a whole number"),
        ({"seq": 0}, "seq that is not a whole number"),
        ({"hlc": "yesterday"}, "malformed hlc"),
        ({"hlc": "1-1"}, "malformed hlc"),
        ({"scope": "central"}, "only site-scope events are shared"),
        ({"site": "barking-learning-centre"}, "belongs to site 'barking-learning-centre'"),
        ({"payload": [1, 2]}, "payload that is not a JSON object"),
        ({"origin": ""}, "no text in its 'origin' field"),
        ({"type": 7}, "no text in its 'type' field"),
        ({"payload": {"text": "x" * 70_000}}, "at most 65536 are allowed"),
        ({"payload": {"text": "\ud800"}}, "cannot be stored"),
        ({"colour": "red"}, "extra ['colour']"),
    ],
)
def test_a_bad_event_refuses_the_batch_with_a_plain_reason(
    issued: Event, change: dict[str, Any], reason: str
) -> None:
    """One wrong field anywhere in the batch and nothing in it is accepted."""
    good = wire.event_to_wire(issued)
    assert reason in _refusal([good, _changed(issued, **change)])


def test_a_missing_field_is_named(issued: Event) -> None:
    """The reason says which field is missing."""
    item = wire.event_to_wire(issued)
    del item["recorded_at"]
    assert "missing ['recorded_at']" in _refusal([item])


def test_batches_must_be_lists_of_objects_and_not_too_long(issued: Event) -> None:
    """A batch is a JSON list of at most 1000 event objects."""
    assert "not sent as a list" in _refusal({"events": []})
    assert "not a JSON object" in _refusal(["ticket"])
    assert "at most 1000" in _refusal([wire.event_to_wire(issued)] * 1001)


def test_not_json_nan_or_bad_utf8_is_refused() -> None:
    """Garbage, NaN and broken UTF-8 are all 'not valid JSON'."""
    for body in (b"\x00\xffgarbage", b'{"a": NaN}', b"\xff{}"):
        with pytest.raises(wire.BadSiteData, match="not valid JSON"):
            wire.parse_json(body)
    with pytest.raises(wire.BadSiteData, match="nested too deeply"):
        wire.parse_json(b"[" * 100_000 + b"]" * 100_000)


def test_signatures_cover_method_path_and_body() -> None:
    """Changing any part of a request, or the key, breaks its signature."""
    good = wire.sign("k", "POST", wire.PULL_PATH, b"{}")
    assert wire.signature_ok("k", "POST", wire.PULL_PATH, b"{}", good)
    assert not wire.signature_ok("other", "POST", wire.PULL_PATH, b"{}", good)
    assert not wire.signature_ok("k", "GET", wire.PULL_PATH, b"{}", good)
    assert not wire.signature_ok("k", "POST", wire.STATUS_PATH, b"{}", good)
    assert not wire.signature_ok("k", "POST", wire.PULL_PATH, b"{ }", good)
    assert not wire.signature_ok("k", "POST", wire.PULL_PATH, b"{}", None)


def test_cursors_must_map_origins_to_whole_numbers() -> None:
    """Cursors are ``{origin: seq}`` with seq from 0."""
    assert wire.cursors_from_wire({"kiosk-1": 0, "desk-2": 7}) == {"kiosk-1": 0, "desk-2": 7}
    bad_cursors: list[object] = [[], {"kiosk-1": -1}, {"kiosk-1": 1.5}, {"kiosk-1": True}]
    for bad in bad_cursors:
        with pytest.raises(wire.BadSiteData):
            wire.cursors_from_wire(bad)
