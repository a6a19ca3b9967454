"""The reception desk window: queues, now serving, appointments, visitors and alerts, live."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from assisted.dashboard_window import DashboardWindow
from assisted.desk_alerts import AlertsPanel
from assisted.desk_panels import AppointmentsPanel, VisitorsPanel, WalkInPanel
from assisted.desk_queue_panel import QueuePanel, WaitStandards
from assisted.desk_serving import ServingPanel
from assisted.desk_staff import DeskStaff
from assisted.desk_style import desk_stylesheet
from core.appointments_today import appointment_statuses
from core.config import TerminalConfig
from core.desk_service import DeskAction, DeskProblem, DeskService
from core.events import EventType
from core.ports import StorageUnavailable
from core.printing import PrintOutcome
from core.site_queue import CallConflict, Outcome, Ticket
from core.site_services import SiteServices
from core.staff_door import StaffDoor, StaffDoorListener
from core.staff_permissions import StaffPermission, StaffPermissions
from core.ticket_machine import IssuedTicket
from ui.background import BackgroundOp
from ui.print_job import PrintJob
from ui.queue_watch import QueueWatch
from ui.theme import Look, apply_theme
from ui.widgets import kinetic_scroll, label

log = logging.getLogger(__name__)

TICK_MS = 30_000


class DeskWindow(QWidget):
    """One staff desk. Every action is journalled off the UI thread; the screen follows the queue.

    Attributes:
        watch: the live queue; main.py connects the replicator to ``watch.notify``.
        busy: an action is being saved; the action buttons are disabled meanwhile.
        notices: lines for staff under the title (a catalogue version waiting, say).
    """

    def __init__(
        self,
        site: SiteServices,
        desk: DeskService,
        config: TerminalConfig,
        tick_ms: int = TICK_MS,
        make_door: Callable[[StaffDoorListener], StaffDoor] | None = None,
        permissions: StaffPermissions | None = None,
        dashboard: Callable[[], DashboardWindow] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("deskWindow")
        self.site, self.desk = site, desk
        self.look = Look.from_theme(config.theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.look, "en")
        self.setStyleSheet(desk_stylesheet(self.look))
        self.busy = False
        self._closed_day = ""
        self.watch = QueueWatch(site.feed, self)
        self.title = label("deskTitle", "heading", self)
        self.message = label("deskMessage", "", self)
        self.alerts = AlertsPanel(site.calendar)
        self.queue_panel = QueuePanel(
            site.catalogue, site.calendar, WaitStandards.from_catalogue(site.catalogue)
        )
        self.serving = ServingPanel(site.catalogue)
        self.walk_in = WalkInPanel(site.catalogue)
        self.appointments = AppointmentsPanel(site.catalogue, site.calendar)
        self.visitors = VisitorsPanel(site.visitors.staff, site.calendar)
        self.links = label("siteLinks", "secondary", self)
        self.clash = label("clashWarning", "", self)
        self.printer = PrintJob(site.print_desk, self) if site.print_desk is not None else None
        self.staff = DeskStaff(self, make_door, permissions or StaffPermissions())
        self._make_dashboard = dashboard
        self.dashboard: DashboardWindow | None = None
        self._lay_out(config)
        self._connect()
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self._run(desk.open, lambda _r: "")
        self.redraw()

    def _lay_out(self, config: TerminalConfig) -> None:
        self.title.setText(
            self.tr("%1 — %2").replace("%1", self.desk.desk.name).replace("%2", config.site_name)
        )
        self.setWindowTitle(self.title.text())
        top = QHBoxLayout()
        self.title.setWordWrap(False)
        top.addWidget(self.title)
        top.addWidget(self.message, 1)
        top.addWidget(self.staff.strip)
        right = QVBoxLayout()
        right.addWidget(self.appointments, 3)
        right.addWidget(self.walk_in)
        right.addWidget(self.visitors, 2)
        columns = QHBoxLayout()
        columns.addWidget(self.queue_panel, 5)
        # Scrolls only if many alerts or large text leave it too little room.
        columns.addWidget(kinetic_scroll(self.serving), 4)
        columns.addLayout(right, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        self.notices = QVBoxLayout()
        layout.addLayout(self.notices)
        layout.addWidget(self.alerts)
        layout.addLayout(columns, 1)
        layout.addWidget(self.clash)
        layout.addWidget(self.links)

    def _connect(self) -> None:
        self.watch.changed.connect(self.redraw)
        self.queue_panel.chosen.connect(self.serving.choose)
        self.serving.call_next.connect(self.call_next)
        self.serving.call_number.connect(self.call_number)
        self.serving.act.connect(lambda a: self.act(DeskAction(a)))
        self.serving.transfer.connect(self.transfer)
        self.serving.complete.connect(lambda o: self.complete(Outcome(o)))
        self.walk_in.raise_ticket.connect(self.raise_walk_in)
        self.visitors.sign_out.connect(self.sign_out)
        self.alerts.call_next_after_loss.connect(self._next_after_loss)
        self.alerts.lost_call_seen.connect(self._lost_call_seen)
        self.alerts.going_to_help.connect(self.answer_help)
        self.alerts.visitor_dismissed.connect(self.redraw)
        self.staff.dashboard_wanted.connect(self.open_dashboard)
        self.staff.changed.connect(self._staff_changed)
        if self.printer is not None:
            self.printer.finished.connect(self._printed)

    # -- showing --------------------------------------------------------------------------

    def redraw(self) -> None:
        """Show the queue as it stands (on every queue change and on the timer)."""
        if self.busy:
            return  # an action is folding events on a worker thread; show it when it is done
        queue, now = self.site.feed.queue, self.site.feed.now_ms()
        if self.dashboard is not None:
            self.dashboard.notify()  # whatever changed the queue, today's figures follow
        me = self.desk.desk
        self.queue_panel.show_queue(queue, me.services, me.id, now)
        others = [d for d in queue.desks.values() if d.open and d.id != me.id]
        self.serving.show_serving(self.desk.serving(), now, others, self.busy)
        self.walk_in.give.setEnabled(True)
        self.appointments.show_statuses(
            appointment_statuses(self.site.appointments, queue, self.site.window, now)
        )
        inside = sorted(
            (v for v in queue.visitors.values() if v.signed_out_ms is None),
            key=lambda v: v.signed_in_ms,
        )
        self.visitors.show_visitors(inside, True)
        staff = self.site.visitors.staff
        mine = [v for v in inside if (s := staff.get(v.host)) is not None and s.desk == me.id]
        open_help = sorted(
            (r for r in queue.help_requests.values() if r.answered_by is None),
            key=lambda r: r.wall_ms,
        )
        names = {d.id: d.name for d in queue.desks.values()}
        self.alerts.show_alerts(self.desk.lost_calls(), names, open_help, mine, True)
        self._show_status(queue.number_clashes)

    def _show_status(self, clashes: list[str]) -> None:
        links = self.site.peer_links()
        if links:
            parts = [
                self.tr("%1 %2 (last good %3)")
                .replace("%1", link.url)
                .replace("%2", link.state)
                .replace("%3", link.last_ok or self.tr("never"))
                for link in links
            ]
            line = self.tr("Site links: %1").replace("%1", "; ".join(parts))
        else:
            line = self.tr("Site links: none (this terminal is working on its own)")
        unreachable = self.site.unreachable()
        if unreachable is not None:
            line += " · " + self.tr("Peers cannot reach this desk: %1").replace("%1", unreachable)
        self.links.setText(line)
        central = self.site.central()
        if central is not None:
            line = (
                self.tr("Case service: %1, %2 waiting, last success %3")
                .replace("%1", central.state)
                .replace("%2", str(central.backlog))
                .replace("%3", central.last_success or self.tr("never"))
            )
            if central.last_error:
                line += " · " + central.last_error
            self.links.setText(self.links.text() + "\n" + line)
        self.clash.setVisible(bool(clashes))
        self.clash.setText(
            self.tr(
                "Two terminals are issuing the same ticket numbers (%1): "
                "check ticket_block in their config."
            ).replace("%1", ", ".join(sorted(set(clashes))))
        )

    def say(self, text: str, error: bool = False) -> None:
        """Show a message in the desk's status area."""
        self.message.setProperty("tone", "error" if error else "info")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def tick(self) -> None:
        """The timer: re-colour waits as time passes and sign visitors out at closing time."""
        self.redraw()
        self.check_closing_time()

    def problem_text(self, exc: Exception) -> str:
        """A plain-English message for a failed action."""
        if isinstance(exc, DeskProblem):
            return str(exc)
        if isinstance(exc, StorageUnavailable):
            return self.tr(
                "This desk could not save, so nothing was changed. Its storage is full or "
                "failing: tell IT support."
            )
        if isinstance(exc, KeyError):
            return self.tr("That service is not in the council's list, so nothing was changed.")
        log.error("desk action failed: %s", type(exc).__name__)
        return self.tr("Something went wrong, so nothing was changed. Try again.")

    # -- acting ---------------------------------------------------------------------------

    def _run(
        self,
        op: Callable[[], Any],
        done: Callable[[Any], str],
        failed: Callable[[], None] = lambda: None,
    ) -> None:
        if self.busy:
            return
        self.busy = True
        for panel in (self.serving, self.walk_in, self.visitors, self.alerts):
            for b in panel.findChildren(QPushButton):
                b.setEnabled(False)

        def success(result: Any) -> None:
            self.busy = False
            text = done(result)
            if text:
                self.say(text)
            self.redraw()

        def failure(exc: Exception) -> None:
            self.busy = False
            failed()
            self.say(self.problem_text(exc), error=True)
            self.redraw()

        BackgroundOp(self, op).success(success).failure(failure).run()

    def call_next(self) -> None:
        """Call the ticket the policy puts first."""
        self._run(self.desk.call_next, self._called)

    def call_number(self, number: str) -> None:
        """Call a ticket by its number."""
        if not number.strip():
            self.say(self.tr("Type a ticket number, such as H-017, or choose one."), True)
            return
        self._run(lambda: self.desk.call(number), self._called)

    def _called(self, ticket: Ticket) -> str:
        self.serving.number_field.clear()
        return self.tr("Called %1.").replace("%1", ticket.number)

    def act(self, action: DeskAction) -> None:
        """Recall, hold or mark as no-show the ticket being served."""
        texts = {
            DeskAction.RECALL: self.tr("Called %1 again."),
            DeskAction.HOLD: self.tr("%1 is on hold. Call it back by number."),
            DeskAction.NO_SHOW: self.tr("%1 was marked as a no-show."),
        }
        self._run(lambda: self.desk.act(action), lambda t: texts[action].replace("%1", t.number))

    def transfer(self, service: str, desk_id: str | None) -> None:
        """Send the ticket being served to another service, or to a named desk."""
        name = self.site.catalogue.service(service).title("en")
        self._run(
            lambda: self.desk.transfer(service, desk_id),
            lambda t: (
                self.tr("%1 was transferred to %2.").replace("%1", t.number).replace("%2", name)
            ),
        )

    def complete(self, outcome: Outcome) -> None:
        """Finish the conversation with its outcome."""
        self._run(
            lambda: self.desk.complete(outcome),
            lambda t: self.tr("%1 is complete.").replace("%1", t.number),
        )

    def raise_walk_in(self, service: str, priority: bool) -> None:
        """Give a resident a ticket from this desk, and print it if there is a printer."""
        self._run(lambda: self.desk.raise_walk_in(service, priority), self._walk_in_given)

    def _walk_in_given(self, issued: IssuedTicket) -> str:
        name = self.site.catalogue.service(issued.service).title("en")
        self.walk_in.result.setText(
            self.tr("Ticket %1 for %2.").replace("%1", issued.number).replace("%2", name)
        )
        self.walk_in.priority.setChecked(False)
        if self.printer is not None:
            self.printer.start(self.site.slips.queue_ticket(issued, name, "en"), issued.number)
        return self.tr("Gave ticket %1.").replace("%1", issued.number)

    def _printed(self, outcome: PrintOutcome) -> None:
        if not outcome.printed:
            self.walk_in.result.setText(self.walk_in.result.text() + "\n" + outcome.message)

    def answer_help(self, request: str) -> None:
        """Tell the site this desk (and who is signed in) is going to a kiosk that asked for
        help, and say which kiosk and screen to go to."""
        asked = self.site.feed.queue.help_requests.get(request)
        staff = self.staff.staff if self.staff.may(StaffPermission.ANSWER_HELP) else None
        where = (
            self.tr("Go to kiosk %1: the resident is on the %2 screen.")
            .replace("%1", asked.kiosk)
            .replace("%2", asked.screen or "?")
            if asked is not None
            else self.tr("The kiosk has been told someone is coming.")
        )
        self._run(
            lambda: self.desk.answer_help(request, staff.staff_id if staff else None),
            lambda _r: where,
        )

    def open_dashboard(self) -> None:
        """Show the service dashboard (managers only)."""
        if self._make_dashboard is None or not self.staff.may(StaffPermission.DASHBOARD):
            return
        staff = self.staff.staff
        if staff is None:
            return
        if self.dashboard is None:
            self.dashboard = self._make_dashboard()
            self.dashboard.exported.connect(self._dashboard_exported)
        self.dashboard.showMaximized()
        self._audit(EventType.DASHBOARD_OPENED, {})
        self.dashboard.activateWindow()

    def _dashboard_exported(self, table: str, path: str) -> None:
        self._audit(EventType.DASHBOARD_EXPORTED, {"table": table, "file": Path(path).name})

    def _audit(self, kind: EventType, details: dict[str, object]) -> None:
        """Record a signed-in member of staff's action, off the UI thread."""
        staff = self.staff.staff
        if staff is None:
            return
        op = BackgroundOp(self, lambda: self.desk.audit(kind, staff.staff_id, details))
        op.failure(lambda exc: log.error("a staff action was not recorded: %s", exc)).run()

    def _staff_changed(self) -> None:
        if self.dashboard is not None and not self.staff.may(StaffPermission.DASHBOARD):
            self.dashboard.close()  # the manager left: their figures go with them
            self.dashboard.deleteLater()
            self.dashboard = None

    def _next_after_loss(self, conflict: CallConflict) -> None:
        self.desk.acknowledge(conflict)
        self.call_next()

    def _lost_call_seen(self, conflict: CallConflict) -> None:
        self.desk.acknowledge(conflict)
        self.redraw()

    def sign_out(self, visitor: str) -> None:
        """Sign one visitor out at the desk."""

        def op() -> None:
            self.site.visitors.sign_out(visitor, "desk")
            self.site.feed.refresh()

        self._run(op, lambda _r: self.tr("The visitor was signed out."))

    def check_closing_time(self) -> bool:
        """At closing time, sign out everyone still in (once a day); True if it started."""
        feed = self.site.feed
        queue, now = feed.queue, feed.now_ms()
        closing = self.site.calendar.at(queue.day, self.site.closing_time)
        if self.busy or now < closing or self._closed_day == queue.day:
            return False
        self._closed_day = queue.day
        if all(v.signed_out_ms is not None for v in queue.visitors.values()):
            return False

        def op() -> int:
            count = self.site.visitors.sign_out_everyone(queue)
            feed.refresh()
            return count

        def retry() -> None:
            self._closed_day = ""

        self._run(
            op,
            lambda n: self.tr("Closing time: %1 visitors still in were signed out.").replace(
                "%1", str(n)
            ),
            retry,
        )
        return True
