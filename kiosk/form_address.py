"""The "postcode, then pick your address" control, with a box for an address not in the list.

Addresses come from the council's gazetteer extract on the kiosk (``core.addresses``), so
finding them needs no network. Any change to the postcode drops the list and the address
chosen from it: an address must belong to the postcode it is given with.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QPushButton, QVBoxLayout, QWidget

from core.addresses import AddressBook
from core.form_definition import Question
from core.form_inputs import AddressInput, Unreadable, normal_postcode
from kiosk.form_answers import AnswerWidget, discard, set_box_text, show_on
from ui.widgets import button, label, set_text

LEADING = Qt.AlignmentFlag.AlignLeading
ADDRESS_BOX = 600  # twice what core accepts, so a long address is reported, not cut short


class AddressAnswer(AnswerWidget):
    """Postcode box, Find address, the addresses found, and "My address is not listed"."""

    def __init__(
        self,
        question: Question,
        language: str,
        addresses: AddressBook,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(question, language, parent)
        self._book = addresses
        self._found: tuple[str, ...] = ()
        self._searched: str | None = None  # the postcode the list (or message) is for
        self._manual = False
        self._quiet = False

        self.postcode_label = label(f"{self.prefix}_postcode_label", "", self)
        self.postcode = self.line_edit(
            f"{self.prefix}_postcode",
            200,
            Qt.InputMethodHint.ImhPreferUppercase | Qt.InputMethodHint.ImhNoPredictiveText,
            submits=False,  # Enter in the postcode box finds the addresses
            changed=self._postcode_changed,
        )
        self.postcode.setMaximumWidth(360)
        self.postcode.returnPressed.connect(self.find_addresses)
        self.postcode_label.setBuddy(self.postcode)
        self.find_button = button(f"{self.prefix}_find", "secondary", self)
        self.find_button.clicked.connect(self.find_addresses)
        self.message = label(f"{self.prefix}_message", "", self)

        self.address_list = QWidget(self)
        self.address_list.setObjectName(f"{self.prefix}_addresses")
        self.list_layout = QVBoxLayout(self.address_list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.choices: list[QPushButton] = []

        self.manual_link = button(f"{self.prefix}_manual", "link", self)
        self.manual_link.clicked.connect(self._open_manual)
        self.address_label = label(f"{self.prefix}_address_label", "", self)
        self.address = self.line_edit(
            f"{self.prefix}_address_text", ADDRESS_BOX, changed=self._address_typed
        )
        self.address_label.setBuddy(self.address)

        for part in (
            self.postcode_label,
            self.postcode,
            self.find_button,
            self.message,
            self.address_list,
            self.manual_link,
            self.address_label,
            self.address,
        ):
            # Leading: the reading side, mirrored for right-to-left languages.
            leading = part in (self.find_button, self.manual_link)
            self.column.addWidget(part, 0, LEADING if leading else Qt.AlignmentFlag(0))
        self._show_parts()
        self._relabel()

    # What the resident does

    def find_addresses(self) -> None:
        """Look the postcode up and list what is there (or say nothing was found)."""
        before = self.raw()
        chosen = before.address if self._chosen() is not None else ""
        self._list(self._look_up())
        if chosen in self._found:
            self.choices[self._found.index(chosen)].setChecked(True)
        self._show_parts()
        self._relabel()
        if self.raw() != before:
            self.edited.emit()

    def _look_up(self) -> tuple[str, ...]:
        self._searched = self.postcode.text().strip()
        return self._book.find(self._searched) if self._searched else ()

    def _postcode_changed(self, _text: str) -> None:
        if self._quiet or self._searched is None:
            return
        self._searched = None  # the list was for the old postcode
        self._list(())
        self._show_parts()

    def _open_manual(self) -> None:
        self._manual = True
        was_chosen = self._chosen()
        self._uncheck()
        self._show_parts()
        self.address.setFocus()
        if was_chosen:
            self.edited.emit()

    def _address_typed(self, text: str) -> None:
        if text and self._chosen() is not None:
            self._uncheck()

    def _picked(self) -> None:
        if self.address.text():
            blocked = self.address.blockSignals(True)
            set_box_text(self.address, "")
            self.address.blockSignals(blocked)
        self._manual = False
        self._show_parts()
        self.edited.emit()

    # The list

    def _list(self, found: tuple[str, ...]) -> None:
        for old in self.choices:
            self.group.removeButton(old)
            discard(old)
        self.choices = []
        self._found = found
        for index, address in enumerate(found):
            choice = self.choice_button(f"{self.prefix}_address_{index}", self.address_list)
            show_on(choice, address)
            choice.clicked.connect(self._picked)
            self.group.addButton(choice)
            self.list_layout.addWidget(choice)
            self.choices.append(choice)

    def _chosen(self) -> QPushButton | None:
        return next((c for c in self.choices if c.isChecked()), None)

    def _uncheck(self) -> None:
        self.group.setExclusive(False)
        for choice in self.choices:
            choice.setChecked(False)
        self.group.setExclusive(True)

    def _show_parts(self) -> None:
        searched = self._searched is not None
        not_found = bool(self._searched) and not self._found
        self.message.setVisible(searched)
        self.address_list.setVisible(bool(self._found))
        self.manual_link.setVisible(bool(self._found) and not self._manual)
        open_box = self._manual or not_found or bool(self.address.text())
        self.address_label.setVisible(open_box)
        self.address.setVisible(open_box)

    # The answer

    def raw(self) -> AddressInput:
        chosen = self._chosen()
        address = self._found[self.choices.index(chosen)] if chosen else self.address.text()
        return AddressInput(postcode=self.postcode.text(), address=address)

    def _restore(self, raw: object) -> None:
        kept = raw if isinstance(raw, AddressInput) else AddressInput()
        self._quiet = True
        try:
            set_box_text(self.postcode, kept.postcode)
        finally:
            self._quiet = False
        set_box_text(self.address, "")
        self._manual = False
        if kept.postcode.strip():
            self._list(self._look_up())
        else:
            self._searched = None
            self._list(())
        if kept.address in self._found:
            self.choices[self._found.index(kept.address)].setChecked(True)
        elif kept.address:
            self._manual = True
            set_box_text(self.address, kept.address)
        self._show_parts()
        self._relabel()

    def _relabel(self) -> None:
        self.postcode_label.setText(QCoreApplication.translate("FormAnswers", "Postcode"))
        self.postcode.setAccessibleName(self.postcode_label.text())
        set_text(self.find_button, QCoreApplication.translate("FormAnswers", "Find address"))
        set_text(
            self.manual_link, QCoreApplication.translate("FormAnswers", "My address is not listed")
        )
        self.address_label.setText(QCoreApplication.translate("FormAnswers", "Address"))
        self.address.setAccessibleName(self.address_label.text())
        self.message.setText(self._message())

    def _message(self) -> str:
        if self._searched is None:
            return ""
        if not self._searched:
            return QCoreApplication.translate("FormAnswers", "Enter a postcode")
        try:
            shown = normal_postcode(self._searched)
        except Unreadable:
            shown = self._searched
        if not self._found:
            text = QCoreApplication.translate(
                "FormAnswers",
                "We could not find any addresses for %1. "
                "Check the postcode, or enter your address.",
            )
        elif len(self._found) == 1:
            text = QCoreApplication.translate("FormAnswers", "1 address found for %1")
        else:
            text = QCoreApplication.translate("FormAnswers", "%2 addresses found for %1")
        return text.replace("%1", shown).replace("%2", str(len(self._found)))

    def focus_field(self) -> None:
        try:
            normal_postcode(self.postcode.text())
        except Unreadable:
            self.postcode.setFocus()  # the postcode itself needs fixing
            return
        if self.address.isVisibleTo(self) and (self._manual or not self.choices):
            self.address.setFocus()
        elif self.choices:
            (self._chosen() or self.choices[0]).setFocus()
        else:
            self.postcode.setFocus()
