"""Durable appends per second: the journal vs raw sqlite3 inserts with the same pragmas."""

from __future__ import annotations

import json
import sqlite3
import statistics
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from core.events import EventDraft, EventType, Scope
from store.connection import PRAGMAS
from store.journal import SqliteJournal
from store.schema import M001_EVENTS

GOAL = 0.8  # the journal should reach at least this fraction of raw inserts per second

# The events table and its indexes exactly as the journal's first migration creates them.
RAW_SCHEMA = M001_EVENTS
RAW_INSERT = (
    "INSERT INTO events (id, origin, seq, hlc, site, type, scope, payload, recorded_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(slots=True)
class AppendsResult:
    """Appends per second for each round, both ways, measured in one invocation."""

    events: int
    rounds: int
    folder: str
    raw: list[float] = field(default_factory=list)
    journal: list[float] = field(default_factory=list)

    @property
    def raw_median(self) -> float:
        """Median raw inserts per second."""
        return statistics.median(self.raw)

    @property
    def journal_median(self) -> float:
        """Median journal appends per second."""
        return statistics.median(self.journal)

    @property
    def ratio(self) -> float:
        """Journal over raw; the goal is at least GOAL."""
        return self.journal_median / self.raw_median

    @property
    def passed(self) -> bool:
        """True when the journal is within the goal."""
        return self.ratio >= GOAL


def raw_rate(folder: Path, events: int) -> float:
    """Insert ``events`` rows one autocommit transaction each; returns inserts per second."""
    conn = sqlite3.connect(folder / "raw.db", isolation_level=None)
    try:
        for pragma in PRAGMAS:
            conn.execute(pragma)
        for statement in RAW_SCHEMA:
            conn.execute(statement)
        payload = json.dumps({"kiosk": "bench-raw", "screen": "home"}, sort_keys=True)
        start = time.perf_counter()
        for seq in range(1, events + 1):
            now = datetime.now(UTC)
            conn.execute(
                RAW_INSERT,
                (
                    str(uuid.uuid4()),
                    "bench-raw",
                    seq,
                    f"{time.time_ns() // 1_000_000:015d}-{0:06d}",
                    "site",
                    EventType.HELP_REQUESTED.value,
                    "site",
                    payload,
                    now.isoformat(timespec="milliseconds"),
                ),
            )
        return events / (time.perf_counter() - start)
    finally:
        conn.close()


def journal_rate(folder: Path, events: int) -> float:
    """Append ``events`` help requests to a fresh journal; returns appends per second."""
    journal = SqliteJournal(folder, "bench-kiosk", "site")
    try:
        draft = EventDraft(
            EventType.HELP_REQUESTED, {"kiosk": "bench-kiosk", "screen": "home"}, Scope.SITE
        )
        start = time.perf_counter()
        for _ in range(events):
            journal.append(draft)
        return events / (time.perf_counter() - start)
    finally:
        journal.close()


def measure_appends(events: int = 2000, rounds: int = 3) -> AppendsResult:
    """Alternate which goes first each round, each in a fresh folder on the same filesystem."""
    with tempfile.TemporaryDirectory(prefix="civic-kiosk-bench-") as base:
        result = AppendsResult(events, rounds, str(Path(base).parent))
        for i in range(rounds):
            with (
                tempfile.TemporaryDirectory(dir=base) as a,
                tempfile.TemporaryDirectory(dir=base) as b,
            ):
                if i % 2 == 0:
                    result.raw.append(raw_rate(Path(a), events))
                    result.journal.append(journal_rate(Path(b), events))
                else:
                    result.journal.append(journal_rate(Path(b), events))
                    result.raw.append(raw_rate(Path(a), events))
    return result
