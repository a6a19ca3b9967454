"""The staff PIN pad for leaving kiosk mode. The PIN is checked off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout

from core.staff_exit import ExitDecision, StaffExit
from ui.background import BackgroundOp
from ui.screen import Screen
from ui.widgets import button, label, set_text


class StaffExitPad(Screen):
    """Digits, clear and enter. A right PIN emits ``exit_allowed``.

    Signals:
        exit_allowed(): staff may close the kiosk.
    """

    screen_name = "staffExit"
    exit_allowed = Signal()

    def __init__(self, staff_exit: StaffExit) -> None:
        super().__init__()
        self._staff_exit = staff_exit
        self._checking = False
        self.heading = label("staffExitHeading", "heading", self)
        self.message = label("staffExitMessage", "error", self)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("staffPin")
        self.pin.setAccessibleName("staffPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.returnPressed.connect(self.submit)
        pad = QGridLayout()
        pad.setSpacing(12)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "enter"]
        self.keys = {}
        for index, key in enumerate(keys):
            b = button(f"pinKey_{key}", "primary" if key == "enter" else "", self)
            b.setMinimumSize(120, 96)
            b.setText(key if key.isdigit() else "")
            b.clicked.connect(lambda _=False, k=key: self._press(k))
            self.keys[key] = b
            pad.addWidget(b, index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(240, 32, 240, 32)
        layout.addWidget(self.heading)
        layout.addWidget(self.pin)
        layout.addWidget(self.message)
        layout.addLayout(pad)
        layout.addStretch(1)

    def _press(self, key: str) -> None:
        if key == "clear":
            self.pin.clear()
        elif key == "enter":
            self.submit()
        else:
            self.pin.insert(key)

    def submit(self) -> None:
        """Check the PIN in the background; the field is cleared whatever the answer."""
        if self._checking:
            return
        pin = self.pin.text()
        self.pin.clear()
        self._checking = True
        self.message.setText(self.tr("Checking…"))
        BackgroundOp(self, lambda: self._staff_exit.attempt(pin)).success(self._decided).failure(
            self._failed
        ).run()

    def _decided(self, decision: ExitDecision) -> None:
        self._checking = False
        if decision.allowed:
            self.message.clear()
            self.exit_allowed.emit()
        else:
            self.message.setText(decision.message)

    def _failed(self, _exc: Exception) -> None:
        self._checking = False
        self.message.setText(self.tr("The PIN could not be checked. Try again."))

    def wipe(self) -> None:
        """Forget any digits typed."""
        self.pin.clear()
        self.message.clear()

    def retranslate(self, language: str) -> None:
        """Texts for the language (staff read English, but the pad follows the kiosk)."""
        super().retranslate(language)
        self.heading.setText(self.tr("Staff only: enter the PIN to leave kiosk mode"))
        set_text(self.keys["clear"], self.tr("Clear"))
        set_text(self.keys["enter"], self.tr("Enter"))
