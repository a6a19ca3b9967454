"""A genuinely full journal, for tests of what residents and staff see when saving fails.

SQLite's ``max_page_count`` caps the database at its present size; filler events then use
up the free room in its pages, so the next real write fails inside SQLite with "database or
disk is full", exactly as on a full disk, and goes through the journal's own error path.
"""

from __future__ import annotations

from core.events import EventDraft, Scope
from core.ports import StorageUnavailable
from store.journal import SqliteJournal

_UNLIMITED = 1_073_741_823


def fill_up(journal: SqliteJournal) -> None:
    """Make the journal full: every further append raises StorageUnavailable."""
    conn = journal._conn  # the journal's own connection: the limit is per connection
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    # Big fillers first, then smaller ones, until not even an empty event fits anywhere.
    for size in (2000, 500, 100, 0):
        for _ in range(10_000):
            try:
                journal.append(EventDraft("t", {"pad": "x" * size}, Scope.CENTRAL))
            except StorageUnavailable:
                break
        else:
            raise AssertionError("the journal never filled up")


def make_room(journal: SqliteJournal) -> None:
    """Lift the cap again, as freeing disk space would."""
    journal._conn.execute(f"PRAGMA max_page_count = {_UNLIMITED}")
