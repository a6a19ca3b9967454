"""Projections: tables folded from events, written in the same transaction as the event."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from core.events import Event, EventType
from core.feedback import adds_a_comment

Fold = Callable[[sqlite3.Connection, Event], None]

# Every table here can be emptied and refilled from the journal alone.
PROJECTION_TABLES = ("origins", "event_counts", "help_requests", "feedback_by_day")


def _origins(conn: sqlite3.Connection, event: Event) -> None:
    conn.execute(
        """
        INSERT INTO origins (origin, last_seq, last_hlc) VALUES (?, ?, ?)
        ON CONFLICT (origin) DO UPDATE SET
            last_seq = max(last_seq, excluded.last_seq),
            last_hlc = max(last_hlc, excluded.last_hlc)
        """,
        (event.origin, event.seq, event.hlc),
    )


def _event_counts(conn: sqlite3.Connection, event: Event) -> None:
    conn.execute(
        "INSERT INTO event_counts (type, n) VALUES (?, 1) "
        "ON CONFLICT (type) DO UPDATE SET n = n + 1",
        (event.type,),
    )


def _help_requests(conn: sqlite3.Connection, event: Event) -> None:
    if event.type == EventType.HELP_REQUESTED:
        conn.execute(
            "INSERT INTO help_requests (event_id, kiosk, screen, hlc) VALUES (?, ?, ?, ?)",
            (
                event.id,
                str(event.payload.get("kiosk", event.origin)),
                str(event.payload.get("screen", "")),
                event.hlc,
            ),
        )


def _feedback_by_day(conn: sqlite3.Connection, event: Event) -> None:
    rating = event.payload.get("rating")
    # A malformed event from a peer is still stored (the journal is the record); it is
    # just not counted, so one bad event can never stall ingest.
    # A comment added after a rating carries ``adds_to``: the rating was counted already.
    if (
        event.type == EventType.FEEDBACK_GIVEN
        and type(rating) is int
        and 1 <= rating <= 5
        and not adds_a_comment(event.payload)
    ):
        conn.execute(
            "INSERT INTO feedback_by_day (day, rating, n) VALUES (?, ?, 1) "
            "ON CONFLICT (day, rating) DO UPDATE SET n = n + 1",
            (event.recorded_at[:10], rating),
        )


FOLDS: tuple[Fold, ...] = (_origins, _event_counts, _help_requests, _feedback_by_day)


def apply(conn: sqlite3.Connection, event: Event) -> None:
    """Fold one newly stored event into every projection (caller holds the transaction)."""
    for fold in FOLDS:
        fold(conn, event)
