"""The service dashboard as a manager uses it, on a real journal with hand-worked figures.

The journal holds the two-site day of tests/core/test_dashboard_figures.py (Monday 23
November 2026) and one walk-in and one rating the next day. The terminal's clock reads
Tuesday 12:00, so "Yesterday" is the hand-worked day and "Today" is Tuesday.
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSeries, QBarSet
from PySide6.QtCore import QDate, QModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from assisted.dashboard_models import DashboardTableModel
from assisted.dashboard_window import DashboardWindow
from core.appointments import Appointment
from core.catalogue import load_catalogue
from core.clock import Hlc, HybridLogicalClock
from core.dashboard_figures import ALL, DashboardFigures, Period
from core.dashboard_service import DashboardService, PeriodChoice
from core.events import Event, EventType, Scope
from core.site_day import SiteCalendar
from store.journal import SqliteJournal
from tests.core.test_dashboard_figures import (
    CANARY,
    CATALOGUE,
    DAY1,
    LISTS,
    WHITECHAPEL,
    hand_journal,
)

DAY2 = "2026-11-24"
CAL = SiteCalendar()


class Clock:
    """The terminal's wall clock, moved by the test."""

    def __init__(self) -> None:
        self.ms = CAL.at(DAY2, "12:00")

    def __call__(self) -> int:
        return self.ms


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[SqliteJournal]:
    """A desk's real journal holding both days (the unreadable test event left out)."""
    clock = Clock()
    opened = SqliteJournal(tmp_path / "desk", "desk-9", CANARY, HybridLogicalClock(clock))
    readable = [e for e in hand_journal() if _readable(e)]
    opened.ingest_many(readable)
    yield opened
    QThreadPool.globalInstance().waitForDone(5000)
    opened.close()


def _readable(event: Event) -> bool:
    try:
        Hlc.parse(event.hlc)
    except ValueError:
        return False
    return True


@pytest.fixture
def service(journal: SqliteJournal) -> DashboardService:
    def appointments_for(day: str) -> list[Appointment]:
        return [a for a in LISTS[CANARY] if CAL.day_of_ms(a.slot_ms) == day]

    return DashboardService(
        journal,
        load_catalogue(CATALOGUE),
        CANARY,
        appointments_for=appointments_for,
        now_ms=lambda: CAL.at(DAY2, "12:00"),
    )


def tap(qtbot: QtBot, widget: QWidget) -> None:
    """Tap a button as a manager would."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


class Dashboard:
    """The window and the ways a manager works it."""

    def __init__(self, window: DashboardWindow, qtbot: QtBot) -> None:
        self.window, self.qtbot = window, qtbot

    def wait_for(self, days: set[str]) -> DashboardFigures:
        """Wait until the figures for these dates are on screen."""
        self.qtbot.waitUntil(
            lambda: (
                self.window.figures is not None
                and set(self.window.figures.period.days) == days
                and not self.window.working
            ),
            timeout=10_000,
        )
        assert self.window.figures is not None
        return self.window.figures

    def choose_period(self, choice: PeriodChoice) -> None:
        combo = self.window.period_choice
        combo.setCurrentIndex(combo.findData(choice.value))

    def choose(self, combo_name: str, text: str) -> None:
        combo = getattr(self.window, combo_name)
        index = combo.findText(text)
        assert index >= 0, f"{text} is not offered"
        combo.setCurrentIndex(index)

    def cell(self, table: str, service_or_key: str, heading: str) -> str:
        """The text in a table's row (by its second column's text) under a heading."""
        view = self.window.pages[table].view
        model = view.model()
        headings = [
            model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())
        ]
        at = headings.index(heading)
        for row in range(model.rowCount()):
            if model.data(model.index(row, 1)) == service_or_key:
                return str(model.data(model.index(row, at)))
        raise AssertionError(f"no {service_or_key} row in {table}")

    def rows(self, table: str) -> int:
        return int(self.window.pages[table].view.model().rowCount(QModelIndex()))

    def tap_export(self, table: str) -> str:
        button = self.window.pages[table].export
        assert isinstance(button, QPushButton) and button.isEnabled()
        with self.qtbot.waitSignal(self.window.export_done, timeout=10_000) as said:
            tap(self.qtbot, button)
        return str(said.args[0])


DashboardFactory = Callable[..., Dashboard]


@pytest.fixture
def make_dashboard(
    qtbot: QtBot, service: DashboardService, tmp_path: Path
) -> Iterator[DashboardFactory]:
    windows: list[DashboardWindow] = []

    def make(export_dir: Path | None = None, refresh_ms: int = 3_600_000) -> Dashboard:
        window = DashboardWindow(
            service,
            export_dir=export_dir or tmp_path / "exports",
            refresh_ms=refresh_ms,
            names={CANARY: "Canary Wharf", WHITECHAPEL: "Whitechapel"},
        )
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1920, 1080)
        window.show()
        dashboard = Dashboard(window, qtbot)
        dashboard.wait_for({DAY2})
        return dashboard

    yield make
    for window in windows:
        window.close()
    QThreadPool.globalInstance().waitForDone(5000)


@pytest.fixture
def dashboard(make_dashboard: DashboardFactory) -> Dashboard:
    return make_dashboard()


def test_today_is_shown_first_and_live(dashboard: Dashboard) -> None:
    assert dashboard.window.period_choice.currentText() == "Today (live)"
    assert "Tuesday 24 November 2026 (live)" in dashboard.window.status.text()
    assert dashboard.cell("waits", "All services", "Tickets") == "1"


def test_switching_to_yesterday_shows_the_hand_worked_day(dashboard: Dashboard) -> None:
    dashboard.choose_period(PeriodChoice.YESTERDAY)
    dashboard.wait_for({DAY1})
    # All sites: walk-ins seen in 10 minutes 3 and 8 of five (40%); housing 2 of 3 (67%).
    assert dashboard.cell("waits", "All services", "Tickets") == "7"
    assert dashboard.cell("waits", "All services", "Walk-ins seen in 10 min") == "40%"
    assert dashboard.cell("waits", "Housing", "Walk-ins seen in 10 min") == "67%"
    assert dashboard.cell("waits", "Housing", "All seen in 30 min") == "80%"
    assert dashboard.cell("waits", "Housing", "Average wait (min)") == "7.8"  # 31 / 4
    # First contact: 3 of 5 resolved; the target of 90% is not met.
    assert dashboard.cell("outcomes", "All services", "Share resolved") == "60%"
    assert dashboard.cell("outcomes", "All services", "Target 90% met") == "No"
    # Canary Wharf offered three appointments; one never came.
    assert dashboard.cell("appointments", "All services", "No-show") == "1"
    assert "Monday 23 November 2026: " in dashboard.window.status.text()


def test_a_site_and_a_service_narrow_the_tables_and_charts(dashboard: Dashboard) -> None:
    dashboard.choose_period(PeriodChoice.YESTERDAY)
    dashboard.wait_for({DAY1})
    dashboard.choose("site_filter", "Whitechapel")
    # Whitechapel: walk-ins waited 3, 8, 12 and 40 minutes; parking's were 12 and 40.
    assert dashboard.cell("waits", "All services", "Walk-ins seen in 10 min") == "50%"
    assert dashboard.cell("waits", "Parking", "Walk-ins seen in 10 min") == "0%"
    chart = dashboard.window.pages["waits"].chart
    assert chart is not None
    assert "Whitechapel" in chart.chart().title()
    bars = _bar_values(chart.chart().series()[0])
    assert bars["Walk-ins seen in 10 min"] == [50, 100, 0]  # all, housing, parking
    dashboard.choose("site_filter", "All sites")
    dashboard.choose("service_filter", "Housing")
    model = dashboard.window.models["waits"]
    sites = [r.site for r in model.rows()]
    assert sites == [ALL, CANARY, WHITECHAPEL]


def _bar_values(series: object) -> dict[str, list[int]]:
    assert isinstance(series, QBarSeries)
    sets: list[QBarSet] = series.barSets()
    return {s.label(): [round(s.at(i)) for i in range(s.count())] for s in sets}


def test_the_service_filter_is_off_where_a_table_has_no_services(dashboard: Dashboard) -> None:
    tabs = dashboard.window.tabs
    tabs.setCurrentWidget(dashboard.window.pages["forms"])
    assert not dashboard.window.service_filter.isEnabled()
    tabs.setCurrentWidget(dashboard.window.pages["satisfaction"])
    assert dashboard.window.service_filter.isEnabled()


def test_chosen_dates(dashboard: Dashboard) -> None:
    dashboard.choose_period(PeriodChoice.CHOSEN)
    window = dashboard.window
    assert window.first_date.isEnabled() and window.show_dates.isEnabled()
    window.first_date.setDate(QDate(2026, 11, 23))
    window.last_date.setDate(QDate(2026, 11, 24))
    tap(dashboard.qtbot, window.show_dates)
    dashboard.wait_for({DAY1, DAY2})
    assert dashboard.cell("waits", "All services", "Tickets") == "8"
    assert dashboard.cell("satisfaction", "All services", "Responses") == "7"
    window.first_date.setDate(QDate(2026, 11, 24))
    window.last_date.setDate(QDate(2026, 11, 23))
    tap(dashboard.qtbot, window.show_dates)
    assert "before the From date" in window.message.text()
    assert dashboard.cell("waits", "All services", "Tickets") == "8"  # still on screen


def test_export_writes_the_whole_table(dashboard: Dashboard, tmp_path: Path) -> None:
    dashboard.choose_period(PeriodChoice.YESTERDAY)
    dashboard.wait_for({DAY1})
    dashboard.choose("site_filter", "Whitechapel")  # the file still has every site
    said = dashboard.tap_export("waits")
    path = tmp_path / "exports" / "waits-2026-11-23-to-2026-11-23.csv"
    assert said == f"Saved the Waits table to {path}"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert {r["site"] for r in rows} == {ALL, CANARY, WHITECHAPEL}
    total = next(r for r in rows if r["site"] == ALL and r["service"] == ALL)
    assert (total["tickets"], total["share_walk_ins_within_first_conversation"]) == ("7", "0.4")
    journeys = dashboard.tap_export("satisfaction_by_journey")
    assert journeys.endswith("satisfaction-by-journey-2026-11-23-to-2026-11-23.csv")


def test_an_export_folder_that_cannot_be_written_says_so_plainly(
    make_dashboard: DashboardFactory, tmp_path: Path
) -> None:
    blocked = tmp_path / "usb-stick"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    dashboard = make_dashboard(export_dir=blocked)
    said = dashboard.tap_export("waits")
    assert said.startswith("The Waits table was not saved: ")
    assert f"{blocked} is not a folder" in said
    assert "The figures are still here" in said
    assert dashboard.window.message.property("role") == "error"
    assert dashboard.cell("waits", "All services", "Tickets") == "1"  # nothing lost
    assert dashboard.window.pages["waits"].export.isEnabled()  # and it can be tried again


def test_today_refreshes_when_told_of_new_events(
    dashboard: Dashboard, journal: SqliteJournal
) -> None:
    _walk_in(journal, "11:30")
    with dashboard.qtbot.waitSignal(dashboard.window.figures_shown, timeout=10_000):
        dashboard.window.notify(1)  # as site replication does, from its own thread
    assert dashboard.cell("waits", "All services", "Tickets") == "2"


def test_today_refreshes_on_its_own(
    make_dashboard: DashboardFactory, journal: SqliteJournal
) -> None:
    dashboard = make_dashboard(refresh_ms=50)
    _walk_in(journal, "11:40")
    dashboard.qtbot.waitUntil(
        lambda: dashboard.cell("waits", "All services", "Tickets") == "2", timeout=10_000
    )


def _walk_in(journal: SqliteJournal, clock: str) -> None:
    event = Event(
        id="kiosk-late-1",
        origin="kiosk-late",
        seq=1,
        hlc=str(Hlc(CAL.at(DAY2, clock), 0)),
        site=WHITECHAPEL,
        type=EventType.TICKET_ISSUED,
        scope=Scope.SITE,
        payload={"number": "H-099", "service": "housing", "kind": "walk_in"},
        recorded_at="",
    )
    journal.ingest_many([event])


class SlowService(DashboardService):
    """Figures that take as long as the test says: the screen must not wait for them."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.go = threading.Event()

    def figures_for(self, period: Period) -> DashboardFigures:
        self.go.wait(10)
        return super().figures_for(period)


def test_figures_are_worked_out_while_the_screen_stays_usable(
    qtbot: QtBot, journal: SqliteJournal
) -> None:
    slow = SlowService(
        journal, load_catalogue(CATALOGUE), CANARY, now_ms=lambda: CAL.at(DAY2, "12:00")
    )
    window = DashboardWindow(slow, export_dir=Path("/nonexistent"), refresh_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    # The window is up and its thread free while the figures are still being worked out.
    assert window.working
    assert window.status.text().startswith("Working out the figures for Tuesday")
    window.period_choice.setCurrentIndex(1)  # Yesterday, asked for while busy: runs next
    slow.go.set()
    qtbot.waitUntil(
        lambda: window.figures is not None and window.figures.period.days == {DAY1}, timeout=10_000
    )
    model = window.models["waits"]
    assert isinstance(model, DashboardTableModel)
    assert model.table.get().tickets == 7
    window.close()
    QThreadPool.globalInstance().waitForDone(5000)
