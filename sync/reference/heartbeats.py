"""Terminals' heartbeats at the reference case service, and IT's list of silent terminals.

Each registered terminal sends its health (core/terminal_health.py) every minute or so; the
latest report of each is kept in ``heartbeats.db``, its own small SQLite file beside the case
records. ``GET /case/v1/admin/terminals`` lists every registered terminal with its last
report and ``silent: true`` when nothing has come for longer than ``silent_after_s`` (or
ever): the terminal is off, wedged, or cut off from the network, and someone should look.

A heartbeat is accepted only from the terminal it is about: the path's terminal and the
report's must both be the signer (403 ``other_terminal``), and the report must be in the
agreed shape (400 ``bad_health``, naming what is wrong). The service's clock is injectable,
so tests can let time pass without waiting for it.
"""

from __future__ import annotations

import json
import logging
import math
import sqlite3
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from core.clock import wall_clock_ms
from core.events import canonical_json
from core.terminal_health import HealthFormatError, TerminalHealth, parse_health
from sync.reference.case_store import TerminalEntry
from sync.reference.web import Request, Response, json_answer, problem

log = logging.getLogger(__name__)

HEARTBEATS_FILE = "heartbeats.db"
SILENT_AFTER_S = 300.0
MAX_HEARTBEAT_BYTES = 64 * 1024


class TerminalHeartbeats:
    """The latest heartbeat of each terminal. Safe to share between threads.

    ``synchronous=NORMAL``: a power cut may lose the last beat or two, which the next beats
    replace within a minute; sparing every beat an fsync matters more.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        clock_ms: Callable[[], int] = wall_clock_ms,
        silent_after_s: float = SILENT_AFTER_S,
    ) -> None:
        if not 0 < silent_after_s < math.inf:  # NaN fails both comparisons too
            raise ValueError(
                f"silent after must be a number of seconds above 0, not {silent_after_s}"
            )
        self.clock_ms = clock_ms
        self.silent_after_s = silent_after_s
        self._lock = threading.Lock()
        data_dir.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(
            data_dir / HEARTBEATS_FILE, isolation_level=None, check_same_thread=False
        )
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS heartbeats (terminal TEXT PRIMARY KEY, "
            "received_ms INTEGER NOT NULL, health TEXT NOT NULL)"
        )

    def record(self, terminal_id: str, health: TerminalHealth) -> None:
        """Keep ``health`` as the terminal's latest, received now (by the service's clock)."""
        with self._lock:
            self._conn.execute(
                "INSERT INTO heartbeats (terminal, received_ms, health) VALUES (?, ?, ?) "
                "ON CONFLICT (terminal) DO UPDATE SET received_ms = excluded.received_ms, "
                "health = excluded.health",
                (terminal_id, self.clock_ms(), canonical_json(health.to_json())),
            )

    def latest(self) -> dict[str, tuple[int, dict[str, Any]]]:
        """Each terminal's last beat: when it came (Unix ms) and the report."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT terminal, received_ms, health FROM heartbeats"
            ).fetchall()
        return {str(t): (int(ms), json.loads(h)) for t, ms, h in rows}

    def listing(self, register: Mapping[str, TerminalEntry]) -> dict[str, Any]:
        """Every registered terminal with its last report, and whether it has gone silent."""
        now = self.clock_ms()
        beats = self.latest()
        terminals = []
        for terminal_id, entry in sorted(register.items()):
            received_ms, health = beats.get(terminal_id, (None, None))
            silent = received_ms is None or now - received_ms > self.silent_after_s * 1000
            problems = TerminalHealth.from_json(health).problems() if health else []
            terminals.append(
                {
                    "terminal": terminal_id,
                    "site": entry.site,
                    "revoked": entry.revoked,
                    "silent": silent,
                    "last_heartbeat_at": None if received_ms is None else _iso(received_ms),
                    "health": health,
                    "problems": problems,
                }
            )
        return {"silent_after_s": self.silent_after_s, "terminals": terminals}

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._conn.close()


def heartbeat_answer(request: Request, heartbeats: TerminalHeartbeats) -> Response:
    """``POST /terminals/{terminal}/heartbeat``: keep the signer's health report (204)."""
    assert request.signer is not None
    signer = request.signer.terminal_id
    if request.params["terminal"] != signer:
        return _other_terminal()
    try:
        health = parse_health(request.body)
    except HealthFormatError as exc:
        return problem(400, "bad_health", str(exc))
    if health.terminal != signer:
        return _other_terminal()
    heartbeats.record(signer, health)
    log.debug("heartbeat from %s", signer)
    return Response(204)


def terminals_answer(
    register: Mapping[str, TerminalEntry], heartbeats: TerminalHeartbeats
) -> Response:
    """``GET /admin/terminals``: every registered terminal, silent ones flagged."""
    return json_answer(200, heartbeats.listing(register))


def _other_terminal() -> Response:
    return problem(403, "other_terminal", "a terminal may send only its own heartbeat")


def _iso(ms: int) -> str:
    moment = datetime.fromtimestamp(ms / 1000, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
