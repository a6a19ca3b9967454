"""Opening the journal database: durable pragmas, the integrity check, and quarantine."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

JOURNAL_FILE = "journal.db"
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    """What the start-up check found.

    Attributes:
        result: ``ok``, or SQLite's description of the damage.
        quarantined: where a damaged file was moved, if it was.
    """

    result: str
    quarantined: Path | None = None

    @property
    def ok(self) -> bool:
        """True when the journal opened clean."""
        return self.quarantined is None and self.result == "ok"


def connect(path: Path) -> sqlite3.Connection:
    """Open a connection with WAL and ``synchronous=FULL``; transactions are explicit."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


def check_integrity(path: Path) -> str:
    """``ok`` or the damage SQLite reports; never raises for a damaged file."""
    if not path.exists():
        return "ok"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            return f"cannot be read as a database: {exc}"
        return f"damaged: {exc}"
    result = "; ".join(str(r[0]) for r in rows[:5])
    return result or "integrity check returned nothing"


def quarantine(path: Path, reason: str, now: datetime | None = None) -> Path:
    """Rename a damaged journal (and its WAL and shared-memory files) aside; delete nothing."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    log.critical(
        "JOURNAL QUARANTINED: %s failed its integrity check (%s). It was kept as %s and a "
        "fresh journal was started. Send the quarantined file to IT support.",
        path,
        reason,
        target,
    )
    return target


def quarantined_journals(data_dir: Path) -> list[Path]:
    """Journals set aside after failing the integrity check, oldest first."""
    return sorted(
        p
        for p in data_dir.glob(f"{JOURNAL_FILE}.corrupt-*")
        if not p.name.endswith(("-wal", "-shm"))  # a journal's side files are not journals
    )


def open_checked(data_dir: Path) -> tuple[sqlite3.Connection, IntegrityReport]:
    """Check the journal file, quarantining it if damaged, then open it for use."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / JOURNAL_FILE
    result = check_integrity(path)
    moved = None if result == "ok" else quarantine(path, result)
    return connect(path), IntegrityReport(result, moved)
