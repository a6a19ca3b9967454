"""Staff sign-in, shown over whatever the terminal is showing: card first, then its PIN.

It covers the window so a resident's page stays as it was underneath: a floorwalker who
signs in beside a resident carries on from the resident's page. The PIN goes to the card
(through the staff door); it is never kept, and the field is cleared whatever the answer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from core.staff_cards import PIN_LENGTHS
from ui.widgets import button, label, set_text

KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "enter"]


class StaffSignInPanel(QFrame):
    """A full-window overlay: "put your card in", then a PIN pad.

    Signals:
        pin_entered(str): staff pressed Sign in with this PIN.
        cancelled(): staff closed the panel.
    """

    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("staffSignIn")
        self.setAutoFillBackground(True)
        self._card_in = False
        self._checking = False
        self.heading = label("staffSignInHeading", "heading", self)
        self.prompt = label("staffSignInPrompt", "", self)
        self.message = label("staffSignInMessage", "error", self)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("staffPin")
        self.pin.setAccessibleName("staffPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(max(PIN_LENGTHS))
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.returnPressed.connect(self.submit)
        self.pad = QWidget(self)
        grid = QGridLayout(self.pad)
        grid.setSpacing(12)
        self.keys = {}
        for index, key in enumerate(KEYS):
            b = button(f"pinKey_{key}", "primary" if key == "enter" else "", self.pad)
            b.setMinimumSize(120, 88)
            b.setText(key if key.isdigit() else "")
            b.clicked.connect(lambda _=False, k=key: self._press(k))
            self.keys[key] = b
            grid.addWidget(b, index // 3, index % 3)
        self.cancel_button = button("staffSignInCancel", "link", self)
        self.cancel_button.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(240, 40, 240, 40)
        for part in (self.heading, self.prompt, self.pin, self.message, self.pad):
            layout.addWidget(part)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.hide()
        self.retranslate()

    @property
    def checking(self) -> bool:
        """A PIN is with the card now."""
        return self._checking

    def open(self, card_in: bool) -> None:
        """Cover the window: ask for the card, or for its PIN if it is already in."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.message.clear()
        self._show_card(card_in)
        self.show()
        self.raise_()

    def card_arrived(self) -> None:
        """The card is in: ask for its PIN (opening the panel if it was closed)."""
        if self.isHidden():
            self.open(True)
        else:
            self._show_card(True)

    def card_left(self) -> None:
        """The card was taken out: nothing to sign in with; close."""
        self._checking = False
        self.close_panel()

    def refused(self, message: str) -> None:
        """The PIN did not sign anyone in; say why and let them try again."""
        self._checking = False
        self.message.setText(message)
        self._enable(True)

    def trouble(self, message: str) -> None:
        """The reader cannot be used (shown while the panel is open)."""
        self.message.setText(message)

    def close_panel(self) -> None:
        """Hide, forgetting any digits."""
        self.pin.clear()
        self.message.clear()
        self._card_in = False
        self.hide()

    def submit(self) -> None:
        """Send the PIN to the card; the field is cleared whatever the answer."""
        if self._checking or not self._card_in:
            return
        pin = self.pin.text()
        self.pin.clear()
        self._checking = True
        self._enable(False)
        self.message.setText(self.tr("Checking your card…"))
        self.pin_entered.emit(pin)

    def retranslate(self) -> None:
        """Texts for the current language (staff mostly read English; the panel follows)."""
        self.heading.setText(self.tr("Staff sign-in"))
        self._show_prompt()
        set_text(self.keys["clear"], self.tr("Clear"))
        set_text(self.keys["enter"], self.tr("Sign in"))
        set_text(self.cancel_button, self.tr("Cancel"))

    def _show_card(self, card_in: bool) -> None:
        self._card_in = card_in
        self.pin.setVisible(card_in)
        self.pad.setVisible(card_in)
        self._enable(card_in and not self._checking)
        self._show_prompt()
        if card_in:
            self.pin.setFocus()

    def _show_prompt(self) -> None:
        if self._card_in:
            self.prompt.setText(self.tr("Enter your card PIN."))
        else:
            self.prompt.setText(
                self.tr("Put your staff card in the reader and leave it there while you work.")
            )

    def _enable(self, on: bool) -> None:
        self.pad.setEnabled(on)
        self.pin.setEnabled(on)

    def _press(self, key: str) -> None:
        if key == "clear":
            self.pin.clear()
        elif key == "enter":
            self.submit()
        else:
            self.pin.insert(key)

    def _cancel(self) -> None:
        self.close_panel()
        self.cancelled.emit()
