"""The on-screen keyboard: Qt Virtual Keyboard appears when a resident taps a text field.

It needs a real display server (the offscreen platform never shows input panels), so this
runs a small program under Xvfb with the input method the kiosk sets in main.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

PROGRAM = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ui.on_screen_keyboard import hide_keyboard_on_quit

app = QApplication([])
hide_keyboard_on_quit(app)  # as run_kiosk does; without it PySide6 crashes on exit
window = QWidget()
field = QLineEdit(window)
QVBoxLayout(window).addWidget(field)
window.resize(1280, 600)
window.show()
waited = 0

def check():
    global waited
    method = QGuiApplication.inputMethod()
    if method.isVisible() and method.keyboardRectangle().height() > 100:
        rect = method.keyboardRectangle()
        print(f"keyboard {int(rect.width())}x{int(rect.height())} at y={int(rect.y())}")
        app.exit(0)
        return
    waited += 1
    if waited > 400:  # 20 s
        print("no keyboard")
        app.exit(1)
        return
    if waited == 1:
        window.activateWindow()
        QTest.mouseClick(field, Qt.MouseButton.LeftButton)  # a tap, as a resident would
    QTimer.singleShot(50, check)

QTimer.singleShot(0, check)
sys.exit(app.exec())
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (system packages)")
def test_tapping_a_text_field_brings_up_the_keyboard_at_the_bottom_of_the_screen() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["QT_IM_MODULE"] = "qtvirtualkeyboard"
    env["QT_LOGGING_RULES"] = "qt.multimedia.symbolsresolver=false"
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", sys.executable, "-c", PROGRAM],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    # Exit status 0 also proves the kiosk's exit path does not crash with the keyboard up.
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    size, _, where = done.stdout.strip().partition(" at y=")
    assert size.startswith("keyboard 1280x")
    assert int(where) > 500  # docked at the bottom, below the question
