"""After a restart the home screen paints first; the other screens follow without freezing it.

The document and form screens import their scanning and PDF libraries when they are built
(about a second on this machine, more on a kiosk's slower CPU). Built all in one go, a tap in
that second waited for every one of them; built one per turn of the event loop, a tap is
handled between any two.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.shell import KioskWindow
from tests.kiosk.conftest import KioskUnderTest


@pytest.fixture
def turns(qtbot: QtBot) -> Iterator[list[int]]:
    """How many screens the kiosk had built at each turn of the event loop from its start.

    A zero-interval timer fires once per turn, as a queued tap is handled once per turn. Set up
    before the ``kiosk`` fixture, so it watches from the window's first show.
    """
    seen: list[int] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, KioskWindow) and widget.isVisible():
                seen.append(len(widget.screens))

    turn = QTimer()
    turn.setInterval(0)
    turn.timeout.connect(look)
    turn.start()
    yield seen
    turn.stop()


def test_the_other_screens_are_built_one_at_a_time_with_the_event_loop_running_between(
    turns: list[int], kiosk: KioskUnderTest
) -> None:
    every = {*kiosk.window.home.tiles, "language"}
    kiosk.qtbot.waitUntil(lambda: every <= set(kiosk.window.screens), timeout=30_000)
    assert turns[-1] - turns[0] >= 5  # the documents, forms and queue screens, at least
    steps = [later - earlier for earlier, later in itertools.pairwise(turns)]
    assert max(steps) == 1, f"screens built per turn: {steps}"
