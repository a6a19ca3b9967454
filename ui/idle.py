"""Noticing when a resident has walked away: no touch, click or key for a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.Wheel,
    QEvent.Type.InputMethod,
}


class IdleWatch(QObject):
    """An application event filter that restarts a timer on every input event.

    Signals:
        idle: no input for the idle timeout; ask the resident if they need more time.
    """

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        self._paused = False

    def set_timeout(self, timeout_ms: int) -> None:
        """Change the idle timeout (tests use a short one)."""
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        """Begin watching from now."""
        self._paused = False
        self._timer.start()

    def pause(self) -> None:
        """Stop watching, for example while the "more time?" prompt is up."""
        self._paused = True
        self._timer.stop()

    @property
    def active(self) -> bool:
        """True while the timer is counting."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the countdown on any resident input; never consumes the event."""
        if not self._paused and event.type() in _ACTIVITY:
            self._timer.start()
        return False
