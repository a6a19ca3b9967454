"""A desk takes a new catalogue or settings version only when no member of staff is using it.

A desk is free when nobody is signed in with a card (nor half-way through typing a PIN),
nothing is being saved or printed, and nobody has touched it for ``quiet_s`` (reception can
call tickets without signing in, so a touch counts too). Then it restarts in place
(ui/content_restart.py) and comes back on the new version about two seconds later: the
ticket being served, the queue and the visitors all come back from the journal.

While someone is signed in and a version waits, the desk says so in a plain line under its
title, so staff know why the new service names are not there yet and what brings them.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from assisted.desk_window import DeskWindow
from ui.background import operations_running
from ui.content_restart import CHECK_MS, RestartWhenQuiet, end_loop_for_update
from ui.widgets import label

QUIET_S = 10.0


def desk_is_free(window: DeskWindow) -> bool:
    """True while no member of staff is signed in and the desk is saving or printing nothing."""
    staff = window.staff
    printing = window.printer is not None and window.printer.busy
    return (
        staff.staff is None
        and not staff.card.panel.isVisible()
        and not window.busy
        and not printing
        and operations_running() == 0
    )


class RestartWhenDeskFree(RestartWhenQuiet):
    """Ends the desk's event loop for a waiting version once the desk has been free a while,
    and tells signed-in staff that a version waits for them to sign out.

    Attributes:
        notice: the line staff see while a version waits for them (hidden otherwise).

    ``end_loop`` is how the loop is ended (tests watch it instead of ending theirs).
    """

    def __init__(
        self,
        window: DeskWindow,
        waiting: Callable[[], bool],
        quiet_s: float = QUIET_S,
        check_ms: int = CHECK_MS,
        end_loop: Callable[[], None] = end_loop_for_update,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(
            window,
            lambda: desk_is_free(window),
            waiting,
            quiet_s,
            check_ms,
            end_loop,
            input_resets=True,
            clock=clock,
        )
        self._window = window
        self._version_waiting = waiting
        self.notice = label("deskUpdateNotice", "secondary", window)
        self.notice.hide()
        window.notices.addWidget(self.notice)
        window.staff.changed.connect(self.show_notice)

    def check(self) -> bool:
        """Restart if the desk has been free long enough; meanwhile keep the notice true."""
        self.show_notice()
        return super().check()

    def show_notice(self) -> None:
        """Show the notice while someone is signed in and a version waits; hide it otherwise."""
        wanted = self._window.staff.staff is not None and self._version_waiting()
        if wanted:
            self.notice.setText(
                self.tr(
                    "The council has sent a new catalogue or new settings for this site. "
                    "This desk will start using them once you sign out."
                )
            )
        self.notice.setVisible(wanted)
