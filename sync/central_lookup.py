"""Asking the case service where a request has got to, for "Track a request" at the kiosk.

Implements core's ``CaseStatusLookup`` over the signed contract (``GET /case/v1/cases/<ref>``).
Anything but a correct answer (offline, refused, a sign-in page, nonsense) becomes
``CaseServiceUnreachable`` with a plain reason, so the kiosk says it cannot check right now.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote

from core.case_status import CaseNotFound, CaseServiceUnreachable, CaseState, CaseStatus
from core.config import TerminalConfig
from sync.central_client import CentralClient, CentralProblem
from sync.terminal_identity import IdentityError, TerminalIdentity

CASES_PATH = "/case/v1/cases/"
_TEXT = ("reference", "service", "status", "status_notes", "received_at", "updated_at")


def _case_shape(value: Any) -> None:
    if not isinstance(value, dict):
        raise TypeError("a case must be an object")
    for key in _TEXT:
        if key in value and value[key] is not None and not isinstance(value[key], str):
            raise TypeError(f"{key} must be text")
    CaseState(value["status"])


class CentralCaseLookup:
    """One look-up at a time, with short timeouts: a resident is waiting at the screen."""

    def __init__(self, config: TerminalConfig, data_dir: Path) -> None:
        self._config = config
        self._data_dir = data_dir
        self._client: CentralClient | None = None
        self._lock = threading.Lock()

    def _connect(self) -> CentralClient:
        if self._client is None:
            try:
                identity = TerminalIdentity.load_or_create(self._data_dir, self._config.terminal_id)
            except IdentityError as exc:
                raise CaseServiceUnreachable(str(exc)) from None
            self._client = CentralClient(
                self._config.case_service_url,
                identity,
                connect_timeout_s=3.0,
                read_timeout_s=8.0,
                deadline_s=10.0,
            )
        return self._client

    def lookup(self, reference: str) -> CaseStatus:
        """The case's status; CaseNotFound or CaseServiceUnreachable otherwise."""
        with self._lock:
            try:
                answer = self._connect().get_json(CASES_PATH + quote(reference), _case_shape)
            except CentralProblem as exc:
                raise CaseServiceUnreachable(str(exc)) from None
        if answer.status == 404:
            raise CaseNotFound(reference)
        value = answer.value
        return CaseStatus(
            reference=str(value.get("reference") or reference),
            service=str(value.get("service") or ""),
            state=CaseState(value["status"]),
            status_notes=str(value.get("status_notes") or ""),
            received_at=str(value.get("received_at") or ""),
            updated_at=str(value.get("updated_at") or ""),
        )

    def close(self) -> None:
        """Close the connection pool."""
        if self._client is not None:
            self._client.close()
