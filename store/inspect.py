"""A read-only look at a terminal's journal, for ``main.py status``.

It never changes or moves journal.db. Reading a WAL database read-only may leave empty
``-wal``/``-shm`` files beside it; SQLite needs them to read consistently while a kiosk runs.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from store.connection import JOURNAL_FILE, check_integrity, quarantined_journals


@dataclass(frozen=True, slots=True)
class JournalStatus:
    """What status reports about a data folder.

    Attributes:
        data_dir: the folder.
        exists: a journal file is there.
        integrity: ``ok`` or the damage found.
        origin: the journal's origin id, if readable.
        counts: events by type.
        total: all events.
        blobs: sealed files stored.
        quarantined: journals set aside earlier.
        last_printer_fault: the newest ``printer.fault`` event's payload and time, if any.
    """

    data_dir: Path
    exists: bool
    integrity: str
    origin: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    total: int = 0
    blobs: int = 0
    quarantined: tuple[str, ...] = ()
    last_printer_fault: dict[str, object] = field(default_factory=dict)


def inspect_journal(data_dir: Path) -> JournalStatus:
    """Report on a journal without changing anything, even if it is damaged."""
    path = data_dir / JOURNAL_FILE
    quarantined = tuple(p.name for p in quarantined_journals(data_dir)) if data_dir.exists() else ()
    if not path.exists():
        return JournalStatus(data_dir, False, "no journal yet", quarantined=quarantined)
    integrity = check_integrity(path)
    if integrity != "ok":
        return JournalStatus(data_dir, True, integrity, quarantined=quarantined)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        origin_row = conn.execute("SELECT value FROM meta WHERE key = 'origin'").fetchone()
        counts = {
            str(t): int(n)
            for t, n in conn.execute(
                "SELECT type, count(*) FROM events GROUP BY type ORDER BY type"
            )
        }
        fault_row = conn.execute(
            "SELECT payload, recorded_at FROM events WHERE type = 'printer.fault' "
            "ORDER BY hlc DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    last_fault: dict[str, object] = {}
    if fault_row:
        last_fault = {**json.loads(fault_row[0]), "at": fault_row[1]}
    blob_dir = data_dir / "blobs"
    blobs = (
        sum(1 for p in blob_dir.glob("*/*") if not p.name.startswith("."))
        if blob_dir.exists()
        else 0
    )
    return JournalStatus(
        data_dir,
        True,
        integrity,
        str(origin_row[0]) if origin_row else "",
        counts,
        sum(counts.values()),
        blobs,
        quarantined,
        last_fault,
    )
