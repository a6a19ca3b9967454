"""What a stranger could still read in the kiosk after the idle wipe.

The next person at the kiosk sees widgets, can press Ctrl+Z in a box (a kiosk with a
keyboard attached), can paste, and hears or reads whatever the on-screen keyboard offers.
``leftovers`` reads all of it the way a program can: every widget's text and accessible
texts, item views' model data in every role, both clipboards, the input method's state, and
each text box's undo and redo history (by undoing, then putting the box back).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    Qt.ItemDataRole.UserRole,
)


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a widget under ``root`` (and ``root``) holds or says."""
    for widget in [root, *root.findChildren(QWidget)]:
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLineEdit):
            yield f"{name} text", widget.text()
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            yield f"{name} text", widget.toPlainText()
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QLabel | QAbstractButton):
            yield f"{name} text", widget.text()
        if isinstance(widget, QComboBox):
            yield f"{name} edit text", widget.currentText()
            yield from _model_texts(f"{name} items", widget.model())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _model_texts(f"{name} model", widget.model())
        yield f"{name} accessibleName", widget.accessibleName()
        yield f"{name} accessibleDescription", widget.accessibleDescription()
        yield f"{name} toolTip", widget.toolTip()
        yield f"{name} statusTip", widget.statusTip()
        yield f"{name} whatsThis", widget.whatsThis()
        yield f"{name} windowTitle", widget.windowTitle()


def _model_texts(where: str, model: QAbstractItemModel) -> Iterator[tuple[str, str]]:
    def walk(parent: QModelIndex) -> Iterator[tuple[str, str]]:
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in ROLES:
                    value = model.data(index, role)
                    if value is not None:
                        yield f"{where} [{row},{column}] {role.name}", str(value)
                if model.hasChildren(index):
                    yield from walk(index)

    yield from walk(QModelIndex())


def clipboard_texts() -> Iterator[tuple[str, str]]:
    """Both clipboards (the selection one exists on X11), as text and as every format."""
    clipboard = QGuiApplication.clipboard()
    for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
        yield f"clipboard {mode.name}", clipboard.text(mode)
        data = clipboard.mimeData(mode)
        if data is not None:
            for kind in data.formats():
                yield (
                    f"clipboard {mode.name} {kind}",
                    bytes(data.data(kind).data()).decode("utf-8", "replace"),
                )


def input_method_texts() -> Iterator[tuple[str, str]]:
    """What the input method (the on-screen keyboard in the kiosk) would still offer."""
    method = QGuiApplication.inputMethod()
    yield "input method visible", "visible" if method.isVisible() else ""
    focus = QApplication.focusWidget()
    if focus is not None:
        for query in (
            Qt.InputMethodQuery.ImSurroundingText,
            Qt.InputMethodQuery.ImCurrentSelection,
            Qt.InputMethodQuery.ImTextBeforeCursor,
            Qt.InputMethodQuery.ImTextAfterCursor,
        ):
            value = focus.inputMethodQuery(query)
            yield f"focused {focus.objectName()} {query.name}", "" if value is None else str(value)


def undo_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """What Ctrl+Z (and Ctrl+Y) would bring back in each text box, then put it back."""
    for box in root.findChildren(QLineEdit):
        name = box.objectName() or "QLineEdit"
        if box.isUndoAvailable() or box.isRedoAvailable():
            yield f"{name} undo history", "(undo available)"
        now = box.text()
        recovered = []
        for _ in range(200):
            if not box.isUndoAvailable():
                break
            box.undo()
            recovered.append(box.text())
        yield f"{name} after undo", "\n".join(recovered)
        box.setText(now)  # setText also forgets the history the undo just walked
    edits: list[QPlainTextEdit | QTextEdit] = [
        *root.findChildren(QPlainTextEdit),
        *root.findChildren(QTextEdit),
    ]
    for edit in edits:
        name = edit.objectName() or type(edit).__name__
        document = edit.document()
        if document.isUndoAvailable() or document.isRedoAvailable():
            yield f"{name} undo history", "(undo available)"
        now = edit.toPlainText()
        recovered = []
        for _ in range(200):
            if not document.isUndoAvailable():
                break
            document.undo()
            recovered.append(edit.toPlainText())
        yield f"{name} after undo", "\n".join(recovered)
        edit.setPlainText(now)
        document.clearUndoRedoStacks()


def leftovers(root: QWidget) -> list[tuple[str, str]]:
    """Every text a stranger could get at after the wipe, from every source above."""
    return [
        *widget_texts(root),
        *clipboard_texts(),
        *input_method_texts(),
        *undo_texts(root),
    ]


def found(texts: list[tuple[str, str]], terms: dict[str, list[str]]) -> list[str]:
    """'where: detail' for each text that holds a detail (compared case-insensitively)."""
    hits = []
    for where, text in texts:
        lowered = text.casefold()
        for detail, spellings in terms.items():
            if any(s.casefold() in lowered for s in spellings):
                hits.append(f"{where}: {detail}")
    return hits
