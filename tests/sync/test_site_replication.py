"""Terminals of one site converge on the same site events, over real HTTP on loopback."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from core.events import EventDraft, Scope
from store.journal import SqliteJournal
from tests.sync.site_support import SITE, Site, site_keys, ticket, wait_until


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    """Terminals for one test, stopped and closed afterwards."""
    made = Site(tmp_path)
    yield made
    made.close()


def test_a_ticket_issued_on_one_terminal_appears_on_another(site: Site) -> None:
    """The desk holds the kiosk's ticket without anyone refreshing anything."""
    kiosk = site.terminal("kiosk-1")
    desk = site.terminal("desk-1", [kiosk.url])
    wait_until(lambda: desk.replicator.status()[0].state == "connected", "the desk to connect")
    issued = kiosk.journal.append(ticket(1))
    wait_until(lambda: desk.journal.site_cursors() == {"kiosk-1": 1}, "the ticket at the desk")
    assert list(desk.journal.events(origin="kiosk-1")) == [issued]
    assert site.ingested and sum(site.ingested) == 1
    status = desk.replicator.status()[0]
    assert (status.url, status.events_received, status.last_error) == (kiosk.url, 1, None)
    assert status.last_ok is not None


def test_central_scope_events_never_reach_a_peer(site: Site) -> None:
    """Feedback stays on the kiosk that took it; only the ticket travels."""
    kiosk = site.terminal("kiosk-1")
    desk = site.terminal("desk-1", [kiosk.url])
    kiosk.journal.append(EventDraft("feedback.given", {"rating": 2}, Scope.CENTRAL))
    kiosk.journal.append(ticket(1))
    wait_until(lambda: desk.journal.site_cursors() == {"kiosk-1": 2}, "the ticket at the desk")
    assert [e.type for e in desk.journal.events(origin="kiosk-1")] == ["ticket.issued"]


def test_events_are_relayed_to_a_terminal_that_only_knows_a_middle_one(site: Site) -> None:
    """Gossip: the display board peers only with the desk, yet shows the kiosk's tickets."""
    kiosk = site.terminal("kiosk-1")
    desk = site.terminal("desk-1", [kiosk.url])
    board = site.terminal("board-1", [desk.url])
    for i in range(5):
        kiosk.journal.append(ticket(i))
    desk.journal.append(ticket(100))
    wait_until(
        lambda: board.journal.site_cursors() == {"kiosk-1": 5, "desk-1": 1},
        "the kiosk's and the desk's tickets on the board",
    )
    assert site_keys(board.journal) == site_keys(desk.journal)


def test_two_routes_to_the_same_events_store_each_once(site: Site) -> None:
    """Hearing about a ticket directly and through a relay still stores it exactly once."""
    kiosk = site.terminal("kiosk-1")
    desk = site.terminal("desk-1", [kiosk.url])
    board = site.terminal("board-1", [kiosk.url, desk.url])
    for i in range(30):
        kiosk.journal.append(ticket(i))
    wait_until(lambda: board.journal.site_cursors() == {"kiosk-1": 30}, "all 30 on the board")
    wait_until(lambda: desk.journal.site_cursors() == {"kiosk-1": 30}, "all 30 at the desk")
    assert [e.seq for e in board.journal.events(origin="kiosk-1")] == list(range(1, 31))
    received = sum(s.events_received for s in board.replicator.status())
    assert received == 30


def test_both_sides_of_a_ring_converge(site: Site) -> None:
    """Kiosk and desk pull from each other; both end with the union of their tickets."""
    to_kiosk, to_desk = site.proxy(), site.proxy()
    kiosk = site.terminal("kiosk-1", [to_desk.url])
    desk = site.terminal("desk-1", [to_kiosk.url])
    to_kiosk.target, to_desk.target = kiosk.replicator.port, desk.replicator.port
    for i in range(10):
        (kiosk if i % 2 else desk).journal.append(ticket(i))
    expected = {"kiosk-1": 5, "desk-1": 5}
    wait_until(lambda: kiosk.journal.site_cursors() == expected, "the desk's tickets at the kiosk")
    wait_until(lambda: desk.journal.site_cursors() == expected, "the kiosk's tickets at the desk")


def test_a_partition_heals_and_both_sides_hold_the_same_events(site: Site) -> None:
    """Cut the link, keep issuing on both sides, heal it: nothing is lost or duplicated."""
    to_kiosk, to_desk = site.proxy(), site.proxy()
    kiosk = site.terminal("kiosk-1", [to_desk.url])
    desk = site.terminal("desk-1", [to_kiosk.url])
    to_kiosk.target, to_desk.target = kiosk.replicator.port, desk.replicator.port
    kiosk.journal.append(ticket(0))
    wait_until(lambda: desk.journal.site_cursors() == {"kiosk-1": 1}, "the first ticket")

    to_kiosk.cut()
    to_desk.cut()
    for i in range(1, 8):
        kiosk.journal.append(ticket(i))
        desk.journal.append(ticket(100 + i))
    wait_until(
        lambda: (
            {s.state for s in (*kiosk.replicator.status(), *desk.replicator.status())}
            == {"unreachable"}
        ),
        "both sides to notice the partition",
    )
    assert desk.journal.site_cursors() == {"kiosk-1": 1, "desk-1": 7}
    assert all(s.last_error for s in kiosk.replicator.status())

    to_kiosk.heal()
    to_desk.heal()
    expected = {"kiosk-1": 8, "desk-1": 7}
    wait_until(lambda: kiosk.journal.site_cursors() == expected, "the kiosk to catch up")
    wait_until(lambda: desk.journal.site_cursors() == expected, "the desk to catch up")
    assert site_keys(kiosk.journal) == site_keys(desk.journal)
    wait_until(lambda: desk.replicator.status()[0].state == "connected", "the desk reconnected")


def test_the_order_events_arrive_in_does_not_change_the_journal_order(tmp_path: Path) -> None:
    """Two terminals that received the same events in different orders list them identically."""
    with (
        closing(SqliteJournal(tmp_path / "a", "kiosk-1", SITE)) as a,
        closing(SqliteJournal(tmp_path / "b", "kiosk-2", SITE)) as b,
        closing(SqliteJournal(tmp_path / "x", "desk-1", SITE)) as x,
        closing(SqliteJournal(tmp_path / "y", "desk-2", SITE)) as y,
    ):
        made = [(a if i % 3 else b).append(ticket(i)) for i in range(12)]
        shuffled = made[:]
        random.Random(4).shuffle(shuffled)
        x.ingest_many(made)
        for event in shuffled:
            y.ingest(event)
        assert x.site_cursors() == y.site_cursors()
        assert list(x.events()) == list(y.events())


def test_stop_is_prompt_even_while_a_pull_waits_on_a_silent_peer(site: Site) -> None:
    """A peer that accepts the connection and never answers does not hold up shutting down."""
    silent = site.proxy()
    silent.cut("blackhole")
    desk = site.terminal("desk-1", [silent.url])
    wait_until(lambda: silent.open_connections == 1, "the desk to be waiting on the silent peer")
    started = time.monotonic()
    desk.replicator.stop()
    assert time.monotonic() - started < 2


def test_stop_is_prompt_with_a_long_poll_in_flight(site: Site) -> None:
    """Both ends of a held long-poll stop within two seconds."""
    kiosk = site.terminal("kiosk-1")
    desk = site.terminal("desk-1", [kiosk.url])
    wait_until(lambda: kiosk.replicator.peers_waiting == 1, "the desk's long-poll to be held")
    started = time.monotonic()
    desk.replicator.stop()
    kiosk.replicator.stop()
    assert time.monotonic() - started < 2
