"""A display board takes a waiting catalogue or settings version between calls, never during one.

The real board (built as main.py builds it) over real journals, with ``RestartWhenBoardQuiet``
watching it. Its timer is set far off and each test calls ``check()`` itself at the moments
that matter, on a clock the test moves; ``end_loop`` records the restart instead of ending
the test's own event loop. There is no sound device here, so the chime is a stand-in the
test lets finish (the ``Chime`` seam the announcer plays through).
tests/operations/test_content_updates_terminals.py runs the real thing: a ``main.py display``
process that restarts itself onto a new catalogue.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

from kiosk.board import DisplayBoard
from kiosk.board_app import build_board
from kiosk.board_restart import HAND_OVER, RestartWhenBoardQuiet, hand_over, taken_over
from tests.kiosk.conftest import SCREEN
from tests.kiosk.test_board import Site, shows_call, site

__all__ = ["site"]  # the fixture, imported for pytest

pytestmark = pytest.mark.qt
NEVER_MS = 3_600_000


class HeldChime:
    """A chime that plays until the test says it has finished."""

    def __init__(self) -> None:
        self.then: Callable[[], None] | None = None

    def play(self, then: Callable[[], None]) -> None:
        self.then = then

    def finish(self) -> None:
        assert self.then is not None, "nothing is chiming"
        then, self.then = self.then, None
        then()


class Watch:
    """A RestartWhenBoardQuiet on the board, a version waiting unless told otherwise."""

    def __init__(self, board: DisplayBoard, quiet_s: float = 0.0) -> None:
        self.version_waiting = True
        self.restarts = 0
        self.now = 0.0
        self.watcher = RestartWhenBoardQuiet(
            board,
            lambda: self.version_waiting,
            quiet_s=quiet_s,
            check_ms=NEVER_MS,
            end_loop=self._ended,
            clock=lambda: self.now,
        )

    def _ended(self) -> None:
        self.restarts += 1

    def check(self, at_s: float | None = None) -> int:
        """Look now (or at ``at_s``), as the timer would; how many restarts so far."""
        if at_s is not None:
            self.now = at_s
        self.watcher.check()
        return self.restarts


def test_a_quiet_board_restarts_for_a_waiting_version_after_the_quiet_time(site: Site) -> None:
    board = site.show_board()
    watch = Watch(board, quiet_s=5.0)
    assert watch.check(at_s=0.0) == 0
    assert watch.check(at_s=4.9) == 0
    assert watch.check(at_s=5.0) == 1


def test_a_board_with_no_version_waiting_never_restarts(site: Site) -> None:
    board = site.show_board()
    watch = Watch(board, quiet_s=5.0)
    watch.version_waiting = False
    assert watch.check(at_s=0.0) == 0
    assert watch.check(at_s=3600.0) == 0


def test_a_board_never_restarts_during_a_call_nor_while_it_is_highlighted(site: Site) -> None:
    ticket = site.kiosk.site.tickets.take("housing", "en")
    site.replicate()
    board = site.show_board()
    board.highlight_ms = 150
    chime = HeldChime()
    board.announcer.use(None, chime)
    watch = Watch(board)

    site.desk(site.desk3, "Desk 3").call_next()
    site.replicate()
    site.qtbot.waitUntil(lambda: chime.then is not None, timeout=5_000)  # the chime sounds
    assert watch.check() == 0
    chime.finish()  # the call is over
    assert board.announcer.current is None
    assert board.highlighted == ticket.number
    assert watch.check() == 0  # still shown as the new call
    site.qtbot.waitUntil(lambda: board.highlighted is None, timeout=5_000)
    assert watch.check() == 1
    assert shows_call(board, ticket.number, "Desk 3")


def test_a_call_made_while_the_board_restarts_is_announced_when_it_is_back(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(HAND_OVER, raising=False)
    first = site.kiosk.site.tickets.take("housing", "en")
    second = site.kiosk.site.tickets.take("parking", "en")
    site.replicate()
    board = site.show_board()
    site.desk(site.desk3, "Desk 3").call_next()
    site.replicate()
    site.qtbot.waitUntil(lambda: first.number in board.announcement.text(), timeout=5_000)

    hand_over(board)  # the board restarts onto a new catalogue
    board.close()
    site.wall.advance(seconds=2)
    site.desk(site.desk4, "Desk 4").call_next()  # while it is away
    site.replicate()
    back = build_board(site.board.site, site.board.config, None, taken_over())
    site.qtbot.addWidget(back)
    back.resize(*SCREEN)
    back.show()

    assert back.announcement.text() == f"Number {second.number}, please go to Desk 4."
    assert back.announcer.pending == 0  # the call announced before the restart: not again
    assert back.highlighted == second.number
    assert shows_call(back, first.number, "Desk 3")
    assert HAND_OVER not in os.environ  # read once: a later start by systemd replays nothing
