"""Forwarding report cases to the council's Open311 GeoReport v2 endpoint, exactly once.

Each report case whose form has a route in the ``open311`` configuration is opened with the
council's key, turned into a service request (our submission's reference travels as an
attribute so the back office can deduplicate), and sent. What happened is kept in
``open311.db`` beside the case records, so a restart never sends a case twice:

- created: the returned ``service_request_id`` is recorded on the case;
- a token: it is looked up again on later rounds until it gives an id;
- accepted with no id (a "blackbox" endpoint): done, nothing to record;
- refused (a documented GeoReport error): kept for staff, never retried;
- failed (offline, a web page, a timeout): retried with backoff, never given up.
"""

from __future__ import annotations

import json
import logging
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import requests

from core.form_catalogue import FormCatalogue
from sync.open311 import Open311Forwarder
from sync.open311_replies import Accepted, Created, Failed, Pending, Refused
from sync.open311_routes import NotForwardable, Open311Settings, report_from_submission
from sync.reference.case_store import CaseRecord, CaseStore
from sync.sealing import CouncilOpener, SealingError

log = logging.getLogger(__name__)
OUTBOX_FILE = "open311.db"
FIRST_RETRY_S = 2.0
LAST_RETRY_S = 300.0
DONE = ("created", "accepted", "refused", "not forwardable")

_SCHEMA = """CREATE TABLE IF NOT EXISTS open311 (
    origin TEXT NOT NULL, seq INTEGER NOT NULL, reference TEXT NOT NULL, state TEXT NOT NULL,
    service_request_id TEXT, token TEXT, detail TEXT NOT NULL, attempts INTEGER NOT NULL,
    next_try REAL NOT NULL, PRIMARY KEY (origin, seq))"""


class Open311Outbox:
    """Sends what is due on each ``run_once``; ``start`` runs it in a thread."""

    def __init__(
        self,
        data_dir: Path,
        store: CaseStore,
        opener: CouncilOpener,
        settings: Open311Settings,
        forms: FormCatalogue | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self._opener = opener
        self._settings = settings
        self._forms = forms
        self._clock = clock
        self._conn = sqlite3.connect(data_dir / OUTBOX_FILE, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute(_SCHEMA)
        self._lock = threading.Lock()
        self._session = requests.Session()
        self._forwarder = Open311Forwarder(
            settings.url,
            settings.api_key,
            settings.jurisdiction_id,
            self._session,
            settings.timeout_s,
            id_attribute=settings.id_attribute,
        )
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    # -- the records ------------------------------------------------------------------------

    def state_of(self, case: CaseRecord) -> tuple[str, str] | None:
        """(state, detail) for a case, or None if it was never tried."""
        row = self._conn.execute(
            "SELECT state, detail FROM open311 WHERE origin = ? AND seq = ?",
            (case.origin, case.seq),
        ).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    def _row(self, case: CaseRecord) -> tuple[str, str | None, int, float] | None:
        row = self._conn.execute(
            "SELECT state, token, attempts, next_try FROM open311 WHERE origin = ? AND seq = ?",
            (case.origin, case.seq),
        ).fetchone()
        return None if row is None else (str(row[0]), row[1], int(row[2]), float(row[3]))

    def _record(
        self,
        case: CaseRecord,
        state: str,
        detail: str,
        *,
        request_id: str | None = None,
        token: str | None = None,
        attempts: int = 0,
        next_try: float = 0.0,
    ) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO open311 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    case.origin,
                    case.seq,
                    case.reference,
                    state,
                    request_id,
                    token,
                    detail,
                    attempts,
                    next_try,
                ),
            )

    # -- forwarding -------------------------------------------------------------------------

    def run_once(self) -> int:
        """Try every case that is due; returns how many were sent or looked up."""
        tried = 0
        with self._lock:
            for case in self._store.cases():
                if case.kind != "report" or self._settings.route(case.form) is None:
                    continue
                row = self._row(case)
                if row is not None and (row[0] in DONE or row[3] > self._clock()):
                    continue
                tried += 1
                if row is not None and row[0] == "token" and row[1]:
                    self._look_up(case, row[1], row[2])
                else:
                    self._send(case, 0 if row is None else row[2])
        return tried

    def _send(self, case: CaseRecord, attempts: int) -> None:
        route = self._settings.route(case.form)
        assert route is not None
        try:
            content = json.loads(self._opener.open(case.answers))
            form = self._forms.form(case.form) if self._forms is not None else None
            report = report_from_submission(content, route, case.reference, form)
        except (SealingError, ValueError, KeyError) as exc:
            reason = str(exc) if isinstance(exc, NotForwardable) else f"cannot be read: {exc}"
            self._record(case, "not forwardable", reason)
            log.warning("open311: case %s not forwarded: %s", case.reference, reason)
            return
        self._settle(case, self._forwarder.send(report), attempts)

    def _look_up(self, case: CaseRecord, token: str, attempts: int) -> None:
        outcome = self._forwarder.resolve_token(token)
        if isinstance(outcome, Pending):
            self._record(
                case,
                "token",
                "waiting for the back office",
                token=token,
                attempts=attempts + 1,
                next_try=self._later(attempts + 1),
            )
            return
        self._settle(case, outcome, attempts)

    def _settle(self, case: CaseRecord, outcome: object, attempts: int) -> None:
        if isinstance(outcome, Created):
            self._store.set_open311_id(case.reference, outcome.service_request_id)
            self._record(case, "created", "", request_id=outcome.service_request_id)
        elif isinstance(outcome, Pending):
            self._record(
                case,
                "token",
                "waiting for the back office",
                token=outcome.token,
                attempts=attempts + 1,
                next_try=self._later(attempts + 1),
            )
        elif isinstance(outcome, Accepted):
            self._record(case, "accepted", "the back office gives no request id")
        elif isinstance(outcome, Refused):
            self._record(case, "refused", f"{outcome.code}: {outcome.description}")
            log.warning("open311: case %s refused (%s)", case.reference, outcome.code)
        elif isinstance(outcome, Failed):
            self._record(
                case,
                "failed",
                outcome.reason,
                attempts=attempts + 1,
                next_try=self._later(attempts + 1),
            )

    def _later(self, attempts: int) -> float:
        delay = min(LAST_RETRY_S, FIRST_RETRY_S * 2 ** min(attempts - 1, 16))
        return float(self._clock() + delay * (0.5 + secrets.SystemRandom().random() / 2))

    # -- the thread -------------------------------------------------------------------------

    def start(self, every_s: float = 2.0) -> None:
        """Forward in the background, every ``every_s`` or at once after ``wake``."""

        def run() -> None:
            while not self._stopping.is_set():
                try:
                    self.run_once()
                except (sqlite3.Error, OSError) as exc:
                    log.error("open311: a round failed: %s", exc)
                self._wake.wait(every_s)
                self._wake.clear()

        self._thread = threading.Thread(target=run, name="open311", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Try now (a case was just opened)."""
        self._wake.set()

    def stop(self) -> None:
        """Stop the thread and close the records."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=max(5.0, self._settings.timeout_s + 1))
        self._session.close()
        with self._lock:
            self._conn.close()
