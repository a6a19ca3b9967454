"""The desk's view of the queues: each service's waiting tickets in calling order, and held ones."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from assisted.desk_panels import clear_layout, scrolling_rows
from core.catalogue import Catalogue
from core.next_ticket import waiting_in_order
from core.site_day import SiteCalendar
from core.site_queue import SiteQueue, Ticket, TicketState
from ui.widgets import button, label, set_text

COLUMNS = 2


@dataclass(frozen=True, slots=True)
class WaitStandards:
    """The published waits a ticket's wait is judged against, in minutes (None: not set)."""

    first_conversation: int | None
    seen_within: int | None

    @classmethod
    def from_catalogue(cls, catalogue: Catalogue) -> WaitStandards:
        """Read the standards ``first-conversation`` and ``seen-within-30`` from the catalogue."""
        minutes = {s.id: s.minutes for s in catalogue.standards}
        return cls(minutes.get("first-conversation"), minutes.get("seen-within-30"))

    def band(self, minutes: int) -> str:
        """``normal``, ``amber`` (past the first standard) or ``red`` (past the second)."""
        if self.seen_within is not None and minutes > self.seen_within:
            return "red"
        if self.first_conversation is not None and minutes >= self.first_conversation:
            return "amber"
        return "normal"


class QueuePanel(QFrame):
    """Every service's queue as this desk would call it, skilled services first.

    Signals:
        chosen(str): staff picked a ticket number from the list (to call it).
    """

    chosen = Signal(str)

    def __init__(
        self, catalogue: Catalogue, calendar: SiteCalendar, standards: WaitStandards
    ) -> None:
        super().__init__()
        self._catalogue = catalogue
        self._calendar = calendar
        self.standards = standards
        self._shown: Sequence[Hashable] = ()
        self.setObjectName("queuePanel")
        self.setProperty("role", "panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = label("queueHeading", "heading", self)
        layout.addWidget(self.heading)
        self.rows = scrolling_rows(layout, "queueRows")

    def wait_text(self, minutes: int) -> tuple[str, str]:
        """The wait in words (never colour alone) and its colour band."""
        band = self.standards.band(minutes)
        if band == "red":
            over = self.standards.seen_within
        elif band == "amber":
            over = self.standards.first_conversation
        else:
            return self.tr("%1 min").replace("%1", str(minutes)), band
        text = self.tr("%1 min — over %2").replace("%1", str(minutes)).replace("%2", str(over))
        return text, band

    def _marker(self, ticket: Ticket) -> str:
        # Staff-only: whether the visit is booked or a priority one, never who it is.
        if ticket.slot_ms is not None:
            return " · " + self.tr("appt")
        return " · " + self.tr("P") if ticket.priority else ""

    def show_queue(
        self, queue: SiteQueue, services: tuple[str, ...], desk_id: str, now_ms: int
    ) -> None:
        """Redraw the queues (only when what they show has changed)."""
        codes = [s.code for s in self._catalogue.services]
        ordered = [c for c in codes if c in services] + [c for c in codes if c not in services]
        lists = {c: waiting_in_order(queue, (c,), desk_id, now_ms) for c in ordered}
        held = sorted(
            (t for t in queue.tickets.values() if t.state is TicketState.HELD),
            key=lambda t: t.number,
        )
        total = sum(len(v) for v in lists.values())
        self.heading.setText(self.tr("Waiting: %1").replace("%1", str(total)))
        spec = [
            (c, [(t.number, (now_ms - t.issued_ms) // 60_000, self._marker(t)) for t in ts])
            for c, ts in lists.items()
        ] + [("held", [t.number for t in held])]
        if spec == self._shown:
            return
        self._shown = spec
        clear_layout(self.rows)
        # Held tickets first: there are few, and only staff can bring them back.
        heading = label("heldHeading", "", self)
        heading.setProperty("role", "subheading")
        heading.setText(self.tr("Held: %1").replace("%1", str(len(held))))
        self.rows.addWidget(heading, 0, 0, 1, COLUMNS)
        for index, ticket in enumerate(held):
            b = self._ticket_button(f"heldTicket_{ticket.number}", ticket.number, self)
            text = self.tr("%1 held").replace("%1", ticket.number)
            set_text(b, text + self._marker(ticket))
            self.rows.addWidget(b, 1 + index // COLUMNS, index % COLUMNS)
        row = 1 + (len(held) + COLUMNS - 1) // COLUMNS
        for code, tickets in lists.items():
            row = self._add_service(code, code in services, tickets, row, now_ms)

    def _add_service(
        self, code: str, skilled: bool, tickets: list[Ticket], row: int, now_ms: int
    ) -> int:
        name = self._catalogue.service(code).title("en")
        heading = label(f"queueService_{code}", "", self)
        heading.setProperty("role", "subheading")
        count = (
            self.tr("%1: %2 waiting").replace("%1", name).replace("%2", str(len(tickets)))
            if tickets
            else self.tr("%1: no one waiting").replace("%1", name)
        )
        heading.setText(count if skilled else count + " " + self.tr("(not this desk)"))
        self.rows.addWidget(heading, row, 0, 1, COLUMNS)
        row += 1
        for index, ticket in enumerate(tickets):
            b = self._ticket_button(f"queueTicket_{ticket.number}", ticket.number, self)
            wait, band = self.wait_text((now_ms - ticket.issued_ms) // 60_000)
            b.setProperty("wait", band)
            set_text(b, f"{ticket.number} · {wait}{self._marker(ticket)}")
            self.rows.addWidget(b, row + index // COLUMNS, index % COLUMNS)
        return row + (len(tickets) + COLUMNS - 1) // COLUMNS

    def _ticket_button(self, name: str, number: str, parent: QWidget) -> QPushButton:
        b = button(name, "ticket", parent)
        b.clicked.connect(lambda _=False, n=number: self.chosen.emit(n))
        return b
