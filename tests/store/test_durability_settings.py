"""The settings that make a committed event survive a power cut, and keep events unedited."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from core.events import EventDraft, EventType
from store.connection import connect, open_checked
from store.journal import SqliteJournal
from store.schema import apply_migrations, pending

SYNCHRONOUS_FULL = 2
MIGRATIONS = ["m001_journal", "m002_projections"]


def durability(conn: sqlite3.Connection) -> tuple[str, int]:
    """The connection's journal mode and synchronous level."""
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    level = conn.execute("PRAGMA synchronous").fetchone()[0]
    return str(mode), int(level)


def journal_with_one_event(folder: Path) -> None:
    """A closed journal holding one feedback event."""
    with closing(SqliteJournal(folder, "kiosk-1", "site-a")) as journal:
        journal.append(EventDraft(EventType.FEEDBACK_GIVEN, {"rating": 4}))


def test_every_connection_is_wal_and_synchronous_full(data_dir: Path) -> None:
    """Each new connection, on a new file or a reopened one, commits with WAL and a full fsync."""
    path = data_dir / "journal.db"
    for _ in range(3):
        conn = connect(path)
        try:
            assert durability(conn) == ("wal", SYNCHRONOUS_FULL)
        finally:
            conn.close()
    conn, report = open_checked(data_dir)
    try:
        assert report.ok
        assert durability(conn) == ("wal", SYNCHRONOUS_FULL)
    finally:
        conn.close()


def test_journal_file_stays_in_wal_mode_after_reopen(data_dir: Path) -> None:
    """The journal a kiosk writes is a WAL database, and reopening it keeps the settings."""
    journal_with_one_event(data_dir)
    plain = sqlite3.connect(data_dir / "journal.db")
    try:
        # WAL is recorded in the file itself, so even a plain connection sees it.
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        plain.close()
    journal_with_one_event(data_dir)
    conn = connect(data_dir / "journal.db")
    try:
        assert durability(conn) == ("wal", SYNCHRONOUS_FULL)
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    finally:
        conn.close()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE events SET payload = '{\"rating\":1}'",
        "UPDATE events SET seq = seq + 1",
        "DELETE FROM events",
    ],
)
def test_events_cannot_be_edited_or_deleted(data_dir: Path, statement: str) -> None:
    """Even a direct SQL edit is refused: the journal is append-only."""
    journal_with_one_event(data_dir)
    conn = connect(data_dir / "journal.db")
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(statement)
    finally:
        conn.close()
    with closing(SqliteJournal(data_dir, "kiosk-1", "site-a")) as journal:
        [event] = list(journal.events())
        assert (event.seq, event.payload) == (1, {"rating": 4})


def test_migrations_are_recorded_and_applying_again_changes_nothing(data_dir: Path) -> None:
    """Start-up migrations run once; a second start (or apply) is a no-op."""
    journal_with_one_event(data_dir)
    conn = connect(data_dir / "journal.db")
    try:
        recorded = conn.execute(
            "SELECT migration_set, name, applied_at FROM _sqlite_migrations ORDER BY rowid"
        ).fetchall()
        assert [(s, n) for s, n, _ in recorded] == [("civic_kiosk", name) for name in MIGRATIONS]
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()

        assert apply_migrations(conn) == []
        journal_with_one_event(data_dir)  # a second start-up applies migrations too

        again = conn.execute(
            "SELECT migration_set, name, applied_at FROM _sqlite_migrations ORDER BY rowid"
        ).fetchall()
        assert again == recorded
        assert pending(conn) == []
        assert (
            conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
            == schema
        )
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    finally:
        conn.close()


def test_an_up_to_date_journal_opens_without_importing_sqlite_utils(data_dir: Path) -> None:
    """Start-up stays fast: sqlite-utils is only loaded when a migration is pending."""
    import subprocess
    import sys

    journal_with_one_event(data_dir)
    probe = (
        "import sys; from store.journal import SqliteJournal; "
        f"j = SqliteJournal(__import__('pathlib').Path({str(data_dir)!r}), 'kiosk-1', 'site-a'); "
        "print('sqlite_utils' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.strip() == "False"
