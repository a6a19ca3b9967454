"""Take a ticket: which service, an appointment?, an optional priority question, your number."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy

from core.feedback import FeedbackBox
from core.site_services import SiteServices
from core.ticket_machine import IssuedTicket
from kiosk.queue_widgets import JourneyPages, storage_or_general, yes_no
from kiosk.ticket_confirmation import TicketConfirmation
from ui.background import BackgroundOp
from ui.widgets import button, give_icon, label, set_text


class TicketPages(JourneyPages):
    """Choose a service, answer at most two Yes/No questions, and get a numbered ticket.

    Whether the resident asked for a priority visit is recorded with the ticket and never
    shown again: not on the confirmation, not on the printout, not read aloud.
    """

    screen_name = "ticket"
    first_page = "service"

    def __init__(self, site: SiteServices, *, feedback: FeedbackBox | None = None) -> None:
        super().__init__()
        self._site = site
        self._service: str | None = None

        page, layout = self.add_page("service")
        grid = QGridLayout()
        grid.setSpacing(16)
        self.service_tiles: dict[str, QPushButton] = {}
        for index, service in enumerate(site.catalogue.services):
            # Two wide columns with the icon beside the name: long names fit in every language.
            t = button(f"ticketService_{service.code}", "choice", page)
            give_icon(t, service.icon)
            t.setIconSize(QSize(64, 64))
            t.setMinimumHeight(112)
            t.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            t.clicked.connect(lambda _=False, code=service.code: self._service_chosen(code))
            self.service_tiles[service.code] = t
            grid.addWidget(t, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)

        page, layout = self.add_page("appointment")
        self.appointment_choices = yes_no(self, page, layout, "ticketAppointment")
        self.appointment_choices["yes"].clicked.connect(self._has_appointment)
        self.appointment_choices["no"].clicked.connect(lambda: self.show_page("priority"))
        layout.addStretch(1)

        page, layout = self.add_page("priority")
        self.priority_hint = label("ticketPriorityHint", "secondary", page)
        layout.addWidget(self.priority_hint)
        self.priority_choices = yes_no(self, page, layout, "ticketPriority")
        self.priority_choices["yes"].clicked.connect(lambda: self._issue(priority=True))
        self.priority_choices["no"].clicked.connect(lambda: self._issue(priority=False))
        self.issuing = label("ticketIssuing", "secondary", page)
        self.issuing.hide()
        layout.addWidget(self.issuing)
        layout.addStretch(1)

        page, layout = self.add_page("done")
        self.confirmation = TicketConfirmation(
            "ticket", site, page, feedback=feedback, journey="ticket"
        )
        self.confirmation.done.connect(self.finished)
        layout.addWidget(self.confirmation)
        layout.addStretch(1)
        self.restart()

    def _service_chosen(self, code: str) -> None:
        self._service = code
        ask = self._site.catalogue.service(code).ask_appointment
        self.show_page("appointment" if ask else "priority")

    def _has_appointment(self) -> None:
        self.wipe()
        self.go.emit("checkin")

    def _issue(self, priority: bool) -> None:
        if self.busy or self._service is None:
            return
        self.busy = True
        self._set_choices_enabled(False)
        service, language, machine = self._service, self.language, self._site.tickets
        BackgroundOp(self, lambda: machine.take(service, language, priority=priority)).success(
            self.guarded(self._issued)
        ).failure(self.guarded(self._failed)).run()

    def _issued(self, issued: IssuedTicket) -> None:
        self.busy = False
        self._set_choices_enabled(True)
        name = self._site.catalogue.service(issued.service).title(self.language)
        printout = self._site.slips.queue_ticket(issued, name, self.language)
        self.history = []
        self.show_page("done", remember=False)
        self.confirmation.show_ticket(issued, printout)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self._set_choices_enabled(True)
        self.set_problems([("ticketPriority", storage_or_general(exc))])

    def _set_choices_enabled(self, on: bool) -> None:
        for choice in self.priority_choices.values():
            choice.setEnabled(on)
        self.issuing.setVisible(not on)

    def retranslate(self, language: str) -> None:
        """Texts for the language, including the catalogue's service names."""
        super().retranslate(language)
        self.headings["service"].setText(self.tr("Which service do you need?"))
        for code, t in self.service_tiles.items():
            set_text(t, self._site.catalogue.service(code).title(language))
        self.headings["appointment"].setText(self.tr("Do you have an appointment today?"))
        for choices in (self.appointment_choices, self.priority_choices):
            set_text(choices["yes"], self.tr("Yes"))
            set_text(choices["no"], self.tr("No"))
        self.headings["priority"].setText(self.tr("Do you need extra help or a priority visit?"))
        self.priority_hint.setText(
            self.tr(
                "For example, if you use a wheelchair, have a disability, are unwell, or need "
                "an interpreter. This is optional and will not be shown on your ticket."
            )
        )
        self.issuing.setText(self.tr("Getting your number…"))
        self.headings["done"].setText(self.tr("Here is your ticket"))
        self.confirmation.retranslate(language)

    def wipe(self) -> None:
        """Forget the service, the answers and the ticket, and go back to the first page."""
        self._service = None
        self.confirmation.clear()
        self._set_choices_enabled(True)
        self.restart()
