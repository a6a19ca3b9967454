"""The UI loop's heartbeat (ui/watchdog.py): READY after the first paint, WATCHDOG from the loop.

The process-level proof (a stopped kiosk stops pinging and is restarted) is in
test_supervision_restarts.py; here, on a real widget, the order and the timer.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ui.watchdog import UiWatchdog

pytestmark = pytest.mark.qt


class Screen(QLabel):
    """A window that notes when it paints."""

    def __init__(self, said: list[str]) -> None:
        super().__init__("Welcome")
        self.said = said

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        self.said.append("paint")


def watchdog(said: list[str], interval_s: float | None) -> UiWatchdog:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return UiWatchdog(app, lambda: said.append("ready"), lambda: said.append("ping"), interval_s)


def test_ready_comes_after_the_first_paint_then_pings_from_the_loop(qtbot: QtBot) -> None:
    said: list[str] = []
    dog = watchdog(said, 0.05)
    try:
        screen = Screen(said)
        qtbot.addWidget(screen)
        assert said == []  # nothing on screen yet: not ready
        screen.show()
        qtbot.waitUntil(lambda: said.count("ping") >= 3, timeout=5000)
        assert said.index("paint") < said.index("ready") < said.index("ping")
        assert said.count("ready") == 1
        assert dog.timer.interval() == 50 and dog.pings == said.count("ping")
    finally:
        dog.timer.stop()
        dog.deleteLater()


def test_without_a_watchdog_only_ready_is_said(qtbot: QtBot) -> None:
    said: list[str] = []
    dog = watchdog(said, None)
    try:
        screen = Screen(said)
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitUntil(lambda: "ready" in said, timeout=5000)
        screen.update()
        qtbot.waitUntil(lambda: said.count("paint") >= 2, timeout=5000)
        assert said.count("ready") == 1 and "ping" not in said
        assert not dog.timer.isActive()
    finally:
        dog.deleteLater()
