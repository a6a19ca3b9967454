"""Migrations for the journal database, applied at start-up with sqlite-utils.

sqlite-utils is imported only when a migration is pending: on an up-to-date journal (every
start but the first after an upgrade) a kiosk never pays for importing it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "civic_kiosk"
_MIGRATIONS: list[Callable[[Database], None]] = []


def migration(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register a migration; they run in the order they are defined."""
    _MIGRATIONS.append(fn)
    return fn


def pending(conn: sqlite3.Connection) -> list[str]:
    """Names of migrations not yet applied, read with plain sqlite3."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    applied: set[str] = set()
    if exists:
        applied = {
            str(row[0])
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
            )
        }
    return [fn.__name__ for fn in _MIGRATIONS if fn.__name__ not in applied]


def apply_migrations(conn: sqlite3.Connection) -> list[str]:
    """Apply pending migrations with sqlite-utils, each in its own transaction."""
    todo = pending(conn)
    if todo:
        from sqlite_utils import Database
        from sqlite_utils.migrations import Migrations

        migrations = Migrations(MIGRATION_SET)
        for fn in _MIGRATIONS:
            migrations(name=fn.__name__)(fn)
        migrations.apply(Database(conn))
    return todo


# The events table as m001 creates it; the append benchmark builds its raw baseline from this too.
M001_EVENTS = (
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
    """,
    "CREATE INDEX events_by_hlc ON events (hlc, origin, seq)",
    "CREATE INDEX events_by_type ON events (type)",
)


@migration
def m001_journal(db: Database) -> None:
    """The append-only event table and the per-origin cursor."""
    for statement in M001_EVENTS:
        db.execute(statement)
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


@migration
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
