"""Every interactive widget can be found by a unique objectName and has an accessible name."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from tests.kiosk.conftest import KioskUnderTest


def test_interactive_widgets_have_unique_object_names(kiosk: KioskUnderTest) -> None:
    """Tests and assistive technology can address each control on its own."""
    controls = [
        w
        for w in kiosk.window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QPlainTextEdit)
    ]
    assert controls
    names = [w.objectName() for w in controls]
    assert all(names), [type(w).__name__ for w in controls if not w.objectName()]
    duplicates = [n for n, count in Counter(names).items() if count > 1]
    assert duplicates == []
    unnamed = [w.objectName() for w in controls if not w.accessibleName()]
    assert unnamed == []


@pytest.mark.parametrize("language", ["en", "bn", "so", "ur", "zh_CN", "pl"])
def test_button_labels_fit_their_buttons_in_large_text(
    kiosk: KioskUnderTest, language: str
) -> None:
    """With larger text on, no visible button on the home screen cuts its label short."""
    kiosk.tap("languageButton")
    kiosk.tap(f"language_{language}")
    kiosk.tap("textSizeButton")
    clipped = []
    for b in kiosk.window.findChildren(QPushButton):
        if b.isVisible() and b.text():
            needed = b.sizeHint().width()
            if b.width() < needed:
                clipped.append((b.objectName(), b.text(), b.width(), needed))
    assert clipped == []


def test_touch_targets_are_at_least_48_pixels(kiosk: KioskUnderTest) -> None:
    """Every button a resident can press on each screen is at least 48 px both ways at 1080p."""
    for name in ("home", "services", "feedback", "language"):
        kiosk.window.show_screen(name)
        kiosk.qtbot.waitUntil(lambda n=name: kiosk.window.current.screen_name == n)
        small = [
            (b.objectName(), b.width(), b.height())
            for b in kiosk.window.findChildren(QAbstractButton)
            if b.isVisible() and (b.width() < 48 or b.height() < 48)
        ]
        assert small == [], name
