"""Where a triage form sends a resident: a form to fill, someone to see today, or partners.

A priority outcome is never said on screen: the ticket simply goes to the front of the
right queue, as the discreet priority question does on the ticket journey.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from core.form_catalogue import FormCatalogue
from core.form_definition import Outcome, say
from ui.widgets import button, label, set_text


class OutcomePanel(QWidget):
    """The outcome's message, the partners with how to reach them, and what to do now.

    Signals:
        start_form(str): the resident chose to fill the form the outcome names.
        ticket_wanted(str, bool): the resident wants to see someone today: service, priority.
    """

    start_form = Signal(str)
    ticket_wanted = Signal(str, bool)

    def __init__(
        self,
        outcome: Outcome | None,
        language: str,
        forms: FormCatalogue,
        parent: QWidget,
        *,
        offers_tickets: bool,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formOutcome")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        heading = label("outcomeHeading", "heading", self)
        layout.addWidget(heading)
        if outcome is None:
            heading.setText(
                QCoreApplication.translate("FormOutcome", "Please talk to a member of staff")
            )
            return
        heading.setText(QCoreApplication.translate("FormOutcome", "What you can do next"))
        message = label("outcomeMessage", "banner", self)
        message.setText(say(outcome.message, language))
        message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(message)
        if outcome.appointment_service is not None:
            service, priority = outcome.appointment_service, outcome.priority
            if offers_tickets:
                see = button("outcomeTicket", "primary", self)
                set_text(
                    see,
                    QCoreApplication.translate(
                        "FormOutcome", "Get a ticket to talk to someone today"
                    ),
                )
                see.clicked.connect(lambda: self.ticket_wanted.emit(service, priority))
                layout.addWidget(see)
            else:
                ask = label("outcomeAskDesk", "", self)
                ask.setText(
                    QCoreApplication.translate(
                        "FormOutcome", "Please ask at the desk to talk to someone today."
                    )
                )
                layout.addWidget(ask)
        if outcome.form is not None:
            form = forms.form(outcome.form)
            start = button("outcomeForm", "choice", self)
            set_text(
                start,
                QCoreApplication.translate("FormOutcome", "Fill in: %1").replace(
                    "%1", say(form.title, language)
                ),
            )
            start.clicked.connect(lambda: self.start_form.emit(form.id))
            layout.addWidget(start)
        if outcome.partners:
            partners = label("outcomePartnersHeading", "subheading", self)
            partners.setText(
                QCoreApplication.translate("FormOutcome", "Other organisations that can help")
            )
            layout.addWidget(partners)
        for index, partner in enumerate(outcome.partners):
            card = QFrame(self)
            card.setObjectName(f"outcomePartner_{index}")
            card.setProperty("role", "check-row")
            inside = QVBoxLayout(card)
            name = label(f"outcomePartnerName_{index}", "subheading", card)
            name.setText(say(partner.name, language))
            how = label(f"outcomePartnerHow_{index}", "", card)
            how.setText(say(partner.how, language))
            how.setTextFormat(Qt.TextFormat.PlainText)
            inside.addWidget(name)
            inside.addWidget(how)
            layout.addWidget(card)
