"""Check in for an appointment: find it by reference, QR code, or surname and date of birth."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.appointments import Appointment
from core.check_in import CheckInProblem, Problem
from core.feedback import FeedbackBox
from core.site_services import SiteServices
from core.ticket_machine import IssuedTicket
from kiosk.queue_widgets import JourneyPages, storage_or_general
from kiosk.ticket_confirmation import TicketConfirmation
from ui.background import BackgroundOp
from ui.barcode_wedge import BarcodeWedge
from ui.camera_scan import CameraScanner
from ui.widgets import button, label, set_text

# Where each problem is shown: the field its error-summary link goes to.
FIELD_FOR_PAGE = {
    "reference": "checkinReference",
    "scan": "checkinTypeInstead",
    "surname": "checkinSurname",
    "birth": "checkinBirthDay",
    "found": "checkinConfirm",
}
EMPTY_REFERENCE = "empty_reference"
EMPTY_SURNAME = "empty_surname"
CODE_TOO_LONG = "code_too_long"


class CheckInPages(JourneyPages):
    """Choose how to find the appointment, find it, confirm it, and get a queue number.

    Nothing is recorded until the resident presses Check in and the time is right; the
    kiosk never shows or holds a resident's name. Given a feedback box, the last page asks
    how using the kiosk was (see ``ui.feedback_faces``).
    """

    screen_name = "checkin"
    first_page = "how"

    def __init__(self, site: SiteServices, *, feedback: FeedbackBox | None = None) -> None:
        super().__init__()
        self._site = site
        self.appointment: Appointment | None = None
        self._camera: CameraScanner | None = None
        self._camera_checked = False

        page, layout = self.add_page("how")
        self.how: dict[str, QPushButton] = {}
        for way in ("reference", "scan", "surname"):
            choice = button(f"checkinBy_{way}", "choice", page)
            choice.setMinimumHeight(96)
            choice.clicked.connect(lambda _=False, w=way: self.show_page(w))
            layout.addWidget(choice)
            self.how[way] = choice
        self.fields["checkinHow"] = self.how["reference"]
        layout.addStretch(1)

        page, layout = self.add_page("reference")
        self.reference_hint = label("checkinReferenceHint", "secondary", page)
        self.reference = self.text_field("checkinReference", page, limit=40)
        self.reference.returnPressed.connect(self._find_by_reference)
        layout.addWidget(self.reference_hint)
        layout.addWidget(self.reference)
        self.reference_continue = self._continue(page, layout, "reference", self._find_by_reference)

        page, layout = self.add_page("scan")
        self.scan_hint = label("checkinScanHint", "", page)
        self.camera_hint = label("checkinCameraHint", "secondary", page)
        self.camera_hint.hide()
        self.type_instead = button("checkinTypeInstead", "link", page)
        self.type_instead.clicked.connect(lambda: self.show_page("reference"))
        for part in (self.scan_hint, self.camera_hint, self.type_instead):
            layout.addWidget(part)
        layout.addStretch(1)
        self.wedge = BarcodeWedge(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.wedge)
        self.wedge.scanned.connect(self._scanned)
        self.wedge.refused.connect(lambda _why: self._problem("scan", CODE_TOO_LONG))

        page, layout = self.add_page("surname")
        self.surname = self.text_field("checkinSurname", page, limit=200)
        self.surname.returnPressed.connect(self._surname_given)
        layout.addWidget(self.surname)
        self._continue(page, layout, "surname", self._surname_given)

        page, layout = self.add_page("birth")
        self.birth_hint = label("checkinBirthHint", "secondary", page)
        layout.addWidget(self.birth_hint)
        # The GOV.UK date pattern: three short boxes side by side, each with its label above.
        date_box = QWidget(page)
        date_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        date_row = QGridLayout(date_box)
        date_row.setContentsMargins(0, 0, 0, 0)
        self.birth_labels: dict[str, QLabel] = {}
        self.birth: dict[str, QLineEdit] = {}
        for column, (piece, width) in enumerate((("Day", 120), ("Month", 120), ("Year", 180))):
            caption = label(f"checkinBirth{piece}Label", "", date_box)
            box = self.text_field(f"checkinBirth{piece}", date_box, limit=20)
            box.setFixedWidth(width)
            box.returnPressed.connect(self._find_by_person)
            date_row.addWidget(caption, 0, column)
            date_row.addWidget(box, 1, column)
            self.birth_labels[piece] = caption
            self.birth[piece] = box
        date_row.setColumnStretch(3, 1)
        layout.addWidget(date_box)
        self._continue(page, layout, "birth", self._find_by_person)

        page, layout = self.add_page("found")
        self.found_service = label("checkinFoundService", "heading", page)
        self.found_time = label("checkinFoundTime", "", page)
        self.found_hint = label("checkinFoundHint", "secondary", page)
        self.confirm = button("checkinConfirm", "primary", page)
        self.confirm.clicked.connect(self._check_in)
        self.take_ticket = button("checkinTakeTicket", "", page)
        self.take_ticket.clicked.connect(self._take_ticket)
        self.take_ticket.hide()
        for found_part in (
            self.found_service,
            self.found_time,
            self.found_hint,
            self.confirm,
            self.take_ticket,
        ):
            layout.addWidget(found_part)
        layout.addStretch(1)

        page, layout = self.add_page("done")
        self.confirmation = TicketConfirmation(
            "checkin", site, page, feedback=feedback, journey="checkin"
        )
        self.confirmation.done.connect(self.finished)
        layout.addWidget(self.confirmation)
        layout.addStretch(1)
        self.continue_buttons = [
            b for b in self.findChildren(QPushButton) if b.objectName().endswith("Continue")
        ]
        self.restart()

    def _continue(
        self, page: QWidget, layout: QVBoxLayout, name: str, act: Callable[[], None]
    ) -> QPushButton:
        go = button(f"checkin_{name}Continue", "primary", page)
        go.clicked.connect(act)
        layout.addWidget(go)
        layout.addStretch(1)
        return go

    # -- finding the appointment ------------------------------------------------------------

    def _run(self, page: str, op: Callable[[], object], then: Callable[[object], None]) -> None:
        """Run a look-up or the check-in off the UI thread; problems stay on ``page``."""
        if self.busy:
            return
        self.busy = True
        self.set_problems([])
        self.take_ticket.hide()
        for go in [*self.continue_buttons, self.confirm]:
            go.setEnabled(False)
        BackgroundOp(self, op).success(
            self.guarded(lambda result: self._ran(then, result))
        ).failure(self.guarded(lambda exc: self._ran(lambda e: self._problem(page, e), exc))).run()

    def _ran(self, then: Callable[[object], None], value: object) -> None:
        self.busy = False
        for go in [*self.continue_buttons, self.confirm]:
            go.setEnabled(True)
        then(value)

    def _problem(self, page: str, what: object) -> None:
        self.set_problems([(FIELD_FOR_PAGE[page], what)])
        self.take_ticket.setVisible(
            isinstance(what, CheckInProblem) and what.problem is Problem.TOO_LATE
        )

    def _find_by_reference(self) -> None:
        typed = self.reference.text()
        if not typed.strip():
            self._problem("reference", EMPTY_REFERENCE)
            return
        desk = self._site.check_in
        self._run("reference", lambda: desk.by_reference(typed), self._found)

    def _scanned(self, code: str) -> None:
        if self.page != "scan" or not self.isVisible():
            return
        desk = self._site.check_in
        self._run("scan", lambda: desk.by_code(code), self._found)

    def _surname_given(self) -> None:
        if not self.surname.text().strip():
            self._problem("surname", EMPTY_SURNAME)
            return
        self.show_page("birth")

    def _find_by_person(self) -> None:
        surname = self.surname.text()
        day, month, year = (self.birth[p].text() for p in ("Day", "Month", "Year"))
        desk = self._site.check_in
        self._run("birth", lambda: desk.by_person(surname, day, month, year), self._found)

    def _found(self, appointment: object) -> None:
        assert isinstance(appointment, Appointment)
        self.appointment = appointment
        self.show_page("found")
        self.take_ticket.hide()
        self._fill_found()

    def _fill_found(self) -> None:
        if self.appointment is None:
            return
        catalogue, calendar = self._site.catalogue, self._site.calendar
        self.found_service.setText(catalogue.service(self.appointment.service).title(self.language))
        self.found_time.setText(
            self.tr("Today at %1").replace("%1", calendar.clock_text(self.appointment.slot_ms))
        )

    def _check_in(self) -> None:
        appointment, language, desk = self.appointment, self.language, self._site.check_in
        if appointment is not None:
            self._run("found", lambda: desk.check_in(appointment, language), self._checked_in)

    def _checked_in(self, issued: object) -> None:
        assert isinstance(issued, IssuedTicket) and self.appointment is not None
        name = self._site.catalogue.service(issued.service).title(self.language)
        printout = self._site.slips.check_in_slip(issued, self.appointment, name, self.language)
        self.history = []
        self.show_page("done", remember=False)
        self.confirmation.show_ticket(issued, printout)

    def _take_ticket(self) -> None:
        self.wipe()
        self.go.emit("ticket")

    # -- scanners: on only while the scan page is in front of the resident ----------------------

    def page_shown(self, name: str) -> None:
        """Watch for codes only on the scan page, and only while it is on screen."""
        scanning = name == "scan" and self.isVisible()
        self.wedge.enabled = scanning
        if scanning:
            self._start_camera()
        elif self._camera is not None:
            self._camera.stop()

    def _start_camera(self) -> None:
        reader = self._site.code_reader
        if not self._camera_checked:
            self._camera_checked = True
            if reader is not None and CameraScanner.available():
                self._camera = CameraScanner(reader, self)
                self._camera.scanned.connect(self._scanned)
                self._camera.failed.connect(lambda why: self._problem("scan", why))
        if self._camera is not None:
            self.camera_hint.show()
            self._camera.start()

    def showEvent(self, event: QShowEvent) -> None:
        """Back on screen: scanners on again if the scan page is showing."""
        super().showEvent(event)
        self.page_shown(self.page)

    def hideEvent(self, event: QHideEvent) -> None:
        """Off screen (another screen is showing): no scanning."""
        super().hideEvent(event)
        self.wedge.enabled = False
        if self._camera is not None:
            self._camera.stop()

    # -- words ---------------------------------------------------------------------------

    def problem_text(self, what: object) -> str:
        """The resident's language for each way a check-in can go wrong."""
        if isinstance(what, CheckInProblem):
            return self._check_in_problem(what)
        if isinstance(what, Exception):
            return storage_or_general(what)
        return {
            EMPTY_REFERENCE: self.tr("Enter your booking reference"),
            EMPTY_SURNAME: self.tr("Enter your surname"),
            CODE_TOO_LONG: self.tr("That code is too long to be one of ours."),
        }.get(str(what), str(what))

    def _check_in_problem(self, problem: CheckInProblem) -> str:
        words = {
            Problem.BAD_REFERENCE: self.tr(
                "A booking reference is 2 letters and 5 letters or numbers, like TH-4K7Q2."
            ),
            Problem.UNKNOWN_REFERENCE: self.tr(
                "We cannot find an appointment today with that reference."
            ),
            Problem.NOT_OUR_CODE: self.tr("That code is not one of our booking codes."),
            Problem.OTHER_SITE: self.tr("That booking is for a different council building."),
            Problem.BAD_DATE: self.tr("Enter a real date of birth, for example 27 3 1985."),
            Problem.NO_MATCH: self.tr(
                "We cannot find an appointment today for that surname and date of birth."
            ),
            Problem.TOO_EARLY: self.tr("You are early. You can check in from %1."),
            Problem.TOO_LATE: self.tr(
                "Your appointment time has passed. Please take a ticket or ask a member of staff."
            ),
            Problem.ALREADY: self.tr("You have already checked in. Your number is %1."),
        }
        detail = problem.details.get("opens") or problem.details.get("number") or ""
        return words[problem.problem].replace("%1", detail)

    def retranslate(self, language: str) -> None:
        """Texts for the language."""
        super().retranslate(language)
        self.headings["how"].setText(self.tr("How do you want to find your appointment?"))
        set_text(self.how["reference"], self.tr("Type your booking reference"))
        set_text(self.how["scan"], self.tr("Scan the QR code on your letter"))
        set_text(self.how["surname"], self.tr("Use your surname and date of birth"))
        self.headings["reference"].setText(self.tr("What is your booking reference?"))
        self.reference_hint.setText(
            self.tr("It is on your appointment letter or text message, for example TH-4K7Q2.")
        )
        self.headings["scan"].setText(self.tr("Scan the QR code on your letter"))
        self.scan_hint.setText(self.tr("Hold the QR code on your letter under the scanner."))
        self.camera_hint.setText(self.tr("Or hold it up to the camera above the screen."))
        set_text(self.type_instead, self.tr("Type your booking reference instead"))
        self.headings["surname"].setText(self.tr("What is your surname?"))
        self.headings["birth"].setText(self.tr("What is your date of birth?"))
        self.birth_hint.setText(self.tr("For example, 27 3 1985"))
        self.birth_labels["Day"].setText(self.tr("Day"))
        self.birth_labels["Month"].setText(self.tr("Month"))
        self.birth_labels["Year"].setText(self.tr("Year"))
        for box in self.birth.values():
            box.setAccessibleName(self.birth_labels[box.objectName()[12:]].text())
        for go in self.continue_buttons:
            set_text(go, self.tr("Continue"))
        self.headings["found"].setText(self.tr("Your appointment"))
        self.found_hint.setText(self.tr("Check this is your appointment, then press Check in."))
        set_text(self.confirm, self.tr("Check in"))
        set_text(self.take_ticket, self.tr("Take a ticket instead"))
        self._fill_found()
        self.headings["done"].setText(self.tr("You are checked in"))
        self.confirmation.retranslate(language)

    def wipe(self) -> None:
        """Forget the appointment, everything typed, and the number; back to the first page."""
        self.appointment = None
        for box in (self.reference, self.surname, *self.birth.values()):
            box.clear()
            box.setModified(False)
        self.found_service.clear()
        self.found_time.clear()
        self.take_ticket.hide()
        self.confirmation.clear()
        for go in [*self.continue_buttons, self.confirm]:
            go.setEnabled(True)
        self.restart()
