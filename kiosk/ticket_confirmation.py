"""The confirmation a resident sees with their queue number: kept live, and printed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.feedback import FeedbackBox
from core.languages import language
from core.printing import PrintOutcome
from core.printout import Printout
from core.site_queue import TicketState
from core.site_services import SiteServices
from core.ticket_machine import IssuedTicket
from core.wait_estimate import WaitEstimate
from ui.feedback_faces import FeedbackFaces
from ui.print_job import PrintJob
from ui.queue_watch import QueueWatch
from ui.widgets import button, label, set_text

# A ticket number is Latin letters and digits in every language, so it takes the Latin font:
# a script's own font (Naskh, for Urdu) would only make its line taller. The size leaves room
# for the feedback faces under it on a 1080p screen.
NUMBER_STYLE = f'font-size: 104px; font-weight: bold; font-family: "{language("en").font_family}";'


class TicketConfirmation(QWidget):
    """The big number, the service, the place in the queue and the wait, and the printout.

    The place and wait follow the live queue while shown. Whether the visit is a priority
    one is never shown here, nor printed. Given a feedback box, the five faces sit above
    Done, for ``journey`` and the ticket's service (never its number).

    Signals:
        done(): the resident pressed Done.
    """

    done = Signal()

    def __init__(
        self,
        prefix: str,
        site: SiteServices,
        parent: QWidget,
        *,
        feedback: FeedbackBox | None = None,
        journey: str = "ticket",
    ) -> None:
        super().__init__(parent)
        self._site = site
        self.language = "en"
        self.issued: IssuedTicket | None = None
        self._wait: WaitEstimate | None = None
        self._called_desk: str | None = None
        self.print_state = ""
        self._watch: QueueWatch | None = None
        self.caption = label(f"{prefix}NumberCaption", "", self)
        self.number = label(f"{prefix}Number", "", self)
        self.number.setStyleSheet(NUMBER_STYLE)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.service = label(f"{prefix}Service", "heading", self)
        self.position = label(f"{prefix}Position", "", self)
        self.wait = label(f"{prefix}Wait", "", self)
        self.watch_screen = label(f"{prefix}WatchScreen", "banner", self)
        self.print_status = label(f"{prefix}PrintStatus", "", self)
        self.faces = (
            FeedbackFaces(f"{prefix}Feedback", feedback, journey, self)
            if feedback is not None
            else None
        )
        self.done_button = button(f"{prefix}DoneButton", "primary", self)
        self.done_button.clicked.connect(self.done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10 if self.faces is not None else 16)
        parts: tuple[QWidget | None, ...] = (
            self.caption,
            self.number,
            self.service,
            self.position,
            self.wait,
            self.watch_screen,
            self.print_status,
            self.faces,
            self.done_button,
        )
        for part in parts:
            if part is not None:
                layout.addWidget(part)

    def show_ticket(self, issued: IssuedTicket, printout: Printout | None) -> None:
        """Show a newly issued ticket and print it (None: this kiosk has no printer)."""
        self.issued = issued
        if self.faces is not None:
            self.faces.service = issued.service
        self._wait = issued.wait
        self._called_desk = None
        self._follow(self.isVisible())
        desk = self._site.print_desk
        if printout is None or desk is None:
            self.print_state = "failed"
        else:
            self.print_state = "printing"
            job = PrintJob(desk, self)
            job.finished.connect(self._printed)
            job.finished.connect(job.deleteLater)  # one printout, then gone (no job left per visit)
            job.start(printout, keep_this=issued.number)
        self.retranslate(self.language)

    def _printed(self, outcome: PrintOutcome) -> None:
        if self.issued is not None:
            self.print_state = "printed" if outcome.printed else "failed"
            self.retranslate(self.language)

    def _queue_changed(self) -> None:
        if self.issued is None:
            return
        queue = self._site.feed.queue
        ticket = queue.tickets.get(self.issued.ticket)
        if ticket is None:
            return
        if ticket.state is TicketState.WAITING:
            self._wait = self._site.estimator.estimate(queue, ticket, self._site.feed.now_ms())
            self._called_desk = None
        elif ticket.state is TicketState.CALLED and ticket.desk is not None:
            desk = queue.desks.get(ticket.desk)
            self._called_desk = desk.name if desk is not None else ticket.desk
        self.retranslate(self.language)

    def _follow(self, on: bool) -> None:
        """Follow the live queue only while the ticket is on screen."""
        if on and self._watch is None and self.issued is not None:
            self._watch = QueueWatch(self._site.feed, self)
            self._watch.changed.connect(self._queue_changed)
            self._queue_changed()
        elif not on and self._watch is not None:
            self._watch.stop()
            self._watch.deleteLater()
            self._watch = None

    def showEvent(self, event: QShowEvent) -> None:
        """On screen: follow the queue."""
        super().showEvent(event)
        self._follow(True)

    def hideEvent(self, event: QHideEvent) -> None:
        """Off screen (or the kiosk is closing): stop reading the queue."""
        super().hideEvent(event)
        self._follow(False)

    def clear(self) -> None:
        """Forget the ticket and any feedback half given, and stop following the queue."""
        self._follow(False)
        if self.faces is not None:
            self.faces.wipe()
        self.issued = None
        self._wait = None
        self._called_desk = None
        self.print_state = ""
        labels: tuple[QLabel, ...] = (
            self.number,
            self.service,
            self.position,
            self.wait,
            self.print_status,
        )
        for part in labels:
            part.clear()

    def retranslate(self, language: str) -> None:
        """Every text in the language, from the ticket as it stands in the queue now."""
        self.language = language
        self.caption.setText(self.tr("Your number is"))
        self.watch_screen.setText(self.tr("Watch the screen for your number."))
        set_text(self.done_button, self.tr("Done"))
        if self.faces is not None:
            self.faces.retranslate(language)
        if self.issued is None:
            return
        self.number.setText(self.issued.number)
        self.number.setAccessibleName(self.issued.number)
        self.service.setText(self._site.catalogue.service(self.issued.service).title(language))
        self.position.setText(self._position_text())
        self.wait.setText(self._wait_text())
        self.wait.setVisible(self._called_desk is None)
        self.print_status.setProperty("role", "error" if self.print_state == "failed" else "")
        self.print_status.setText(self._print_text())
        self.print_status.style().unpolish(self.print_status)
        self.print_status.style().polish(self.print_status)

    def _position_text(self) -> str:
        if self._called_desk is not None:
            return self.tr("It is your turn. Please go to %1.").replace("%1", self._called_desk)
        position = self._wait.position if self._wait else 1
        if position <= 1:
            return self.tr("You are next in the queue.")
        return self.tr("Your place in the queue: %1").replace("%1", str(position))

    def _wait_text(self) -> str:
        minutes = self._wait.minutes if self._wait else 0
        if minutes <= 0:
            return self.tr("You should be seen very soon.")
        if minutes == 1:
            return self.tr("Estimated wait: about 1 minute")
        return self.tr("Estimated wait: about %1 minutes").replace("%1", str(minutes))

    def _print_text(self) -> str:
        number = self.issued.number if self.issued else ""
        if self.print_state == "printing":
            return self.tr("Printing your ticket…")
        if self.print_state == "printed":
            return self.tr("Please take your ticket from the printer.")
        if self.print_state == "failed":
            return self.tr("The printer is not working. Please note your number: %1").replace(
                "%1", number
            )
        return ""
