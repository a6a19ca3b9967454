"""The desk's smaller panels: today's appointments, visitors in the building, walk-in tickets."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from core.appointments_today import AppointmentStatus, Arrival
from core.catalogue import Catalogue
from core.site_day import SiteCalendar
from core.site_queue import Visitor
from core.visitors import StaffDirectory
from ui.widgets import button, kinetic_scroll, label, set_text


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in a layout (rows that are about to be redrawn)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


def panel(name: str) -> tuple[QFrame, QVBoxLayout]:
    """A bordered panel with a vertical layout."""
    frame = QFrame()
    frame.setObjectName(name)
    frame.setProperty("role", "panel")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(8)
    return frame, layout


def scrolling_rows(parent_layout: QVBoxLayout, name: str) -> QGridLayout:
    """A kinetic-scrolling area of rows under a heading; returns the rows' grid."""
    content = QWidget()
    content.setObjectName(name)
    rows = QGridLayout(content)
    rows.setContentsMargins(0, 0, 8, 0)
    rows.setHorizontalSpacing(12)
    rows.setVerticalSpacing(6)
    rows.setAlignment(Qt.AlignmentFlag.AlignTop)
    parent_layout.addWidget(kinetic_scroll(content), 1)
    return rows


class AppointmentsPanel(QFrame):
    """Today's appointments: time, reference, service and where each one stands, live."""

    def __init__(self, catalogue: Catalogue, calendar: SiteCalendar) -> None:
        super().__init__()
        self._catalogue = catalogue
        self._calendar = calendar
        self._shown: Sequence[Hashable] = ()
        self.setObjectName("appointmentsPanel")
        self.setProperty("role", "panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = label("appointmentsHeading", "heading", self)
        layout.addWidget(self.heading)
        self.rows = scrolling_rows(layout, "appointmentRows")

    def status_text(self, arrival: Arrival) -> str:
        """The status word staff read."""
        return {
            Arrival.DUE: self.tr("due"),
            Arrival.ARRIVED: self.tr("arrived"),
            Arrival.LATE: self.tr("late"),
            Arrival.NO_SHOW: self.tr("no-show"),
            Arrival.SEEN: self.tr("seen"),
        }[arrival]

    def show_statuses(self, statuses: list[AppointmentStatus]) -> None:
        """Redraw the list when anything in it changed."""
        self.heading.setText(self.tr("Today's appointments: %1").replace("%1", str(len(statuses))))
        spec = [(s.appointment.reference, s.arrival) for s in statuses]
        if spec == self._shown:
            return
        self._shown = spec
        clear_layout(self.rows)
        for row, status in enumerate(statuses):
            a = status.appointment
            ticket = f" ({status.ticket.number})" if status.ticket is not None else ""
            cells = [
                (f"appointmentTime_{a.reference}", self._calendar.clock_text(a.slot_ms)),
                (f"appointmentRef_{a.reference}", a.reference),
                (
                    f"appointmentStatus_{a.reference}",
                    self.status_text(status.arrival) + ticket,
                ),
                (
                    f"appointmentService_{a.reference}",
                    self._catalogue.service(a.service).title("en"),
                ),
            ]
            for column, (name, text) in enumerate(cells):
                cell = label(name, "", self)
                cell.setWordWrap(False)
                cell.setText(text)
                if column == 2:
                    cell.setProperty("arrival", status.arrival.value)
                self.rows.addWidget(cell, row, column)
        self.rows.setColumnStretch(3, 1)


class VisitorsPanel(QFrame):
    """Business visitors in the building, for the fire roll, each with a sign-out button.

    Signals:
        sign_out(str): staff signed a visitor out, by visitor id.
    """

    sign_out = Signal(str)

    def __init__(self, staff: StaffDirectory, calendar: SiteCalendar) -> None:
        super().__init__()
        self._staff = staff
        self._calendar = calendar
        self._shown: Sequence[Hashable] = ()
        self.setObjectName("visitorsPanel")
        self.setProperty("role", "panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = label("visitorsHeading", "heading", self)
        layout.addWidget(self.heading)
        self.rows = scrolling_rows(layout, "visitorRows")
        self.buttons: list[QWidget] = []

    def show_visitors(self, visitors: list[Visitor], enabled: bool) -> None:
        """Redraw the fire roll: badge, company, host and since when."""
        self.heading.setText(
            self.tr("Visitors in the building: %1").replace("%1", str(len(visitors)))
        )
        spec = [v.id for v in visitors]
        if spec != self._shown:
            self._shown = spec
            clear_layout(self.rows)
            self.buttons = []
            for row, v in enumerate(visitors):
                host = self._staff.get(v.host)
                text = (
                    self.tr("%1 · %2 · host %3 · since %4")
                    .replace("%1", v.badge)
                    .replace("%2", v.company)
                    .replace("%3", host.name if host else v.host)
                    .replace("%4", self._calendar.clock_text(v.signed_in_ms))
                )
                cell = label(f"visitor_{v.badge}", "", self)
                cell.setText(text)
                out = button(f"signOut_{v.badge}", "", self)
                set_text(out, self.tr("Sign out"))
                out.setAccessibleName(self.tr("Sign out %1").replace("%1", v.badge))
                out.clicked.connect(lambda _=False, vid=v.id: self.sign_out.emit(vid))
                self.rows.addWidget(cell, row, 0)
                self.rows.addWidget(out, row, 1)
                self.buttons.append(out)
            self.rows.setColumnStretch(0, 1)
        for b in self.buttons:
            b.setEnabled(enabled)


class WalkInPanel(QFrame):
    """Raise a ticket at the desk on a resident's behalf.

    Signals:
        raise_ticket(str, bool): service code and whether it is a priority visit.
    """

    raise_ticket = Signal(str, bool)

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.setObjectName("walkInPanel")
        self.setProperty("role", "panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = label("walkInHeading", "subheading", self)
        self.service = QComboBox(self)
        self.service.setObjectName("walkInService")
        self.service.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.service.setMinimumContentsLength(8)
        for s in catalogue.services:
            self.service.addItem(s.title("en"), s.code)
        self.priority = QCheckBox(self)
        self.priority.setObjectName("walkInPriority")
        self.give = button("walkInButton", "primary", self)
        self.give.clicked.connect(self._give)
        self.result: QLabel = label("walkInResult", "", self)
        row = QHBoxLayout()
        row.addWidget(self.service, 1)
        row.addWidget(self.give)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.priority)
        layout.addWidget(self.result)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts for the interface language."""
        self.heading.setText(self.tr("Give a walk-in ticket"))
        self.service.setAccessibleName(self.tr("Service for the walk-in ticket"))
        self.priority.setText(self.tr("Priority visit (never shown to the resident)"))
        self.priority.setAccessibleName(self.priority.text())
        set_text(self.give, self.tr("Give a ticket"))

    def _give(self) -> None:
        self.raise_ticket.emit(str(self.service.currentData()), self.priority.isChecked())
