"""A misbehaving peer: staff see the plain reason, nothing bad is stored, and pulling recovers."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from core.events import Event
from store.journal import SqliteJournal
from sync import site_wire as wire
from tests.sync.site_support import KEY, SITE, Site, Terminal, ticket, wait_until


class FakePeer:
    """A peer terminal that answers pulls from a real journal, or wrongly, as ``mode`` says."""

    def __init__(self, journal: SqliteJournal) -> None:
        self.journal = journal
        self.mode = "ok"
        self.http = ThreadingHTTPServer(("127.0.0.1", 0), _FakeHandler)
        self.http.daemon_threads = True
        self.http.fake = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self.http.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        """Where the puller finds it."""
        return f"http://127.0.0.1:{self.http.server_address[1]}"

    def answer(self, cursors: dict[str, int]) -> tuple[int, bytes, str]:
        """Status, body and signing key for one pull, according to the mode."""
        good = [wire.event_to_wire(e) for e in self.journal.site_events_after(cursors)]
        if self.mode == "refuse key":
            return 401, b'{"error": "missing or wrong site key"}', ""
        if self.mode == "other site":
            return 409, b'{"error": "wrong site", "site": "barking-learning-centre"}', ""
        if self.mode == "garbage":
            return 200, b"\x00\xff this is not JSON", KEY
        if self.mode == "unsigned":
            return 200, wire.encode({"events": good, "more": False}), "a-different-key"
        if self.mode == "invalid event":
            broken = [*good[:-1], {k: v for k, v in good[-1].items() if k != "hlc"}]
            return 200, wire.encode({"events": broken, "more": False}), KEY
        if self.mode == "wrong site":
            moved = [*good[:-1], {**good[-1], "site": "barking-learning-centre"}]
            return 200, wire.encode({"events": moved, "more": False}), KEY
        if self.mode == "conflict":
            # Resends everything, whatever we hold, with the ticket numbers altered.
            every = self.journal.site_events_after({})
            forged = [{**wire.event_to_wire(e), "payload": {"number": "Z999"}} for e in every]
            return 200, wire.encode({"events": forged, "more": False}), KEY
        return 200, wire.encode({"events": good, "more": False}), KEY

    def close(self) -> None:
        """Stop serving."""
        self.http.shutdown()
        self.http.server_close()


class _FakeHandler(BaseHTTPRequestHandler):
    # HTTP/1.0: one request per connection, so nothing is served once the fake is closed.
    protocol_version = "HTTP/1.0"

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        fake: FakePeer = self.server.fake  # type: ignore[attr-defined]
        status, answer, key = fake.answer(json.loads(body)["cursors"])
        self.send_response(status)
        self.send_header("Content-Length", str(len(answer)))
        if key:
            self.send_header(wire.AUTH_HEADER, wire.sign(key, wire.RESPONSE, self.path, answer))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


# Tests list ``site`` after ``fake`` so terminals stop before the fake peer and its journal go.
@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    """Terminals for one test, stopped and closed afterwards."""
    made = Site(tmp_path)
    yield made
    made.close()


@pytest.fixture
def kiosk_journal(tmp_path: Path) -> Iterator[SqliteJournal]:
    """The journal the fake peer serves from, holding three tickets."""
    journal = SqliteJournal(tmp_path / "fake-kiosk", "kiosk-1", SITE)
    for i in range(3):
        journal.append(ticket(i))
    yield journal
    journal.close()


@pytest.fixture
def fake(kiosk_journal: SqliteJournal) -> Iterator[FakePeer]:
    """A peer whose behaviour the test chooses."""
    peer = FakePeer(kiosk_journal)
    yield peer
    peer.close()


def _recovers(desk: Terminal, fake: FakePeer, events: list[Event]) -> None:
    fake.mode = "ok"
    wait_until(lambda: desk.journal.site_cursors() == {"kiosk-1": 3}, "recovery once fixed")
    assert list(desk.journal.events(origin="kiosk-1")) == events
    wait_until(lambda: desk.replicator.status()[0].state == "connected", "state connected")
    assert desk.replicator.status()[0].last_error is None


@pytest.mark.parametrize(
    ("mode", "state", "reason"),
    [
        ("refuse key", "refused our key", "refused our site key"),
        ("other site", "belongs to another site", "belongs to site 'barking-learning-centre'"),
        ("garbage", "sent bad data", "not valid JSON"),
        ("unsigned", "sent bad data", "not signed with our site key"),
        ("invalid event", "sent bad data", "missing ['hlc']"),
        ("wrong site", "sent bad data", "belongs to site 'barking-learning-centre'"),
    ],
)
def test_a_bad_answer_is_reported_plainly_and_nothing_is_stored(
    fake: FakePeer,
    kiosk_journal: SqliteJournal,
    site: Site,
    mode: str,
    state: str,
    reason: str,
) -> None:
    """Staff read why; the whole batch is refused; fixing the peer is enough to recover."""
    fake.mode = mode
    desk = site.terminal("desk-1", [fake.url])
    wait_until(lambda: desk.replicator.status()[0].state == state, f"state {state!r}")
    status = desk.replicator.status()[0]
    assert status.last_error is not None
    assert reason in status.last_error
    assert status.events_received == 0
    assert desk.journal.site_cursors() == {}
    _recovers(desk, fake, list(kiosk_journal.events()))


def test_a_peer_contradicting_what_we_hold_is_refused(
    fake: FakePeer, kiosk_journal: SqliteJournal, site: Site
) -> None:
    """An event that differs from the stored one under the same number is never stored."""
    events = list(kiosk_journal.events())
    desk = site.terminal("desk-1", [fake.url], start=False)
    desk.journal.ingest(events[0])
    fake.mode = "conflict"
    desk.replicator.start()
    wait_until(lambda: desk.replicator.status()[0].state == "sent bad data", "the refusal")
    assert "contradicts ours" in (desk.replicator.status()[0].last_error or "")
    assert desk.journal.site_cursors() == {"kiosk-1": 1}
    _recovers(desk, fake, events)


def test_a_real_peer_with_another_key_refuses_us_until_the_keys_match(site: Site) -> None:
    """A terminal configured with a different peer key serves nothing to us."""
    kiosk = site.terminal("kiosk-1", key="a-different-key")
    kiosk.journal.append(ticket(1))
    port = kiosk.replicator.port
    desk = site.terminal("desk-1", [kiosk.url])
    wait_until(lambda: desk.replicator.status()[0].state == "refused our key", "the refusal")
    assert desk.journal.site_cursors() == {}
    kiosk.replicator.stop()
    kiosk.journal.close()
    site.terminals.remove(kiosk)
    site.terminal("kiosk-1", port=port)
    wait_until(lambda: desk.journal.site_cursors() == {"kiosk-1": 1}, "the ticket once fixed")


def test_a_link_answering_junk_bytes_is_unreachable_until_healed(site: Site) -> None:
    """Something that is not a terminal on the peer's address does not break the puller."""
    kiosk = site.terminal("kiosk-1")
    link = site.proxy()
    link.target = kiosk.replicator.port
    link.cut("garbage")
    desk = site.terminal("desk-1", [link.url])
    wait_until(
        lambda: desk.replicator.status()[0].last_error not in (None, "not contacted yet"),
        "the junk to be reported",
    )
    assert desk.replicator.status()[0].state == "unreachable"
    kiosk.journal.append(ticket(1))
    link.heal()
    wait_until(lambda: desk.journal.site_cursors() == {"kiosk-1": 1}, "the ticket once healed")
