"""Keyboard-wedge barcode scanners: their codes become a signal, a person's typing is untouched.

A wedge scanner types a booking code as fast key presses ending with Enter. While such a
burst may be under way its keys are held back; the moment it proves to be a person (a pause
longer than ``max_gap_ms``, another key, or Enter too soon) the held keys are given, in order
and unchanged, to the focused widget. Timing comes from ``QKeyEvent.timestamp()``.

Install the wedge on the QApplication, which sees every key before the focused widget does::

    wedge = BarcodeWedge(window)
    QApplication.instance().installEventFilter(wedge)
    wedge.scanned.connect(screen.check_in)
    wedge.enabled = True  # only while the screen waits for a code
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from core.keystroke_burst import Burst, Verdict, WedgeDetector

# Plain English for now: wrapping this in self.tr() needs its translations in assets/i18n.
TOO_LONG = "That code is too long to be one of ours."

_ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
# A scanner presses Shift for capitals: these keys may sit inside a burst without ending it.
_MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
}
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def _copy(event: QKeyEvent) -> QKeyEvent:
    """A copy of a key event that outlives the original (same key, text and modifiers)."""
    return QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.nativeScanCode(),
        event.nativeVirtualKey(),
        event.nativeModifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
    )


class BarcodeWedge(QObject):
    """An event filter that turns a wedge scanner's bursts into ``scanned`` codes.

    Args:
        max_gap_ms: the longest pause between a scanner's keys.
        min_length: the fewest characters in a code.

    Attributes:
        enabled: off by default; screens switch it on only while waiting for a code.

    Signals:
        scanned(str): a scanner typed this code.
        refused(str): a scanner typed something that is not ours; the plain-English reason.
    """

    scanned = Signal(str)
    refused = Signal(str)

    def __init__(
        self, parent: QObject | None = None, *, max_gap_ms: int = 40, min_length: int = 6
    ) -> None:
        super().__init__(parent)
        self._detector = WedgeDetector(max_gap_ms, min_length)
        self._held: list[tuple[QKeyEvent, QObject]] = []
        self._enabled = False
        self._replaying = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setTimerType(Qt.TimerType.PreciseTimer)
        self._pause.timeout.connect(self._on_pause)
        self._max_gap_ms = max_gap_ms
        self._max_gap_s = max_gap_ms / 1000
        self._last_key_at = 0.0

    @property
    def enabled(self) -> bool:
        """True while key bursts are being watched for codes."""
        return self._enabled

    @enabled.setter
    def enabled(self, on: bool) -> None:
        if not on:
            self._give_back()
        self._enabled = on

    @property
    def holding(self) -> int:
        """How many key events are held back while a possible burst is judged."""
        return len(self._held)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hold, give back or swallow key events; everything else passes untouched."""
        if not self._enabled or self._replaying or not isinstance(event, QKeyEvent):
            return False
        # Keys reach the window first and then the focused widget: judge each once, there.
        if not isinstance(watched, QWidget):
            return False
        if event.type() == QEvent.Type.KeyPress:
            return self._on_press(event, watched)
        if event.type() == QEvent.Type.KeyRelease and self._detector.in_progress:
            self._hold(event, watched)
            return True
        return False

    def _on_press(self, event: QKeyEvent, receiver: QObject) -> bool:
        key = event.key()
        if key in _ENTER_KEYS:
            if not self._detector.in_progress:
                return False
            self._pause.stop()
            return self._judge(self._detector.enter(event.timestamp()))
        text = event.text()
        typed = bool(text) and text.isprintable() and not (event.modifiers() & _COMMAND_MODIFIERS)
        if typed:
            ended = self._detector.key(text, event.timestamp())
            if ended is not None:
                self._judge(ended)
            self._hold(event, receiver)
            self._last_key_at = time.monotonic()
            if not self._pause.isActive():
                self._pause.start(self._max_gap_ms)
            return True
        if key in _MODIFIER_KEYS and self._detector.in_progress:
            self._hold(event, receiver)
            return True
        # Backspace, arrows, Tab, shortcuts: a person is at the keyboard (or a burst is over).
        if self._detector.in_progress:
            self._pause.stop()
            self._end_burst()
        return False

    def _hold(self, event: QKeyEvent, receiver: QObject) -> None:
        if self._detector.length > self._detector.max_length:
            self._held.clear()  # refused anyway: keep nothing of a hostile burst
            return
        self._held.append((_copy(event), receiver))

    def _on_pause(self) -> None:
        # The timer is not restarted on every key (PySide6 6.12 on Python 3.11 drops a
        # reference to None on each call that returns nothing); it checks the time instead.
        waited = time.monotonic() - self._last_key_at
        if waited < self._max_gap_s:
            self._pause.start(max(1, round((self._max_gap_s - waited) * 1000)))
        else:
            self._end_burst()

    def _end_burst(self) -> None:
        burst = self._detector.gap_elapsed()
        if burst is not None:
            self._judge(burst)

    def _judge(self, burst: Burst) -> bool:
        """Act on a verdict; True if the key that ended the burst is used up by it."""
        if burst.verdict is Verdict.HUMAN:
            self._replay()
            return False
        self._held.clear()
        if burst.verdict is Verdict.SCANNED:
            self.scanned.emit(burst.text)
        else:
            self.refused.emit(TOO_LONG)
        return True

    def _give_back(self) -> None:
        self._pause.stop()
        self._detector.reset()
        self._replay()

    def _replay(self) -> None:
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            focus = QApplication.focusWidget()
            for event, receiver in held:
                target = focus or receiver
                if shiboken6.isValid(target):
                    QApplication.sendEvent(target, event)
        finally:
            self._replaying = False
