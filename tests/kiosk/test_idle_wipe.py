"""After the idle timeout: "Do you need more time?", then a wipe that leaves nothing behind."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.kiosk.conftest import KioskUnderTest, visible_texts

SECRET = "Zanzibar-Qx7 দীপঙ্কর ٹیسٹ 4471"


def _fill_feedback_to_check_page(kiosk: KioskUnderTest) -> None:
    kiosk.walk_feedback("check", rating=2, comment=SECRET)
    assert any(SECRET in t for t in visible_texts(kiosk.window))
    QGuiApplication.clipboard().setText(SECRET)


def test_idle_asks_for_more_time_and_more_time_keeps_answers(kiosk: KioskUnderTest) -> None:
    """The prompt comes up after the timeout; "Yes" keeps the resident's answers."""
    _fill_feedback_to_check_page(kiosk)
    kiosk.window.idle_prompt.set_grace(60_000)
    kiosk.window.idle.set_timeout(50)
    kiosk.qtbot.waitUntil(kiosk.window.idle_prompt.isVisible, timeout=5000)
    assert "more time" in kiosk.find("idleHeading").text()  # type: ignore[attr-defined]
    kiosk.tap("moreTimeButton")
    assert not kiosk.window.idle_prompt.isVisible()
    assert any(SECRET in t for t in visible_texts(kiosk.window))
    assert kiosk.window.current.current_page == "feedback/check"


def test_idle_wipe_leaves_no_resident_text_anywhere(
    kiosk: KioskUnderTest, caplog: pytest.LogCaptureFixture
) -> None:
    """Nobody answers: every widget, the clipboard and the journey are wiped, and home shows."""
    caplog.set_level(logging.DEBUG)
    kiosk.tap("languageButton")
    kiosk.tap("language_pl")
    kiosk.find("textSizeButton").setChecked(True)  # type: ignore[attr-defined]
    _fill_feedback_to_check_page(kiosk)
    kiosk.window.idle_prompt.set_grace(50)
    with kiosk.qtbot.waitSignal(kiosk.window.wiped, timeout=5000):
        kiosk.window.idle.set_timeout(50)

    assert not [t for t in visible_texts(kiosk.window) if SECRET in t or "Zanzibar" in t]
    assert QGuiApplication.clipboard().text() == ""
    assert kiosk.window.current.screen_name == "home"
    assert kiosk.window.language == "en"
    assert kiosk.window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not kiosk.find("textSizeButton").isChecked()  # type: ignore[attr-defined]
    assert kiosk.window.screen_named("feedback").journey.answers.comment == ""  # type: ignore[attr-defined]
    kiosk.qtbot.waitUntil(lambda: len(kiosk.events_of("session.timed_out")) == 1)
    assert kiosk.events_of("session.timed_out") == [{"screen": "feedback/check"}]
    assert kiosk.events_of("feedback.given") == []
    assert "Zanzibar" not in "\n".join(r.getMessage() for r in caplog.records)


def test_idle_on_the_home_screen_does_nothing(kiosk: KioskUnderTest) -> None:
    """With no visit under way there is nothing to ask about or wipe."""
    kiosk.window.idle.set_timeout(20)
    kiosk.window.idle.start()
    kiosk.qtbot.waitUntil(lambda: not kiosk.window.idle.active, timeout=5000)
    assert not kiosk.window.idle_prompt.isVisible()
    assert kiosk.events_of("session.timed_out") == []
