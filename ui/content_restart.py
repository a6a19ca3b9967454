"""Restarting a terminal onto a new catalogue or settings version once nobody is using it.

main.py gives each screen ``waiting``: a cheap callable that says a checked version is staged
(operations/content_updates.py). The screen says when it is free: a kiosk between residents
(kiosk/content_restart.py), a display board with no call being announced
(kiosk/board_restart.py), a desk with no member of staff signed in (assisted/desk_content.py).
Once a version waits and the screen has stayed free for ``quiet_s``, this ends the event loop
with ``RESTART_FOR_UPDATE``; main.py closes the journal and starts the same command again in
the same process, on the new version.

Why one watcher for every role: the rule (free, and kept free for a while, counted again from
anything that happens) is the same; only what "free" means differs, so each role passes its
own test and tells the watcher when something happens (``not_free``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

log = logging.getLogger(__name__)

RESTART_FOR_UPDATE = 75  # the Qt loop's exit code that asks main.py to start again
CHECK_MS = 500
# A touch, a click or a key: someone is at the screen, whatever it shows.
INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
    }
)


def end_loop_for_update() -> None:
    """End the application's event loop with the exit code that asks for a restart."""
    QCoreApplication.exit(RESTART_FOR_UPDATE)


class RestartWhenQuiet(QObject):
    """Ends the event loop for a waiting version once the screen has been free a while.

    Args:
        parent: the screen's window (the watcher lives and dies with it).
        free: whether nobody is using the screen now (cheap: called every ``check_ms``).
        waiting: whether a checked version is staged.
        quiet_s: how long the screen must stay free first.
        check_ms: how often to look.
        end_loop: how the loop is ended (tests watch it instead of ending theirs).
        input_resets: count the quiet again from every touch, click or key in the application
            (for a screen whose ``free`` cannot see someone looking at it).
        clock: seconds that only go forward (tests move their own).

    Signals:
        restarting(): the loop is about to end so the new version can start.
    """

    restarting = Signal()

    def __init__(
        self,
        parent: QObject,
        free: Callable[[], bool],
        waiting: Callable[[], bool],
        quiet_s: float,
        check_ms: int = CHECK_MS,
        end_loop: Callable[[], None] = end_loop_for_update,
        input_resets: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._free = free
        self._waiting = waiting
        self._end_loop = end_loop
        self.quiet_s = quiet_s
        self._free_since: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if input_resets and app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def not_free(self) -> None:
        """Something just happened on the screen: quiet is counted again from now."""
        self._free_since = None

    def check(self) -> bool:
        """Restart if a version waits and the screen has been free for ``quiet_s``; True if so."""
        if not self._free():
            self._free_since = None
            return False
        now = self._clock()
        if self._free_since is None:
            self._free_since = now
        if now - self._free_since < self.quiet_s or not self._waiting():
            return False
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        log.info("a new catalogue or settings version is waiting and nobody is here: restarting")
        self.restarting.emit()
        self._end_loop()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Count the quiet again from any input; never consumes the event."""
        if event.type() in INPUT:
            self._free_since = None
        return False
