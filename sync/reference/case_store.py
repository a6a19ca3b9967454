"""The reference case service's records on SQLite: terminals, events, cases and uploads.

Events are kept exactly once by ``(origin, seq)`` as canonical JSON, so a replay is
recognised byte for byte and a different body under the same key is never stored over the
first. A ``submission.finalised`` event opens a case (status ``received``) in the same
transaction, keeping the sealed answers as they came. Uploaded blobs are written to disk and
fsynced before any offset is recorded; a finished upload is renamed into the blob folder
under its sha256.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from core.case_reference import read_reference
from core.events import EventType, JsonObject, canonical_json
from store.blobs import BlobStore
from store.connection import connect
from store.transaction import atomic

log = logging.getLogger(__name__)

DATABASE_FILE = "case-service.db"
SCHEMA_VERSION = 1
CASE_STATUSES = ("received", "open", "closed")
HASH_CHUNK = 1024 * 1024

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS terminals (
        id TEXT PRIMARY KEY, public_key TEXT NOT NULL, site TEXT NOT NULL,
        revoked INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE IF NOT EXISTS events (
        origin TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL, body TEXT NOT NULL,
        terminal TEXT NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY (origin, seq))""",
    """CREATE TABLE IF NOT EXISTS acknowledged (
        origin TEXT PRIMARY KEY, seq INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS conflicts (
        origin TEXT NOT NULL, seq INTEGER NOT NULL, body_sha256 TEXT NOT NULL,
        body TEXT NOT NULL, terminal TEXT NOT NULL, received_at TEXT NOT NULL,
        PRIMARY KEY (origin, seq, body_sha256))""",
    """CREATE TABLE IF NOT EXISTS cases (
        origin TEXT NOT NULL, seq INTEGER NOT NULL, reference TEXT NOT NULL,
        service TEXT NOT NULL, form TEXT NOT NULL, form_version TEXT NOT NULL,
        kind TEXT NOT NULL, language TEXT NOT NULL, assisted INTEGER NOT NULL,
        status TEXT NOT NULL, status_notes TEXT NOT NULL, received_at TEXT NOT NULL,
        submitted_at TEXT NOT NULL, updated_at TEXT NOT NULL, open311_id TEXT,
        answers TEXT NOT NULL, blobs TEXT NOT NULL, event_id TEXT NOT NULL,
        PRIMARY KEY (origin, seq))""",
    "CREATE INDEX IF NOT EXISTS cases_by_reference ON cases (reference)",
    """CREATE TABLE IF NOT EXISTS uploads (
        id TEXT PRIMARY KEY, terminal TEXT NOT NULL, sha256 TEXT NOT NULL,
        length INTEGER NOT NULL, received INTEGER NOT NULL, state TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS uploads_by_sha256 ON uploads (sha256, state)",
)

_CASE_COLUMNS = (
    "origin, seq, reference, service, form, form_version, kind, language, assisted, status, "
    "status_notes, received_at, submitted_at, updated_at, open311_id, answers, blobs, event_id"
)


@dataclass(frozen=True, slots=True)
class TerminalEntry:
    """One terminal in the council's register.

    Attributes:
        public_key: the terminal's Ed25519 verify key, base64 (32 bytes).
        site: the site the terminal stands in.
        revoked: a revoked terminal is refused, whatever it signs.
    """

    public_key: str
    site: str
    revoked: bool = False


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """A case opened from a ``submission.finalised`` event.

    Attributes:
        origin, seq: the event that opened it.
        reference: the case reference the resident was given, e.g. ``MB-7K3M-9Q2D-X``.
        service, form, form_version, kind, language, assisted: as the kiosk recorded them.
        status: received, open or closed.
        status_notes: what the council says about it, in plain words.
        received_at: when the case service stored it (UTC, ISO 8601).
        submitted_at: when the kiosk recorded it (the event's ``recorded_at``).
        updated_at: when the status last changed.
        open311_id: the back office's id once forwarded; None in the reference service.
        answers: the sealed answers envelope, exactly as sent.
        blobs: sha256 digests of the sealed scanned pages.
        event_id: the event's id.
    """

    origin: str
    seq: int
    reference: str
    service: str
    form: str
    form_version: str
    kind: str
    language: str
    assisted: bool
    status: str
    status_notes: str
    received_at: str
    submitted_at: str
    updated_at: str
    open311_id: str | None
    answers: JsonObject
    blobs: tuple[str, ...]
    event_id: str

    def public(self) -> JsonObject:
        """What a terminal may see: status only, nothing the resident typed."""
        return {
            "reference": self.reference,
            "service": self.service,
            "form": self.form,
            "status": self.status,
            "status_notes": self.status_notes,
            "received_at": self.received_at,
            "updated_at": self.updated_at,
            "open311_id": self.open311_id,
        }


@dataclass(frozen=True, slots=True)
class Upload:
    """One tus upload.

    Attributes:
        id: the upload's id in its URL.
        terminal: the terminal that created it (only it may see or continue it).
        sha256: the declared hex digest of the whole file.
        length: the declared length in bytes.
        received: bytes stored durably so far (the tus offset).
        state: receiving, complete or discarded.
    """

    id: str
    terminal: str
    sha256: str
    length: int
    received: int
    state: str


@dataclass(frozen=True, slots=True)
class StoredBatch:
    """What happened to each event of a batch, and how far each origin is gap-free."""

    results: list[JsonObject]
    acknowledged: dict[str, int]


def utc_now() -> str:
    """UTC wall time, ISO 8601 with milliseconds, as the journal writes it."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class CaseStore:
    """Everything the reference case service keeps, in one folder.

    Layout: ``case-service.db`` (SQLite, WAL, synchronous=FULL), ``blobs/ab/<sha256>``
    (completed blobs, content-addressed), ``uploads/<id>.part`` (uploads in progress).
    Safe to share between threads: every database use holds one lock.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        self.blobs = BlobStore(data_dir / "blobs")
        self.uploads_dir = data_dir / "uploads"
        self.uploads_dir.mkdir(exist_ok=True)
        self._lock = threading.RLock()
        self._conn = connect(data_dir / DATABASE_FILE)
        with atomic(self._conn):
            for statement in _SCHEMA:
                self._conn.execute(statement)
            self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._conn.close()

    # The terminal register.

    def replace_terminals(self, terminals: Mapping[str, TerminalEntry]) -> None:
        """Make the register exactly ``terminals`` (those left out become unknown)."""
        with self._lock, atomic(self._conn):
            self._conn.execute("DELETE FROM terminals")
            self._conn.executemany(
                "INSERT INTO terminals (id, public_key, site, revoked) VALUES (?, ?, ?, ?)",
                [(tid, t.public_key, t.site, int(t.revoked)) for tid, t in terminals.items()],
            )

    def put_terminal(self, terminal_id: str, entry: TerminalEntry) -> None:
        """Add a terminal, or change its key, site or revoked flag."""
        with self._lock, atomic(self._conn):
            self._conn.execute(
                "INSERT INTO terminals (id, public_key, site, revoked) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET public_key = excluded.public_key, "
                "site = excluded.site, revoked = excluded.revoked",
                (terminal_id, entry.public_key, entry.site, int(entry.revoked)),
            )

    def terminal(self, terminal_id: str) -> TerminalEntry | None:
        """The register's entry for a terminal, or None if it is not registered."""
        with self._lock:
            row = self._conn.execute(
                "SELECT public_key, site, revoked FROM terminals WHERE id = ?", (terminal_id,)
            ).fetchone()
        return None if row is None else TerminalEntry(str(row[0]), str(row[1]), bool(row[2]))

    def terminals(self) -> dict[str, TerminalEntry]:
        """The whole register."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, public_key, site, revoked FROM terminals ORDER BY id"
            ).fetchall()
        return {str(r[0]): TerminalEntry(str(r[1]), str(r[2]), bool(r[3])) for r in rows}

    # Events and the cases they open.

    def store_events(self, terminal_id: str, events: Sequence[JsonObject]) -> StoredBatch:
        """Store a checked batch in one transaction, each event at most once.

        Each result is ``stored`` (new), ``duplicate`` (the same body was already held) or
        ``conflict`` (a different body is held under that key; the held one is kept, and the
        refused body is put aside in ``conflicts`` for the council to look at).
        """
        received_at = utc_now()
        results: list[JsonObject] = []
        with self._lock, atomic(self._conn):
            for event in events:
                status = self._store_event(terminal_id, event, received_at)
                results.append({"origin": event["origin"], "seq": event["seq"], "status": status})
            origins = sorted({str(e["origin"]) for e in events})
            acknowledged = {origin: self._advance(origin) for origin in origins}
        stored = sum(1 for r in results if r["status"] == "stored")
        conflicts = sum(1 for r in results if r["status"] == "conflict")
        log.info(
            "terminal %s sent %d events: %d new, %d conflicting",
            terminal_id,
            len(events),
            stored,
            conflicts,
        )
        return StoredBatch(results, acknowledged)

    def _store_event(self, terminal_id: str, event: JsonObject, received_at: str) -> str:
        body = canonical_json(event)
        row = self._conn.execute(
            "SELECT body FROM events WHERE origin = ? AND seq = ?", (event["origin"], event["seq"])
        ).fetchone()
        if row is not None:
            if row[0] == body:
                return "duplicate"
            self._conn.execute(
                "INSERT OR IGNORE INTO conflicts "
                "(origin, seq, body_sha256, body, terminal, received_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    event["origin"],
                    event["seq"],
                    hashlib.sha256(body.encode("utf-8")).hexdigest(),
                    body,
                    terminal_id,
                    received_at,
                ),
            )
            log.warning("event %s/%s differs from the one stored", event["origin"], event["seq"])
            return "conflict"
        self._conn.execute(
            "INSERT INTO events (origin, seq, type, body, terminal, received_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (event["origin"], event["seq"], event["type"], body, terminal_id, received_at),
        )
        if event["type"] == EventType.SUBMISSION_FINALISED:
            self._open_case(event, received_at)
        return "stored"

    def _advance(self, origin: str) -> int:
        """Move the origin's gap-free mark past every consecutive seq now held."""
        row = self._conn.execute(
            "SELECT seq FROM acknowledged WHERE origin = ?", (origin,)
        ).fetchone()
        mark = int(row[0]) if row else 0
        cursor = self._conn.execute(
            "SELECT seq FROM events WHERE origin = ? AND seq > ? ORDER BY seq", (origin, mark)
        )
        for (seq,) in cursor:
            if seq != mark + 1:
                break
            mark = int(seq)
        cursor.close()
        self._conn.execute(
            "INSERT INTO acknowledged (origin, seq) VALUES (?, ?) "
            "ON CONFLICT (origin) DO UPDATE SET seq = excluded.seq",
            (origin, mark),
        )
        return mark

    def acknowledged(self, origin: str) -> int:
        """The highest seq N for which 1..N of this origin are all stored (0 if none)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT seq FROM acknowledged WHERE origin = ?", (origin,)
            ).fetchone()
        return int(row[0]) if row else 0

    def event_count(self) -> int:
        """How many events are stored."""
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM events").fetchone()[0])

    def event_body(self, origin: str, seq: int) -> str | None:
        """The stored canonical JSON of one event, or None."""
        with self._lock:
            row = self._conn.execute(
                "SELECT body FROM events WHERE origin = ? AND seq = ?", (origin, seq)
            ).fetchone()
        return None if row is None else str(row[0])

    def _open_case(self, event: JsonObject, received_at: str) -> None:
        payload: dict[str, Any] = event["payload"]
        reference = read_reference(str(payload.get("reference", ""))[:100])
        answers = payload.get("answers")
        texts = [payload.get(name) for name in ("service", "form")]
        if (
            reference is None
            or not isinstance(answers, dict)
            or not all(isinstance(t, str) and t for t in texts)
        ):
            # Kept as an event, so nothing is lost, but no case can be shown for it.
            log.error(
                "submission %s/%s has no usable reference, service, form or answers; "
                "no case was opened",
                event["origin"],
                event["seq"],
            )
            return
        blobs = [b for b in payload.get("blobs", []) if isinstance(b, str)]
        self._conn.execute(
            f"INSERT INTO cases ({_CASE_COLUMNS}) "  # noqa: S608 - module constant
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event["origin"],
                event["seq"],
                reference,
                payload["service"],
                payload["form"],
                str(payload.get("version", "")),
                str(payload.get("kind", "")),
                str(payload.get("language", "")),
                int(payload.get("assisted") is True),
                "received",
                "",
                received_at,
                event["recorded_at"],
                received_at,
                None,
                canonical_json(answers),
                json.dumps(blobs),
                event["id"],
            ),
        )

    def case(self, reference: str) -> CaseRecord | None:
        """The case under a reference (the first received, should two kiosks clash), or None."""
        with self._lock:
            row = self._conn.execute(
                f"SELECT {_CASE_COLUMNS} FROM cases "  # noqa: S608 - module constant
                "WHERE reference = ? ORDER BY rowid LIMIT 1",
                (reference,),
            ).fetchone()
        return None if row is None else _case_from_row(row)

    def cases(self) -> list[CaseRecord]:
        """Every case, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_CASE_COLUMNS} FROM cases ORDER BY rowid"  # noqa: S608 - module constant
            ).fetchall()
        return [_case_from_row(r) for r in rows]

    def set_case_status(self, reference: str, status: str, notes: str) -> CaseRecord | None:
        """Change a case's status and notes; None if there is no such case."""
        if status not in CASE_STATUSES:
            raise ValueError(f"status must be one of {', '.join(CASE_STATUSES)}")
        with self._lock, atomic(self._conn):
            row = self._conn.execute(
                "SELECT rowid FROM cases WHERE reference = ? ORDER BY rowid LIMIT 1", (reference,)
            ).fetchone()
            if row is None:
                return None
            self._conn.execute(
                "UPDATE cases SET status = ?, status_notes = ?, updated_at = ? WHERE rowid = ?",
                (status, notes, utc_now(), row[0]),
            )
        return self.case(reference)

    def set_open311_id(self, reference: str, service_request_id: str) -> None:
        """Record the back office's Open311 id on a case (the first with that reference)."""
        with self._lock, atomic(self._conn):
            self._conn.execute(
                "UPDATE cases SET open311_id = ?, updated_at = ? WHERE rowid = "
                "(SELECT rowid FROM cases WHERE reference = ? ORDER BY rowid LIMIT 1)",
                (service_request_id, utc_now(), reference),
            )

    # Uploads and blobs.

    def partial_path(self, upload_id: str) -> Path:
        """Where an upload's bytes gather until it is complete."""
        return self.uploads_dir / f"{upload_id}.part"

    def create_upload(self, terminal_id: str, sha256: str, length: int) -> Upload:
        """A new, empty upload, its (empty) file already on disk."""
        upload = Upload(secrets.token_hex(16), terminal_id, sha256, length, 0, "receiving")
        path = self.partial_path(upload.id)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.fsync(fd)
        os.close(fd)
        fsync_dir(self.uploads_dir)
        self._insert_upload(upload)
        return upload

    def completed_upload(self, terminal_id: str, sha256: str) -> Upload:
        """A finished upload of this terminal's for a blob already held, made if need be."""
        with self._lock:
            row = self._conn.execute(
                "SELECT id, terminal, sha256, length, received, state FROM uploads "
                "WHERE sha256 = ? AND state = 'complete' AND terminal = ? LIMIT 1",
                (sha256, terminal_id),
            ).fetchone()
        if row is not None:
            return _upload_from_row(row)
        size = self.blob_size(sha256)
        if size is None:
            raise LookupError(f"no blob {sha256}")
        upload = Upload(secrets.token_hex(16), terminal_id, sha256, size, size, "complete")
        self._insert_upload(upload)
        return upload

    def _insert_upload(self, upload: Upload) -> None:
        now = utc_now()
        with self._lock, atomic(self._conn):
            self._conn.execute(
                "INSERT INTO uploads (id, terminal, sha256, length, received, state, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    upload.id,
                    upload.terminal,
                    upload.sha256,
                    upload.length,
                    upload.received,
                    upload.state,
                    now,
                    now,
                ),
            )

    def upload(self, upload_id: str) -> Upload | None:
        """An upload by id, or None."""
        with self._lock:
            row = self._conn.execute(
                "SELECT id, terminal, sha256, length, received, state FROM uploads WHERE id = ?",
                (upload_id,),
            ).fetchone()
        return None if row is None else _upload_from_row(row)

    def open_partial(self, upload: Upload) -> BinaryIO:
        """The upload's file, cut back to its recorded offset and positioned there to append.

        Bytes past the recorded offset were written but never recorded (a crash between the
        fsync and the commit), so the recorded offset is the truth.
        """
        handle = self.partial_path(upload.id).open("r+b")
        handle.truncate(upload.received)
        handle.seek(upload.received)
        return handle

    def record_offset(self, upload_id: str, received: int) -> None:
        """Record how many bytes are durably on disk (call after fsync)."""
        with self._lock, atomic(self._conn):
            self._conn.execute(
                "UPDATE uploads SET received = ?, updated_at = ? WHERE id = ?",
                (received, utc_now(), upload_id),
            )

    def finish_upload(self, upload: Upload) -> bool:
        """Check a fully received upload against its declared sha256 and keep or discard it.

        True: the file is now the blob ``blobs/ab/<sha256>``. False: the bytes did not hash
        to the declared digest; the file is deleted and the upload marked discarded.
        """
        partial = self.partial_path(upload.id)
        if file_sha256(partial) != upload.sha256:
            partial.unlink(missing_ok=True)
            self._set_state(upload.id, "discarded")
            log.warning("upload %s did not match its declared sha256; discarded", upload.id)
            return False
        target = self.blobs.path_for(upload.sha256)
        target.parent.mkdir(exist_ok=True)
        if target.exists():
            partial.unlink()
        else:
            partial.replace(target)
            fsync_dir(target.parent)
            fsync_dir(self.blobs.root)
        fsync_dir(self.uploads_dir)
        self._set_state(upload.id, "complete")
        return True

    def _set_state(self, upload_id: str, state: str) -> None:
        with self._lock, atomic(self._conn):
            self._conn.execute(
                "UPDATE uploads SET state = ?, updated_at = ? WHERE id = ?",
                (state, utc_now(), upload_id),
            )

    def blob_size(self, sha256: str) -> int | None:
        """The size of a completed blob, or None if it is not held."""
        try:
            return self.blobs.path_for(sha256).stat().st_size
        except (FileNotFoundError, ValueError):
            return None


def _case_from_row(row: Sequence[Any]) -> CaseRecord:
    return CaseRecord(
        origin=str(row[0]),
        seq=int(row[1]),
        reference=str(row[2]),
        service=str(row[3]),
        form=str(row[4]),
        form_version=str(row[5]),
        kind=str(row[6]),
        language=str(row[7]),
        assisted=bool(row[8]),
        status=str(row[9]),
        status_notes=str(row[10]),
        received_at=str(row[11]),
        submitted_at=str(row[12]),
        updated_at=str(row[13]),
        open311_id=None if row[14] is None else str(row[14]),
        answers=json.loads(row[15]),
        blobs=tuple(json.loads(row[16])),
        event_id=str(row[17]),
    )


def _upload_from_row(row: Sequence[Any]) -> Upload:
    return Upload(str(row[0]), str(row[1]), str(row[2]), int(row[3]), int(row[4]), str(row[5]))


def file_sha256(path: Path) -> str:
    """The hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def fsync_dir(path: Path) -> None:
    """Make a folder's entries (a new or renamed file) durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
