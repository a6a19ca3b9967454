"""Two writers on one journal (a deployment mistake) still never duplicate or skip a seq."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from core.events import EventDraft
from store.journal import SqliteJournal


def test_two_journals_on_one_folder_keep_seq_unique_and_gap_free(data_dir: Path) -> None:
    """Each append either gets the next free seq or retries after the primary key refuses it."""
    with (
        closing(SqliteJournal(data_dir, "kiosk-1", "site-a")) as first,
        closing(SqliteJournal(data_dir, "kiosk-1", "site-a")) as second,
    ):
        made = []
        for i in range(20):
            writer = first if i % 3 else second
            made.append(writer.append(EventDraft("help.requested", {"screen": f"s{i}"})).seq)
        stored = [e.seq for e in first.events(origin=first.origin)]
    assert stored == list(range(1, 21))
    assert sorted(made) == stored


def test_an_ingested_event_of_our_own_origin_advances_the_counter(data_dir: Path) -> None:
    """After restoring our own events from elsewhere, new appends continue after them."""
    with closing(SqliteJournal(data_dir / "a", "kiosk-1", "site-a")) as original:
        events = [original.append(EventDraft("help.requested", {"n": i})) for i in range(3)]
    with closing(SqliteJournal(data_dir / "b", "kiosk-1", "site-a")) as restored:
        for event in events:
            assert restored.ingest(event)
        assert restored.append(EventDraft("help.requested", {"n": 3})).seq == 4
