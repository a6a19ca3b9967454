"""Leaving nothing behind: clears every text field in a widget tree and the clipboard."""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def wipe_text_fields(root: QWidget) -> int:
    """Clear every editable text widget under ``root``; returns how many were cleared."""
    cleared = 0
    for edit in root.findChildren(QLineEdit):
        # setText, not clear(): clear() is an edit that Ctrl+Z undoes, bringing the last
        # resident's words back; setText also forgets the undo and redo history.
        edit.setText("")
        edit.setModified(False)
        cleared += 1
    for text in root.findChildren(QTextEdit):
        text.clear()
        text.document().clearUndoRedoStacks()
        cleared += 1
    for plain in root.findChildren(QPlainTextEdit):
        plain.clear()
        plain.document().clearUndoRedoStacks()
        cleared += 1
    for combo in root.findChildren(QComboBox):
        if combo.isEditable():
            combo.clearEditText()
    return cleared


def uncheck_all(root: QWidget) -> None:
    """Clear every checked choice (radio buttons, check boxes) under ``root``."""
    for group in root.findChildren(QButtonGroup):
        exclusive = group.exclusive()
        group.setExclusive(False)
        for button in group.buttons():
            button.setChecked(False)
        group.setExclusive(exclusive)
    for button in root.findChildren(QAbstractButton):
        if button.isCheckable():
            button.setChecked(False)


def wipe_clipboard() -> None:
    """Empty the clipboard and the X11 selection."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
    method = QGuiApplication.inputMethod()
    method.reset()
    method.hide()
