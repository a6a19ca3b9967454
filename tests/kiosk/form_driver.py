"""Driving a guided form on the real kiosk window, by objectName, as a resident taps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from kiosk.form_pages import FormJourney
from kiosk.forms_screen import FormsScreen
from tests.kiosk.conftest import KioskUnderTest


class FormDriver:
    """Taps and types through one form."""

    def __init__(self, kiosk: KioskUnderTest) -> None:
        self.kiosk = kiosk

    @property
    def screen(self) -> FormsScreen:
        screen = self.kiosk.window.screens["forms"]
        assert isinstance(screen, FormsScreen)
        return screen

    @property
    def journey(self) -> FormJourney:
        journey = self.screen.journey
        assert journey is not None
        return journey

    @property
    def page(self) -> str:
        return self.kiosk.window.current.current_page

    def open(self, form_id: str) -> None:
        """From home: the forms tile, then the form, then Start now."""
        self.kiosk.tap("homeTile_forms")
        self.kiosk.tap(f"formTile_{form_id}")
        assert self.page == f"forms/{form_id}/start"
        self.kiosk.tap("formContinue")

    def type(self, name: str, text: str) -> None:
        box = self.kiosk.find(name)
        assert isinstance(box, QLineEdit | QPlainTextEdit), name
        box.setFocus()
        if isinstance(box, QLineEdit):
            box.clear()
            self.kiosk.qtbot.keyClicks(box, text)
        else:
            box.setPlainText(text)

    def go_on(self) -> None:
        self.kiosk.tap("formContinue")

    def address(self, question: str, postcode: str = "E1 1BU", index: int = 0) -> None:
        self.type(f"answer_{question}_postcode", postcode)
        self.kiosk.tap(f"answer_{question}_find")
        self.kiosk.tap(f"answer_{question}_address_{index}")

    def date(self, question: str, day: int, month: int, year: int) -> None:
        for part, value in (("day", day), ("month", month), ("year", year)):
            self.type(f"answer_{question}_{part}", str(value))

    def text_of(self, name: str) -> str:
        widget = self.kiosk.find(name)
        assert isinstance(widget, QLabel), name
        return widget.text()

    def problems(self) -> list[str]:
        return self.journey.summary.messages if self.journey.summary.isVisible() else []

    def press_enter(self, name: str) -> None:
        self.kiosk.qtbot.keyClick(self.kiosk.find(name), Qt.Key.Key_Return)
