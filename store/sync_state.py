"""What the central sync engine must remember, and how it reads the journal without touching it.

The state lives in its own small SQLite file, ``central-sync.db`` in the data folder, not in
``journal.db``: the engine then never takes the journal's write lock (a kiosk's appends never
wait on sync bookkeeping), the journal's migration set and start-up quarantine stay the
journal's own business, and the engine reads ``journal.db`` through a read-only connection.
Every change is one transaction in WAL mode with ``synchronous=FULL``, so a SIGKILL at any
moment leaves either the old cursor or the new one. Sending again after a crash is safe: the
case service stores each ``(origin, seq)`` once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from core.events import Event
from store.blobs import BLOBS_FOLDER, blob_file
from store.connection import JOURNAL_FILE, connect
from store.journal import row_to_event
from store.transaction import atomic

STATE_FILE = "central-sync.db"
SCHEMA_VERSION = 1
_SCHEMA = (
    """
    CREATE TABLE IF NOT EXISTS cursors (
        origin TEXT PRIMARY KEY,
        acknowledged INTEGER NOT NULL CHECK (acknowledged >= 0),
        confirmed INTEGER NOT NULL CHECK (confirmed >= 0)
    ) STRICT
    """,
    """
    CREATE TABLE IF NOT EXISTS uploads (
        digest TEXT PRIMARY KEY,
        location TEXT NOT NULL
    ) STRICT
    """,
    "CREATE TABLE IF NOT EXISTS etags (name TEXT PRIMARY KEY, etag TEXT NOT NULL) STRICT",
    "CREATE TABLE IF NOT EXISTS notes (key TEXT PRIMARY KEY, value TEXT) STRICT",
)
_COLUMNS = "id, origin, seq, hlc, site, type, scope, payload, recorded_at"


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where central has got to with one origin.

    Attributes:
        acknowledged: central holds every seq from 1 to this (its own word).
        confirmed: the highest seq central said it stored or already had, reached without a
            failure. Sending resumes after ``max(acknowledged, confirmed)``; it passes
            ``acknowledged`` only when this terminal itself lacks some of the origin's
            events (an old incarnation's events that reached us from site peers).
    """

    acknowledged: int = 0
    confirmed: int = 0

    @property
    def sent(self) -> int:
        """The last seq central has; sending resumes after it."""
        return max(self.acknowledged, self.confirmed)


class SyncState:
    """The engine's durable memory. One connection; use from one thread at a time."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / STATE_FILE
        self._conn = connect(self.path)
        with atomic(self._conn):
            for statement in _SCHEMA:
                self._conn.execute(statement)
            self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        """Close the database."""
        self._conn.close()

    def cursors(self) -> dict[str, Cursor]:
        """Every origin's cursor."""
        rows = self._conn.execute("SELECT origin, acknowledged, confirmed FROM cursors")
        return {str(o): Cursor(int(a), int(c)) for o, a, c in rows}

    def record_answer(self, cursors: Mapping[str, Cursor], notes: Mapping[str, str | None]) -> None:
        """Store new cursors and status notes together, in one transaction."""
        with atomic(self._conn):
            for origin, cursor in cursors.items():
                self._conn.execute(
                    "INSERT INTO cursors (origin, acknowledged, confirmed) VALUES (?, ?, ?) "
                    "ON CONFLICT (origin) DO UPDATE SET acknowledged = excluded.acknowledged, "
                    "confirmed = excluded.confirmed",
                    (origin, cursor.acknowledged, cursor.confirmed),
                )
            self._put_notes(notes)

    def note(self, notes: Mapping[str, str | None]) -> None:
        """Store status notes (last success, last error, backlog...)."""
        with atomic(self._conn):
            self._put_notes(notes)

    def notes(self) -> dict[str, str | None]:
        """Every stored note."""
        return {str(k): v for k, v in self._conn.execute("SELECT key, value FROM notes")}

    def _put_notes(self, notes: Mapping[str, str | None]) -> None:
        self._conn.executemany(
            "INSERT INTO notes (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            list(notes.items()),
        )

    def upload(self, digest: str) -> str | None:
        """The address of a blob's unfinished upload at the service, if one was made."""
        row = self._conn.execute(
            "SELECT location FROM uploads WHERE digest = ?", (digest,)
        ).fetchone()
        return None if row is None else str(row[0])

    def set_upload(self, digest: str, location: str) -> None:
        """Remember where a blob's upload is, durably, before sending its bytes."""
        with atomic(self._conn):
            self._conn.execute(
                "INSERT INTO uploads (digest, location) VALUES (?, ?) "
                "ON CONFLICT (digest) DO UPDATE SET location = excluded.location",
                (digest, location),
            )

    def forget_uploads(self, digests: list[str]) -> None:
        """Drop upload records (finished, abandoned, or of blobs purged here)."""
        with atomic(self._conn):
            self._conn.executemany("DELETE FROM uploads WHERE digest = ?", [(d,) for d in digests])

    def etag(self, name: str) -> str | None:
        """The ETag of the copy of ``name`` this terminal holds."""
        row = self._conn.execute("SELECT etag FROM etags WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def set_etag(self, name: str, etag: str | None) -> None:
        """Remember (or forget, with None) the ETag of a pulled file, after it is written."""
        with atomic(self._conn):
            if etag is None:
                self._conn.execute("DELETE FROM etags WHERE name = ?", (name,))
            else:
                self._conn.execute(
                    "INSERT INTO etags (name, etag) VALUES (?, ?) "
                    "ON CONFLICT (name) DO UPDATE SET etag = excluded.etag",
                    (name, etag),
                )


def read_notes(data_dir: Path) -> dict[str, str | None]:
    """The stored notes, read-only, for ``status`` in another process; empty if none."""
    path = data_dir / STATE_FILE
    if not path.exists():
        return {}
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {str(k): v for k, v in conn.execute("SELECT key, value FROM notes")}
    except sqlite3.DatabaseError:
        return {}
    finally:
        conn.close()


@dataclass(frozen=True, slots=True)
class BlobReference:
    """An event that names sealed blobs: who wrote it, when, and which."""

    origin: str
    seq: int
    recorded_at: str
    digests: tuple[str, ...]


class JournalReader:
    """Reads this terminal's own events from ``journal.db`` over a read-only connection.

    Never writes, never takes the write lock, never runs the journal's integrity check or
    migrations: the terminal's SqliteJournal owns all of that. WAL lets this reader see every
    committed event while the journal keeps appending.
    """

    def __init__(self, data_dir: Path, terminal_id: str) -> None:
        self.path = data_dir / JOURNAL_FILE
        self.terminal_id = terminal_id
        self._conn: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection | None:
        if self._conn is None:
            if not self.path.exists():
                return None
            conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
            conn.execute("PRAGMA busy_timeout=5000")
            self._conn = conn
        return self._conn

    def close(self) -> None:
        """Close the connection (the next read opens a fresh one)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def origins(self) -> list[str]:
        """This terminal's origins: its id, then any ``id~N`` incarnations, oldest first."""
        db = self._db()
        if db is None or not _has_table(db, "origins"):
            return []
        tid = self.terminal_id
        rows = db.execute(
            "SELECT origin FROM origins WHERE origin = ? OR substr(origin, 1, ?) = ?",
            (tid, len(tid) + 1, tid + "~"),
        ).fetchall()
        return sorted((str(r[0]) for r in rows), key=lambda o: _incarnation(o, tid))

    def unsent(self, cursors: Mapping[str, Cursor], limit: int, max_bytes: int) -> list[Event]:
        """The next events central lacks, origin by origin in seq order, within the limits."""
        db = self._db()
        found: list[Event] = []
        size = 0
        if db is None:
            return found
        for origin in self.origins():
            rows = db.execute(
                f"SELECT {_COLUMNS} FROM events WHERE origin = ? AND seq > ? ORDER BY seq LIMIT ?",
                (origin, cursors.get(origin, Cursor()).sent, limit - len(found)),
            ).fetchall()
            for row in rows:
                size += len(str(row[7])) + 400
                if found and size > max_bytes:
                    return found
                found.append(row_to_event(row))
            if len(found) >= limit:
                break
        return found

    def backlog(self, cursors: Mapping[str, Cursor]) -> tuple[int, str | None]:
        """How many own events central lacks, and when the oldest of them was recorded."""
        db = self._db()
        count, oldest = 0, None
        if db is None:
            return count, oldest
        for origin in self.origins():
            n, first = db.execute(
                "SELECT count(*), min(recorded_at) FROM events WHERE origin = ? AND seq > ?",
                (origin, cursors.get(origin, Cursor()).sent),
            ).fetchone()
            count += int(n)
            if first is not None and (oldest is None or str(first) < oldest):
                oldest = str(first)
        return count, oldest

    def blob_references(self) -> Iterator[BlobReference]:
        """Every event (any origin) whose payload names blobs."""
        db = self._db()
        if db is None:
            return
        rows = db.execute(
            "SELECT origin, seq, recorded_at, json_extract(payload, '$.blobs') FROM events "
            "WHERE json_type(payload, '$.blobs') = 'array'"
        )
        for origin, seq, recorded_at, blobs in rows:
            digests = tuple(str(d) for d in json.loads(blobs) if isinstance(d, str))
            yield BlobReference(str(origin), int(seq), str(recorded_at), digests)


def blob_path(data_dir: Path, digest: str) -> Path:
    """Where the journal's BlobStore keeps a blob (the same layout, without opening a store:
    opening one clears half-written files, which could be the journal's own put in progress)."""
    return blob_file(data_dir / BLOBS_FOLDER, digest)


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    row = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def _incarnation(origin: str, terminal_id: str) -> int:
    if origin == terminal_id:
        return 1
    suffix = origin[len(terminal_id) + 1 :]
    return int(suffix) if suffix.isdecimal() else 1_000_000
