"""The journal's change feed, site cursors and batch ingest, which site replication reads."""

from __future__ import annotations

import threading
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from core.events import Event, EventDraft, Scope
from core.ports import JournalConflict
from store.journal import SqliteJournal


def _site(n: int) -> EventDraft:
    return EventDraft("ticket.issued", {"n": n}, Scope.SITE)


def _central(n: int) -> EventDraft:
    return EventDraft("feedback.given", {"n": n}, Scope.CENTRAL)


def test_changes_lists_every_event_in_the_order_stored(data_dir: Path) -> None:
    """The feed gives events of any scope after a position, and where to continue from."""
    with closing(SqliteJournal(data_dir, "kiosk-1", "site-a")) as journal:
        assert journal.last_rowid() == 0
        assert journal.changes(0) == ([], 0)
        made = [journal.append(_site(i) if i % 2 else _central(i)) for i in range(5)]
        first, cursor = journal.changes(0, limit=3)
        assert first == made[:3]
        rest, end = journal.changes(cursor)
        assert rest == made[3:]
        assert end == journal.last_rowid()
        assert journal.changes(end) == ([], end)


def test_changes_include_ingested_events_after_local_ones(data_dir: Path) -> None:
    """An event from a peer shows up in the feed in arrival order, whatever its hlc."""
    with (
        closing(SqliteJournal(data_dir / "a", "kiosk-1", "site-a")) as a,
        closing(SqliteJournal(data_dir / "b", "desk-1", "site-a")) as b,
    ):
        early = a.append(_site(1))
        local = b.append(_site(2))
        start = b.last_rowid()
        assert b.ingest(early)
        assert b.changes(start)[0] == [early]
        assert [e.seq for e in b.changes(0)[0]] == [local.seq, early.seq]


def test_site_cursors_and_events_after_skip_central_and_other_sites(data_dir: Path) -> None:
    """Only this site's site-scope events count; central-scope events are never offered."""
    with (
        closing(SqliteJournal(data_dir / "a", "kiosk-1", "site-a")) as a,
        closing(SqliteJournal(data_dir / "x", "kiosk-9", "site-x")) as other,
    ):
        site_events = [a.append(_site(i)) for i in range(3)]
        a.append(_central(9))
        a.ingest(other.append(_site(7)))
        assert a.site_cursors() == {"kiosk-1": 3}
        assert a.site_events_after({}) == site_events
        assert a.site_events_after({"kiosk-1": 1}) == site_events[1:]
        assert a.site_events_after({"kiosk-1": 3}) == []
        assert all(e.scope is Scope.SITE for e in a.site_events_after({}))


def test_site_events_after_orders_by_origin_then_seq_and_honours_the_limit(
    data_dir: Path,
) -> None:
    """Several origins come back origin by origin, each as a prefix, never more than asked."""
    with (
        closing(SqliteJournal(data_dir / "a", "kiosk-1", "site-a")) as a,
        closing(SqliteJournal(data_dir / "b", "desk-1", "site-a")) as b,
    ):
        from_a = [a.append(_site(i)) for i in range(3)]
        from_b = [b.append(_site(i)) for i in range(3)]
        assert b.ingest_many(from_a) == 3
        assert b.site_events_after({}) == from_b + from_a  # "desk-1" sorts before "kiosk-1"
        assert b.site_events_after({}, limit=4) == from_b + from_a[:1]
        assert b.site_events_after({"desk-1": 3, "kiosk-1": 2}) == from_a[2:]
        assert b.site_cursors() == {"desk-1": 3, "kiosk-1": 3}


def test_ingest_many_is_idempotent_and_counts_only_new_events(data_dir: Path) -> None:
    """Delivering a batch again, or overlapping, stores each event once."""
    with (
        closing(SqliteJournal(data_dir / "a", "kiosk-1", "site-a")) as a,
        closing(SqliteJournal(data_dir / "b", "desk-1", "site-a")) as b,
    ):
        made = [a.append(_site(i)) for i in range(4)]
        assert b.ingest_many(made[:2]) == 2
        assert b.ingest_many(made) == 2
        assert b.ingest_many(made) == 0
        assert b.ingest_many([]) == 0
        assert list(b.events(origin="kiosk-1")) == made


def test_ingest_many_observes_remote_clocks(data_dir: Path) -> None:
    """After a batch, the next local event is later than everything received."""
    with (
        closing(SqliteJournal(data_dir / "a", "kiosk-1", "site-a")) as a,
        closing(SqliteJournal(data_dir / "b", "desk-1", "site-a")) as b,
    ):
        made = [a.append(_site(i)) for i in range(3)]
        b.ingest_many(made)
        assert b.append(_site(9)).hlc > made[-1].hlc


def test_ingest_many_with_one_conflicting_event_stores_nothing(data_dir: Path) -> None:
    """A batch that contradicts what is held is refused whole."""
    with (
        closing(SqliteJournal(data_dir / "a", "kiosk-1", "site-a")) as a,
        closing(SqliteJournal(data_dir / "b", "desk-1", "site-a")) as b,
    ):
        made = [a.append(_site(i)) for i in range(3)]
        b.ingest(made[0])
        before = b.last_rowid()
        forged: Event = replace(made[0], payload={"n": 99})
        with pytest.raises(JournalConflict):
            b.ingest_many([*made[1:], forged])
        assert b.last_rowid() == before
        assert b.site_cursors() == {"kiosk-1": 1}


def test_wait_for_change_returns_at_once_when_already_past(data_dir: Path) -> None:
    """Nothing to wait for when the journal already holds newer events."""
    with closing(SqliteJournal(data_dir, "kiosk-1", "site-a")) as journal:
        journal.append(_site(1))
        assert journal.wait_for_change(0, timeout_s=30) == 1


def test_wait_for_change_times_out_with_the_current_position(data_dir: Path) -> None:
    """With no new events, the wait ends after the timeout and reports where things stand."""
    with closing(SqliteJournal(data_dir, "kiosk-1", "site-a")) as journal:
        journal.append(_site(1))
        assert journal.wait_for_change(1, timeout_s=0.05) == 1


@pytest.mark.parametrize("how", ["append", "ingest", "ingest_many"])
def test_wait_for_change_wakes_when_another_thread_stores_an_event(
    data_dir: Path, how: str
) -> None:
    """A waiting reader is woken by a commit, well before its long timeout."""
    with (
        closing(SqliteJournal(data_dir / "a", "kiosk-1", "site-a")) as a,
        closing(SqliteJournal(data_dir / "b", "desk-1", "site-a")) as b,
    ):
        foreign = a.append(_site(1))
        result: list[int] = []
        waiting = threading.Thread(target=lambda: result.append(b.wait_for_change(0, 60)))
        waiting.start()
        if how == "append":
            b.append(_site(2))
        elif how == "ingest":
            b.ingest(foreign)
        else:
            b.ingest_many([foreign])
        waiting.join(timeout=20)
        assert not waiting.is_alive()
        assert result == [1]
