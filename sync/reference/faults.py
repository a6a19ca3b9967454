"""Switches that make the reference service misbehave on purpose, for tests and drills.

Set with ``POST /case/v1/admin/faults`` (admin token). They affect terminal endpoints only,
never the admin ones, so a test can always switch them off again:

- ``{"fail_next": N, "status": 503}``: the next N terminal requests get that 5xx status
  before anything is read or stored.
- ``{"html_next": N}``: the next N get ``200 text/html`` (a captive-portal sign-in page), and
  nothing is stored.
- ``{"drop_after_commit_next": N}``: the next N POST or PATCH requests that succeed are
  carried out (events stored, bytes kept) and then the connection is closed without an
  answer. GET and HEAD requests neither use these up nor are dropped.
- ``{"slow_ms": N}``: every terminal answer waits N ms first, until set back to 0.
- ``{"reset": true}``: everything off (applied before any other key in the same request).
"""

from __future__ import annotations

import threading

MAX_SLOW_MS = 60_000
MAX_COUNT = 1_000_000

CAPTIVE_PORTAL_PAGE = (
    b'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
    b"<title>Sign in to Library Wi-Fi</title></head><body><h1>Welcome to Library Wi-Fi</h1>"
    b"<p>Please accept the terms of use to continue.</p>"
    b'<form method="post" action="/portal/accept"><button>Accept and connect</button>'
    b"</form></body></html>\n"
)


class DropConnection(Exception):
    """Raised by the app to have the server close the connection without answering."""


class Faults:
    """The current switches; safe to use from every request thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._state = _off()

    def change(self, changes: object) -> dict[str, int]:
        """Apply a ``POST /admin/faults`` body; raises ValueError with a plain message."""
        if not isinstance(changes, dict):
            raise ValueError("the faults must be sent as a JSON object")
        unknown = sorted(set(changes) - {"reset", *_off()})
        if unknown:
            raise ValueError(f"unknown fault switches: {', '.join(map(str, unknown))}")
        reset = changes.get("reset", False)
        if not isinstance(reset, bool):
            raise ValueError("reset must be true or false")
        checked: dict[str, int] = {}
        for name, value in changes.items():
            if name == "reset":
                continue
            if type(value) is not int or not 0 <= value <= _limit(name):
                raise ValueError(f"{name} must be a whole number from 0 to {_limit(name)}")
            if name == "status" and not 500 <= value <= 599:
                raise ValueError("status must be a server error, 500 to 599")
            checked[name] = value
        with self._lock:
            if reset:
                self._state = _off()
            self._state.update(checked)
            return dict(self._state)

    def state(self) -> dict[str, int]:
        """The switches as they are now."""
        with self._lock:
            return dict(self._state)

    def take_failure(self) -> int | None:
        """The status to fail this request with, using up one ``fail_next``; else None."""
        with self._lock:
            if self._state["fail_next"] <= 0:
                return None
            self._state["fail_next"] -= 1
            return self._state["status"]

    def take_html(self) -> bool:
        """True (using one up) when this request should get the captive-portal page."""
        return self._take("html_next")

    def take_drop(self) -> bool:
        """True (using one up) when this carried-out request should get no answer."""
        return self._take("drop_after_commit_next")

    def delay(self) -> None:
        """Wait ``slow_ms`` (cut short when the service stops)."""
        with self._lock:
            slow_ms = self._state["slow_ms"]
        if slow_ms > 0:
            self._stopping.wait(slow_ms / 1000)

    def stop(self) -> None:
        """End every pending delay at once."""
        self._stopping.set()

    def _take(self, name: str) -> bool:
        with self._lock:
            if self._state[name] <= 0:
                return False
            self._state[name] -= 1
            return True


def _off() -> dict[str, int]:
    return {
        "fail_next": 0,
        "status": 503,
        "html_next": 0,
        "drop_after_commit_next": 0,
        "slow_ms": 0,
    }


def _limit(name: str) -> int:
    return {"slow_ms": MAX_SLOW_MS, "status": 599}.get(name, MAX_COUNT)
