"""The dashboard's table models: every table passes Qt's model checks and reads plainly.

The figures are the hand-worked two-site day of tests/core/test_dashboard_figures.py, so
each cell below can be checked against the sum written there.
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from assisted.dashboard_models import (
    NONE_TEXT,
    SORT_ROLE,
    TABLE_TITLES,
    DashboardTableModel,
    Kind,
    sortable,
    written,
)
from core.dashboard_figures import ALL, DashboardFigures, Targets, figures
from tests.core.test_dashboard_figures import CANARY, DAY1, LISTS, WHITECHAPEL, hand_journal

NAMES = {"housing": "Housing", "parking": "Parking", "registrars": "Registrars"}


@pytest.fixture(scope="module")
def hand() -> DashboardFigures:
    return figures(hand_journal(), [DAY1], appointments=LISTS)


def model_of(
    hand: DashboardFigures, name: str, site: str = ALL, key: str = ALL
) -> DashboardTableModel:
    model = DashboardTableModel(hand.table(name), hand.targets, NAMES)
    model.show(hand.table(name), site, key)
    return model


def check(tester: ModelTester, model: QAbstractItemModel) -> None:
    """Qt's own model checks (QAbstractItemModelTester); a failure fails the test."""
    tester.check(model)  # type: ignore[no-untyped-call]


def column(model: DashboardTableModel, header: str) -> list[str]:
    """A column's cells as shown, found by its heading (as staff find it)."""
    headings = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    at = headings.index(header)
    return [model.data(model.index(row, at)) for row in range(model.rowCount())]


@pytest.mark.parametrize("name", list(TABLE_TITLES))
@pytest.mark.parametrize(
    ("site", "key"), [(ALL, ALL), (WHITECHAPEL, ALL), (ALL, "housing"), (CANARY, "housing")]
)
def test_every_table_passes_the_model_tester(
    qtmodeltester: ModelTester, hand: DashboardFigures, name: str, site: str, key: str
) -> None:
    model = model_of(hand, name, site, key)
    check(qtmodeltester, model)
    proxy = sortable(model)
    check(qtmodeltester, proxy)
    if name == "waits":
        assert model.rowCount() > 0  # the check ran over real rows, not an empty table


def test_a_model_still_passes_after_new_figures_arrive(
    qtmodeltester: ModelTester, hand: DashboardFigures
) -> None:
    model = DashboardTableModel(hand.waits, hand.targets, NAMES)
    check(qtmodeltester, model)
    empty = figures([], [DAY1])
    model.show(empty.waits, WHITECHAPEL)
    assert model.rowCount() == 0  # no tickets at Whitechapel in an empty journal
    model.show(hand.waits, WHITECHAPEL)
    check(qtmodeltester, model)
    assert model.rowCount() == 3  # Whitechapel's total, housing and parking


def test_waits_read_as_people_write_them(hand: DashboardFigures) -> None:
    model = model_of(hand, "waits")
    assert column(model, "Service") == ["All services", "Housing", "Parking"]
    assert column(model, "Site") == ["All sites"] * 3
    # All services: 2 of 5 walk-ins within 10; 5 of 7 within 30 (71%); mean 13.83 minutes.
    assert column(model, "Walk-ins seen in 10 min") == ["40%", "67%", "0%"]
    assert column(model, "All seen in 30 min") == ["71%", "80%", "50%"]
    assert column(model, "Average wait (min)") == ["13.8", "7.8", "26.0"]
    assert column(model, "Target 80% met") == ["No", "Yes", "No"]
    assert column(model, "Tickets") == ["7", "5", "2"]


def test_no_figure_is_a_dash(hand: DashboardFigures) -> None:
    # Canary Wharf's help request was never answered: no time to answer.
    model = model_of(hand, "help", CANARY)
    assert column(model, "Average time to answer (min)") == [NONE_TEXT, NONE_TEXT]
    assert written(None, Kind.SHARE) == "–"
    assert written(0.8666, Kind.SHARE) == "87%"
    assert written(12_345, Kind.COUNT) == "12,345"


def test_a_service_chosen_shows_it_at_each_site(hand: DashboardFigures) -> None:
    model = model_of(hand, "waits", ALL, "housing")
    assert column(model, "Site") == ["All sites", CANARY, WHITECHAPEL]
    assert column(model, "Tickets") == ["5", "3", "2"]
    one = model_of(hand, "waits", CANARY, "housing")
    assert column(one, "Site") == [CANARY]


def test_tables_without_services_ignore_the_service_chosen(hand: DashboardFigures) -> None:
    model = model_of(hand, "faults", ALL, "housing")
    assert column(model, "Fault") == [
        "All faults",
        "Journal damaged and set aside",
        "Printer offline",
        "Printer out of paper",
        "Case service unreachable",
    ]
    assert column(model, "Times") == ["5", "1", "1", "2", "1"]


def test_headings_follow_the_council_standards(hand: DashboardFigures) -> None:
    stricter = dataclasses.replace(
        hand.targets, first_conversation_minutes=15, seen_within_share=0.9
    )
    model = DashboardTableModel(hand.waits, stricter, NAMES)
    headings = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert "Walk-ins seen in 15 min" in headings
    assert "Target 90% met" in headings
    assert Targets().seen_within_minutes == 30


def test_journeys_and_kinds_in_plain_words(hand: DashboardFigures) -> None:
    journeys = model_of(hand, "satisfaction_by_journey")
    assert column(journeys, "Journey") == ["All journeys", "Give feedback"]
    assisted = model_of(hand, "assisted")
    assert column(assisted, "What") == [
        "All together",
        "Documents sent",
        "E-form sessions",
        "Forms sent",
    ]
    assert column(assisted, "Share with help") == ["42%", "100%", "29%", "33%"]


def test_sorting_uses_the_numbers_not_their_text(hand: DashboardFigures) -> None:
    model = model_of(hand, "waits", ALL, ALL)
    proxy = sortable(model)
    at = [c.field for c in model.columns].index("mean_wait")
    proxy.sort(at, Qt.SortOrder.DescendingOrder)
    shown = [proxy.data(proxy.index(r, at)) for r in range(proxy.rowCount())]
    assert shown == ["26.0", "13.8", "7.8"]  # as numbers; as text "7.8" would sort first
    assert model.data(model.index(0, at), SORT_ROLE) == pytest.approx(83 / 6)
    assert model.data(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None
