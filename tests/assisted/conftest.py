"""Fixtures for driving the real desk window offscreen, on real journals, with a settable clock."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from assisted.desk_app import build_desk, desk_identity
from assisted.desk_window import DeskWindow
from core.desk_service import DeskService
from core.site_queue import Ticket
from tests.site_terminal import Terminal, Wall, open_terminal

SCREEN = (1920, 1080)


def pull(into: Terminal, *sources: Terminal) -> int:
    """Copy site events from other terminals, as site replication would; returns how many."""
    count = 0
    for source in sources:
        events = list(source.journal.site_events_after(into.journal.site_cursors()))
        count += into.journal.ingest_many(events)
    return count


@dataclasses.dataclass
class SiteUnderTest:
    """Terminals of one site in one test, sharing a wall clock."""

    folder: Path
    wall: Wall
    terminals: list[Terminal] = dataclasses.field(default_factory=list)

    def terminal(self, terminal_id: str, block: int, extra: str = "") -> Terminal:
        """Open a real terminal in its own folder."""
        made = open_terminal(self.folder / terminal_id, terminal_id, block, self.wall, extra)
        self.terminals.append(made)
        return made


@dataclasses.dataclass
class DeskUnderTest:
    """A desk window with its real terminal and desk service."""

    window: DeskWindow
    terminal: Terminal
    service: DeskService
    qtbot: QtBot

    def find(self, name: str) -> QWidget:
        """The widget with this objectName; fails the test if there is not exactly one."""
        found = [w for w in self.window.findChildren(QWidget, name) if w.objectName() == name]
        assert len(found) == 1, f"{len(found)} widgets named {name}; names must be unique"
        return found[0]

    def has(self, name: str) -> bool:
        """Whether a visible widget with this objectName is on the desk."""
        return any(w.isVisible() for w in self.window.findChildren(QWidget, name))

    def text(self, name: str) -> str:
        """A label's or button's text."""
        widget = self.find(name)
        assert isinstance(widget, (QLabel, QAbstractButton)), name
        return widget.text()

    def enabled(self, name: str) -> bool:
        """Whether a widget can be used now."""
        return self.find(name).isEnabled()

    def tap(self, name: str) -> None:
        """Tap a button by objectName, as staff would."""
        from PySide6.QtCore import Qt

        widget = self.find(name)
        assert isinstance(widget, QAbstractButton), name
        assert widget.isVisible() and widget.isEnabled(), f"{name} cannot be tapped"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def type(self, name: str, text: str) -> None:
        """Type into a text field."""
        field = self.find(name)
        assert isinstance(field, QLineEdit), name
        field.clear()
        self.qtbot.keyClicks(field, text)

    def settle(self) -> None:
        """Wait until no action is being saved."""
        self.qtbot.waitUntil(lambda: not self.window.busy, timeout=5000)
        QCoreApplication.processEvents()  # new rows are shown by a queued call

    def act(self, name: str) -> None:
        """Tap an action button and wait for its save to finish."""
        self.tap(name)
        self.settle()

    def pull(self, *sources: Terminal) -> None:
        """Receive other terminals' events (the window notices on its own)."""
        pull(self.terminal, *sources)

    def ticket(self, number: str) -> Ticket:
        """A ticket as this desk's queue has it now."""
        found = self.terminal.site.feed.queue.ticket_by_number(number)
        assert found is not None, f"{number} is not in the desk's queue"
        return found

    def events_of(self, kind: str) -> list[dict[str, object]]:
        """Payloads of this desk's journal events of one type."""
        return [e.payload for e in self.terminal.journal.events() if e.type == kind]

    def serving_text(self) -> str:
        """What the "now serving" panel shows."""
        return self.text("servingNumber")


DeskFactory = Callable[..., DeskUnderTest]


@pytest.fixture
def site(tmp_path: Path) -> Iterator[SiteUnderTest]:
    """An empty site at 10:00 on Monday 23 November 2026; its journals close at the end."""
    made = SiteUnderTest(tmp_path, Wall())
    yield made
    QThreadPool.globalInstance().waitForDone(5000)
    for terminal in made.terminals:
        terminal.journal.close()


@pytest.fixture
def kiosk(site: SiteUnderTest) -> Terminal:
    """A kiosk issuing tickets from block 1."""
    return site.terminal("demo-kiosk-1", 1)


@pytest.fixture
def make_desk(qtbot: QtBot, site: SiteUnderTest) -> Iterator[DeskFactory]:
    """Opens desk windows: ``make_desk(terminal_id, block, extra)``."""
    windows: list[DeskWindow] = []

    def make(
        terminal_id: str = "demo-desk-1",
        block: int = 2,
        extra: str = "",
        tick_ms: int = 50,
    ) -> DeskUnderTest:
        terminal = site.terminal(terminal_id, block, extra)
        service = DeskService(
            terminal.journal, terminal.site.tickets, desk_identity(terminal.config, terminal.site)
        )
        window = build_desk(terminal.site, service, terminal.config, tick_ms=tick_ms)
        assert isinstance(window, DeskWindow)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(*SCREEN)
        window.show()
        qtbot.waitExposed(window)
        desk = DeskUnderTest(window, terminal, service, qtbot)
        desk.settle()
        qtbot.waitUntil(lambda: terminal_id in terminal.site.feed.queue.desks)
        return desk

    yield make
    for window in windows:
        window.timer.stop()
        window.watch.stop()
        QThreadPool.globalInstance().waitForDone(5000)
        window.close()


@pytest.fixture
def desk(make_desk: DeskFactory) -> DeskUnderTest:
    """Desk 1 (``demo-desk-1``, skilled for every service), issuing walk-ins from block 2."""
    return make_desk()
