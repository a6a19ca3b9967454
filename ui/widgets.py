"""Touch widgets: every one has an objectName and an accessibleName, which tests drive it by."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from core.config import ASSETS_DIR

ICONS_DIR = ASSETS_DIR / "icons"


def icon(name: str) -> QIcon:
    """An icon from ``assets/icons`` by file name without extension."""
    return QIcon(str(ICONS_DIR / f"{name}.svg"))


def button(name: str, role: str = "", parent: QWidget | None = None) -> QPushButton:
    """A large touch button with an objectName; its text and accessibleName are set later."""
    b = QPushButton(parent)
    b.setObjectName(name)
    b.setAccessibleName(name)
    if role:
        b.setProperty("role", role)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    b.setIconSize(QSize(36, 36))
    return b


def tile(name: str, icon_name: str, parent: QWidget | None = None) -> QToolButton:
    """A home-screen tile: a big icon above a big label."""
    t = QToolButton(parent)
    t.setObjectName(name)
    t.setAccessibleName(name)
    t.setProperty("role", "tile")
    t.setIcon(icon(icon_name))
    t.setIconSize(QSize(96, 96))
    t.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    t.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    t.setFixedHeight(240)
    return t


def kinetic_scroll(content: QWidget) -> QScrollArea:
    """Wrap a page so it scrolls by dragging a finger, for long lists and large text."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return area


def label(name: str, role: str = "", parent: QWidget | None = None) -> QLabel:
    """A word-wrapping label; ``role`` is heading, secondary, error or banner."""
    lab = QLabel(parent)
    lab.setObjectName(name)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        lab.setProperty("role", role)
    return lab


def set_text(widget: QAbstractButton | QLabel, text: str) -> None:
    """Set visible text and keep the accessible name in step with it."""
    widget.setText(text)
    if not isinstance(widget, QLabel):
        widget.setAccessibleName(text or widget.objectName())
