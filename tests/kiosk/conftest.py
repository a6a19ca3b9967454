"""Fixtures for driving the real kiosk window offscreen, built the way main.py builds it."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

import main
from core.clock import HybridLogicalClock
from core.config import TerminalConfig
from core.kiosk_services import KioskServices
from kiosk.app import build_kiosk
from kiosk.shell import KioskWindow
from store.journal import SqliteJournal
from tests.site_terminal import Wall

SCREEN = (1920, 1080)


@dataclasses.dataclass
class KioskUnderTest:
    """A kiosk window with its real journal and services."""

    window: KioskWindow
    journal: SqliteJournal
    services: KioskServices
    qtbot: QtBot

    def find(self, name: str) -> QWidget:
        """The widget with this objectName; fails the test if there is none."""
        found = [w for w in self.window.findChildren(QWidget, name) if w.objectName() == name]
        assert len(found) == 1, f"{len(found)} widgets named {name}; names must be unique"
        return found[0]

    def tap(self, name: str) -> None:
        """Tap a button by objectName, as a resident would."""
        from PySide6.QtCore import Qt

        widget = self.find(name)
        assert isinstance(widget, QAbstractButton), name
        assert widget.isVisible() and widget.isEnabled(), f"{name} cannot be tapped"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def walk_feedback(
        self, to: str, service: str = "housing", rating: int = 4, comment: str = ""
    ) -> None:
        """From home, answer the feedback questions up to page ``to`` (comment or check)."""
        from PySide6.QtWidgets import QPlainTextEdit

        self.tap("homeTile_feedback")
        self.tap(f"service_{service}")
        self.tap("continueButton")
        self.tap(f"rating_{rating}")
        self.tap("continueButton")
        box = self.find("commentBox")
        assert isinstance(box, QPlainTextEdit)
        box.setFocus()
        if comment:
            box.setPlainText(comment)
        if to == "check":
            self.tap("continueButton")
        assert self.window.current.current_page == f"feedback/{to}"

    def events_of(self, kind: str) -> list[dict[str, object]]:
        """Payloads of the journal's events of one type."""
        return [e.payload for e in self.journal.events() if e.type == kind]


def make_kiosk(
    qtbot: QtBot,
    config: TerminalConfig,
    data_dir: Path,
    speech_engine: str | None = None,
    wall: Callable[[], int] | None = None,
    settle: bool = True,
) -> Iterator[KioskUnderTest]:
    """Compose services exactly as main.py does, then show the window at 1080p.

    With ``settle`` (the default) it also waits until every screen is built, as they are
    one per event-loop turn after the first paint; without, a test can act in between.

    With ``wall``, the journal's clock (and so the site queue, which reads it) runs on that
    settable clock instead of the real one; nothing else about the composition changes.
    """
    if wall is None:
        services, journal = main.compose_kiosk(config, data_dir)
    else:
        with pytest.MonkeyPatch.context() as patch:
            clock = HybridLogicalClock(wall)
            patch.setattr(main, "SqliteJournal", functools.partial(SqliteJournal, clock=clock))
            services, journal = main.compose_kiosk(config, data_dir)
    services = dataclasses.replace(services, speech_engine=speech_engine)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_kiosk(services, app)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    if settle:
        qtbot.waitUntil(lambda: window.screens_ready, timeout=30_000)
    try:
        yield KioskUnderTest(window, journal, services, qtbot)
    finally:
        window.translations.switch("en")  # translators belong to the app, which outlives a test
        window.leave_kiosk_mode()
        app.removeEventFilter(window.idle)
        # Free the window now: left to pytest-qt, each test's window outlived it, and every
        # later style or language change restyled all of them (the suite slowed to a halt).
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        journal.close()


@pytest.fixture
def kiosk(qtbot: QtBot, demo_config: TerminalConfig, data_dir: Path) -> Iterator[KioskUnderTest]:
    """The demo kiosk with no speech engine."""
    yield from make_kiosk(qtbot, demo_config, data_dir)


@pytest.fixture
def wall() -> Wall:
    """A settable clock starting at 10:00 on Monday 23 November 2026 in London."""
    return Wall()


@pytest.fixture
def site_kiosk(
    qtbot: QtBot, demo_config: TerminalConfig, data_dir: Path, wall: Wall
) -> Iterator[KioskUnderTest]:
    """The demo kiosk with the site's queue on a settable clock, printing PDFs to a folder."""
    yield from make_kiosk(qtbot, demo_config, data_dir, wall=wall)


def save_screen(kiosk: KioskUnderTest, name: str) -> Path:
    """Render the kiosk at 1080p to build/screens/<name>.png, for people to look at."""
    from tests.conftest import ROOT

    kiosk.qtbot.waitUntil(lambda: kiosk.window.size().toTuple() == SCREEN)
    # Lay out what the last tap changed, as the first frame on a real screen would be.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    out = ROOT / "build" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.png"
    assert kiosk.window.grab().save(str(path)), f"{name} could not be saved"
    return path


SCRIPTS = {"bn": "[\u0980-\u09ff]", "ur": "[\u0600-\u06ff]"}


def check_screen(kiosk: KioskUnderTest, name: str, language: str) -> Path:
    """Save the screen (see ``save_screen``) and check it: 1080p, not blank, and for Bengali
    and Urdu, the language's own script on the visible labels and buttons."""
    import re

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QLabel

    path = save_screen(kiosk, name)
    image = QImage(str(path))
    assert (image.width(), image.height()) == SCREEN
    colours = {image.pixel(x, y) for y in range(0, 1080, 12) for x in range(0, 1920, 12)}
    assert len(colours) > 8, f"{name} looks blank"
    if language in SCRIPTS:
        shown = kiosk.window.findChildren(QLabel) + kiosk.window.findChildren(QAbstractButton)
        texts = " ".join(w.text() for w in shown if w.isVisible())
        assert re.search(SCRIPTS[language], texts), f"{name} shows no {language} text"
    return path


def visible_texts(root: QWidget) -> list[str]:
    """Every text a widget under ``root`` holds: field contents, labels, names, tooltips."""
    texts: list[str] = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit):
            texts.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        texts.append(w.accessibleName())
        texts.append(w.toolTip())
    return texts
