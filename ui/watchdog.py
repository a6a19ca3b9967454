"""The UI loop's heartbeat to systemd: READY after the first paint, then WATCHDOG from a timer.

The pings come from a QTimer on the UI thread on purpose. If the event loop stops turning (a
slot that never returns, a deadlock, a stopped process) the timer stops firing, the pings stop,
and systemd's watchdog (``WatchdogSec=`` in the unit) restarts the terminal. A thread of its own
would keep pinging for a frozen screen.

The sending itself is handed in as plain callables (operations/sd_notify.py in main.py), so this
module knows nothing of sockets.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class UiWatchdog(QObject):
    """Tells the supervisor once the first window has painted, then that the loop still turns.

    Args:
        app: the application whose windows are watched; the watchdog lives as long as it does.
        ready: called once, just after the first paint of any widget.
        alive: called every ``ping_interval_s`` seconds from the event loop, after ready.
        ping_interval_s: None when the unit has no watchdog (only READY is sent).
    """

    def __init__(
        self,
        app: QApplication,
        ready: Callable[[], object],
        alive: Callable[[], object],
        ping_interval_s: float | None,
    ) -> None:
        super().__init__(app)
        self.setObjectName("uiWatchdog")
        self._ready = ready
        self._alive = alive
        self.painted = False
        self.pings = 0
        self.timer = QTimer(self)
        self.timer.setObjectName("uiWatchdogTimer")
        if ping_interval_s is not None:
            self.timer.setInterval(max(1, int(ping_interval_s * 1000)))
        self.timer.timeout.connect(self._ping)
        self._interval = ping_interval_s
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Wait for the first paint; never consumes an event."""
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            # Queued, so READY goes out after this paint has finished, not before it.
            QTimer.singleShot(0, self, self._started)
        return False

    def _started(self) -> None:
        self._ready()
        if self._interval is not None:
            self._ping()  # at once: the watchdog is armed from READY on
            self.timer.start()

    def _ping(self) -> None:
        self.pings += 1
        self._alive()


def watch_ui_loop(
    ready: Callable[[], object], alive: Callable[[], object], ping_interval_s: float | None
) -> UiWatchdog:
    """Start watching this process's UI loop, making the QApplication if there is none yet."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    return UiWatchdog(app, ready, alive, ping_interval_s)
