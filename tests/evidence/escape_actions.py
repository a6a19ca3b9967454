"""Doing each escape attempt to the in-process kiosk, as a person at the screen would.

Pointer attempts go through the kiosk's QWindow (QTest's mouse and touch events are
delivered by the window system interface), so Qt makes its own context menu events from a
right click, exactly as on a real screen. A drag is delivered the way Qt delivers one: to
the widget under the point, or the nearest parent that accepts drops.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTapAndHoldGesture, QWidget

from core.config import DEMO_CATALOGUE
from tests.evidence.escape_ways import LINKS, KeyWay
from tests.kiosk.conftest import KioskUnderTest

LINKED_SERVICE = "housing"
LINKED_FORM = "ask-a-question"


def catalogue_with_links(folder: Path) -> Path:
    """A copy of the demo catalogue with a file and a web link in a service's summary and
    example, and in a form's summary and a question's hint; returns the catalogue file."""
    copy = folder / "catalogue"
    shutil.copytree(DEMO_CATALOGUE.parent, copy)
    path = copy / DEMO_CATALOGUE.name
    catalogue = json.loads(path.read_text(encoding="utf-8"))
    for service in catalogue["services"]:
        if service["code"] == LINKED_SERVICE:
            service["summary"]["en"] += LINKS
            service["examples"][0]["en"] += LINKS
    path.write_text(json.dumps(catalogue, ensure_ascii=False), encoding="utf-8")
    form_path = copy / "forms" / f"{LINKED_FORM}.json"
    form = json.loads(form_path.read_text(encoding="utf-8"))
    form["summary"]["en"] += LINKS
    form["items"][0]["hint"]["en"] += LINKS
    form_path.write_text(json.dumps(form, ensure_ascii=False), encoding="utf-8")
    return path


def press_keys(kiosk: KioskUnderTest, way: KeyWay) -> None:
    """Press and release each stroke through the window, as a keyboard would."""
    handle = kiosk.window.windowHandle()
    for key, mods in way.strokes:
        QTest.keyClick(handle, key, mods)


def hold(kiosk: KioskUnderTest, ms: int) -> None:
    """Keep a finger or button down for ``ms`` (time is the point of a long press)."""
    timer = QTimer()
    timer.setSingleShot(True)
    with kiosk.qtbot.waitSignal(timer.timeout, timeout=ms + 5000):
        timer.start(ms)


def long_press_ms() -> int:
    """Longer than Qt's tap-and-hold gesture takes to fire."""
    return QTapAndHoldGesture.timeout() + 300


def _on_window(kiosk: KioskUnderTest, widget: QWidget) -> tuple[QWindow, QPoint]:
    """The kiosk's window and the widget's middle in it: where a real pointer event lands."""
    return kiosk.window.windowHandle(), widget.mapTo(kiosk.window, widget.rect().center())


def right_click(kiosk: KioskUnderTest, widget: QWidget) -> None:
    """A right click in the middle of the widget."""
    handle, where = _on_window(kiosk, widget)
    QTest.mouseClick(handle, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, where)


def mouse_hold(kiosk: KioskUnderTest, widget: QWidget) -> None:
    """Press the left button, hold it past the long-press time, release."""
    handle, where = _on_window(kiosk, widget)
    none = Qt.KeyboardModifier.NoModifier
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, none, where)
    hold(kiosk, long_press_ms())
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, none, where)


def touch_hold(kiosk: KioskUnderTest, widget: QWidget) -> None:
    """Put a finger on the widget, hold it past the long-press time, lift it."""
    device = getattr(kiosk, "_touch", None) or QTest.createTouchDevice()
    kiosk._touch = device  # type: ignore[attr-defined]  # one device per kiosk, as Qt keeps it
    handle, centre = _on_window(kiosk, widget)
    QTest.touchEvent(handle, device).press(0, centre).commit()
    hold(kiosk, long_press_ms())
    QTest.touchEvent(handle, device).release(0, centre).commit()


POINTER_WAYS: dict[str, Callable[[KioskUnderTest, QWidget], None]] = {
    "right click": right_click,
    "mouse press and hold": mouse_hold,
    "touch press and hold": touch_hold,
}


def drop_receiver(widget: QWidget) -> QWidget | None:
    """Where Qt would deliver a drag over ``widget``: it or the first parent taking drops."""
    found: QWidget | None = widget
    while found is not None and not (found.acceptDrops() and found.isEnabled()):
        found = found.parentWidget()
    return found


def drop_on(widget: QWidget) -> str:
    """Drag a file URL with text onto the widget and drop it; what was accepted, if any."""
    receiver = drop_receiver(widget)
    if receiver is None:
        return ""
    data = QMimeData()
    data.setUrls([QUrl("file:///etc/passwd")])
    data.setText("file:///etc/passwd")
    where = receiver.rect().center()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, actions, data, left, none)
    enter.ignore()
    QApplication.sendEvent(receiver, enter)
    if not enter.isAccepted():
        return ""
    move = QDragMoveEvent(where, actions, data, left, none)
    QApplication.sendEvent(receiver, move)
    drop = QDropEvent(QPoint(where).toPointF(), actions, data, left, none)
    drop.ignore()
    QApplication.sendEvent(receiver, drop)
    name = receiver.objectName() or type(receiver).__name__
    return f"{name} accepted the drag" + (" and the drop" if drop.isAccepted() else "")
