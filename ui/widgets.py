"""Touch widgets: every one has an objectName and an accessibleName, which tests drive it by."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from core.config import ASSETS_DIR

ICONS_DIR = ASSETS_DIR / "icons"


ICON_INK = "#1d2a3a"
ICON_ON_INK = "#ffffff"
_icon_cache: dict[tuple[str, str, str], QIcon] = {}


def _draw(name: str, ink: str) -> QPixmap:
    svg = (ICONS_DIR / f"{name}.svg").read_text(encoding="utf-8").replace(ICON_INK, ink)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(192, 192)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap


def icon(name: str, ink: str = ICON_INK, on_ink: str = ICON_ON_INK) -> QIcon:
    """An icon from ``assets/icons`` in one ink colour, and another when its button is on."""
    key = (name, ink, on_ink)
    if key not in _icon_cache:
        made = QIcon()
        made.addPixmap(_draw(name, ink), QIcon.Mode.Normal, QIcon.State.Off)
        made.addPixmap(_draw(name, on_ink), QIcon.Mode.Normal, QIcon.State.On)
        _icon_cache[key] = made
    return _icon_cache[key]


def give_icon(widget: QAbstractButton, name: str) -> None:
    """Give a button an icon that follows the look (see ``recolour_icons``)."""
    widget.setProperty("iconName", name)
    widget.setIcon(icon(name))


def recolour_icons(root: QWidget, ink: str, on_ink: str) -> None:
    """Redraw every button icon under ``root`` in new ink colours."""
    for widget in root.findChildren(QAbstractButton):
        name = widget.property("iconName")
        if name:
            widget.setIcon(icon(str(name), ink, on_ink))


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
    give_icon(t, icon_name)
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
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
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


def show_added(layout: QLayout) -> None:
    """Show now the widgets just added to a shown layout (Qt would show them on a later
    turn of the event loop), except those explicitly hidden, so the page is whole at once."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if widget is None:
            continue
        explicit = widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
        if not (explicit and widget.isHidden()):
            widget.show()
