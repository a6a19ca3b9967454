"""Typing as a resident does at the kiosk: with the on-screen keyboard, or a USB keyboard.

Qt Virtual Keyboard (the kiosk's on-screen keyboard) hands each key to the focused field as
an input-method event carrying a commit string, not as a key press; the offscreen platform
tests run on shows no keyboard panel, so :func:`keyboard_type` delivers the same events the
panel would. :func:`keys_type` presses real keys, as a USB keyboard on a staff-assisted
kiosk does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

Field = QLineEdit | QPlainTextEdit


def tap_into(field: QWidget) -> None:
    """Tap a text field: it takes the focus, as under a finger."""
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    if QApplication.focusWidget() is not field:  # a window not active offscreen
        field.setFocus(Qt.FocusReason.MouseFocusReason)


def keyboard_type(field: Field, text: str, chunk: int = 1) -> None:
    """Type ``text`` into ``field`` through the on-screen keyboard's input-method events.

    One event per key (``chunk`` characters, more for a long paste-like answer, so a huge
    answer does not take a million events).
    """
    tap_into(field)
    for start in range(0, len(text), chunk):
        event = QInputMethodEvent("", [])
        event.setCommitString(text[start : start + chunk])
        QCoreApplication.sendEvent(field, event)


def keys_type(field: Field, text: str) -> None:
    """Type ``text`` with key presses, one press and release per character.

    Each event carries its character as text (as a keyboard layout or compose key
    delivers Bengali or accented letters); QTest.keyClicks cannot, beyond ASCII.
    """
    tap_into(field)
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QCoreApplication.sendEvent(field, event)


def field_text(field: Field) -> str:
    """What the field holds now."""
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()
