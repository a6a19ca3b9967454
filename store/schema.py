"""Migrations for the journal database, applied at start-up with sqlite-utils."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("civic_kiosk")


@migrations()
def m001_journal(db: Database) -> None:
    """The append-only event table and the per-origin cursor."""
    db.execute(
        """
        CREATE TABLE events (
            id TEXT NOT NULL UNIQUE,
            origin TEXT NOT NULL,
            seq INTEGER NOT NULL CHECK (seq >= 1),
            hlc TEXT NOT NULL,
            site TEXT NOT NULL,
            type TEXT NOT NULL,
            scope TEXT NOT NULL CHECK (scope IN ('site', 'central')),
            payload TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (origin, seq)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX events_by_hlc ON events (hlc, origin, seq)")
    db.execute("CREATE INDEX events_by_type ON events (type)")
    for action in ("UPDATE", "DELETE"):
        db.execute(
            f"""
            CREATE TRIGGER events_no_{action.lower()} BEFORE {action} ON events
            BEGIN SELECT RAISE(ABORT, 'journal events are append-only'); END
            """
        )
    db.execute(
        """
        CREATE TABLE origins (
            origin TEXT PRIMARY KEY,
            last_seq INTEGER NOT NULL,
            last_hlc TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT")


@migrations()
def m002_projections(db: Database) -> None:
    """Tables folded from events: counts, open help requests, and feedback by day."""
    db.execute("CREATE TABLE event_counts (type TEXT PRIMARY KEY, n INTEGER NOT NULL) STRICT")
    db.execute(
        """
        CREATE TABLE help_requests (
            event_id TEXT PRIMARY KEY,
            kiosk TEXT NOT NULL,
            screen TEXT NOT NULL,
            hlc TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE feedback_by_day (
            day TEXT NOT NULL,
            rating INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (day, rating)
        ) STRICT
        """
    )
