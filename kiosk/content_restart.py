"""A new catalogue or settings version is applied between residents, never under one.

main.py gives the kiosk ``waiting``: a cheap callable that says a checked version is staged.
This watches for a quiet moment: the kiosk between sessions (the home screen, no visit, no
member of staff, no prompt, nothing still being recorded; ``KioskWindow.between_sessions``)
and kept so for ``quiet_s``, counted again from every wipe. Then it ends the event loop with
``RESTART_FOR_UPDATE``, and main.py closes the journal and starts the kiosk again in the same
process, on the new version. (The watching itself is ui/content_restart.py, shared with the
desk and the display board.)

Why wait for quiet rather than restart the moment a visit is wiped: the next person in
the queue is often already at the screen then, and a tap into a restarting kiosk is lost.
Residents never see a word of this: the screen simply comes back with the new content.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.shell import KioskWindow
from ui.content_restart import CHECK_MS, RESTART_FOR_UPDATE, RestartWhenQuiet, end_loop_for_update

__all__ = ["CHECK_MS", "QUIET_S", "RESTART_FOR_UPDATE", "RestartWhenFree"]

QUIET_S = 8.0


class RestartWhenFree(RestartWhenQuiet):
    """Ends the kiosk's event loop for a waiting version once the kiosk has been free a while.

    Signals:
        restarting(): the loop is about to end so the new version can start.

    ``end_loop`` is how the loop is ended (tests watch it instead of ending theirs).
    """

    def __init__(
        self,
        window: KioskWindow,
        waiting: Callable[[], bool],
        quiet_s: float = QUIET_S,
        check_ms: int = CHECK_MS,
        end_loop: Callable[[], None] = end_loop_for_update,
    ) -> None:
        super().__init__(window, window.between_sessions, waiting, quiet_s, check_ms, end_loop)
        window.wiped.connect(self.not_free)
        window.screen_changed.connect(lambda _name: self.not_free())
