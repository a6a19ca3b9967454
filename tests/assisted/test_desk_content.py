"""A desk takes a waiting catalogue or settings version only once staff have signed out.

The real desk window over a real journal; staff sign in with a virtual card in vpcd's reader
through a real pcscd, as in tests/assisted/test_desk_staff.py. ``RestartWhenDeskFree``
watches the desk with its timer set far off; each test calls ``check()`` at the moments that
matter, on a clock the test moves, and ``end_loop`` records the restart instead of ending the
test's own event loop. tests/operations/test_content_updates_terminals.py runs the real
thing: a ``main.py desk`` process that restarts itself onto a new catalogue.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from assisted.dashboard_window import DashboardWindow
from assisted.desk_content import RestartWhenDeskFree
from assisted.desk_window import DeskWindow
from tests.assisted.conftest import DeskUnderTest
from tests.assisted.test_desk_staff import AMINA, WAIT_MS, cards, sign_in, staffed_desk
from tests.conftest import ROOT
from tests.devices.pcsc_support import CardSlot, card_slot, pcscd
from tests.devices.virtual_staff_card import VirtualStaffCard
from ui.background import BackgroundOp, operations_running

__all__ = ["card_slot", "cards", "pcscd", "staffed_desk"]  # fixtures, imported for pytest

pytestmark = pytest.mark.qt
NEVER_MS = 3_600_000
QUIET_S = 10.0
OUT = ROOT / "build" / "screens"


class Watch:
    """A RestartWhenDeskFree on the desk, with a version waiting unless told otherwise."""

    def __init__(self, window: DeskWindow) -> None:
        self.version_waiting = True
        self.restarts = 0
        self.now = 0.0
        self.watcher = RestartWhenDeskFree(
            window,
            lambda: self.version_waiting,
            quiet_s=QUIET_S,
            check_ms=NEVER_MS,
            end_loop=self._ended,
            clock=lambda: self.now,
        )

    def _ended(self) -> None:
        self.restarts += 1

    def check(self, at_s: float) -> int:
        """Look at ``at_s`` seconds, as the timer would; how many restarts so far."""
        self.now = at_s
        self.watcher.check()
        return self.restarts

    @property
    def notice(self) -> str:
        """The notice staff see now ("" when it is hidden)."""
        shown = self.watcher.notice
        return shown.text() if shown.isVisible() else ""


def test_signed_in_staff_are_told_and_the_desk_restarts_only_after_they_sign_out(
    staffed_desk: tuple[DeskUnderTest, list[DashboardWindow]],
    card_slot: CardSlot,
    cards: dict[str, VirtualStaffCard],
) -> None:
    desk, _ = staffed_desk
    inserted = sign_in(desk, card_slot, cards[AMINA])
    watch = Watch(desk.window)
    watch.version_waiting = False
    assert watch.check(at_s=0.0) == 0
    assert watch.notice == ""  # nothing waits: nothing to say

    watch.version_waiting = True  # the sync thread staged a new catalogue
    assert watch.check(at_s=1.0) == 0
    assert "will start using them once you sign out" in watch.notice
    OUT.mkdir(parents=True, exist_ok=True)
    desk.window.grab().save(str(OUT / "desk-update-waiting-for-sign-out.png"))
    assert watch.check(at_s=3600.0) == 0  # an hour on: Amina is still signed in

    card_slot.remove(inserted)
    desk.qtbot.waitUntil(lambda: not desk.has("deskSignOut"), timeout=WAIT_MS)
    assert watch.notice == ""  # hidden the moment she signs out
    assert watch.check(at_s=3601.0) == 0  # free from now: the quiet time is counted
    assert watch.check(at_s=3601.0 + QUIET_S) == 1


def test_a_desk_nobody_is_signed_in_at_restarts_once_left_alone(desk: DeskUnderTest) -> None:
    watch = Watch(desk.window)
    assert watch.check(at_s=0.0) == 0
    assert watch.notice == ""  # nobody signed in to tell
    # Reception can use the desk without signing in: a touch counts the quiet again.
    QTest.mouseClick(desk.find("deskTitle"), Qt.MouseButton.LeftButton)
    assert watch.check(at_s=9.0) == 0
    assert watch.check(at_s=9.0 + QUIET_S - 0.1) == 0
    assert watch.check(at_s=9.0 + QUIET_S) == 1


def test_a_desk_never_restarts_while_something_is_being_saved(desk: DeskUnderTest) -> None:
    watch = Watch(desk.window)
    release = threading.Event()
    BackgroundOp(desk.window, lambda: release.wait(30)).run()
    assert watch.check(at_s=0.0) == 0
    assert watch.check(at_s=QUIET_S) == 0
    release.set()
    desk.qtbot.waitUntil(lambda: operations_running() == 0)
    assert watch.check(at_s=QUIET_S + 1) == 0
    assert watch.check(at_s=2 * QUIET_S + 1) == 1
