"""'Do you need more time?' shown over the kiosk when nobody has touched it for a while."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.widgets import button, label, set_text


class IdlePrompt(QFrame):
    """A full-window overlay with a countdown.

    Signals:
        more_time(): the resident wants to carry on.
        expired(): nobody answered; wipe the visit.
    """

    more_time = Signal()
    expired = Signal()

    def __init__(self, grace_ms: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idlePrompt")
        self.setAutoFillBackground(True)
        self._grace_ms = grace_ms
        self._left_s = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._expire)
        self.heading = label("idleHeading", "heading", self)
        self.countdown = label("idleCountdown", "", self)
        self.more_button = button("moreTimeButton", "primary", self)
        self.more_button.clicked.connect(self._more)
        self.finish_button = button("idleFinishButton", "", self)
        self.finish_button.clicked.connect(self._expire)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(160, 200, 160, 200)
        for w in (self.heading, self.countdown, self.more_button, self.finish_button):
            layout.addWidget(w)
        layout.addStretch(1)
        self.hide()

    def set_grace(self, grace_ms: int) -> None:
        """How long the resident has to answer (tests use a short one)."""
        self._grace_ms = grace_ms

    def ask(self) -> None:
        """Show the prompt and start the countdown."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._left_s = max(1, self._grace_ms // 1000)
        self._deadline.start(self._grace_ms)
        self._tick.start()
        self.retranslate()
        self.show()
        self.raise_()
        self.more_button.setFocus()

    def _count(self) -> None:
        self._left_s = max(0, self._left_s - 1)
        self.retranslate()

    def _stop(self) -> None:
        self._tick.stop()
        self._deadline.stop()
        self.hide()

    def _more(self) -> None:
        self._stop()
        self.more_time.emit()

    def _expire(self) -> None:
        self._stop()
        self.expired.emit()

    def retranslate(self) -> None:
        """Texts for the current language."""
        self.heading.setText(self.tr("Do you need more time?"))
        self.countdown.setText(
            self.tr("This screen will clear in %1 seconds to protect your privacy.").replace(
                "%1", str(self._left_s)
            )
        )
        set_text(self.more_button, self.tr("Yes, I need more time"))
        set_text(self.finish_button, self.tr("No, I have finished"))
