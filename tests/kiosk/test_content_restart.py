"""A waiting catalogue or settings version restarts the kiosk only between residents.

The real kiosk window (built as main.py builds it) with ``RestartWhenFree`` watching it.
Its timer is set far off and each test calls ``check()`` itself, at the moments that
matter, so nothing waits on wall time; ``end_loop`` records the restart instead of ending
the test's own event loop. tests/operations/test_content_updates_kiosk.py runs the real
thing: a ``main.py kiosk`` process that restarts itself onto the new version.
"""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QPlainTextEdit

from kiosk.content_restart import RestartWhenFree
from tests.kiosk.conftest import KioskUnderTest
from ui.background import BackgroundOp, operations_running

NEVER_S = 3600.0


class Watch:
    """A RestartWhenFree on the kiosk, with a version waiting unless told otherwise."""

    def __init__(self, kiosk: KioskUnderTest, quiet_s: float = 0.0) -> None:
        self.version_waiting = True
        self.restarts = 0
        self.watcher = RestartWhenFree(
            kiosk.window,
            lambda: self.version_waiting,
            quiet_s=quiet_s,
            check_ms=int(NEVER_S * 1000),
            end_loop=self._ended,
        )

    def _ended(self) -> None:
        self.restarts += 1

    def check(self) -> int:
        """Look now, as the timer would; how many restarts so far."""
        self.watcher.check()
        return self.restarts


def test_a_waiting_version_restarts_an_unused_kiosk(kiosk: KioskUnderTest) -> None:
    watch = Watch(kiosk)
    assert kiosk.window.between_sessions()
    assert watch.check() == 1


def test_nothing_restarts_when_no_version_waits(kiosk: KioskUnderTest) -> None:
    watch = Watch(kiosk)
    watch.version_waiting = False
    assert watch.check() == 0


def test_a_resident_mid_journey_is_never_restarted_under(kiosk: KioskUnderTest) -> None:
    watch = Watch(kiosk)
    kiosk.tap("homeTile_feedback")
    kiosk.tap("service_libraries")
    kiosk.tap("continueButton")
    kiosk.tap("rating_5")
    kiosk.tap("continueButton")
    box = kiosk.find("commentBox")
    assert isinstance(box, QPlainTextEdit)
    box.setPlainText("The new opening hours are good.")
    assert watch.check() == 0
    kiosk.tap("continueButton")
    kiosk.tap("continueButton")  # send
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.current_page == "feedback/done")
    assert watch.check() == 0  # still their visit: the thank-you page
    assert len(kiosk.events_of("feedback.given")) == 1

    kiosk.tap("finishButton")  # the visit ends and is wiped
    assert kiosk.window.current.screen_name == "home"
    kiosk.qtbot.waitUntil(lambda: operations_running() == 0)
    assert watch.check() == 1


def test_home_with_a_visit_under_way_is_not_between_sessions(kiosk: KioskUnderTest) -> None:
    watch = Watch(kiosk)
    kiosk.tap("textSizeButton")  # larger text chosen on the home screen: a visit has begun
    kiosk.qtbot.waitUntil(lambda: operations_running() == 0)  # its start is recorded
    assert kiosk.window.current.screen_name == "home"
    assert watch.check() == 0
    kiosk.window.end_visit(idle=True)  # as the idle wipe ends it
    kiosk.qtbot.waitUntil(lambda: operations_running() == 0)
    assert watch.check() == 1


def test_nothing_restarts_while_something_is_still_being_recorded(kiosk: KioskUnderTest) -> None:
    watch = Watch(kiosk)
    release = threading.Event()
    BackgroundOp(kiosk.window, lambda: release.wait(30)).run()
    assert watch.check() == 0
    release.set()
    kiosk.qtbot.waitUntil(lambda: operations_running() == 0)
    assert watch.check() == 1


def test_the_kiosk_must_stay_free_for_the_quiet_time(kiosk: KioskUnderTest) -> None:
    watch = Watch(kiosk, quiet_s=NEVER_S)
    assert watch.check() == 0
    assert kiosk.window.between_sessions()
    assert watch.check() == 0
