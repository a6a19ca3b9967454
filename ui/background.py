"""The one way screens run slow work (device I/O, printing, sync, hashing) off the UI thread.

Usage::

    BackgroundOp(self, lambda: services.feedback.give(4)).success(self.show_done) \
        .failure(self.show_error).run()

``op`` runs on a pool thread and must never touch a widget. The callbacks run on the
UI thread, and not at all if ``parent`` has been deleted meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, SignalInstance

log = logging.getLogger(__name__)

_running: set[BackgroundOp] = set()


def operations_running() -> int:
    """How many operations have not yet delivered their result (tests wait for 0)."""
    return len(_running)


class _Relay(QObject):
    """Carries the result back to the UI thread (a queued signal connection)."""

    done = Signal(object)
    failed = Signal(object)


class _Task:
    """The work and where its result goes, run on a pool thread.

    Handed to the pool as a plain callable, not as a QRunnable subclass: PySide kept about
    half of those (and so each op's closure: a resident's answers, pages, printout) alive
    after they had run, for the life of the process.
    """

    def __init__(self, op: Callable[[], Any], relay: _Relay) -> None:
        self._op = op
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._op()
        except Exception as exc:  # every failure is delivered to the screen
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.done, result)

    @staticmethod
    def _deliver(signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The screen that asked was closed meanwhile: nobody is left to tell.
            log.info("background result dropped: its screen has gone")


class BackgroundOp:
    """Runs ``op`` on a worker thread and delivers its result or exception on the UI thread.

    Signals (on the internal relay): done(object), failed(object).
    """

    def __init__(self, parent: QObject, op: Callable[[], Any]) -> None:
        self._op = op
        self._parent: QObject | None = parent
        # The relay belongs to the application, not the screen: the worker thread emits on
        # it, and a relay owned by the screen could be deleted by the UI thread in the middle
        # of that emit (a crash seen when a kiosk closed while a visit's record was being
        # written). It is deleted once its result is delivered; a screen that has gone by
        # then simply hears nothing. (Without any parent the relays were never freed: 50 to
        # 90 MB over 150 soak sessions.)
        self._relay = _Relay(QCoreApplication.instance())
        self._on_success: Callable[[Any], None] = lambda _result: None
        self._on_failure: Callable[[Exception], None] = self._log_failure
        self._relay.done.connect(self._deliver_success)
        self._relay.failed.connect(self._deliver_failure)

    def success(self, callback: Callable[[Any], None]) -> BackgroundOp:
        """Call ``callback(result)`` on the UI thread when ``op`` returns."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> BackgroundOp:
        """Call ``callback(exception)`` on the UI thread when ``op`` raises."""
        self._on_failure = callback
        return self

    def run(self) -> None:
        """Start the operation on the shared thread pool."""
        _running.add(self)
        QThreadPool.globalInstance().start(_Task(self._op, self._relay).run)

    def _deliver_success(self, result: object) -> None:
        if self._delivered():
            self._on_success(result)

    def _deliver_failure(self, exc: object) -> None:
        if self._delivered():
            self._on_failure(exc if isinstance(exc, Exception) else RuntimeError(str(exc)))

    def _delivered(self) -> bool:
        """Let the relay go, and say whether the screen that asked is still there.

        The relay's connections hold this op, the op's closure (a resident's answers,
        scanned pages, printout) and the callbacks: kept, every visit's data stayed in
        memory until the kiosk restarted.
        """
        _running.discard(self)
        self._relay.deleteLater()
        alive = self._parent is not None and shiboken6.isValid(self._parent)
        self._parent = None
        return alive

    @staticmethod
    def _log_failure(exc: Exception) -> None:
        log.error("background operation failed: %s", type(exc).__name__)
