"""The pinned Qt bindings must not leak references to None.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call that returns nothing
(setText, QTimer.start, focusWidget() with no focus…); after some thousands of calls Python
aborts with "none_dealloc". A kiosk makes such calls all day, so it would crash within
minutes. This test fails on such a build, whatever the version number says.
"""

from __future__ import annotations

import os
import subprocess
import sys

LOOP = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
field, timer = QLineEdit(), QTimer()
for _ in range(30_000):
    field.setText("H-017")
    timer.start(1000)
    timer.stop()
    app.focusWidget()
print("survived")
"""


def test_a_day_of_void_qt_calls_does_not_crash_the_interpreter() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", LOOP], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "survived"
