"""The dashboard's charts (QtCharts), drawn in the desk's colours and readable from a step back.

Each function builds a fresh ``QChart`` from plain numbers; ``ChartPanel`` shows one and
swaps in the next when the figures change. Shares are drawn in percent against their
target line, so "are we meeting the standard?" is answered by whether the bars clear it.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from assisted.dashboard_models import DashboardTableModel, percent
from core.dashboard_figures import ALL
from ui.theme import Look, palette_for

# Bar colours from the GOV.UK palette (blue, green, purple, red, grey), each dark enough for
# the white figures written on them (4.5:1 or more); in high contrast, bright colours that
# stay at least 7:1 against the black page and take black figures.
_INKS = {
    False: ("#1d70b8", "#00703c", "#4c2c92", "#942514", "#505a5f"),
    True: ("#ffff00", "#00ffff", "#ffffff", "#ff99ff", "#99ff99"),
}
_ON_INK = {False: "#ffffff", True: "#000000"}
_TARGET_INK = {False: "#d4351c", True: "#ff9999"}
RATING_WORDS = (
    "1 Very dissatisfied",
    "2 Dissatisfied",
    "3 Neither",
    "4 Satisfied",
    "5 Very satisfied",
)
MOST_PAGES = 8


@dataclass(frozen=True, slots=True)
class Bars:
    """One set of bars: its name in the legend and a value per category."""

    name: str
    values: Sequence[float]


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _base(title: str, look: Look) -> QChart:
    """An empty chart in the look's colours."""
    p = palette_for(look)
    chart = QChart()
    chart.setTitle(html.escape(title))
    chart.setTitleFont(_font(22, bold=True))
    chart.setTitleBrush(QBrush(QColor(p.text)))
    chart.setBackgroundBrush(QBrush(QColor(p.page)))
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(8, 4, 8, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    legend = chart.legend()
    legend.setFont(_font(18))
    legend.setLabelColor(QColor(p.text))
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _style_axis(axis: QBarCategoryAxis | QValueAxis, look: Look) -> None:
    p = palette_for(look)
    axis.setLabelsFont(_font(17))
    axis.setLabelsColor(QColor(p.text))
    axis.setTitleBrush(QBrush(QColor(p.text)))
    axis.setTitleFont(_font(17))
    axis.setLinePen(QPen(QColor(p.secondary), 2))
    axis.setGridLineColor(QColor(p.tile_border))


def _labels(categories: Sequence[str], wrap: bool) -> list[str]:
    """Category names as the axis draws them (it reads HTML): escaped, and long names put on
    two or three lines so they are not cut short."""
    if not wrap:
        return [html.escape(c) for c in categories]
    return ["<br>".join(html.escape(line) for line in textwrap.wrap(c, 20)) for c in categories]


def _bar_set(bars: Bars, ink: str, look: Look) -> QBarSet:
    made = QBarSet(bars.name)
    made.append([float(v) for v in bars.values])
    made.setColor(QColor(ink))
    made.setBorderColor(QColor(palette_for(look).page if not look.contrast else ink))
    made.setLabelColor(QColor(_ON_INK[look.contrast]))
    made.setLabelFont(_font(16, bold=True))
    return made


def share_chart(
    title: str,
    categories: Sequence[str],
    bars: Sequence[Bars],
    look: Look,
    target: float | None = None,
    target_name: str = "",
) -> QChart:
    """Shares (0 to 1) per category as percent bars, with the target as a line across."""
    chart = _base(title, look)
    inks = _INKS[look.contrast]
    series = QBarSeries()
    for i, group in enumerate(bars):
        percent = Bars(group.name, [round(v * 100) for v in group.values])
        series.append(_bar_set(percent, inks[i % len(inks)], look))
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(_labels(categories, wrap=True))
    y = QValueAxis()
    y.setRange(0, 100)
    y.setTickCount(6)
    y.setLabelFormat("%d%%")
    for axis in (x, y):
        _style_axis(axis, look)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    if target is not None and categories:
        line = QLineSeries()
        line.setName(target_name)
        # On a category axis the categories sit at 0, 1, 2 ...: run the line edge to edge.
        line.append([QPointF(-0.5, target * 100), QPointF(len(categories) - 0.5, target * 100)])
        pen = QPen(QColor(_TARGET_INK[look.contrast]), 4)
        pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        chart.addSeries(line)
        line.attachAxis(x)
        line.attachAxis(y)
    return chart


def count_chart(
    title: str,
    categories: Sequence[str],
    bars: Sequence[Bars],
    look: Look,
    across: bool = False,
) -> QChart:
    """Counts per category as bars: upright, or ``across`` for long category names."""
    chart = _base(title, look)
    inks = _INKS[look.contrast]
    series: QBarSeries | QHorizontalBarSeries = QHorizontalBarSeries() if across else QBarSeries()
    for i, group in enumerate(bars):
        series.append(_bar_set(group, inks[i % len(inks)], look))
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(_labels(categories, wrap=not across))
    counts = QValueAxis()
    top = max((max(g.values, default=0) for g in bars), default=0)
    counts.setRange(0, max(top * 1.1, 4))
    counts.setLabelFormat("%d")
    counts.applyNiceNumbers()  # ticks on round numbers: 0, 10, 20 ... not 0, 9, 18
    for axis in (names, counts):
        _style_axis(axis, look)
    if across:
        # Names down the side each get one bar's height: a line of text that fits it is
        # drawn whole (the axis would otherwise cut any name taller than its share to "...").
        names.setLabelsFont(_font(15))
        names.setTruncateLabels(False)
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if across else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom if across else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    series.attachAxis(counts)
    chart.legend().setVisible(len(bars) > 1)
    return chart


def ratings_chart(title: str, counts: Sequence[int], look: Look) -> QChart:
    """How many gave each rating, 1 (very dissatisfied) to 5 (very satisfied)."""
    return count_chart(title, RATING_WORDS, [Bars("Responses", counts)], look)


def pie_chart(title: str, slices: Sequence[tuple[str, int]], look: Look) -> QChart:
    """Parts of a whole (how conversations ended), each labelled with its share."""
    chart = _base(title, look)
    inks = _INKS[look.contrast]
    p = palette_for(look)
    series = QPieSeries()
    total = sum(n for _, n in slices)
    for i, (name, n) in enumerate(slices):
        if n <= 0:
            continue
        part = series.append(f"{name}: {n} ({int(n / total * 100 + 0.5)}%)", n)
        part.setColor(QColor(inks[i % len(inks)]))
        part.setBorderColor(QColor(p.page))
        part.setLabelVisible(True)
        part.setLabelColor(QColor(p.text))
        part.setLabelFont(_font(17))
    series.setPieSize(0.6)
    chart.addSeries(series)
    chart.legend().setVisible(False)
    return chart


class ChartPanel(QChartView):
    """Shows one chart at a time; ``show_chart`` swaps in a new one and frees the old."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(300)

    def show_chart(self, chart: QChart) -> None:
        """Replace the chart on show (its title is also the panel's accessible description)."""
        old = self.chart()
        self.setChart(chart)
        self.setAccessibleDescription(chart.title())
        if old is not None and old is not chart:
            old.deleteLater()


# -- the chart on each table's tab -----------------------------------------------------

# Tables with no chart: their few rows say it all.
UNCHARTED = frozenset({"help"})


@dataclass(frozen=True, slots=True)
class _View:
    """What a chart is drawn from: the model's rows, their names, and where they are."""

    model: DashboardTableModel
    rows: Sequence[Any]
    names: list[str]
    where: str
    look: Look

    def none(self, count: str, words: str) -> str:
        """`` (none in this period)`` when every row's ``count`` is 0."""
        empty = all(getattr(r, count) == 0 for r in self.rows)
        return f" ({words} in this period)" if empty else ""


def table_chart(model: DashboardTableModel, look: Look) -> QChart:
    """The chart for what a table model shows now (its site and service filters applied)."""
    rows = model.rows()
    # Categories are the keys (services, forms ...) for one site, or the sites for one key.
    by_site = model.key != ALL and model.table.axis == "service"
    label = model.columns[0] if by_site else model.columns[1]
    names = [model.name_of(label, getattr(r, label.field)) for r in rows]
    where = model.name_of(model.columns[0], model.site)
    if by_site:
        where = model.name_of(model.columns[1], model.key)
    return _CHARTS[model.table.name](_View(model, rows, names, where, look))


def _waits(v: _View) -> QChart:
    t = v.model.targets
    bars = [
        Bars(
            f"Walk-ins seen in {t.first_conversation_minutes} min",
            [r.share_walk_ins_within_first_conversation or 0.0 for r in v.rows],
        ),
        Bars(
            f"Everyone seen in {t.seen_within_minutes} min",
            [r.share_within_target or 0.0 for r in v.rows],
        ),
    ]
    title = f"Seen in time: {v.where}" + v.none("tickets", "no tickets")
    target = f"Target: {percent(t.seen_within_share)} seen in {t.seen_within_minutes} min"
    return share_chart(title, v.names, bars, v.look, t.seen_within_share, target)


def _appointments(v: _View) -> QChart:
    bars = [
        Bars("Offered", [r.offered for r in v.rows]),
        Bars("Checked in", [r.checked_in for r in v.rows]),
        Bars("No-show", [r.no_show for r in v.rows]),
    ]
    title = f"Appointments: {v.where}" + v.none("offered", "none offered")
    return count_chart(title, v.names, bars, v.look)


def _outcomes(v: _View) -> QChart:
    row = v.model.table.find(v.model.site, v.model.key)
    slices = [] if row is None else [
        ("Resolved first time", row.resolved_first_contact),
        ("Signposted", row.signposted),
        ("Appointment booked", row.appointment_booked),
        ("Referred", row.referred),
        ("Case opened", row.case_opened),
    ]  # fmt: skip
    none = "" if sum(n for _, n in slices) else " (none in this period)"
    return pie_chart(f"How conversations ended: {v.where}{none}", slices, v.look)


def _forms(v: _View) -> QChart:
    bars = [
        Bars("Completed", [r.completed for r in v.rows]),
        Bars("Gave up", [r.abandoned for r in v.rows]),
    ]
    title = f"E-form sessions: {v.where}" + v.none("started", "none")
    return count_chart(title, v.names, bars, v.look)


def _give_up_pages(v: _View) -> QChart:
    most = sorted(v.rows, key=lambda r: (-r.abandoned, r.form, r.page))[:MOST_PAGES]
    most.reverse()  # drawn bottom up: the page most give up on goes on top
    pages = [f"{r.form}: {r.page}" for r in most]
    title = f"Pages where people give up on e-forms: {v.where}"
    title += "" if most else " (nobody gave up in this period)"
    bars = [Bars("Gave up", [r.abandoned for r in most])]
    return count_chart(title, pages, bars, v.look, across=True)


def _assisted(v: _View) -> QChart:
    bars = [Bars("With staff help", [r.share_assisted or 0.0 for r in v.rows])]
    title = f"Share done with staff help: {v.where}" + v.none("total", "none")
    return share_chart(title, v.names, bars, v.look)


def _satisfaction(v: _View) -> QChart:
    row = v.model.table.find(v.model.site, v.model.key)
    counts = [0] * 5 if row is None else [getattr(row, f"rated_{i}") for i in range(1, 6)]
    none = "" if sum(counts) else " (no feedback in this period)"
    return ratings_chart(f"How satisfied people were: {v.where}{none}", counts, v.look)


def _journeys(v: _View) -> QChart:
    t = v.model.targets
    bars = [Bars("Satisfied", [r.share_satisfied or 0.0 for r in v.rows])]
    title = f"Satisfied (4 or 5) after each journey: {v.where}" + v.none("responses", "none")
    target = f"Target: {percent(t.satisfied_share)} satisfied"
    return share_chart(title, v.names, bars, v.look, t.satisfied_share, target)


def _faults(v: _View) -> QChart:
    title = f"Faults: {v.where}" + v.none("count", "none")
    bars = [Bars("Times", [r.count for r in v.rows])]
    return count_chart(title, v.names, bars, v.look, across=True)


_CHARTS: dict[str, Callable[[_View], QChart]] = {
    "waits": _waits,
    "appointments": _appointments,
    "outcomes": _outcomes,
    "forms": _forms,
    "abandoned_pages": _give_up_pages,
    "assisted": _assisted,
    "satisfaction": _satisfaction,
    "satisfaction_by_journey": _journeys,
    "faults": _faults,
}
