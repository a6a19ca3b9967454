"""Every kiosk journey, walked by taps and typing with the seeded resident's details.

Typing goes through real key events (``keyClicks``), as a keyboard or the on-screen keyboard
delivers it, so undo histories and input method state are what a resident leaves. Each
journey ends on its confirmation page with its printout out of the printer (when it prints),
and the test then lets the idle wipe end the visit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from core.form_definition import Question
from core.form_flow import StepKind
from tests.evidence.privacy_resident import Resident
from tests.kiosk.conftest import KioskUnderTest
from tests.kiosk.form_driver import FormDriver
from ui.background import operations_running
from ui.scan_capture import DocumentCapture

LONG_MS = 600_000  # idle and grace while a journey runs: only the test ends a visit

Journey = Callable[[KioskUnderTest, Resident], None]


def form_dates(today: date) -> dict[str, tuple[int, int, int]]:
    """Dates the forms accept on the site's day: a missed bin three days ago, a move next
    week, a bulky waste collection on the first weekday at least three days ahead."""
    collection = today + timedelta(days=3)
    while collection.weekday() >= 5:
        collection += timedelta(days=1)
    days = {
        "due_date": today - timedelta(days=3),
        "move_in_date": today + timedelta(days=8),
        "collection_date": collection,
    }
    return {name: (d.day, d.month, d.year) for name, d in days.items()}


def type_in(kiosk: KioskUnderTest, name: str, text: str) -> None:
    """Tap a text box and type into it, character by character: a key press for what a
    keyboard has keys for, and an input method's commit (as the on-screen keyboard sends
    it) for other scripts, such as Bengali."""
    box = kiosk.find(name)
    assert isinstance(box, QLineEdit | QPlainTextEdit), name
    tapped = box if isinstance(box, QLineEdit) else box.viewport()
    QTest.mouseClick(tapped, Qt.MouseButton.LeftButton)
    box.setFocus()
    for char in text:
        if ord(char) < 128:
            QTest.keyClicks(box, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(box, event)


def page(kiosk: KioskUnderTest) -> str:
    return kiosk.window.current.current_page


def wait_for_page(kiosk: KioskUnderTest, wanted: str, timeout: int = 20_000) -> None:
    kiosk.qtbot.waitUntil(lambda: page(kiosk) == wanted, timeout=timeout)


def print_state(kiosk: KioskUnderTest) -> str:
    """The current screen's printout: '', printing, printed or failed."""
    screen = kiosk.window.current
    for part in (screen, getattr(screen, "confirmation", None), getattr(screen, "journey", None)):
        state = getattr(part, "print_state", "")
        if state:
            return str(state)
    return ""


def wait_for_printout(kiosk: KioskUnderTest) -> None:
    """Wait until the printout is out; a failed print fails the sweep (nothing was searched)."""
    kiosk.qtbot.waitUntil(lambda: print_state(kiosk) in ("printed", "failed"), timeout=30_000)
    assert print_state(kiosk) == "printed", f"the printout failed on {page(kiosk)}"


def queue_ticket(kiosk: KioskUnderTest, resident: Resident) -> None:
    """A walk-in ticket: no details asked, a ticket printed."""
    kiosk.tap("homeTile_ticket")
    kiosk.tap("ticketService_housing")
    if page(kiosk) == "ticket/appointment":
        kiosk.tap("ticketAppointment_no")
    kiosk.tap("ticketPriority_no")
    wait_for_page(kiosk, "ticket/done")
    wait_for_printout(kiosk)


def appointment_check_in(kiosk: KioskUnderTest, resident: Resident) -> None:
    """Check in by surname and date of birth (the booking holds only their salted hash)."""
    kiosk.tap("homeTile_checkin")
    kiosk.tap("checkinBy_surname")
    type_in(kiosk, "checkinSurname", resident.surname)
    kiosk.tap("checkin_surnameContinue")
    born = resident.born
    type_in(kiosk, "checkinBirthDay", str(born.day))
    type_in(kiosk, "checkinBirthMonth", str(born.month))
    type_in(kiosk, "checkinBirthYear", str(born.year))
    kiosk.tap("checkin_birthContinue")
    wait_for_page(kiosk, "checkin/found")
    kiosk.tap("checkinConfirm")
    wait_for_page(kiosk, "checkin/done")
    wait_for_printout(kiosk)


def visitor_check_in(kiosk: KioskUnderTest, resident: Resident) -> None:
    """A business visitor signs in with the resident's name; a badge prints."""
    kiosk.tap("homeTile_visitor")
    type_in(kiosk, "visitorName", resident.full_name)
    kiosk.tap("visitor_nameContinue")
    type_in(kiosk, "visitorCompany", "Acme Lifts")
    kiosk.tap("visitor_companyContinue")
    kiosk.tap("visitorHost_s-tom-okoro")
    kiosk.tap("visitorSignIn")
    wait_for_page(kiosk, "visitor/done")
    wait_for_printout(kiosk)


def feedback_with_comment(kiosk: KioskUnderTest, resident: Resident) -> None:
    """Feedback with a comment full of details, sent."""
    kiosk.tap("homeTile_feedback")
    kiosk.tap("service_housing")
    kiosk.tap("continueButton")
    kiosk.tap("rating_2")
    kiosk.tap("continueButton")
    type_in(kiosk, "commentBox", resident.free_text())
    kiosk.tap("continueButton")
    kiosk.tap("continueButton")
    wait_for_page(kiosk, "feedback/done")


def send_documents(kiosk: KioskUnderTest, resident: Resident) -> None:
    """Send documents for my case: the claim number, two scanned pages, a receipt."""
    kiosk.tap("homeTile_documents")
    type_in(kiosk, "documentsCaseNumber", resident.claim_number)
    kiosk.tap("documentsCaseContinue")
    kiosk.tap("documentsType_payslips")
    for _ in range(2):
        scan(kiosk, "documents_scan")
    kiosk.tap("documentsSend")
    wait_for_page(kiosk, "documents/done")
    wait_for_printout(kiosk)


def scan(kiosk: KioskUnderTest, prefix: str) -> None:
    """Press Scan on a document capture and wait for the page."""
    capture = kiosk.find(f"{prefix}_capture")
    assert isinstance(capture, DocumentCapture)
    with kiosk.qtbot.waitSignal(capture.scanning_changed, check_params_cb=lambda busy: not busy):
        kiosk.tap(f"{prefix}_scan")


def track_my_case(kiosk: KioskUnderTest, resident: Resident) -> None:
    """Track a request: the reference of the last form sent from this kiosk."""
    sent = [str(p["reference"]) for p in kiosk.events_of("submission.finalised")]
    assert sent, "track my case runs after a form was sent"
    kiosk.tap("homeTile_track")
    type_in(kiosk, "trackReference", sent[-1])
    kiosk.tap("trackLookUp")
    wait_for_page(kiosk, "track/result")


class FormWalker:
    """Answers whatever question a guided form asks, from the resident's details."""

    def __init__(self, kiosk: KioskUnderTest, resident: Resident, name: str) -> None:
        self.kiosk = kiosk
        self.resident = resident
        self.name = name  # the name given on this form (Latin or Bengali script)
        self.form = FormDriver(kiosk)

    def answer(self, question: Question) -> None:
        """Fill in one question page as a resident would."""
        prefix = f"answer_{question.name}"
        kind, name, resident = question.type, question.name, self.resident
        if kind == "text":
            value = {
                "full_name": self.name,
                "national_insurance_number": resident.national_insurance,
                "item_name": "Sofa",
            }.get(name)
            if value is not None:
                type_in(self.kiosk, prefix, value)
        elif kind == "long_text":
            type_in(self.kiosk, prefix, resident.free_text())
        elif kind == "number":
            type_in(self.kiosk, prefix, "2")
        elif kind == "date":
            born = resident.born
            forms = self.kiosk.services.forms
            assert forms is not None
            dates = form_dates(forms.today())
            day, month, year = dates.get(name, (born.day, born.month, born.year))
            if name == "date_of_birth" or name in dates:
                for part, number in (("day", day), ("month", month), ("year", year)):
                    type_in(self.kiosk, f"{prefix}_{part}", str(number))
        elif kind == "yes_no":
            self.kiosk.tap(f"{prefix}_{'yes' if name == 'out_by_7am' else 'no'}")
        elif kind in ("single_choice", "multiple_choice"):
            value = "identity" if name == "evidence_for" else question.choices[0].value
            self.kiosk.tap(f"{prefix}_{value}")
        elif kind == "postcode_address":
            type_in(self.kiosk, f"{prefix}_postcode", "E1 1BU")
            self.kiosk.tap(f"{prefix}_find")
            self.kiosk.tap(f"{prefix}_address_0")
        elif kind == "phone":
            type_in(self.kiosk, prefix, resident.phone)
        elif kind == "email":
            type_in(self.kiosk, prefix, resident.email)
        elif kind == "document":
            if len(question.documents) > 1:
                self.kiosk.tap(f"{prefix}_document_0")
            scan(self.kiosk, prefix)
        elif kind == "declaration":
            self.kiosk.tap(f"{prefix}_agree")
        else:
            raise AssertionError(f"the sweep cannot answer a {kind} question yet")

    def walk(self, form_id: str, send: bool = True) -> None:
        """Start the form, answer every page, send it (unless not ``send``: the resident walks
        away on check your answers, every answer on screen), and wait for the receipt."""
        self.form.open(form_id)
        for _ in range(100):
            journey = self.form.journey
            step = journey.step
            if step.kind is StepKind.QUESTION:
                assert step.place is not None
                self.answer(journey.session.question(step.place))
            elif step.kind is StepKind.ENTRIES:
                self.kiosk.tap("formAddAnother_no")
            elif step.kind in (StepKind.OUTCOME, StepKind.DONE):
                break
            elif step.kind is StepKind.CHECK and not send:
                return
            before = step
            self.form.go_on()
            problems = self.form.problems()
            assert not problems, f"{form_id} {before.key}: {problems}"
            if step.kind is StepKind.CHECK:
                wait_for_page(self.kiosk, f"forms/{form_id}/done")
        if self.form.journey.step.kind is StepKind.DONE:
            wait_for_printout(self.kiosk)


def guided_form(form_id: str, bengali: bool = False) -> Journey:
    """A journey that fills and sends one guided form (with the Bengali name if asked)."""

    def walk(kiosk: KioskUnderTest, resident: Resident) -> None:
        name = resident.bengali_name if bengali else resident.full_name
        FormWalker(kiosk, resident, name).walk(form_id)

    walk.__name__ = f"form {form_id}"
    return walk


def walked_away_on_check_your_answers(kiosk: KioskUnderTest, resident: Resident) -> None:
    """Every answer of a form on screen, then nobody there: only the idle wipe ends it."""
    FormWalker(kiosk, resident, resident.full_name).walk("report-missed-bin", send=False)


# One form of each kind: report, apply, book, tell (with a scanned document and a date of
# birth), ask (named in Bengali), and triage (choices only, no reference).
JOURNEYS: dict[str, Journey] = {
    "queue ticket": queue_ticket,
    "appointment check-in": appointment_check_in,
    "form: report a missed bin (address)": guided_form("report-missed-bin"),
    "form: order bins (apply)": guided_form("order-bins"),
    "form: book bulky waste (book, repeat)": guided_form("book-bulky-waste"),
    "form: housing benefit evidence (scanned passport)": guided_form(
        "send-housing-benefit-evidence"
    ),
    "form: ask a question (Bengali name)": guided_form("ask-a-question", bengali=True),
    "form: money worries (triage)": guided_form("money-worries"),
    "send documents for my case": send_documents,
    "visitor check-in": visitor_check_in,
    "feedback with a comment": feedback_with_comment,
    "track my case": track_my_case,
    "form left on check your answers": walked_away_on_check_your_answers,
}


def end_by_idle_wipe(kiosk: KioskUnderTest) -> None:
    """Nobody answers "Do you need more time?": the visit is wiped and home shows."""
    window = kiosk.window
    window.idle_prompt.set_grace(30)
    with kiosk.qtbot.waitSignal(window.wiped, timeout=10_000):
        window.idle.set_timeout(30)
    window.idle.set_timeout(LONG_MS)
    window.idle_prompt.set_grace(LONG_MS)
    kiosk.qtbot.waitUntil(lambda: operations_running() == 0, timeout=30_000)
