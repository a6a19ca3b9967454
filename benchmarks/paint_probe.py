"""Detects the first completed paint of a top-level window, then ends the event loop."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.marks import PAINTED, mark

NO_PAINT_EXIT = 3


class FirstPaintProbe(QObject):
    """Marks ``painted`` once the window's first paint pass has finished, then exits the loop.

    The window receives the first ``QEvent.Paint`` of a repaint pass; its children are painted
    and the backing store flushed within the same pass. A zero-time timer queued from that event
    fires when control is back in the event loop, so the mark comes after the whole first frame.
    """

    def __init__(self, window: QWidget, app: QApplication, timeout_s: float = 60.0) -> None:
        super().__init__()
        self._window = window
        self._app = app
        self._seen = False
        window.installEventFilter(self)
        QTimer.singleShot(int(timeout_s * 1000), self._gave_up)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Note the window's first paint event; never consume it."""
        if not self._seen and watched is self._window and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        mark(PAINTED)
        self._window.removeEventFilter(self)
        self._app.exit(0)

    def _gave_up(self) -> None:
        if not self._seen:
            print("error: no paint event reached the window", flush=True)
            self._app.exit(NO_PAINT_EXIT)
