"""A new catalogue or settings version is applied between residents, never under one.

main.py gives the kiosk ``waiting``: a cheap callable that says a checked version is staged.
This watches for a quiet moment: the kiosk between sessions (the home screen, no visit, no
member of staff, no prompt, nothing still being recorded; ``KioskWindow.between_sessions``)
and kept so for ``quiet_s``, counted again from every wipe. Then it ends the event loop with
``RESTART_FOR_UPDATE``, and main.py closes the journal and starts the kiosk again in the same
process, on the new version.

Why wait for quiet rather than restart the moment a visit is wiped: the next person in
the queue is often already at the screen then, and a tap into a restarting kiosk is lost.
Residents never see a word of this: the screen simply comes back with the new content.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kiosk.shell import KioskWindow

log = logging.getLogger(__name__)

RESTART_FOR_UPDATE = 75  # the Qt loop's exit code that asks main.py to start again
QUIET_S = 8.0
CHECK_MS = 500


class RestartWhenFree(QObject):
    """Ends the kiosk's event loop for a waiting version once the kiosk has been free a while.

    Signals:
        restarting(): the loop is about to end so the new version can start.

    ``end_loop`` is how the loop is ended (tests watch it instead of ending theirs).
    """

    restarting = Signal()

    def __init__(
        self,
        window: KioskWindow,
        waiting: Callable[[], bool],
        quiet_s: float = QUIET_S,
        check_ms: int = CHECK_MS,
        end_loop: Callable[[], None] = lambda: QCoreApplication.exit(RESTART_FOR_UPDATE),
    ) -> None:
        super().__init__(window)
        self._window = window
        self._waiting = waiting
        self._end_loop = end_loop
        self._quiet_s = quiet_s
        self._free_since: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        window.wiped.connect(self._not_free)
        window.screen_changed.connect(lambda _name: self._not_free())
        self._timer.start()

    def _not_free(self) -> None:
        """Something just happened on the screen: quiet is counted again from now."""
        self._free_since = None

    def check(self) -> None:
        """Restart if a version waits and the kiosk has been free for ``quiet_s``."""
        if not self._window.between_sessions():
            self._free_since = None
            return
        now = time.monotonic()
        if self._free_since is None:
            self._free_since = now
        if now - self._free_since < self._quiet_s or not self._waiting():
            return
        self._timer.stop()
        log.info("a new catalogue or settings version is waiting and nobody is here: restarting")
        self.restarting.emit()
        self._end_loop()
