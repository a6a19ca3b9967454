"""Alerts for the desk: a lost call, kiosks asking for help, and this desk's visitors arriving."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout

from assisted.desk_panels import clear_layout
from core.site_day import SiteCalendar
from core.site_queue import CallConflict, HelpRequest, Visitor
from ui.widgets import button, label, set_text

MAX_ROWS = 3


class AlertsPanel(QFrame):
    """Banners across the top of the desk; each has a button that deals with it.

    Signals:
        call_next_after_loss(object): call the next ticket, having seen a lost ``CallConflict``.
        lost_call_seen(object): staff dismissed a lost ``CallConflict``.
        going_to_help(str): this desk is going to a kiosk's help request, by id.
        visitor_dismissed(): staff have seen a visitor alert (redraw without it).
    """

    call_next_after_loss = Signal(object)
    lost_call_seen = Signal(object)
    going_to_help = Signal(str)
    visitor_dismissed = Signal()

    def __init__(self, calendar: SiteCalendar) -> None:
        super().__init__()
        self._calendar = calendar
        self._conflict: CallConflict | None = None
        self._shown: Sequence[Hashable] = ()
        self._seen_visitors: set[str] = set()
        self.setObjectName("alertsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        self.lost = QFrame(self)
        self.lost.setObjectName("lostCallBanner")
        self.lost.setProperty("role", "alert")
        lost_row = QHBoxLayout(self.lost)
        self.lost_text = label("lostCallText", "", self.lost)
        self.lost_next = button("lostCallNext", "primary", self.lost)
        self.lost_dismiss = button("lostCallDismiss", "", self.lost)
        self.lost_next.clicked.connect(self._lost_next)
        self.lost_dismiss.clicked.connect(self._lost_dismiss)
        lost_row.addWidget(self.lost_text, 1)
        lost_row.addWidget(self.lost_next)
        lost_row.addWidget(self.lost_dismiss)
        layout.addWidget(self.lost)
        self.lost.hide()

        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(12)
        self.rows.setVerticalSpacing(4)
        layout.addLayout(self.rows)
        set_text(self.lost_next, self.tr("Call the next ticket"))
        set_text(self.lost_dismiss, self.tr("Dismiss"))

    def show_alerts(
        self,
        lost: list[CallConflict],
        desk_names: dict[str, str],
        help_requests: list[HelpRequest],
        visitors: list[Visitor],
        enabled: bool,
    ) -> None:
        """Show the first lost call and every open help request and new visitor."""
        self._conflict = lost[0] if lost else None
        if self._conflict is None:
            self.lost.hide()
        else:
            winner = desk_names.get(self._conflict.winner, self._conflict.winner)
            self.lost_text.setText(
                self.tr("%1 was called by %2 first. Call the next ticket?")
                .replace("%1", self._conflict.number)
                .replace("%2", winner)
            )
            self.lost.show()
        arrived = [v for v in visitors if v.id not in self._seen_visitors]
        spec = [r.id for r in help_requests] + [v.id for v in arrived]
        if spec != self._shown:
            self._shown = spec
            self._redraw(help_requests, arrived)
        for b in self.findChildren(QPushButton):
            b.setEnabled(enabled)

    def _redraw(self, help_requests: list[HelpRequest], visitors: list[Visitor]) -> None:
        clear_layout(self.rows)
        row = 0
        # A few rows at most, so the desk's own panels keep their room; the oldest come first.
        hidden = max(0, len(help_requests) + len(visitors) - MAX_ROWS)
        help_requests = help_requests[:MAX_ROWS]
        visitors = visitors[: MAX_ROWS - len(help_requests)]
        for request in help_requests:
            text = (
                self.tr("A resident at kiosk %1 asked for help at %2 (on the %3 screen).")
                .replace("%1", request.kiosk)
                .replace("%2", self._calendar.clock_text(request.wall_ms))
                .replace("%3", request.screen or "?")
            )
            go = button(f"helpGo_{request.id}", "primary", self)
            set_text(go, self.tr("I'm going"))
            go.setAccessibleName(self.tr("I'm going to kiosk %1").replace("%1", request.kiosk))
            go.clicked.connect(lambda _=False, r=request.id: self.going_to_help.emit(r))
            self._add_row(row, f"helpAlert_{request.id}", text, go)
            row += 1
        for visitor in visitors:
            text = (
                self.tr("Your visitor from %1 has arrived (badge %2).")
                .replace("%1", visitor.company)
                .replace("%2", visitor.badge)
            )
            seen = button(f"visitorSeen_{visitor.badge}", "", self)
            set_text(seen, self.tr("Seen"))
            seen.clicked.connect(lambda _=False, v=visitor.id: self._visitor_seen(v))
            self._add_row(row, f"visitorAlert_{visitor.badge}", text, seen)
            row += 1
        if hidden:
            more = label("moreAlerts", "secondary", self)
            more.setText(self.tr("…and %1 more alerts.").replace("%1", str(hidden)))
            self.rows.addWidget(more, row, 0, 1, 2)

    def _add_row(self, row: int, name: str, text: str, action: QPushButton) -> None:
        message = label(name, "alert", self)
        message.setText(text)
        self.rows.addWidget(message, row, 0)
        self.rows.addWidget(action, row, 1)
        self.rows.setColumnStretch(0, 1)

    def _visitor_seen(self, visitor: str) -> None:
        self._seen_visitors.add(visitor)
        self._shown = ()
        self.visitor_dismissed.emit()

    def _lost_next(self) -> None:
        if self._conflict is not None:
            self.call_next_after_loss.emit(self._conflict)

    def _lost_dismiss(self) -> None:
        if self._conflict is not None:
            self.lost_call_seen.emit(self._conflict)
