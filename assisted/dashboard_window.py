"""The service manager's dashboard: waits, appointments, outcomes, e-forms and satisfaction.

Figures are computed from the journal on a worker thread (``BackgroundOp``), so the screen
never freezes, however long the period. Today's figures are live: they are worked out
again on a timer and whenever the terminal is told new events arrived (``notify``).
Each table can be saved as CSV into the export folder the terminal was given.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assisted.dashboard_models import TABLE_TITLES, DashboardTableModel
from assisted.dashboard_page import TablePage, table_style
from assisted.desk_style import desk_stylesheet
from core.dashboard_figures import ALL, DashboardFigures, Period, Table
from core.dashboard_service import (
    DashboardService,
    ExportFailed,
    PeriodChoice,
    export_file_name,
    period_words,
    save_csv,
)
from ui.background import BackgroundOp
from ui.theme import Look, apply_theme, stylesheet
from ui.widgets import button, label

log = logging.getLogger(__name__)

REFRESH_MS = 60_000
EXPORT_DIR = Path.home() / "civic-kiosk-exports"
PERIODS = (
    (PeriodChoice.TODAY, "Today (live)"),
    (PeriodChoice.YESTERDAY, "Yesterday"),
    (PeriodChoice.LAST_7_DAYS, "Last 7 days"),
    (PeriodChoice.LAST_30_DAYS, "Last 30 days"),
    (PeriodChoice.CHOSEN, "Chosen dates"),
)


class DashboardWindow(QWidget):
    """The service dashboard for managers.

    Signals:
        figures_shown(object): new ``DashboardFigures`` are on screen.
        export_done(str): a message about an export (saved or not) is on screen.
        exported(str, str): a table (by name) was saved to this file, for the audit trail.

    Attributes:
        figures: the figures on screen (None until the first arrive).
        working: figures are being worked out on a worker thread.
    """

    figures_shown = Signal(object)
    export_done = Signal(str)
    exported = Signal(str, str)
    _poke = Signal()

    def __init__(
        self,
        service: DashboardService,
        look: Look | None = None,
        export_dir: Path = EXPORT_DIR,
        refresh_ms: int = REFRESH_MS,
        names: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("dashboardWindow")
        self.setWindowTitle("Service dashboard")
        self.service, self.export_dir = service, export_dir
        self.look = look or Look()
        app = QApplication.instance()
        # Opened from the desk, the theme is already on: setting it again would restyle
        # every widget of every window for nothing.
        if isinstance(app, QApplication) and app.styleSheet() != stylesheet(self.look):
            apply_theme(app, self.look, "en")
        self.setStyleSheet(desk_stylesheet(self.look) + table_style(self.look))
        # "Registrars (births, deaths ...)" is "Registrars" here: names label narrow bars.
        short = {code: title.split(" (")[0] for code, title in service.service_names().items()}
        self.names = {**short, **(names or {})}  # sites and forms, by id
        self.figures: DashboardFigures | None = None
        self.working = False
        self._again = False
        self._wanted: Period | None = None
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._poke.connect(self._tick)
        self.reload()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = label("dashboardTitle", "heading", self)
        self.title.setText("Service dashboard")
        self.title.setWordWrap(False)
        self.status = label("dashboardStatus", "secondary", self)
        self.message = label("dashboardMessage", "", self)
        self.period_choice = self._combo("periodChoice", [(c.value, t) for c, t in PERIODS])
        today = QDate.fromString(self.service.today(), Qt.DateFormat.ISODate)
        self.first_date = self._date("fromDate", today.addDays(-1))
        self.last_date = self._date("toDate", today.addDays(-1))
        self.show_dates = button("showDatesButton")
        self.show_dates.setText("Show these dates")
        self.site_filter = self._combo("siteFilter", [(ALL, "All sites")])
        services = [(ALL, "All services"), *self.service.service_names().items()]
        services = [(code, self.names.get(code, title)) for code, title in services]
        self.service_filter = self._combo("serviceFilter", services)
        self.refresh_button = button("refreshButton")
        self.refresh_button.setText("Refresh")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboardTabs")
        self.pages: dict[str, TablePage] = {}
        self.models: dict[str, DashboardTableModel] = {}

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)
        choices = QHBoxLayout()
        for text, widget in (
            ("Period", self.period_choice),
            ("From", self.first_date),
            ("To", self.last_date),
        ):
            choices.addWidget(self._caption(text, widget))
            choices.addWidget(widget)
        choices.addWidget(self.show_dates)
        choices.addSpacing(24)
        choices.addWidget(self._caption("Site", self.site_filter))
        choices.addWidget(self.site_filter, 1)
        choices.addWidget(self._caption("Service", self.service_filter))
        choices.addWidget(self.service_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(choices)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._show_date_fields()

        self.period_choice.currentIndexChanged.connect(self._period_changed)
        self.show_dates.clicked.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        self.site_filter.currentIndexChanged.connect(self._filter)
        self.service_filter.currentIndexChanged.connect(self._filter)
        self.tabs.currentChanged.connect(self._tab_changed)

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(name)
        for value, text in items:
            combo.addItem(text, value)
        return combo

    def _date(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setObjectName(name)
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setMaximumDate(QDate.fromString(self.service.today(), Qt.DateFormat.ISODate))
        edit.setMinimumHeight(56)
        return edit

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(buddy)
        return caption

    def _ensure_pages(self, figures: DashboardFigures) -> None:
        for table in figures.tables():
            if table.name in self.pages:
                continue
            model = DashboardTableModel(table, figures.targets, self.names, self)
            page = TablePage(table.name, model)
            page.export.clicked.connect(lambda _=False, n=table.name: self.export(n))
            self.models[table.name], self.pages[table.name] = model, page
            self.tabs.addTab(page, TABLE_TITLES.get(table.name, table.name))

    # -- choosing ------------------------------------------------------------------------------

    def chosen_period(self) -> Period:
        """The period the picker names now (raises ValueError if the dates are backwards)."""
        choice = PeriodChoice(self.period_choice.currentData())
        if choice is PeriodChoice.CHOSEN:
            first = self.first_date.date().toString(Qt.DateFormat.ISODate)
            last = self.last_date.date().toString(Qt.DateFormat.ISODate)
            return Period.between(first, last)
        return self.service.period(choice)

    def _period_changed(self) -> None:
        self._show_date_fields()
        if PeriodChoice(self.period_choice.currentData()) is not PeriodChoice.CHOSEN:
            self.reload()

    def _show_date_fields(self) -> None:
        chosen = PeriodChoice(self.period_choice.currentData()) is PeriodChoice.CHOSEN
        for widget in (self.first_date, self.last_date, self.show_dates):
            widget.setEnabled(chosen)

    def _tab_changed(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, TablePage) and page.stale:
            page.redraw(self.look)
        by_service = isinstance(page, TablePage) and page.model.table.axis == "service"
        self.service_filter.setEnabled(by_service)
        self.service_filter.setToolTip("" if by_service else "This table is not kept by service.")

    def _filter(self) -> None:
        if self.figures is not None:
            self.show_figures(self.figures)

    # -- working out the figures ------------------------------------------------------------

    def notify(self, _count: int = 0) -> None:
        """Safe from any thread: new events arrived, so today's figures are worked out again."""
        self._poke.emit()

    def _tick(self) -> None:
        if PeriodChoice(self.period_choice.currentData()) is PeriodChoice.TODAY:
            self.reload()

    def reload(self) -> None:
        """Work the figures out again for the chosen period, off the UI thread."""
        try:
            period = self.chosen_period()
        except ValueError:
            self.say("The To date is before the From date. Choose dates in order.", error=True)
            return
        self._wanted = period
        if self.working:
            self._again = True  # one at a time: the newest choice runs when this one ends
            return
        self.working = True
        self.status.setText(f"Working out the figures for {period_words(period)}…")
        (
            BackgroundOp(self, lambda: self.service.figures_for(period))
            .success(self._arrived)
            .failure(self._failed)
            .run()
        )

    def _arrived(self, figures: DashboardFigures) -> None:
        self.working = False
        self.names = {**self.service.names(), **self.names}  # read with the figures
        if self._again:
            self._again = False
            self.reload()
        if figures.period == self._wanted:
            self.show_figures(figures)

    def _failed(self, exc: Exception) -> None:
        self.working = False
        log.error("dashboard figures failed: %s", type(exc).__name__)
        self.say("The figures could not be worked out. Try again, or tell IT support.", True)
        if self._again:
            self._again = False
            self.reload()

    def show_figures(self, figures: DashboardFigures) -> None:
        """Put figures on screen: every table, its chart, the sites offered and the status."""
        self.figures = figures
        self._ensure_pages(figures)
        self._update_sites(figures.sites)
        site = str(self.site_filter.currentData())
        service = str(self.service_filter.currentData())
        for name, model in self.models.items():
            model.show(figures.table(name), site, service, figures.targets)
            self.pages[name].stale = True
            self.pages[name].export.setEnabled(True)
        live = " (live)" if self.service.today() in figures.period.days else ""
        status = (
            f"{period_words(figures.period)}{live}: {figures.events:,} journal events, "
            f"worked out at {self.service.clock_text()}"
        )
        if figures.skipped:
            status += f". {figures.skipped:,} events could not be read and are left out"
        self.status.setText(status)
        self._show_dates_of(figures.period)
        self._tab_changed()
        self.figures_shown.emit(figures)

    def _show_dates_of(self, period: Period) -> None:
        """The From and To fields show the dates on screen, ready to adjust."""
        for edit, day in ((self.first_date, period.first), (self.last_date, period.last)):
            edit.blockSignals(True)
            edit.setDate(QDate.fromString(day, Qt.DateFormat.ISODate))
            edit.blockSignals(False)

    def _update_sites(self, sites: tuple[str, ...]) -> None:
        have = {self.site_filter.itemData(i) for i in range(self.site_filter.count())}
        self.site_filter.blockSignals(True)
        for site in sites:
            if site not in have:
                self.site_filter.addItem(self.names.get(site, site), site)
        self.site_filter.blockSignals(False)

    # -- exporting ---------------------------------------------------------------------------

    def export(self, name: str) -> None:
        """Save one table (every site and service) as CSV in the export folder."""
        if self.figures is None:
            return
        table: Table[object] = self.figures.table(name)
        period, folder = self.figures.period, self.export_dir
        title = TABLE_TITLES.get(name, name)
        button_ = self.pages[name].export
        button_.setEnabled(False)

        def saved(path: Path) -> None:
            button_.setEnabled(True)
            self.say(f"Saved the {title} table to {path}")
            self.exported.emit(name, str(path))
            self.export_done.emit(self.message.text())

        def failed(exc: Exception) -> None:
            button_.setEnabled(True)
            reason = exc.reason if isinstance(exc, ExportFailed) else "something went wrong"
            self.say(
                f"The {title} table was not saved: {reason}. The figures are still here. "
                f"Ask IT support to check {folder}, then tap Export CSV again.",
                error=True,
            )
            self.export_done.emit(self.message.text())

        self.say(f"Saving {export_file_name(table, period)}…")
        work = BackgroundOp(self, lambda: save_csv(table, period, folder))
        work.success(saved).failure(failed).run()

    def say(self, text: str, error: bool = False) -> None:
        """Show a message above the tabs."""
        self.message.setProperty("role", "error" if error else "")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the timer: nothing is worked out for a closed window."""
        self.timer.stop()
        super().closeEvent(event)
