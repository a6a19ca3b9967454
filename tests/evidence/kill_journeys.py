"""Every kiosk journey that writes, as taps and typing by widget name over the socket.

A journey is a list of steps. One of them is the *send*: the tap that asks the kiosk to
record (Take a ticket's last answer, Check in, Accept and send, Send, Sign in, Send
feedback). Then comes *told*: the driver reads the screen until it shows what a resident
is told (a ticket number, a reference, "Thank you"); only what the screen showed counts
as acknowledged. Each journey also knows, before it is sent, a plain value its event will
carry (the service, the booking, the form, the company...), so an event a kill left
behind without an acknowledgement can still be matched to the journey that sent it.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from zoneinfo import ZoneInfo

from core.config import DEMO_CATALOGUE, DEMO_STAFF
from tests.evidence.kill_bookings import TIMEZONE, Bookings
from tests.evidence.kill_kiosk import KioskProcess
from tests.evidence.kill_secrets import Secrets

HOME = "Welcome to Idea Store Whitechapel"
NUMBER = re.compile(r"^[A-Z]-\d{3,}$")
RECEIPT = re.compile(r"^Your receipt number is (DC-[0-9A-Z-]+)$")
BADGE = re.compile(r"^Your badge number is (V-\d{3,})$")
THANKS = "Thank you for your feedback"
KINDS = (
    "ticket",
    "checkin by reference",
    "checkin by name",
    "short form",
    "long form",
    "documents",
    "visitor",
    "feedback",
)
EVENT_OF = {
    "ticket": "ticket.issued",
    "checkin by reference": "appointment.checked_in",
    "checkin by name": "appointment.checked_in",
    "short form": "submission.finalised",
    "long form": "submission.finalised",
    "documents": "document.captured",
    "visitor": "visitor.signed_in",
    "feedback": "feedback.given",
}
_SERVICES = json.loads(DEMO_CATALOGUE.read_text(encoding="utf-8"))["services"]
ASKS_APPOINTMENT = {s["code"]: bool(s.get("ask_appointment")) for s in _SERVICES}
HOSTS = tuple(s["id"] for s in json.loads(DEMO_STAFF.read_text(encoding="utf-8"))["staff"])
DOCUMENTS = ("payslips", "benefit-letter", "bank-statement", "proof-of-address")


class Phase(Enum):
    """How far a journey got: the kill test's bookkeeping of what the resident knows."""

    DRAFTING = "drafting"  # typing and choosing; nothing asked to be recorded yet
    SENDING = "sending"  # the send was tapped; the resident has not been told
    TOLD = "told"  # the screen showed the number or reference: acknowledged
    FINISHED = "finished"  # Done/Finish tapped, back on the home screen


Step = tuple[
    str, ...
]  # ("tap", name) ("type", name, text) ("send", name) ("told",) ("finish", name)


@dataclass
class Journey:
    """One resident's visit, and what the driver saw of it."""

    kind: str
    steps: list[Step]
    plain: str  # the value its event carries in plain, known before it is sent
    told: Callable[[list[str]], str | None]  # what the screen says was done, if it says it yet
    phase: Phase = Phase.DRAFTING
    shown: str = ""  # the number, reference or "thanks" the screen showed
    done_steps: int = 0
    cycle: int = 0
    secrets: list[str] = field(default_factory=list)

    @property
    def event(self) -> str:
        """The journal event type this journey records."""
        return EVENT_OF[self.kind]

    @property
    def send_index(self) -> int:
        """The index of the send step."""
        return next(i for i, step in enumerate(self.steps) if step[0] == "send")


def _matching(pattern: re.Pattern[str]) -> Callable[[list[str]], str | None]:
    def told(texts: list[str]) -> str | None:
        for text in texts:
            found = pattern.match(text)
            if found:
                return found.group(found.lastindex or 0)
        return None

    return told


def _thanks(texts: list[str]) -> str | None:
    return "thanks" if THANKS in texts else None


class JourneyMaker:
    """Makes each kind of journey with seeded choices and fresh secrets and bookings."""

    def __init__(self, rng: random.Random, secrets: Secrets, bookings: Bookings) -> None:
        self.rng = rng
        self.secrets = secrets
        self.bookings = bookings

    def can_make(self, kind: str) -> bool:
        """False for a check-in once this run's unused bookings of its kind are all taken."""
        if kind.startswith("checkin"):
            return self.bookings.unused(by_name=kind == "checkin by name") > 0
        return True

    def make(self, kind: str) -> Journey:
        """A fresh journey of this kind."""
        build = {
            "ticket": self.ticket,
            "checkin by reference": lambda: self.checkin(by_name=False),
            "checkin by name": lambda: self.checkin(by_name=True),
            "short form": self.short_form,
            "long form": self.long_form,
            "documents": self.documents,
            "visitor": self.visitor,
            "feedback": self.feedback,
        }[kind]
        return build()

    def ticket(self) -> Journey:
        """Take a ticket: a service, no appointment, priority or not; told the number."""
        service = self.rng.choice(sorted(ASKS_APPOINTMENT))
        steps: list[Step] = [("tap", "homeTile_ticket"), ("tap", f"ticketService_{service}")]
        if ASKS_APPOINTMENT[service]:
            steps.append(("tap", "ticketAppointment_no"))
        priority = self.rng.choice(("yes", "no"))
        steps += [("send", f"ticketPriority_{priority}"), ("told",), ("finish", "ticketDoneButton")]
        return Journey("ticket", steps, service, _matching(NUMBER))

    def checkin(self, by_name: bool) -> Journey:
        """Check in for a fresh booking, by its reference or by surname and date of birth."""
        booking = self.bookings.take(by_name)
        steps: list[Step] = [("tap", "homeTile_checkin")]
        secrets = []
        if by_name:
            born = booking.born
            steps += [
                ("tap", "checkinBy_surname"),
                ("type", "checkinSurname", booking.surname),
                ("tap", "checkin_surnameContinue"),
                ("type", "checkinBirthDay", str(born.day)),
                ("type", "checkinBirthMonth", str(born.month)),
                ("type", "checkinBirthYear", str(born.year)),
                ("tap", "checkin_birthContinue"),
            ]
            secrets.append(booking.surname)
        else:
            steps += [
                ("tap", "checkinBy_reference"),
                ("type", "checkinReference", booking.reference.lower()),
                ("tap", "checkin_referenceContinue"),
            ]
        steps += [("send", "checkinConfirm"), ("told",), ("finish", "checkinDoneButton")]
        kind = "checkin by name" if by_name else "checkin by reference"
        return Journey(kind, steps, booking.reference, _matching(NUMBER), secrets=secrets)

    def short_form(self) -> Journey:
        """Ask the council a question: five questions, check your answers, send."""
        question, name = self.secrets.words(), self.secrets.words()
        service = self.rng.choice(sorted(ASKS_APPOINTMENT))
        steps: list[Step] = [
            ("tap", "homeTile_forms"),
            ("tap", "formTile_ask-a-question"),
            ("tap", "formContinue"),
            ("tap", f"answer_service_{service}"),
            ("tap", "formContinue"),
            ("type", "answer_question", question),
            ("tap", "formContinue"),
            ("tap", "answer_reply_by_email"),
            ("tap", "formContinue"),
            ("type", "answer_full_name", name),
            ("tap", "formContinue"),
            ("type", "answer_email", "resident@example.com"),
            ("tap", "formContinue"),
            ("tap", "formContinue"),  # no phone number: the reply goes by email
            ("send", "formContinue"),
            ("told",),
            ("finish", "formContinue"),
        ]
        told = _matching(re.compile(r"^(AQ-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z])$"))
        return Journey("short form", steps, "ask-a-question", told, secrets=[question, name])

    def long_form(self) -> Journey:
        """Report a missed bin: an address look-up, then eight pages, check, send."""
        notes, name = self.secrets.words(), self.secrets.words()
        today = datetime.now(ZoneInfo(TIMEZONE)).date()
        bins = self.rng.choice(("rubbish", "recycling", "food", "garden"))
        steps: list[Step] = [
            ("tap", "homeTile_forms"),
            ("tap", "formTile_report-missed-bin"),
            ("tap", "formContinue"),
            ("type", "answer_address_postcode", "E1 1BU"),
            ("tap", "answer_address_find"),
            ("tap", "answer_address_address_0"),
            ("tap", "formContinue"),
            ("tap", f"answer_bins_{bins}"),
            ("tap", "formContinue"),
            ("type", "answer_due_date_day", str(today.day)),
            ("type", "answer_due_date_month", str(today.month)),
            ("type", "answer_due_date_year", str(today.year)),
            ("tap", "formContinue"),
            ("tap", "answer_out_by_7am_yes"),
            ("tap", "formContinue"),
            ("type", "answer_crew_notes", notes),
            ("tap", "formContinue"),
            ("type", "answer_full_name", name),
            ("tap", "formContinue"),
            ("type", "answer_email", "resident@example.com"),
            ("tap", "formContinue"),
            ("tap", "formContinue"),  # a phone number is optional once an email is given
            ("send", "formContinue"),
            ("told",),
            ("finish", "formContinue"),
        ]
        told = _matching(re.compile(r"^(MB-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z])$"))
        return Journey("long form", steps, "report-missed-bin", told, secrets=[notes, name])

    def documents(self) -> Journey:
        """Send documents for my case: a claim number, a document, one scanned page."""
        claim = self.secrets.claim_number()
        document = self.rng.choice(DOCUMENTS)
        steps: list[Step] = [
            ("tap", "homeTile_documents"),
            ("type", "documentsCaseNumber", claim),
            ("tap", "documentsCaseContinue"),
            ("tap", f"documentsType_{document}"),
            ("tap", "documents_scan_scan"),
            ("send", "documentsSend"),  # enabled once the scanned page has arrived
            ("told",),
            ("finish", "documentsFinish"),
        ]
        return Journey("documents", steps, document, _matching(RECEIPT), secrets=[claim])

    def visitor(self) -> Journey:
        """Business visitor sign-in: name (sealed), company (plain), host; told the badge."""
        name, company = self.secrets.words(), self.secrets.company()
        steps: list[Step] = [
            ("tap", "homeTile_visitor"),
            ("type", "visitorName", name),
            ("tap", "visitor_nameContinue"),
            ("type", "visitorCompany", company),
            ("tap", "visitor_companyContinue"),
            ("tap", f"visitorHost_{self.rng.choice(HOSTS)}"),
            ("send", "visitorSignIn"),
            ("told",),
            ("finish", "visitorDoneButton"),
        ]
        return Journey("visitor", steps, company, _matching(BADGE), secrets=[name])

    def feedback(self) -> Journey:
        """Give feedback: service, rating, a comment (sealed); told "Thank you"."""
        comment = self.secrets.words()
        service = self.rng.choice(sorted(ASKS_APPOINTMENT))
        rating = self.rng.randint(1, 5)
        steps: list[Step] = [
            ("tap", "homeTile_feedback"),
            ("tap", f"service_{service}"),
            ("tap", "continueButton"),
            ("tap", f"rating_{rating}"),
            ("tap", "continueButton"),
            ("type", "commentBox", comment),
            ("tap", "continueButton"),
            ("send", "continueButton"),
            ("told",),
            ("finish", "finishButton"),
        ]
        return Journey("feedback", steps, f"{service}/{rating}", _thanks, secrets=[comment])


def drive(
    kiosk: KioskProcess, journey: Journey, after: Callable[[Journey], None] = lambda j: None
) -> None:
    """Walk a journey from the home screen back to it, calling ``after`` after each step.

    Raises KioskGone from wherever the kill finds it; ``journey`` then says how far it got.
    """
    for step in journey.steps[journey.done_steps :]:
        op = step[0]
        if op == "tap":
            kiosk.tap(step[1])
        elif op == "type":
            kiosk.type(step[1], step[2])
        elif op == "send":
            journey.phase = (
                Phase.SENDING
            )  # before the tap: the tap may land though its reply never does
            kiosk.tap(step[1])
        elif op == "told":
            journey.shown = kiosk.until(
                f"the {journey.kind} confirmation", lambda: journey.told(kiosk.texts())
            )
            journey.phase = Phase.TOLD
        elif op == "finish":
            kiosk.tap(step[1])
            kiosk.until("the home screen", lambda: HOME in kiosk.texts())
            journey.phase = Phase.FINISHED
        journey.done_steps += 1
        after(journey)
