"""The journal: append-only events on SQLite, with projections kept in the same transaction."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from core.clock import Hlc, HybridLogicalClock
from core.events import Event, EventDraft, EventType, JsonObject, Scope, canonical_json
from core.ids import uuid7
from core.ports import JournalConflict, StorageUnavailable
from core.steady_clock import SteadyWall
from store import projections
from store.blobs import BLOBS_FOLDER, BlobMissing, BlobStore
from store.connection import open_checked, quarantined_journals
from store.schema import apply_migrations
from store.transaction import atomic

log = logging.getLogger(__name__)

_COLUMNS = "id, origin, seq, hlc, site, type, scope, payload, recorded_at"


class SqliteJournal:
    """One terminal's journal. Safe to share between threads: writes are serialised.

    Attributes:
        origin: this journal's origin id (the terminal id; suffixed after a quarantine so
            ``(origin, seq)`` is never reused).
        site: the terminal's site.
        blobs: the sealed-file store beside the database.
        integrity: what the start-up check found.
    """

    def __init__(
        self,
        data_dir: Path,
        terminal_id: str,
        site: str,
        clock: HybridLogicalClock | None = None,
    ) -> None:
        self.data_dir = data_dir
        conn, self.integrity = open_checked(data_dir)
        self._conn = conn
        self._lock = threading.RLock()
        # Waiters for new events; ``_commits`` counts commits so a wake-up is never missed.
        self._changed = threading.Condition(threading.Lock())
        self._commits = 0
        apply_migrations(conn)
        self.site = site
        self.origin = self._claim_origin(terminal_id)
        self.blobs = BlobStore(data_dir / BLOBS_FOLDER)
        self._last_seq = self._stored_last_seq()
        last = self._conn.execute("SELECT max(last_hlc) FROM origins").fetchone()[0]
        # By default the terminal's steady time: a system clock stepped ahead is not followed.
        self.clock = clock or HybridLogicalClock(SteadyWall())
        if last:
            self.clock.restore(Hlc.parse(last))
        if self.integrity.quarantined is not None:
            self.append(
                EventDraft(
                    EventType.JOURNAL_QUARANTINED,
                    {
                        "file": self.integrity.quarantined.name,
                        "problem": self.integrity.result[:200],
                    },
                    Scope.CENTRAL,
                )
            )

    @property
    def path(self) -> Path:
        """The database file."""
        return self.data_dir / "journal.db"

    def _claim_origin(self, terminal_id: str) -> str:
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'origin'").fetchone()
        if row:
            return str(row[0])
        # A fresh journal after a quarantine must not reuse (origin, seq) pairs that the
        # damaged one may already have shipped, so it takes a new incarnation suffix.
        incarnation = len(quarantined_journals(self.data_dir))
        origin = terminal_id if incarnation == 0 else f"{terminal_id}~{incarnation + 1}"
        with atomic(self._conn):
            self._conn.execute("INSERT INTO meta (key, value) VALUES ('origin', ?)", (origin,))
        return origin

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()

    def append(self, draft: EventDraft, blobs: Sequence[bytes] = ()) -> Event:
        """Durably record a local event; blobs are fsynced first and listed in ``payload.blobs``."""
        with self._lock:
            payload = dict(draft.payload)
            if blobs:
                payload["blobs"] = [self.blobs.put(b) for b in blobs]
            for digest in payload.get("blobs", []):
                if not self.blobs.has(digest):
                    raise BlobMissing(f"{draft.type} refers to a blob that is not stored: {digest}")
            payload_text = _storable_json(payload)
            try:
                event = self._append_once(draft, payload, payload_text)
            except sqlite3.IntegrityError:
                # Someone else wrote our origin's next seq (a second process on this folder):
                # the primary key refused a duplicate. Re-read the counter and try once more.
                log.error("journal seq for %s was taken by another writer", self.origin)
                self._last_seq = self._stored_last_seq()
                event = self._append_once(draft, payload, payload_text)
            self._announce_commit()
            return event

    def _append_once(self, draft: EventDraft, payload: JsonObject, payload_text: str) -> Event:
        try:
            with atomic(self._conn):
                hlc = self.clock.now()
                event = Event(
                    id=uuid7(hlc.wall_ms),
                    origin=self.origin,
                    seq=self._last_seq + 1,
                    hlc=str(hlc),
                    site=self.site,
                    type=str(draft.type),
                    scope=draft.scope,
                    payload=payload,
                    recorded_at=_utc_now(),
                )
                self._insert(event, payload_text)
        except sqlite3.OperationalError as exc:
            raise _storage_error(exc) from exc
        # Only a committed event advances the counter, so seq stays gap-free.
        self._last_seq = event.seq
        return event

    def _stored_last_seq(self) -> int:
        row = self._conn.execute(
            "SELECT max(seq) FROM events WHERE origin = ?", (self.origin,)
        ).fetchone()
        return int(row[0] or 0)

    def ingest(self, event: Event) -> bool:
        """Store an event from elsewhere exactly once. Returns False if it was already here."""
        return self.ingest_many((event,)) == 1

    def ingest_many(self, events: Sequence[Event]) -> int:
        """Store a batch from elsewhere in one transaction; returns how many were new.

        Raises JournalConflict, storing nothing, if any event differs from the one held
        under the same ``(origin, seq)``.
        """
        remote_hlcs = [Hlc.parse(event.hlc) for event in events]
        new: list[Hlc] = []
        with self._lock:
            for event in events:
                for digest in event.payload.get("blobs", []):
                    if not self.blobs.has(digest):
                        raise BlobMissing(
                            f"event {event.origin}/{event.seq} refers to missing {digest}"
                        )
            try:
                with atomic(self._conn):
                    for event, remote_hlc in zip(events, remote_hlcs, strict=True):
                        existing = self._conn.execute(
                            f"SELECT {_COLUMNS} FROM events WHERE origin = ? AND seq = ?",
                            (event.origin, event.seq),
                        ).fetchone()
                        if existing is None:
                            try:
                                self._insert(event)
                            except sqlite3.IntegrityError:  # its id is another event's
                                raise JournalConflict(
                                    f"event {event.origin}/{event.seq} has the id of another "
                                    "event stored here"
                                ) from None
                            new.append(remote_hlc)
                        elif row_to_event(existing) != event:
                            raise JournalConflict(
                                f"event {event.origin}/{event.seq} differs from the one stored"
                            )
            except sqlite3.OperationalError as exc:
                raise _storage_error(exc) from exc
            own = [e.seq for e in events if e.origin == self.origin]
            if own:
                self._last_seq = max(self._last_seq, *own)
            for remote_hlc in new:
                self.clock.observe(remote_hlc)
            if new:
                self._announce_commit()
            return len(new)

    def _announce_commit(self) -> None:
        """Wake every ``wait_for_change`` caller (the caller has committed)."""
        with self._changed:
            self._commits += 1
            self._changed.notify_all()

    def last_rowid(self) -> int:
        """The position of the newest stored event (any scope), or 0 for an empty journal."""
        with self._lock:
            row = self._conn.execute("SELECT max(rowid) FROM events").fetchone()
        return int(row[0] or 0)

    def rowid_before(self, hlc: str) -> int:
        """A position after which every event stamped at or after ``hlc`` is stored.

        A terminal folding today's queue starts reading here rather than at the journal's
        first event, so start-up does not grow with months of history. (Rows stored later
        always have higher positions, whatever their stamp.)
        """
        with self._lock:
            row = self._conn.execute(
                "SELECT min(rowid) FROM events WHERE hlc >= ?", (hlc,)
            ).fetchone()
        first = row[0]
        return self.last_rowid() if first is None else int(first) - 1

    def changes(self, after_rowid: int, limit: int = 2000) -> tuple[list[Event], int]:
        """Events (any scope) stored after a position, in the order stored, and the new position."""
        with self._lock:
            rows = self._conn.execute(
                f"SELECT rowid, {_COLUMNS} FROM events WHERE rowid > ? ORDER BY rowid LIMIT ?",
                (after_rowid, limit),
            ).fetchall()
        if not rows:
            return [], after_rowid
        return [row_to_event(r[1:]) for r in rows], int(rows[-1][0])

    def wait_for_change(self, after_rowid: int, timeout_s: float) -> int:
        """Block until an event is stored past ``after_rowid`` or time runs out; the last rowid."""
        deadline = time.monotonic() + timeout_s
        while True:
            with self._changed:
                seen = self._commits
            # Read outside the condition: writers take the journal lock, then the condition.
            current = self.last_rowid()
            remaining = deadline - time.monotonic()
            if current > after_rowid or remaining <= 0:
                return current
            with self._changed:
                if self._commits == seen:
                    self._changed.wait(remaining)

    def site_cursors(self) -> dict[str, int]:
        """For this site, the highest seq held per origin among site-scope events."""
        cursors: dict[str, int] = {}
        with self._lock:
            for origin in self._origins():
                row = self._conn.execute(
                    "SELECT seq FROM events WHERE origin = ? AND scope = 'site' AND site = ? "
                    "ORDER BY seq DESC LIMIT 1",
                    (origin, self.site),
                ).fetchone()
                if row is not None:
                    cursors[origin] = int(row[0])
        return cursors

    def site_events_after(self, cursors: dict[str, int], limit: int = 500) -> list[Event]:
        """This site's site-scope events past the given per-origin cursors, by origin then seq."""
        found: list[Event] = []
        with self._lock:
            for origin in self._origins():
                if len(found) >= limit:
                    break
                rows = self._conn.execute(
                    f"SELECT {_COLUMNS} FROM events WHERE origin = ? AND seq > ? "
                    "AND scope = 'site' AND site = ? ORDER BY seq LIMIT ?",
                    (origin, cursors.get(origin, 0), self.site, limit - len(found)),
                ).fetchall()
                found.extend(row_to_event(r) for r in rows)
        return found

    def _origins(self) -> list[str]:
        """Every origin with an event here, from the origins projection (caller holds the lock)."""
        return [str(r[0]) for r in self._conn.execute("SELECT origin FROM origins ORDER BY 1")]

    def _insert(self, event: Event, payload_text: str | None = None) -> None:
        self._conn.execute(
            f"INSERT INTO events ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.id,
                event.origin,
                event.seq,
                event.hlc,
                event.site,
                event.type,
                str(event.scope),
                payload_text if payload_text is not None else event.payload_json(),
                event.recorded_at,
            ),
        )
        projections.apply(self._conn, event)

    def sent_from_here(self, reference: str) -> bool:
        """Whether this terminal finalised a submission under this case reference."""
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM events WHERE type = 'submission.finalised' "
                "AND json_extract(payload, '$.reference') = ? LIMIT 1",
                (reference,),
            ).fetchone()
        return row is not None

    def events(self, origin: str | None = None, after_seq: int = 0) -> Iterator[Event]:
        """Events in journal order (hlc, origin, seq); optionally one origin's suffix."""
        with self._lock:
            if origin is None:
                rows = self._conn.execute(
                    f"SELECT {_COLUMNS} FROM events ORDER BY hlc, origin, seq"
                ).fetchall()
            else:
                rows = self._conn.execute(
                    f"SELECT {_COLUMNS} FROM events WHERE origin = ? AND seq > ? ORDER BY seq",
                    (origin, after_seq),
                ).fetchall()
        return (row_to_event(r) for r in rows)

    def counts_by_type(self) -> dict[str, int]:
        """How many events of each type are in the journal (from the projection)."""
        with self._lock:
            rows = self._conn.execute("SELECT type, n FROM event_counts ORDER BY type").fetchall()
        return {str(t): int(n) for t, n in rows}

    def projection(self, table: str) -> list[tuple[object, ...]]:
        """Every row of a projection table, in a stable order, for status and tests."""
        if table not in projections.PROJECTION_TABLES:
            raise ValueError(f"not a projection: {table}")
        with self._lock:
            return [tuple(r) for r in self._conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")]

    def rebuild_projections(self) -> None:
        """Empty every projection and fold the whole journal into them again."""
        with self._lock, atomic(self._conn):
            for table in projections.PROJECTION_TABLES:
                self._conn.execute(f"DELETE FROM {table}")
            for row in self._conn.execute(
                f"SELECT {_COLUMNS} FROM events ORDER BY hlc, origin, seq"
            ):
                projections.apply(self._conn, row_to_event(row))


def _storable_json(payload: dict[str, object]) -> str:
    """The payload as canonical JSON; refuses what JSON text cannot hold (NaN, lone surrogates)."""
    try:
        text = canonical_json(payload)
        text.encode("utf-8")
    except (ValueError, TypeError, UnicodeEncodeError) as exc:
        raise ValueError(f"event payload cannot be stored as JSON text: {exc}") from None
    return text


def row_to_event(row: Sequence[object]) -> Event:
    """An event from a row of the events table (columns in the journal's own order)."""
    id_, origin, seq, hlc, site, type_, scope, payload, recorded_at = row
    return Event(
        id=str(id_),
        origin=str(origin),
        seq=int(str(seq)),
        hlc=str(hlc),
        site=str(site),
        type=str(type_),
        scope=Scope(str(scope)),
        payload=json.loads(str(payload)),
        recorded_at=str(recorded_at),
    )


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _storage_error(exc: sqlite3.OperationalError) -> Exception:
    text = str(exc)
    if "full" in text or "readonly" in text or "disk I/O" in text:
        log.error("journal write failed: %s", text)
        return StorageUnavailable(text)
    return exc
