"""The on-screen keyboard after the wipe: a program run under Xvfb by the privacy sweep.

Qt Virtual Keyboard only appears on a real display server, so this runs the demo kiosk (as
main.py composes it, with ``QT_IM_MODULE=qtvirtualkeyboard``) in its own process. It taps
the feedback comment box, types the resident's name by tapping the keyboard's own keys, then
ends the visit as the idle wipe does, and reads every text property of every object in the
keyboard's window (keys, preview, candidate list, input context). It prints one JSON line:
what was typed, whether the keyboard went away, and where the name was still found.

Run: ``xvfb-run -a python -m tests.evidence.privacy_keyboard DATA_DIR``.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem, QQuickView, QQuickWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QPlainTextEdit, QWidget

TYPED = "zephyrine quillfeather"
SPACE = 0x20


def items(item: QQuickItem) -> Iterator[QQuickItem]:
    yield item
    for child in item.childItems():
        yield from items(child)


def keyboard_window() -> QQuickWindow | None:
    found = [w for w in QGuiApplication.topLevelWindows() if isinstance(w, QQuickWindow)]
    return found[0] if found else None


def tap_key(window: QQuickWindow, char: str) -> bool:
    """Tap the keyboard key that types ``char``; False if the layout has none."""
    for item in items(window.contentItem()):
        key, text = item.property("key"), item.property("text")
        if key is None or not item.isVisible():
            continue
        if (char == " " and key == SPACE) or (char != " " and text == char):
            centre = item.mapToScene(item.boundingRect().center()).toPoint()
            QTest.mouseClick(
                window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(centre)
            )
            return True
    return False


def string_properties(window: QQuickWindow) -> Iterator[tuple[str, str]]:
    """Every QString property of every item and object in the keyboard's window."""
    objects: list[QObject] = [window, *window.findChildren(QObject), *items(window.contentItem())]
    engine = window.engine() if isinstance(window, QQuickView) else None
    if engine is not None:
        # The keyboard's input context: the text around the cursor, the pre-edit, the
        # selection it works on, as the keyboard itself sees them.
        context = engine.singletonInstance("QtQuick.VirtualKeyboard", "InputContext")
        if isinstance(context, QObject):
            objects.append(context)
    for obj in dict.fromkeys(objects):
        meta = obj.metaObject()
        for index in range(meta.propertyCount()):
            prop = meta.property(index)
            if _text(prop.typeName()) != "QString":
                continue
            name = _text(prop.name())
            value = obj.property(name)
            if isinstance(value, str) and value:
                yield f"{meta.className()}.{name}", value


def _text(raw: object) -> str:
    """PySide6 gives property names as str; its type stubs say bytes."""
    return raw if isinstance(raw, str) else bytes(raw).decode()  # type: ignore[call-overload]


def find(root: QWidget, name: str) -> QWidget:
    widget = root.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def main(data_dir: Path) -> int:
    import main as composition
    from core.config import load_config
    from kiosk.app import build_kiosk
    from ui.on_screen_keyboard import hide_keyboard_on_quit

    app = QApplication([])
    hide_keyboard_on_quit(app)
    config = dataclasses.replace(load_config(None), scanner="none", card_reader="none")
    services, journal = composition.compose_kiosk(config, data_dir)
    window = build_kiosk(dataclasses.replace(services, speech_engine=None), app)
    window.resize(1280, 1024)
    window.show()
    report: dict[str, object] = {}
    steps: list[Callable[[], bool]] = []

    def tap(name: str) -> None:
        button = find(window, name)
        assert isinstance(button, QAbstractButton)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def to_comment() -> bool:
        window.activateWindow()
        for name in (
            "homeTile_feedback",
            "service_housing",
            "continueButton",
            "rating_2",
            "continueButton",
        ):
            tap(name)
        box = find(window, "commentBox")
        assert isinstance(box, QPlainTextEdit)
        QTest.mouseClick(box.viewport(), Qt.MouseButton.LeftButton)
        return True

    def keyboard_up() -> bool:
        method = QGuiApplication.inputMethod()
        return method.isVisible() and method.keyboardRectangle().height() > 100

    def type_name() -> bool:
        keyboard = keyboard_window()
        assert keyboard is not None
        report["untypeable"] = [c for c in TYPED if not tap_key(keyboard, c)]
        return True

    def typed() -> bool:
        box = find(window, "commentBox")
        assert isinstance(box, QPlainTextEdit)
        report["typed"] = box.toPlainText()
        return TYPED in box.toPlainText().casefold()  # the keyboard capitalises the first letter

    def wipe() -> bool:
        window.end_visit(idle=True)
        return True

    def keyboard_gone() -> bool:
        return not QGuiApplication.inputMethod().isVisible()

    def read_keyboard(key: str) -> Callable[[], bool]:
        def read() -> bool:
            keyboard = keyboard_window()
            texts = list(string_properties(keyboard)) if keyboard is not None else []
            report[f"texts_read_{key}"] = len(texts)
            report[key] = [
                f"{where}: {value[:60]}"
                for where, value in texts
                if any(word in value.casefold() for word in TYPED.split())
            ]
            return True

        read.__name__ = f"read_{key}"
        return read

    steps += [to_comment, keyboard_up, type_name, typed, read_keyboard("before_wipe"), wipe]
    steps += [keyboard_gone, read_keyboard("leftovers")]
    waited = {"turns": 0}

    def run() -> None:
        if not steps:
            print(json.dumps(report))
            app.exit(0)
            return
        waited["turns"] += 1
        if steps[0]():
            steps.pop(0)
            waited["turns"] = 0
        elif waited["turns"] > 400:  # 20 s on one step
            report["stuck_at"] = steps[0].__name__
            print(json.dumps(report))
            app.exit(1)
            return
        QTimer.singleShot(50, run)

    QTimer.singleShot(0, run)
    status = app.exec()
    window.leave_kiosk_mode()
    journal.close()
    return status


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
