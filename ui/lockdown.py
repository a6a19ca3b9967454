"""Kiosk lockdown inside the app: no context menus, no drops, and the usual escape keys do
nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

_CTRL_KEYS = {Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_F4, Qt.Key.Key_Tab}
# Context menus (copy, paste, links), and anything dragged in from another program: a text
# box would take a dropped file's path or text, and nothing dropped belongs in a kiosk.
_REFUSED = {
    QEvent.Type.ContextMenu,
    QEvent.Type.DragEnter,
    QEvent.Type.DragMove,
    QEvent.Type.Drop,
}


def is_blocked_key(event: QKeyEvent) -> bool:
    """True for key presses that would close, switch away from, or escape the kiosk."""
    key = event.key()
    mods = event.modifiers()
    if key == Qt.Key.Key_Escape:
        return True
    if key == Qt.Key.Key_F4 and mods & Qt.KeyboardModifier.AltModifier:
        return True
    if key in _CTRL_KEYS and mods & Qt.KeyboardModifier.ControlModifier:
        return True
    return key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and bool(
        mods & Qt.KeyboardModifier.AltModifier
    )


class Lockdown(QObject):
    """An application event filter that swallows context menus, drag and drop, and escape
    key sequences."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Consume blocked events before any widget sees them."""
        kind = event.type()
        if kind in _REFUSED:
            self.blocked += 1
            return True
        keys = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease)
        if kind in keys and isinstance(event, QKeyEvent) and is_blocked_key(event):
            self.blocked += 1
            return True
        return False
