"""Report, apply, book, tell or ask: the list of guided forms, life events, and the journey.

Life events ("I'm moving into the borough") offer several forms together and carry the
answers they share from one to the next. Triage forms ("Not sure where to start?") send
the resident on to a form, a ticket to see someone today, or partners who can help.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from core.feedback import FeedbackBox
from core.form_catalogue import LifeEvent
from core.form_definition import FormKind, say
from core.form_services import FormServices
from core.ticket_machine import IssuedTicket
from kiosk.form_pages import FormJourney
from kiosk.queue_widgets import storage_or_general
from ui.background import BackgroundOp
from ui.screen import Screen
from ui.widgets import button, kinetic_scroll, label, set_text, show_added

if TYPE_CHECKING:
    from core.site_services import SiteServices
    from kiosk.ticket_confirmation import TicketConfirmation

log = logging.getLogger(__name__)
KIND_ORDER = (FormKind.REPORT, FormKind.APPLY, FormKind.BOOK, FormKind.TELL, FormKind.ASK)


def kind_heading(kind: FormKind) -> str:
    """The heading over one kind of form, in the council's five words."""
    return {
        FormKind.REPORT: QCoreApplication.translate("FormsScreen", "Report something"),
        FormKind.APPLY: QCoreApplication.translate("FormsScreen", "Apply for something"),
        FormKind.BOOK: QCoreApplication.translate("FormsScreen", "Book something"),
        FormKind.TELL: QCoreApplication.translate("FormsScreen", "Tell us something"),
        FormKind.ASK: QCoreApplication.translate("FormsScreen", "Ask us something"),
        FormKind.TRIAGE: QCoreApplication.translate("FormsScreen", "Not sure where to start?"),
    }[kind]


class FormsScreen(Screen):
    """The forms list, a life event's forms, and the form being filled."""

    screen_name = "forms"

    def __init__(
        self,
        services: FormServices,
        site: Callable[[], SiteServices | None] = lambda: None,
        *,
        feedback: FeedbackBox | None = None,
    ) -> None:
        super().__init__()
        self.services = services
        self._site = site
        self._feedback = feedback
        self.journey: FormJourney | None = None
        self.life_event: LifeEvent | None = None
        self.shared: dict[str, object] = {}
        self.sent: dict[str, str] = {}
        self.ticket: TicketConfirmation | None = None
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("formsPages")
        self.list_page = QWidget()
        self.list_layout = QVBoxLayout(self.list_page)
        self.list_layout.setSpacing(16)
        self.event_page = QWidget()
        self.event_layout = QVBoxLayout(self.event_page)
        self.event_layout.setSpacing(16)
        self.journey_holder = QWidget()
        self.journey_layout = QVBoxLayout(self.journey_holder)
        self.journey_layout.setContentsMargins(0, 0, 0, 0)
        for page in (kinetic_scroll(self.list_page), kinetic_scroll(self.event_page)):
            self.pages.addWidget(page)
        self.pages.addWidget(self.journey_holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(self.pages)
        self._fill_list()

    # -- the list ---------------------------------------------------------------------------

    def _clear(self, layout: QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Out of the tree at once, so no name is found twice before it is deleted.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def _fill_list(self) -> None:
        self._clear(self.list_layout)
        lang, catalogue = self.language, self.services.catalogue
        heading = label("formsHeading", "heading", self.list_page)
        heading.setText(QCoreApplication.translate("FormsScreen", "What do you want to do?"))
        self.list_layout.addWidget(heading)
        for event in catalogue.life_events:
            tile = button(f"lifeEvent_{event.id}", "primary", self.list_page)
            set_text(tile, say(event.title, lang))
            tile.clicked.connect(lambda _=False, e=event: self.open_event(e))
            self.list_layout.addWidget(tile)
        for kind in (FormKind.TRIAGE, *KIND_ORDER):
            forms = [f for f in catalogue.forms if f.kind is kind]
            if not forms:
                continue
            sub = label(f"formsKind_{kind.value}", "subheading", self.list_page)
            sub.setText(kind_heading(kind))
            self.list_layout.addWidget(sub)
            for form in forms:
                choice = button(f"formTile_{form.id}", "choice", self.list_page)
                set_text(choice, say(form.title, lang))
                choice.clicked.connect(lambda _=False, f=form.id: self.open_form(f))
                self.list_layout.addWidget(choice)
        self.list_layout.addStretch(1)
        show_added(self.list_layout)

    def open_event(self, event: LifeEvent) -> None:
        """Show a life event's forms, each with its state in this visit."""
        self.life_event = event
        self._fill_event()
        self.pages.setCurrentIndex(1)

    def _fill_event(self) -> None:
        self._clear(self.event_layout)
        event, lang = self.life_event, self.language
        if event is None:
            return
        heading = label("lifeEventHeading", "heading", self.event_page)
        heading.setText(say(event.title, lang))
        summary = label("lifeEventSummary", "", self.event_page)
        summary.setText(say(event.summary, lang))
        self.event_layout.addWidget(heading)
        self.event_layout.addWidget(summary)
        for form_id in event.forms:
            form = self.services.catalogue.form(form_id)
            choice = button(f"lifeEventForm_{form_id}", "choice", self.event_page)
            title = say(form.title, lang)
            if form_id in self.sent:
                title = (
                    QCoreApplication.translate("FormsScreen", "%1 – sent, reference %2")
                    .replace("%1", title)
                    .replace("%2", self.sent[form_id])
                )
                choice.setEnabled(False)
            set_text(choice, title)
            choice.clicked.connect(lambda _=False, f=form_id: self.open_form(f))
            self.event_layout.addWidget(choice)
        self.event_layout.addStretch(1)
        show_added(self.event_layout)

    # -- a form -----------------------------------------------------------------------------

    def open_form(self, form_id: str) -> None:
        """Start a fresh draft of a form, prefilled with answers shared in this visit."""
        self._drop_journey()
        session, log = self.services.begin(
            form_id, self.language, self.shared, post=self._write_later
        )
        self.journey = FormJourney(
            self.services,
            session,
            log,
            self.journey_holder,
            next_form=self._next_in_event,
            offers_tickets=self._site() is not None,
            feedback=self._feedback,
        )
        self.journey.leave.connect(self._journey_left)
        self.journey.finished.connect(self.finished)
        self.journey.start_form.connect(self._continue_with)
        self.journey.ticket_wanted.connect(self._take_ticket)
        self.journey_layout.addWidget(self.journey)
        self.journey.show()
        self.pages.setCurrentWidget(self.journey_holder)

    def _write_later(self, job: Callable[[], object]) -> None:
        """Journey analytics go to the journal off the screen's thread (a page turn never
        waits for an fsync); a write that fails loses a figure, never the resident's form."""
        BackgroundOp(self, job).failure(
            lambda exc: log.warning("journey analytics not recorded: %s", exc)
        ).run()

    def _drop_journey(self) -> None:
        for old in (self.journey, self.ticket):
            if old is not None:
                if isinstance(old, FormJourney):
                    old.wipe()
                old.hide()
                old.setParent(None)
                old.deleteLater()
        self.journey = None
        self.ticket = None

    def _next_in_event(self) -> str | None:
        """The next unsent form of the life event, once the current one is sent."""
        if self.journey is not None and self.journey.finalised is not None:
            done = self.journey.finalised
            self.sent[done.form_id] = done.reference
            self.shared.update(self.journey.session.shared_answers())
        if self.life_event is None:
            return None
        return next((f for f in self.life_event.forms if f not in self.sent), None)

    def _continue_with(self, form_id: str) -> None:
        if self.journey is not None:
            self.shared.update(self.journey.session.shared_answers())
        self.open_form(form_id)

    def _journey_left(self) -> None:
        self._drop_journey()
        self.pages.setCurrentIndex(1 if self.life_event is not None else 0)

    # -- a ticket from a triage outcome -----------------------------------------------------

    def _take_ticket(self, service: str, priority: bool) -> None:
        site = self._site()
        if site is None or self.journey is None:
            return
        journey, language = self.journey, self.language
        journey.continue_button.setEnabled(False)
        BackgroundOp(self, lambda: site.tickets.take(service, language, priority=priority)).success(
            lambda issued: self._ticket_issued(site, issued)
        ).failure(self._ticket_failed).run()

    def _ticket_issued(self, site: SiteServices, issued: IssuedTicket) -> None:
        from kiosk.ticket_confirmation import TicketConfirmation

        if self.journey is None:
            return
        name = site.catalogue.service(issued.service).title(self.language)
        self.ticket = TicketConfirmation("formTicket", site, self.journey_holder)
        self.ticket.done.connect(self.finished)
        self.journey.hide()
        self.journey_layout.addWidget(self.ticket)
        self.ticket.show()
        self.ticket.retranslate(self.language)
        self.ticket.show_ticket(issued, site.slips.queue_ticket(issued, name, self.language))

    def _ticket_failed(self, exc: Exception) -> None:
        if self.journey is not None:
            self.journey.continue_button.setEnabled(True)
            found = self.journey.findChild(QPushButton, "outcomeTicket")
            if found is not None:
                found.setEnabled(False)
                set_text(found, storage_or_general(exc))

    # -- the screen -------------------------------------------------------------------------

    @property
    def current_page(self) -> str:
        """``forms``, ``forms/event/<id>`` or ``forms/<form>/<page>`` (never an answer)."""
        if self.journey is not None and self.pages.currentWidget() is self.journey_holder:
            return f"forms/{self.journey.session.definition.id}/{self.journey.page_key}"
        if self.life_event is not None and self.pages.currentIndex() == 1:
            return f"forms/event/{self.life_event.id}"
        return "forms"

    def soft_check(self) -> str | None:
        """See ``Screen.soft_check``: the open form's current page."""
        if self.journey is not None and self.pages.currentWidget() is self.journey_holder:
            return self.journey.soft_check()
        return None

    def override_check(self, staff_id: str, reason: str) -> tuple[str, str]:
        """See ``Screen.override_check``."""
        if self.journey is not None and self.pages.currentWidget() is self.journey_holder:
            return self.journey.override_check(staff_id, reason)
        return super().override_check(staff_id, reason)

    def back(self) -> bool:
        if self.ticket is not None:
            return True  # the ticket is taken: Done or Start again from here
        if self.journey is not None and self.pages.currentWidget() is self.journey_holder:
            if not self.journey.back():
                self.journey.log.abandoned("back")
                self._journey_left()
            return True
        if self.pages.currentIndex() == 1:
            self.life_event = None
            self.pages.setCurrentIndex(0)
            return True
        return False

    def wipe(self) -> None:
        """Forget the draft, the shared answers and the life event: nothing is left behind."""
        self._drop_journey()
        self.life_event = None
        self.shared.clear()
        self.sent.clear()
        self.pages.setCurrentIndex(0)

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self._fill_list()
        self._fill_event()
        if self.journey is not None:
            self.journey.retranslate(language)
        if self.ticket is not None:
            self.ticket.retranslate(language)

    def spoken_text(self) -> str:
        if self.journey is not None and self.pages.currentWidget() is self.journey_holder:
            return self.journey.spoken_text()
        page = self.pages.currentWidget()
        if page is None:
            return ""
        return " ".join(w.text() for w in page.findChildren(QLabel) if w.text())
