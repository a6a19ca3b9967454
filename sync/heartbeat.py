"""The heartbeat: this terminal's health, sent to the case service every minute or so.

``POST /case/v1/terminals/{terminal}/heartbeat`` with the health report as JSON
(core/terminal_health.py), signed like every other request of the terminal's (see
sync/central_client.py). The council's list of terminals flags one silent when its beats
stop, so IT learns of a kiosk that is off, wedged or cut off without anyone reporting it.

It runs on its own daemon thread with its own connection, apart from the sync engine: a
slow health check or a failing beat never holds up sending the journal, and never touches
the screen. The report is made by a callable main.py passes in (operations/health.py
gathers it), so sync/ does not depend on what is asked of the devices. A beat that fails is
tried again after a jittered backoff (from ``first_backoff_s``, doubling, up to the beat
interval); the thread never gives up.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from core.terminal_health import TerminalHealth
from sync.central_client import (
    BAD_ANSWER,
    BASE_PATH,
    REFUSED,
    REJECTED,
    CentralClient,
    CentralProblem,
)
from sync.terminal_identity import TerminalIdentity

log = logging.getLogger(__name__)

FIRST_BACKOFF_S = 2.0
FIRST_BEAT_AFTER_S = 15.0  # let the app's first screens come up before the first check


@dataclass(frozen=True, slots=True)
class HeartbeatStatus:
    """How the heartbeat is going.

    Attributes:
        sent: beats the case service accepted since start.
        last_sent: when the last of them was accepted (UTC, ISO 8601), or None.
        last_error: the latest problem in plain words, or None after a beat went through.
    """

    sent: int
    last_sent: str | None
    last_error: str | None


class Heartbeat:
    """Sends ``gather()``'s report to the case service every ``every_s`` seconds.

    Args:
        url: the case service's address (case_service.url).
        identity: the terminal and its signing key.
        gather: makes the report (blocking; called on the heartbeat's thread only).
        every_s: the beat interval (case_service.heartbeat_seconds).
        first_after_s: the wait before the first beat.
        first_backoff_s: the first wait after a failed beat.
        on_stop: called once the thread has stopped (e.g. to end the gatherer's workers).
        client_options: passed to CentralClient (time limits, clock).
    """

    def __init__(
        self,
        url: str,
        identity: TerminalIdentity,
        gather: Callable[[], TerminalHealth],
        *,
        every_s: float = 60.0,
        first_after_s: float | None = None,
        first_backoff_s: float = FIRST_BACKOFF_S,
        on_stop: Callable[[], None] | None = None,
        client_options: dict[str, Any] | None = None,
    ) -> None:
        self.client = CentralClient(url, identity, **(client_options or {}))
        self.path = f"{BASE_PATH}/terminals/{quote(identity.terminal_id, safe='')}/heartbeat"
        self._gather = gather
        self._every_s = every_s
        self._first_after_s = (
            min(every_s, FIRST_BEAT_AFTER_S) if first_after_s is None else first_after_s
        )
        self._first_backoff_s = min(first_backoff_s, every_s)
        self._on_stop = on_stop
        self._stopping = threading.Event()
        self._wake = threading.Event()
        self._status_lock = threading.Lock()
        self._status = HeartbeatStatus(0, None, None)
        self._thread: threading.Thread | None = None

    @classmethod
    def for_terminal(
        cls,
        url: str,
        data_dir: Path,
        terminal_id: str,
        gather: Callable[[], TerminalHealth],
        **options: Any,
    ) -> Heartbeat:
        """The heartbeat of a configured terminal, signing with the key in its data folder."""
        return cls(url, TerminalIdentity.load_or_create(data_dir, terminal_id), gather, **options)

    def start(self) -> None:
        """Start beating in the background."""
        self._thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop the thread, cutting a beat in flight; then ``on_stop``."""
        self._stopping.set()
        self._wake.set()
        if not self.client.join_cutting(self._thread, timeout_s):
            log.warning("the heartbeat thread did not stop in %.1f s", timeout_s)
        self.client.close()
        if self._on_stop is not None:
            self._on_stop()

    def is_running(self) -> bool:
        """Whether the heartbeat's thread is still going."""
        return self._thread is not None and self._thread.is_alive()

    def wake(self) -> None:
        """Beat now rather than at the next interval."""
        self._wake.set()

    def status(self) -> HeartbeatStatus:
        """How the heartbeat is going."""
        with self._status_lock:
            return self._status

    def beat_once(self) -> None:
        """Gather the report and send it, in the caller's thread; CentralProblem if refused."""
        health = self._gather()
        body = json.dumps(
            health.to_json(), ensure_ascii=False, separators=(",", ":"), allow_nan=False
        ).encode("utf-8")
        answer = self.client.request("POST", self.path, body, {"Content-Type": "application/json"})
        if answer.status == 204:
            with self._status_lock:
                self._status = HeartbeatStatus(self._status.sent + 1, _utc_now(), None)
            return
        message = _message_of(answer.content)
        if answer.status in (400, 413):
            raise CentralProblem(
                REJECTED, f"the case service refused our health report: {message}", answer.status
            )
        if answer.status == 403:
            raise CentralProblem(REFUSED, f"the case service refused our heartbeat: {message}", 403)
        raise CentralProblem(
            BAD_ANSWER,
            f"sending our heartbeat: the case service answered HTTP {answer.status}",
            answer.status,
        )

    def _run(self) -> None:
        wait = self._first_after_s
        backoff = self._first_backoff_s
        while not self._pause(wait):
            try:
                self.beat_once()
            except Exception as exc:
                if self._stopping.is_set():
                    break
                self._failed(exc)
                wait = backoff * (0.5 + secrets.SystemRandom().random() / 2)
                backoff = min(self._every_s, backoff * 2)
                continue
            wait, backoff = self._every_s, self._first_backoff_s

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, CentralProblem):
            reason = str(exc)
        else:  # a bug in gathering: log it whole, keep beating
            log.exception("the heartbeat failed unexpectedly")
            reason = f"an unexpected problem ({type(exc).__name__}: {exc})"
        with self._status_lock:
            repeated = reason == self._status.last_error
            self._status = HeartbeatStatus(self._status.sent, self._status.last_sent, reason)
        log.log(logging.DEBUG if repeated else logging.WARNING, "heartbeat: %s", reason)

    def _pause(self, seconds: float) -> bool:
        """Wait, waking early for ``wake()``; True once stopping."""
        if self._wake.wait(max(0.0, seconds)):
            self._wake.clear()
        return self._stopping.is_set()


def _message_of(content: bytes) -> str:
    """The service's plain-English message from an error answer, or a short description."""
    try:
        value = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return "its answer was not the case service's JSON"
    if isinstance(value, dict) and isinstance(value.get("message"), str):
        return str(value["message"])[:300]
    return "its answer gave no reason"


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
