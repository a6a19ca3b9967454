"""Qt Virtual Keyboard on touch kiosks: it appears when a resident taps a text field.

main.py selects it (``QT_IM_MODULE=qtvirtualkeyboard``) before the application starts. Its
panel must be hidden before the application is torn down: with the panel still up,
PySide6 crashes (SIGSEGV) while exiting, so a clean staff exit would look like a crash.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def hide_keyboard_on_quit(app: QGuiApplication) -> None:
    """Put the keyboard away as the application quits, so it exits cleanly."""
    app.aboutToQuit.connect(lambda: QGuiApplication.inputMethod().hide())
