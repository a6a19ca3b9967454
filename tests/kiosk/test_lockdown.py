"""Kiosk lockdown: escape keys and context menus do nothing; leaving needs the staff PIN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from tests.kiosk.conftest import KioskUnderTest

BLOCKED = [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
]


def _on_comment_page(kiosk: KioskUnderTest, text: str) -> QPlainTextEdit:
    kiosk.walk_feedback("comment", service="parking")
    box = kiosk.find("commentBox")
    assert isinstance(box, QPlainTextEdit)
    kiosk.qtbot.keyClicks(box, text)
    return box


@pytest.mark.parametrize(("key", "modifier"), BLOCKED, ids=["Esc", "Alt+F4", "Ctrl+Q", "Ctrl+W"])
def test_blocked_shortcuts_do_nothing(
    kiosk: KioskUnderTest, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    """The window stays, the page stays, and the resident's words stay."""
    box = _on_comment_page(kiosk, "the bins were missed twice")
    before = kiosk.window.lockdown.blocked
    kiosk.qtbot.keyClick(box, key, modifier)
    kiosk.qtbot.keyClick(kiosk.window, key, modifier)
    assert kiosk.window.lockdown.blocked > before
    assert kiosk.window.isVisible()
    assert kiosk.window.current.current_page == "feedback/comment"
    assert box.toPlainText() == "the bins were missed twice"


def test_closing_the_window_is_refused(kiosk: KioskUnderTest) -> None:
    """A close request (what Alt+F4 becomes in a window manager) is ignored."""
    assert kiosk.window.close() is False
    assert kiosk.window.isVisible()


def test_no_context_menu_appears(kiosk: KioskUnderTest) -> None:
    """A long press or right click on a text box opens no menu (no copy, paste or links)."""
    box = _on_comment_page(kiosk, "hello")
    before = kiosk.window.lockdown.blocked
    where = QPoint(10, 10)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, box.mapToGlobal(where))
    QApplication.sendEvent(box.viewport(), event)
    assert kiosk.window.lockdown.blocked == before + 1
    assert QApplication.activePopupWidget() is None
