"""A staff tool at the kiosk: book the resident an appointment later today, at this site.

Offline, a kiosk knows only today's appointments, so the panel books a free slot later
today here, and says so. One panel, three steps and a button: the service, a free time,
the resident's surname and date of birth, Book. Then the reference and the time, large,
and a printed slip with the booking letter's QR code to check in with (where the kiosk has
a printer). Booking (hashing, sealing, the journal) and printing run off the UI thread.
A problem is named in plain English and nothing typed is lost; closing wipes everything.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.appointments import Appointment
from core.catalogue import Catalogue
from core.ports import StorageUnavailable
from core.printing import PrintDesk, PrintOutcome
from core.site_bookings import FIELDS, AppointmentBooking, BookingProblem, Problem
from core.slips import Slips
from ui.background import BackgroundOp
from ui.print_job import PrintJob
from ui.widgets import button, kinetic_scroll, label, set_text, show_added
from ui.wipe import uncheck_all, wipe_text_fields

log = logging.getLogger(__name__)

SERVICE_COLUMNS = 3
SLOT_COLUMNS = 11
BIG = "QLabel { font-size: 72px; font-weight: bold; }"
Hint = Qt.InputMethodHint


class BookingPanel(QFrame):
    """Covers the kiosk window while staff book an appointment for the resident beside them.

    Signals:
        booked(str): an appointment was booked and recorded; its reference.
        closed(): the panel closed, everything typed in it wiped.
    """

    booked = Signal(str)
    closed = Signal()

    def __init__(
        self,
        window: QWidget,
        booking: AppointmentBooking,
        catalogue: Catalogue,
        slips: Slips | None = None,
        print_desk: PrintDesk | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("bookingPanel")
        self.setAutoFillBackground(True)
        self._booking = booking
        self._catalogue = catalogue
        self._slips = slips
        self._print_desk = print_desk
        self.language = "en"  # the resident's, for the slip
        self._staff = ""
        self._service = ""
        self._slots: list[int] = []
        self._visit = 0  # opening again (or closing) makes older results stale
        self._busy = False

        self.heading = label("bookingHeading", "heading", self)
        self.close_button = button("bookingClose", "", self)
        self.close_button.clicked.connect(self.close_panel)
        self.steps = QStackedWidget(self)
        self.steps.setObjectName("bookingSteps")
        self.form = QWidget()
        self.form.setObjectName("bookingForm")
        self.done = QWidget()
        self.done.setObjectName("bookingDonePage")
        self.form_scroll = kinetic_scroll(self.form)
        self.steps.addWidget(self.form_scroll)
        self.steps.addWidget(self.done)
        self._build_form()
        self._build_done()

        # Book, and what stops it, stay in sight below the form, whatever the text size.
        self.action_row = QWidget(self)
        self.action_row.setObjectName("bookingActions")
        self.book_button = button("bookingBook", "primary", self.action_row)
        self.book_button.setMinimumWidth(360)
        self.book_button.clicked.connect(self.book)
        self.status = label("bookingStatus", "secondary", self.action_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.status, 1)
        actions = QVBoxLayout(self.action_row)
        actions.setContentsMargins(0, 12, 0, 0)
        actions.addWidget(self.problems)
        actions.addLayout(buttons)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addLayout(top)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.action_row)
        self.hide()
        self.retranslate()

    # -- building ------------------------------------------------------------------------

    def _build_form(self) -> None:
        form = self.form
        self.intro = label("bookingIntro", "secondary", form)
        self.problems = QFrame(form)
        self.problems.setObjectName("bookingProblems")
        self.problems.setProperty("role", "error-summary")
        self.problems_heading = label("bookingProblemsHeading", "subheading", self.problems)
        self.problems_list = label("bookingProblemsList", "error", self.problems)
        box = QVBoxLayout(self.problems)
        box.addWidget(self.problems_heading)
        box.addWidget(self.problems_list)
        self.problems.hide()

        self.service_heading = label("bookingServiceHeading", "subheading", form)
        self.service_box = QFrame(form)
        self.service_box.setObjectName("bookingServices")
        grid = QGridLayout(self.service_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.service_group = QButtonGroup(self)
        self.service_buttons: dict[str, QPushButton] = {}
        for index, service in enumerate(self._catalogue.services):
            choice = button(f"bookingService_{service.code}", "", self.service_box)
            choice.setCheckable(True)
            choice.clicked.connect(lambda _=False, code=service.code: self._choose(code))
            self.service_group.addButton(choice)
            self.service_buttons[service.code] = choice
            grid.addWidget(choice, index // SERVICE_COLUMNS, index % SERVICE_COLUMNS)

        self.slot_heading = label("bookingTimeHeading", "subheading", form)
        self.slot_note = label("bookingSlotsNote", "secondary", form)
        self.slot_box = QFrame(form)
        self.slot_box.setObjectName("bookingSlots")
        self.slot_grid = QGridLayout(self.slot_box)
        self.slot_grid.setContentsMargins(0, 0, 0, 0)
        self.slot_grid.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.slot_group = QButtonGroup(self)
        self.slot_buttons: dict[int, QPushButton] = {}

        self.resident_heading = label("bookingResidentHeading", "subheading", form)
        self.surname_label = label("bookingSurnameLabel", "", form)
        self.surname = self._field("bookingSurname", form, 200, Hint.ImhNoPredictiveText)
        self.surname.setMaximumWidth(720)
        self.surname.returnPressed.connect(lambda: self.birth["Day"].setFocus())
        self.birth_label = label("bookingBirthLabel", "", form)
        self.birth_hint = label("bookingBirthHint", "secondary", form)
        self.birth_box = QFrame(form)
        self.birth_box.setObjectName("bookingBirth")
        self.birth_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QGridLayout(self.birth_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.birth_labels: dict[str, QLabel] = {}
        self.birth: dict[str, QLineEdit] = {}
        for column, (piece, width) in enumerate((("Day", 120), ("Month", 120), ("Year", 180))):
            caption = label(f"bookingBirth{piece}Label", "", self.birth_box)
            field = self._field(f"bookingBirth{piece}", self.birth_box, 4, Hint.ImhDigitsOnly)
            field.setFixedWidth(width)
            field.returnPressed.connect(self.book)
            row.addWidget(caption, 0, column)
            row.addWidget(field, 1, column)
            self.birth_labels[piece], self.birth[piece] = caption, field
        row.setColumnStretch(3, 1)
        self.privacy = label("bookingPrivacy", "secondary", form)

        # Surname and date of birth side by side, so the whole form fits on one screen.
        resident = QHBoxLayout()
        name_column = QVBoxLayout()
        name_column.addStretch(1)
        name_column.addWidget(self.surname_label)
        name_column.addWidget(self.surname)
        birth_column = QVBoxLayout()
        for part in (self.birth_label, self.birth_hint, self.birth_box):
            birth_column.addWidget(part)
        resident.addLayout(name_column, 3)
        resident.addSpacing(48)
        resident.addLayout(birth_column, 2)

        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 24, 0)
        layout.setSpacing(12)
        for part in (self.intro, self.service_heading, self.service_box):
            layout.addWidget(part)
        layout.addSpacing(12)
        for part in (self.slot_heading, self.slot_note, self.slot_box):
            layout.addWidget(part)
        layout.addSpacing(12)
        layout.addWidget(self.resident_heading)
        layout.addLayout(resident)
        layout.addWidget(self.privacy)
        layout.addStretch(1)

    def _build_done(self) -> None:
        page = self.done
        self.done_heading = label("bookingDoneHeading", "heading", page)
        self.done_service = label("bookingDoneService", "subheading", page)
        self.done_time = label("bookingDoneTime", "", page)
        self.done_time.setStyleSheet(BIG)
        self.done_reference_label = label("bookingDoneReferenceLabel", "", page)
        self.done_reference = label("bookingDoneReference", "", page)
        self.done_reference.setStyleSheet(BIG)
        self.done_reference.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.done_hint = label("bookingDoneHint", "", page)
        self.done_note = label("bookingDoneNote", "secondary", page)
        self.print_status = label("bookingPrintStatus", "", page)
        self.finish = button("bookingDone", "primary", page)
        self.finish.clicked.connect(self.close_panel)
        self.another = button("bookingAnother", "", page)
        self.another.clicked.connect(self._book_another)
        actions = QHBoxLayout()
        actions.addWidget(self.finish)
        actions.addWidget(self.another)
        actions.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for part in (self.done_heading, self.done_service, self.done_time):
            layout.addWidget(part)
        for part in (self.done_reference_label, self.done_reference, self.done_hint):
            layout.addWidget(part)
        layout.addWidget(self.done_note)
        layout.addWidget(self.print_status)
        layout.addSpacing(24)
        layout.addLayout(actions)
        layout.addStretch(1)

    def _field(self, name: str, parent: QWidget, limit: int, hints: Hint) -> QLineEdit:
        box = QLineEdit(parent)
        box.setObjectName(name)
        box.setAccessibleName(name)
        box.setMaxLength(limit)
        # Nothing the resident's name teaches the on-screen keyboard may outlive the visit.
        box.setInputMethodHints(hints | Hint.ImhSensitiveData | Hint.ImhNoPredictiveText)
        return box

    # -- opening and closing ----------------------------------------------------------

    def open_for(self, staff_id: str, language: str = "en") -> None:
        """Cover the window with an empty booking form for this member of staff; the slip
        prints in the resident's ``language``."""
        self._wipe()
        self._staff = staff_id
        self.language = language
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.retranslate()
        self.show()
        self.raise_()

    def close_panel(self) -> None:
        """Hide, wiping everything typed and chosen (hand back, card out or Close)."""
        was_open = self.isVisible()
        self._wipe()
        self._staff = ""
        self.hide()
        if was_open:
            self.closed.emit()

    def _wipe(self) -> None:
        self._visit += 1
        self._busy = False
        wipe_text_fields(self)
        uncheck_all(self)
        self._service = ""
        self._show_slots([])
        self._show_problems([])
        self.status.clear()
        for done in (self.done_service, self.done_time, self.done_reference, self.print_status):
            done.clear()
        self._enable(True)
        self.steps.setCurrentIndex(0)
        self.action_row.show()
        self._show_slot_note()

    def _book_another(self) -> None:
        staff = self._staff
        self._wipe()
        self._staff = staff

    # -- choosing ---------------------------------------------------------------------

    def _choose(self, service: str) -> None:
        self._service = service
        self._show_slots([])
        self._look_for_slots()

    def _look_for_slots(self) -> None:
        visit, service = self._visit, self._service
        self.slot_note.setText(self.tr("Looking for free times…"))

        def found(slots: list[int]) -> None:
            if visit == self._visit and service == self._service:
                self._show_slots(slots)
                self._show_slot_note()

        def failed(exc: Exception) -> None:
            if visit == self._visit and service == self._service:
                log.error("free times could not be read: %s", type(exc).__name__)
                self.slot_note.setText(self.tr("The free times could not be read. Try again."))

        BackgroundOp(self, lambda: self._booking.free_slots(service)).success(found).failure(
            failed
        ).run()

    def _show_slots(self, slots: list[int]) -> None:
        for old in self.slot_buttons.values():
            self.slot_group.removeButton(old)
            old.hide()
            old.setObjectName("")  # its time may come back as a new button
            old.deleteLater()
        self.slot_buttons = {}
        self._slots = slots
        calendar = self._booking.calendar
        for index, slot in enumerate(slots):
            clock = calendar.clock_text(slot)
            choice = button(f"bookingSlot_{clock.replace(':', '')}", "", self.slot_box)
            choice.setCheckable(True)
            choice.setMinimumWidth(130)
            set_text(choice, clock)
            self.slot_group.addButton(choice)
            self.slot_buttons[slot] = choice
            self.slot_grid.addWidget(choice, index // SLOT_COLUMNS, index % SLOT_COLUMNS)
        show_added(self.slot_grid)
        self.slot_box.setVisible(bool(slots))

    def _show_slot_note(self) -> None:
        if not self._service:
            self.slot_note.setText(self.tr("Choose a service to see its free times."))
        elif not self._slots:
            self.slot_note.setText(
                self.tr("No free times are left today for this service. Book another way.")
            )
        else:
            self.slot_note.setText(self.tr("Free times today (30 minutes each):"))

    def _chosen_slot(self) -> int | None:
        for slot, choice in self.slot_buttons.items():
            if choice.isChecked():
                return slot
        return None

    # -- booking ----------------------------------------------------------------------

    def book(self) -> None:
        """Check what staff entered and book it off the UI thread; problems are shown."""
        if self._busy or self.isHidden():
            return
        problems: list[Problem] = []
        slot = self._chosen_slot()
        if not self._service:
            problems.append(Problem.NO_SERVICE)
        elif slot is None:
            problems.append(Problem.NO_SLOT)
        day, month, year = (self.birth[p].text() for p in ("Day", "Month", "Year"))
        resident = None
        try:
            resident = self._booking.check_resident(self.surname.text(), day, month, year)
        except BookingProblem as exc:
            problems.extend(exc.problems)
        if problems or slot is None or resident is None:
            self._show_problems(problems)
            return
        self._show_problems([])
        self._busy = True
        self._enable(False)
        self.status.setText(self.tr("Booking…"))
        visit, service, staff = self._visit, self._service, self._staff
        surname, born = resident
        BackgroundOp(self, lambda: self._booking.book(service, slot, surname, born, staff)).success(
            lambda made: self._booked(visit, made)
        ).failure(lambda exc: self._refused(visit, exc)).run()

    def _booked(self, visit: int, appointment: Appointment) -> None:
        self.booked.emit(appointment.reference)
        if visit != self._visit:
            return  # closed meanwhile: the booking stands, found by surname and birth date
        self._busy = False
        self._enable(True)
        service = self._catalogue.service(appointment.service).title("en")
        wipe_text_fields(self.form)  # the resident's details are not needed any more
        self.done_service.setText(self.tr("%1, today at").replace("%1", service))
        self.done_time.setText(self._booking.calendar.clock_text(appointment.slot_ms))
        self.done_reference.setText(appointment.reference)
        self.steps.setCurrentIndex(1)
        self.action_row.hide()
        self.finish.setFocus()
        self._print_slip(visit, appointment, service)

    def _print_slip(self, visit: int, appointment: Appointment, service: str) -> None:
        if self._slips is None or self._print_desk is None:
            return  # no printer here: the reference is on the screen to note
        slip = self._slips.booking_slip(appointment, service, self.language)
        self.print_status.setText(self.tr("Printing the appointment slip…"))
        job = PrintJob(self._print_desk, self)
        job.finished.connect(lambda outcome: self._slip_printed(visit, outcome))
        job.finished.connect(job.deleteLater)  # one printout, then gone (no job left per visit)
        job.start(slip, keep_this=appointment.reference)

    def _slip_printed(self, visit: int, outcome: PrintOutcome) -> None:
        if visit != self._visit:
            return  # closed meanwhile: nothing to show the next resident
        if outcome.printed:
            self.print_status.setText(self.tr("Take the appointment slip from the printer."))
        else:
            self.print_status.setText(
                self.tr("The printer is not working. Please note the reference: %1").replace(
                    "%1", self.done_reference.text()
                )
            )

    def _refused(self, visit: int, exc: Exception) -> None:
        if visit != self._visit:
            return
        self._busy = False
        self._enable(True)
        self.status.clear()
        if isinstance(exc, BookingProblem):
            self._show_problems(list(exc.problems))
            if {Problem.SLOT_TAKEN, Problem.SLOT_PASSED} & set(exc.problems):
                self._look_for_slots()
            return
        log.error("a booking was not recorded: %s", type(exc).__name__)
        if isinstance(exc, StorageUnavailable):
            why = self.tr("Not booked: this kiosk's storage is failing. Tell IT support.")
        else:
            why = self.tr("Not booked because of a fault (%1). Try again, or tell IT support.")
            why = why.replace("%1", type(exc).__name__)
        self._show_messages([why], set())

    def _show_problems(self, problems: list[Problem]) -> None:
        self._show_messages([self._message(p) for p in problems], {FIELDS[p] for p in problems})

    def _show_messages(self, messages: list[str], fields: set[str]) -> None:
        self.problems_list.setText("\n".join(messages))
        self.problems.setVisible(bool(messages))
        first = None
        marked: dict[str, QWidget] = {
            "service": self.service_box,
            "slot": self.slot_note,
            "surname": self.surname,
            "born": self.birth_box,
        }
        for name, widget in marked.items():
            widget.setProperty("invalid", name in fields)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            inside = widget.layout()
            if inside is not None:  # move the buttons or boxes over, clear of the red bar
                inside.setContentsMargins(18 if name in fields else 0, 0, 0, 0)
            if name in fields and first is None:
                first = widget
        if first is not None:
            # The first thing to put right comes into view (the form may scroll).
            self.form_scroll.ensureWidgetVisible(first, 0, 96)

    def _enable(self, on: bool) -> None:
        for part in (self.book_button, self.close_button, self.service_box, self.slot_box):
            part.setEnabled(on)

    # -- words ------------------------------------------------------------------------

    def _message(self, problem: Problem) -> str:
        return {
            Problem.NO_SERVICE: self.tr("Choose a service."),
            Problem.NO_SLOT: self.tr("Choose a time."),
            Problem.NOT_A_SLOT: self.tr(
                "That is not one of the times on offer. Choose one of the times shown."
            ),
            Problem.SLOT_PASSED: self.tr(
                "That time has passed or is too soon to book. Choose a later time."
            ),
            Problem.SLOT_TAKEN: self.tr("Someone has just booked that time. Choose another time."),
            Problem.NO_SURNAME: self.tr("Enter the resident's surname, in letters."),
            Problem.SURNAME_TOO_LONG: self.tr("The surname is too long. Use up to 80 characters."),
            Problem.BAD_DATE: self.tr("Enter a real date of birth, for example 27 3 1985."),
            Problem.FUTURE_DATE: self.tr("The date of birth must be in the past."),
            Problem.NO_LIST: self.tr(
                "This kiosk has no appointment list for today, so it cannot book. Tell IT support."
            ),
        }[problem]

    def retranslate(self) -> None:
        """Texts for the current language (service names are in English: staff use this)."""
        self.heading.setText(self.tr("Book an appointment for later today"))
        set_text(self.close_button, self.tr("Close"))
        self.intro.setText(
            self.tr(
                "This kiosk can only book a time later today, here in this building. "
                "For another day, the resident needs to contact the council."
            )
        )
        self.problems_heading.setText(self.tr("There is a problem"))
        self.service_heading.setText(self.tr("1. Service"))
        for service in self._catalogue.services:
            set_text(self.service_buttons[service.code], service.title("en"))
        self.slot_heading.setText(self.tr("2. Time"))
        self._show_slot_note()
        self.resident_heading.setText(self.tr("3. Resident"))
        self.surname_label.setText(self.tr("Surname"))
        self.surname.setAccessibleName(self.tr("Surname"))
        self.birth_label.setText(self.tr("Date of birth"))
        self.birth_hint.setText(self.tr("For example, 27 3 1985"))
        for piece, text in (
            ("Day", self.tr("Day")),
            ("Month", self.tr("Month")),
            ("Year", self.tr("Year")),
        ):
            self.birth_labels[piece].setText(text)
            self.birth[piece].setAccessibleName(text)
        self.privacy.setText(
            self.tr(
                "The kiosk keeps only a code made from the surname and date of birth. "
                "Only the council can read them."
            )
        )
        set_text(self.book_button, self.tr("Book appointment"))
        self.done_heading.setText(self.tr("Appointment booked"))
        self.done_reference_label.setText(self.tr("Reference"))
        self.done_hint.setText(
            self.tr("Check in at any kiosk with this reference, or your surname and date of birth.")
        )
        self.done_note.setText(self.tr("Write the reference down, or take a photo of it."))
        set_text(self.finish, self.tr("Done"))
        set_text(self.another, self.tr("Book another appointment"))
