"""The accessibility bar: larger text, high contrast, and read aloud (or a notice without it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from core.config import TerminalConfig
from tests.kiosk.conftest import KioskUnderTest, make_kiosk


def test_larger_text_makes_the_text_larger(kiosk: KioskUnderTest) -> None:
    """The heading grows when Larger text is on, and shrinks back when off."""
    heading = kiosk.find("homeHeading")
    normal = heading.fontInfo().pixelSize()
    kiosk.tap("textSizeButton")
    kiosk.qtbot.waitUntil(lambda: heading.fontInfo().pixelSize() > normal)
    kiosk.tap("textSizeButton")
    kiosk.qtbot.waitUntil(lambda: heading.fontInfo().pixelSize() == normal)


def test_high_contrast_turns_the_page_black(kiosk: KioskUnderTest) -> None:
    """High contrast gives a black page (yellow and white text), visible in a grab."""
    kiosk.tap("contrastButton")
    image = kiosk.window.grab().toImage()
    corner = image.pixelColor(image.width() // 2, image.height() // 2 + 300)
    assert corner.name() == "#000000"
    kiosk.tap("contrastButton")
    image = kiosk.window.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2 + 300).name() == "#ffffff"


def test_read_aloud_without_an_engine_shows_a_notice(kiosk: KioskUnderTest) -> None:
    """No speech engine: the resident is told, not left in silence."""
    kiosk.tap("readAloudButton")
    notice = kiosk.find("noticeBanner")
    assert notice.isVisible()
    assert "Read aloud is not available" in notice.text()  # type: ignore[attr-defined]
    assert not kiosk.find("readAloudButton").isChecked()  # type: ignore[attr-defined]


@pytest.fixture
def speaking_kiosk(
    qtbot: QtBot, demo_config: TerminalConfig, data_dir: Path
) -> Iterator[KioskUnderTest]:
    """The kiosk with Qt's mock speech engine (the engine Qt ships for testing)."""
    yield from make_kiosk(qtbot, demo_config, data_dir, speech_engine="mock")


def test_read_aloud_speaks_each_screen(speaking_kiosk: KioskUnderTest) -> None:
    """Turning read aloud on speaks the screen; moving on speaks the next one."""
    kiosk = speaking_kiosk
    with kiosk.qtbot.waitSignal(kiosk.window.speech.spoke) as spoken:
        kiosk.tap("readAloudButton")
    assert "Welcome to Idea Store Whitechapel" in spoken.args[0]
    engine = kiosk.window.speech.engine
    assert engine is not None
    kiosk.qtbot.waitUntil(lambda: engine.state() == QTextToSpeech.State.Speaking)
    with kiosk.qtbot.waitSignal(kiosk.window.speech.spoke) as spoken:
        kiosk.tap("homeTile_services")
    assert "Which service do you need?" in spoken.args[0]
