"""The "now serving" panel: the current ticket, how long it has been, and the desk's actions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from core.catalogue import Catalogue
from core.desk_service import DeskAction
from core.site_queue import Desk, Outcome, Ticket
from ui.widgets import button, label, set_text


def narrow(combo: QComboBox) -> None:
    """Let a list of long service names shrink to its share of the row (names elide)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)


class ServingPanel(QFrame):
    """Call, serve and finish. Buttons are enabled only when their action makes sense.

    Signals:
        call_next(): call the ticket the policy puts first.
        call_number(str): call a particular ticket by number.
        act(str): a ``DeskAction`` value (recall, hold, no_show) on the ticket being served.
        transfer(str, object): to a service code, and a desk id or None for any desk.
        complete(str): finish with an ``Outcome`` value.
    """

    call_next = Signal()
    call_number = Signal(str)
    act = Signal(str)
    transfer = Signal(str, object)
    complete = Signal(str)

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self._catalogue = catalogue
        self.setObjectName("servingPanel")
        self.setProperty("role", "panel")
        self.heading = label("servingHeading", "heading", self)
        self.current = label("servingNumber", "", self)
        self.current.setProperty("role", "number")
        self.since = label("servingSince", "secondary", self)

        self.next_button = button("callNextButton", "primary", self)
        self.next_button.clicked.connect(self.call_next)
        self.number_field = QLineEdit(self)
        self.number_field.setObjectName("callNumberField")
        self.number_field.setMaxLength(12)
        self.number_field.returnPressed.connect(self._call_number)
        self.number_button = button("callNumberButton", "", self)
        self.number_button.clicked.connect(self._call_number)

        self.recall = button("recallButton", "", self)
        self.hold = button("holdButton", "", self)
        self.no_show = button("noShowButton", "", self)
        for b, action in (
            (self.recall, DeskAction.RECALL),
            (self.hold, DeskAction.HOLD),
            (self.no_show, DeskAction.NO_SHOW),
        ):
            b.clicked.connect(lambda _=False, a=action: self.act.emit(a.value))

        self.to_service = QComboBox(self)
        self.to_service.setObjectName("transferService")
        for s in catalogue.services:
            self.to_service.addItem(s.title("en"), s.code)
        self.to_desk = QComboBox(self)
        self.to_desk.setObjectName("transferDesk")
        for combo in (self.to_service, self.to_desk):
            narrow(combo)
        self.transfer_button = button("transferButton", "", self)
        self.transfer_button.clicked.connect(self._transfer)

        self.outcomes_heading = label("outcomesHeading", "", self)
        self.outcomes: dict[Outcome, QPushButton] = {}
        for outcome in Outcome:
            b = button(f"complete_{outcome.value}", "choice", self)
            b.clicked.connect(lambda _=False, o=outcome: self.complete.emit(o.value))
            self.outcomes[outcome] = b
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.since)
        layout.addLayout(top)
        layout.addWidget(self.current)
        layout.addWidget(self.next_button)
        by_number = QHBoxLayout()
        by_number.addWidget(self.number_field, 1)
        by_number.addWidget(self.number_button)
        layout.addLayout(by_number)
        actions = QHBoxLayout()
        for b in (self.recall, self.hold, self.no_show):
            actions.addWidget(b, 1)
        layout.addLayout(actions)
        transfer = QHBoxLayout()
        transfer.addWidget(self.to_service, 3)
        transfer.addWidget(self.to_desk, 2)
        transfer.addWidget(self.transfer_button)
        layout.addLayout(transfer)
        layout.addWidget(self.outcomes_heading)
        grid = QGridLayout()
        for index, b in enumerate(self.outcomes.values()):
            grid.addWidget(b, index // 2, index % 2)
        layout.addLayout(grid)
        layout.addStretch(1)

    def retranslate(self) -> None:
        """Texts for the interface language."""
        self.heading.setText(self.tr("Now serving"))
        set_text(self.next_button, self.tr("Call next"))
        self.number_field.setPlaceholderText(self.tr("Number, such as H-017"))
        self.number_field.setAccessibleName(self.tr("Ticket number to call"))
        set_text(self.number_button, self.tr("Call this number"))
        set_text(self.recall, self.tr("Recall"))
        set_text(self.hold, self.tr("Hold"))
        set_text(self.no_show, self.tr("No-show"))
        self.to_service.setAccessibleName(self.tr("Transfer to service"))
        self.to_desk.setAccessibleName(self.tr("Transfer to desk"))
        set_text(self.transfer_button, self.tr("Transfer"))
        self.outcomes_heading.setText(self.tr("Complete with outcome:"))
        names = {
            Outcome.RESOLVED: self.tr("Resolved at first contact"),
            Outcome.SIGNPOSTED: self.tr("Signposted"),
            Outcome.APPOINTMENT_BOOKED: self.tr("Appointment booked"),
            Outcome.REFERRED: self.tr("Referred"),
            Outcome.CASE_OPENED: self.tr("Case opened"),
        }
        for outcome, b in self.outcomes.items():
            set_text(b, names[outcome])

    def choose(self, number: str) -> None:
        """Put a ticket number picked from the queue into the call field."""
        self.number_field.setText(number)

    def show_serving(
        self, ticket: Ticket | None, now_ms: int, other_desks: list[Desk], busy: bool
    ) -> None:
        """Show the ticket being served (or none) and enable the actions that make sense."""
        serving = ticket is not None
        if ticket is None:
            self.current.setText(self.tr("No one"))
            self.since.setText(self.tr("Call the next ticket when you are ready."))
        else:
            name = self._catalogue.service(ticket.service).title("en")
            self.current.setText(f"{ticket.number} · {name}")
            minutes = (now_ms - (ticket.called_ms or now_ms)) // 60_000
            self.since.setText(self.tr("Called %1 min ago").replace("%1", str(minutes)))
        self._fill_desks(other_desks)
        for b in (self.next_button, self.number_button):
            b.setEnabled(not serving and not busy)
        self.number_field.setEnabled(not serving and not busy)
        for b in (self.recall, self.hold, self.no_show, self.transfer_button):
            b.setEnabled(serving and not busy)
        for b in self.outcomes.values():
            b.setEnabled(serving and not busy)

    def _fill_desks(self, desks: list[Desk]) -> None:
        wanted = [(self.tr("Any desk"), None)] + [(d.name, d.id) for d in desks]
        have = [
            (self.to_desk.itemText(i), self.to_desk.itemData(i))
            for i in range(self.to_desk.count())
        ]
        if wanted == have:
            return
        chosen = self.to_desk.currentData()
        self.to_desk.clear()
        for text, desk_id in wanted:
            self.to_desk.addItem(text, desk_id)
        index = self.to_desk.findData(chosen)
        self.to_desk.setCurrentIndex(max(index, 0))

    def _call_number(self) -> None:
        if self.number_button.isEnabled():
            self.call_number.emit(self.number_field.text())

    def _transfer(self) -> None:
        self.transfer.emit(str(self.to_service.currentData()), self.to_desk.currentData())
