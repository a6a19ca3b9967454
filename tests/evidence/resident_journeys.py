"""Residents' visits to the real kiosk, tapped and typed as a resident would, for the soak.

Each journey starts on the home screen and walks to its last page, where the kiosk tells
the resident what it did (a ticket number, a reference, "Thank you"), and returns the name
of the button that finishes there; tests/evidence/resident_oracle.py holds what was told
against the journal. Choices (which service, which host, what text) come from the visit's
seeded random generator, so a failing run can be replayed from its seed.

Nothing here sleeps: it taps, then waits on the condition the resident would see.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit

from kiosk.checkin_pages import CheckInPages
from kiosk.documents_pages import DocumentsPages
from kiosk.feedback_pages import FeedbackPages
from kiosk.forms_screen import FormsScreen
from kiosk.ticket_pages import TicketPages
from kiosk.visitor_pages import VisitorPages
from tests.conftest import ROOT
from tests.evidence.resident_typing import Field, keyboard_type, keys_type
from tests.kiosk.conftest import KioskUnderTest
from ui.scan_capture import DocumentCapture

WAIT_MS = 20_000  # a background save or print on a busy 2-core machine; never a sleep
# The demo site's booked appointments: as the day goes on, each opens for check-in, and
# is checked in once; later tries are told it is already done, or too late.
APPOINTMENTS = tuple(
    a["reference"]
    for a in json.loads((ROOT / "assets" / "demo" / "appointments.json").read_text("utf-8"))[
        "appointments"
    ]
)
# Words a resident might type, in the scripts the kiosk offers (Latin, Bengali, Arabic...).
WORDS = (
    "Zoë",
    "Ó Briain",
    "দীপঙ্কর",
    "হাসান",
    "ٹیسٹ",
    "خدمت",
    "Łódź",
    "王芳",
    "Cabdi",
    "Smith-Jones",
)


def wait_until(condition: Callable[[], bool], timeout_ms: int = WAIT_MS) -> None:
    """Run the event loop until ``condition`` holds (a background save delivered, say).

    Like qtbot.waitUntil, but it wakes on the event that delivers the result rather than
    every 10 ms: thousands of visits each wait several times, and the polls added up.
    A 20 ms timer wakes the loop too, so a condition that never comes fails at the deadline.
    """
    if condition():
        return
    app = QCoreApplication.instance()
    assert app is not None
    deadline = time.monotonic() + timeout_ms / 1000
    waker = QTimer()
    waker.start(20)
    try:
        while not condition():
            assert time.monotonic() < deadline, f"still waiting after {timeout_ms} ms"
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        waker.stop()


@dataclass
class Visit:
    """One resident at the kiosk: the kiosk, their random choices, what they typed."""

    kiosk: KioskUnderTest
    rng: random.Random
    typed: list[str] = field(default_factory=list)

    # -- taps and looks -------------------------------------------------------------------

    def tap(self, name: str) -> None:
        self.kiosk.tap(name)

    def wait(self, condition: Callable[[], bool]) -> None:
        wait_until(condition)

    @property
    def page(self) -> str:
        return self.kiosk.window.current.current_page

    def text(self, name: str) -> str:
        found = self.kiosk.find(name)
        assert isinstance(found, QLabel), name
        return found.text()

    def choices(self, prefix: str) -> list[str]:
        """The objectNames of the visible, enabled buttons whose names start with ``prefix``."""
        return sorted(
            b.objectName()
            for b in self.kiosk.window.findChildren(QAbstractButton)
            if b.objectName().startswith(prefix) and b.isVisible() and b.isEnabled()
        )

    def pick(self, prefix: str) -> str:
        """Tap one of the visible choices starting with ``prefix``; returns its name."""
        options = self.choices(prefix)
        assert options, f"no {prefix}* button to tap on {self.page}"
        chosen = self.rng.choice(options)
        self.tap(chosen)
        return chosen

    def type(self, name: str, text: str) -> None:
        """Type into a field, with the on-screen keyboard or (now and then) real keys."""
        box = self.kiosk.find(name)
        assert isinstance(box, QLineEdit | QPlainTextEdit), name
        typing: Field = box
        if isinstance(box, QLineEdit):
            box.clear()
        if self.rng.random() < 0.8:
            keyboard_type(typing, text)
        else:
            keys_type(typing, text)
        self.typed.append(text)

    def words(self, count: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(count))

    def secret(self) -> str:
        """A marker no screen shows by itself, so finding it after a wipe is a leak."""
        return f"Qz{self.rng.randrange(10**6, 10**7)}"

    # -- the feedback faces on every last page ----------------------------------------------

    def maybe_rate(self, faces: str) -> None:
        """Tap a face half the time, and now and then add a comment."""
        if self.rng.random() < 0.5:
            return
        self.tap(f"{faces}Face_{self.rng.randint(1, 5)}")
        self.wait(lambda: self.kiosk.find(f"{faces}Thanks").isVisible())
        if self.rng.random() < 0.3:
            self.tap(f"{faces}AddComment")
            self.type(f"{faces}Comment", f"{self.words(3)} {self.secret()}")
            self.tap(f"{faces}SendComment")
            self.wait(lambda: not self.kiosk.find(f"{faces}Comment").isVisible())


# -- the journeys: each from home to its last page; returns its finish button's name ---------


def take_ticket(visit: Visit) -> str:
    visit.tap("homeTile_ticket")
    visit.pick("ticketService_")
    if visit.page == "ticket/appointment":
        visit.tap("ticketAppointment_no")
    visit.tap(visit.rng.choice(("ticketPriority_yes", "ticketPriority_no")))
    screen = visit.kiosk.window.current
    assert isinstance(screen, TicketPages)
    visit.wait(lambda: visit.page == "ticket/done")
    visit.wait(lambda: screen.confirmation.print_state == "printed")
    issued = screen.confirmation.issued
    assert issued is not None and visit.text("ticketNumber") == issued.number
    visit.maybe_rate("ticketFeedback")
    return "ticketDoneButton"


def check_in(visit: Visit) -> str:
    visit.tap("homeTile_checkin")
    visit.tap("checkinBy_reference")
    reference = visit.rng.choice(APPOINTMENTS)
    visit.type("checkinReference", reference.lower().replace("-", " "))
    visit.tap("checkin_referenceContinue")
    screen = visit.kiosk.window.current
    assert isinstance(screen, CheckInPages)
    visit.wait(lambda: not screen.busy)
    if visit.page != "checkin/found":
        return "homeButton"  # told why not (early, late); nothing to acknowledge
    visit.tap("checkinConfirm")
    visit.wait(lambda: not screen.busy)
    if visit.page != "checkin/done":
        assert screen.summary.messages, "check-in neither done nor explained"
        return "homeButton"  # already checked in, too early or too late: said so
    visit.wait(lambda: screen.confirmation.print_state == "printed")
    issued = screen.confirmation.issued
    assert issued is not None and visit.text("checkinNumber") == issued.number
    visit.maybe_rate("checkinFeedback")
    return "checkinDoneButton"


def ask_a_question(visit: Visit) -> str:
    """The guided form "Ask the council a question": every answer typed or tapped."""
    visit.tap("homeTile_forms")
    visit.tap("formTile_ask-a-question")
    screen = visit.kiosk.window.current
    assert isinstance(screen, FormsScreen)
    visit.tap("formContinue")  # Start now
    visit.pick("answer_service_")
    visit.tap("formContinue")
    visit.type("answer_question", f"{visit.words(8)}? {visit.secret()}")
    visit.tap("formContinue")
    by = visit.rng.choice(("email", "phone"))
    visit.tap(f"answer_reply_by_{by}")
    visit.tap("formContinue")
    visit.type("answer_full_name", f"{visit.words(2)} {visit.secret()}")
    visit.tap("formContinue")
    # Email, then phone: the one chosen is typed, the other is optional and left empty.
    if visit.page.endswith("/email"):
        if by == "email":
            visit.type("answer_email", f"{visit.secret().lower()}@example.com")
        visit.tap("formContinue")
    if visit.page.endswith("/phone"):
        if by == "phone":
            visit.type("answer_phone", f"07700 9{visit.rng.randrange(10**4, 10**5)}")
        visit.tap("formContinue")
    assert visit.page == "forms/ask-a-question/check", visit.page
    visit.tap("formContinue")  # Accept and send
    visit.wait(lambda: visit.page == "forms/ask-a-question/done")
    journey = screen.journey
    assert journey is not None
    visit.wait(lambda: journey.print_state == "printed")
    assert journey.finalised is not None
    assert visit.text("formReference") == journey.finalised.reference
    visit.maybe_rate("formFeedback")
    return "formContinue"  # Finish


def give_feedback(visit: Visit) -> str:
    visit.tap("homeTile_feedback")
    visit.pick("service_")
    visit.tap("continueButton")
    visit.pick("rating_")
    visit.tap("continueButton")
    if visit.rng.random() < 0.5:
        visit.type("commentBox", f"{visit.words(5)} {visit.secret()}")
    visit.tap("continueButton")
    visit.tap("continueButton")  # Send feedback
    screen = visit.kiosk.window.current
    assert isinstance(screen, FeedbackPages)
    visit.wait(lambda: visit.page == "feedback/done")
    return "finishButton"


def sign_in_visitor(visit: Visit) -> str:
    visit.tap("homeTile_visitor")
    visit.type("visitorName", f"{visit.words(2)} {visit.secret()}")
    visit.tap("visitor_nameContinue")
    visit.type("visitorCompany", f"{visit.words(1)} Lifts {visit.secret()}")
    visit.tap("visitor_companyContinue")
    visit.pick("visitorHost_")
    visit.tap("visitorSignIn")
    screen = visit.kiosk.window.current
    assert isinstance(screen, VisitorPages)
    visit.wait(lambda: visit.page == "visitor/done")
    visit.wait(lambda: screen.print_state == "printed")
    assert screen.signed_in is not None
    badge = screen.signed_in.badge
    assert badge in visit.text("visitorBadgeNumber"), "the badge number is not shown"
    visit.maybe_rate("visitorFeedback")
    return "visitorDoneButton"


def send_documents(visit: Visit) -> str:
    """Documents for a case, scanned on the demo's simulated scanner."""
    visit.tap("homeTile_documents")
    visit.type("documentsCaseNumber", str(visit.rng.randrange(10**7, 10**8)))
    visit.tap("documentsCaseContinue")
    visit.pick("documentsType_")
    capture = visit.kiosk.find("documents_scan_capture")
    assert isinstance(capture, DocumentCapture)

    def scanned(pages: int) -> Callable[[], bool]:
        return lambda: not capture.scanning and len(capture.pages) == pages

    for pages in range(1, visit.rng.randint(1, 2) + 1):
        visit.tap("documents_scan_scan")
        visit.wait(scanned(pages))
    visit.tap("documentsSend")
    screen = visit.kiosk.window.current
    assert isinstance(screen, DocumentsPages)
    visit.wait(lambda: visit.page == "documents/done")
    visit.wait(lambda: screen.print_state == "printed")
    assert screen.sent is not None
    receipt = screen.sent.receipt
    assert receipt in visit.text("documentsReceipt"), "the receipt number is not shown"
    visit.maybe_rate("documentsFeedback")
    return "documentsFinish"


Journey = Callable[[Visit], str]
JOURNEYS: dict[str, Journey] = {
    "ticket": take_ticket,
    "checkin": check_in,
    "form": ask_a_question,
    "feedback": give_feedback,
    "visitor": sign_in_visitor,
    "documents": send_documents,
}
