"""A display board takes a new catalogue or settings version between calls, never during one.

Nobody sits at a board, so "free" means quiet: no call being chimed or spoken, none queued to
be, and no call still highlighted as new, kept so for ``quiet_s`` (counted again from every
call announced). Then the board restarts in place (ui/content_restart.py) and comes back
with the new service names, letters and settings about two seconds later.

A call made while the board is away is still announced: a board started afresh never
replays old calls, so the one restarting hands the time of the newest call it took in to the
next start, through an environment variable that the re-executed process inherits and reads
once (``hand_over`` and ``taken_over``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from kiosk.board import DisplayBoard
from ui.content_restart import CHECK_MS, RestartWhenQuiet, end_loop_for_update

QUIET_S = 5.0
HAND_OVER = "CIVIC_KIOSK_BOARD_CALLS_UP_TO_MS"


def hand_over(board: DisplayBoard) -> None:
    """Before restarting: tell the next start which calls this board has already taken in."""
    os.environ[HAND_OVER] = str(board.calls_taken_up_to_ms)


def taken_over() -> int | None:
    """At start: the newest call the board before this restart took in (None at a boot)."""
    value = os.environ.pop(HAND_OVER, "")
    return int(value) if value.isdigit() else None


def board_is_quiet(board: DisplayBoard) -> bool:
    """True while the board announces nothing and highlights no call as new."""
    announcer = board.announcer
    return announcer.current is None and announcer.pending == 0 and board.highlighted is None


class RestartWhenBoardQuiet(RestartWhenQuiet):
    """Ends the board's event loop for a waiting version once no call has been made a while.

    ``end_loop`` is how the loop is ended (tests watch it instead of ending theirs).
    """

    def __init__(
        self,
        board: DisplayBoard,
        waiting: Callable[[], bool],
        quiet_s: float = QUIET_S,
        check_ms: int = CHECK_MS,
        end_loop: Callable[[], None] = end_loop_for_update,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(
            board, lambda: board_is_quiet(board), waiting, quiet_s, check_ms, end_loop, clock=clock
        )
        board.announcer.started.connect(lambda _announcement: self.not_free())
