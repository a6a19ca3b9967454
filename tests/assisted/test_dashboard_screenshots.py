"""Renders the service dashboard at 1080p over a busy month, for people to review.

The journal is 30 simulated days of a busy site (the benchmark's month: the simulated queue
plus the kiosks' feedback, e-forms, documents, help and faults) and today's morning up to
11:30. The pictures go to build/screens/dashboard-*.png. Each is checked for what a person
would notice first: the right size, not blank, charts with bars in them, and no table
heading cut short.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QAbstractSeries, QBarSeries, QHorizontalBarSeries, QPieSeries
from PySide6.QtCore import QRect, Qt, QThreadPool
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from assisted.dashboard_window import DashboardWindow
from benchmarks.busy_site import busy_site
from core.catalogue import load_catalogue
from core.clock import HybridLogicalClock
from core.config import DEMO_CATALOGUE
from core.dashboard_service import DashboardService, PeriodChoice
from core.site_day import SiteCalendar
from store.journal import SqliteJournal
from tests.conftest import ROOT
from ui.theme import Look

OUT = ROOT / "build" / "screens"
SCREEN = (1920, 1080)
TODAY = "2026-11-23"
CAL = SiteCalendar()
NOW = CAL.at(TODAY, "11:30")
SITE_NAME = "Idea Store Whitechapel"


@pytest.fixture(scope="module")
def month(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DashboardService]:
    """A desk's journal: the 30 days before today, and today until 11:30."""
    site = busy_site(31, "2026-10-24")
    events = [e for e in site.events if int(e.hlc[:15]) <= NOW]
    folder = tmp_path_factory.mktemp("dashboard-journal")
    journal = SqliteJournal(folder, "demo-desk-1", events[0].site, HybridLogicalClock(lambda: NOW))
    journal.ingest_many(events)
    yield DashboardService(
        journal,
        load_catalogue(DEMO_CATALOGUE),
        events[0].site,
        appointments_for=site.appointments_for,
        now_ms=lambda: NOW,
    )
    QThreadPool.globalInstance().waitForDone(5000)
    journal.close()


def open_dashboard(qtbot: QtBot, service: DashboardService, look: Look) -> DashboardWindow:
    window = DashboardWindow(
        service,
        look,
        export_dir=OUT / "exports-not-used",
        refresh_ms=3_600_000,
        names={service.site: SITE_NAME},
    )
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.figures is not None and not window.working, timeout=20_000)
    return window


def choose(qtbot: QtBot, window: DashboardWindow, choice: PeriodChoice) -> None:
    window.period_choice.setCurrentIndex(window.period_choice.findData(choice.value))
    wanted = window.service.period(choice)
    qtbot.waitUntil(
        lambda: (
            window.figures is not None and window.figures.period == wanted and not window.working
        ),
        timeout=20_000,
    )


def save(window: DashboardWindow, table: str, name: str) -> Path:
    """Show a table's tab, save the screen, and check it as a person looking would."""
    page = window.pages[table]
    window.tabs.setCurrentWidget(page)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"dashboard-{name}.png"
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == SCREEN
    colours = {image.pixel(x, y) for y in range(0, 1080, 12) for x in range(0, 1920, 12)}
    assert len(colours) > 8, f"{name} looks blank"
    if page.chart is not None:
        series = page.chart.chart().series()
        assert series, f"{name}: the chart is empty"
        assert _biggest(series[0]) > 0, f"{name}: the chart has no bars"
    _assert_headings_fit(window, table)
    return path


def _biggest(series: QAbstractSeries) -> float:
    if isinstance(series, QPieSeries):
        return max((s.value() for s in series.slices()), default=0.0)
    assert isinstance(series, QBarSeries | QHorizontalBarSeries)
    return max((s.at(i) for s in series.barSets() for i in range(s.count())), default=0.0)


def _assert_headings_fit(window: DashboardWindow, table: str) -> None:
    """Every column heading fits its column: no word cut, no line below the header's edge."""
    view = window.pages[table].view
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    model = view.model()
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal))
        width = header.sectionSize(column) - 8
        longest = max(metrics.horizontalAdvance(word) for word in text.split())
        assert longest <= width, f"{table}: '{text}' is cut across ({longest} > {width} px)"
        box = metrics.boundingRect(QRect(0, 0, width, 1000), Qt.TextFlag.TextWordWrap, text)
        assert box.height() + 8 <= header.height(), f"{table}: '{text}' is cut off below"


@pytest.mark.parametrize("look", ["normal", "contrast"])
def test_dashboard_over_a_busy_month(qtbot: QtBot, month: DashboardService, look: str) -> None:
    window = open_dashboard(qtbot, month, Look(contrast=look == "contrast"))
    choose(qtbot, window, PeriodChoice.LAST_30_DAYS)
    assert window.figures is not None and window.figures.waits.get().tickets > 7000
    suffix = "" if look == "normal" else f"-{look}"
    save(window, "waits", f"waits-30-days{suffix}")
    if look == "normal":
        for table, name in (
            ("outcomes", "first-contact"),
            ("forms", "e-forms"),
            ("abandoned_pages", "give-up-pages"),
            ("satisfaction", "satisfaction"),
            ("satisfaction_by_journey", "satisfaction-by-journey"),
            ("help", "help"),
            ("faults", "faults"),
        ):
            save(window, table, name)
    window.close()


def test_dashboard_today_live_for_one_service(qtbot: QtBot, month: DashboardService) -> None:
    window = open_dashboard(qtbot, month, Look())
    assert "(live)" in window.status.text()
    window.service_filter.setCurrentIndex(window.service_filter.findData("housing"))
    save(window, "waits", "today-housing")
    save(window, "appointments", "today-appointments")
    window.close()
