"""Any dashboard table as a Qt table model, in words and numbers a manager reads at a glance.

Every ``core.dashboard_figures`` table has the same shape (site, a key, figures), so one
model serves them all: which columns to show and what to call them is listed per table
below. The CSV export keeps every column; the screen shows the ones people act on.

Shares read "87%", minutes have one decimal, and "–" stands for no figure (nobody to judge
yet). Sorting uses the numbers themselves (``SORT_ROLE``), not their text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from core.dashboard_figures import ALL, NO_SERVICE, Table, Targets

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
NONE_TEXT = "–"
# Worked out once: a view asks for every cell's alignment on every repaint.
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
        SORT_ROLE,
    }
)
_Index = QModelIndex | QPersistentModelIndex


class Kind(Enum):
    """How a column's values are written."""

    TEXT = auto()
    COUNT = auto()
    SHARE = auto()
    MINUTES = auto()
    RATING = auto()
    YES_NO = auto()


@dataclass(frozen=True, slots=True)
class Column:
    """One column on screen: the row's field, its heading, and how to write its values."""

    field: str
    header: str
    kind: Kind


# What each table is called on its tab, in the order the dashboard shows them.
TABLE_TITLES = {
    "waits": "Waits",
    "appointments": "Appointments",
    "outcomes": "First contact",
    "forms": "E-forms",
    "abandoned_pages": "Give-up pages",
    "assisted": "Assisted",
    "satisfaction": "Satisfaction",
    "satisfaction_by_journey": "By journey",
    "help": "Help requests",
    "faults": "Faults",
}
# The second key's heading, and what its total row is called.
_KEYS = {
    "service": ("Service", "All services"),
    "form": ("E-form", "All e-forms"),
    "kind": ("What", "All together"),
    "journey": ("Journey", "All journeys"),
    "screen": ("Kiosk screen", "All screens"),
    "fault": ("Fault", "All faults"),
}
JOURNEY_NAMES = {
    "ticket": "Queue ticket",
    "checkin": "Appointment check-in",
    "form": "E-form",
    "documents": "Sending documents",
    "visitor": "Visitor sign-in",
    "feedback": "Give feedback",
}
ASSISTED_NAMES = {
    "submissions": "Forms sent",
    "documents": "Documents sent",
    "form sessions": "E-form sessions",
}
FAULT_NAMES = {
    "printer paper_out": "Printer out of paper",
    "printer offline": "Printer offline",
    "printer job_stuck": "Printer job stuck",
    "printer server_down": "Print server down",
    "printer error": "Printer error",
    "journal quarantined": "Journal damaged and set aside",
    # Central sync, one per run of failures (core/sync_faults.py), by the kind of problem.
    "sync unreachable": "Case service unreachable",
    "sync refused": "Case service refused this terminal",
    "sync bad answer": "Case service answered wrongly",
    "sync server error": "Case service had a problem",
    "sync rejected": "Case service rejected what was sent",
    "sync this terminal": "Sync could not read this terminal's records",
}


def percent(share: float) -> str:
    """A share from 0 to 1 as people write it: ``0.8666`` is "87%"."""
    return f"{int(share * 100 + 0.5)}%"


def columns_for(name: str, axis: str, targets: Targets) -> list[Column]:
    """The columns a table shows on screen, with headings in plain English."""
    key, _ = _KEYS.get(axis, (axis.capitalize(), "All"))
    ten, thirty = targets.first_conversation_minutes, targets.seen_within_minutes
    head = [Column("site", "Site", Kind.TEXT), Column(axis, key, Kind.TEXT)]
    c, n, s, m = Kind.COUNT, Kind.SHARE, Kind.MINUTES, Kind.YES_NO
    rest: dict[str, list[tuple[str, str, Kind]]] = {
        "waits": [
            ("tickets", "Tickets", c),
            ("share_walk_ins_within_first_conversation", f"Walk-ins seen in {ten} min", n),
            ("share_within_target", f"All seen in {thirty} min", n),
            ("meets_target", f"Target {percent(targets.seen_within_share)} met", m),
            ("mean_wait", "Average wait (min)", s),
            ("p90_wait", "9 in 10 waited at most (min)", s),
            ("mean_serve", "Average serve (min)", s),
            ("p90_serve", "9 in 10 served in (min)", s),
            ("not_called", "Not called", c),
            ("walked_away", "Walked away", c),
        ],
        "appointments": [
            ("offered", "Offered", c),
            ("checked_in", "Checked in", c),
            ("late", "Late", c),
            ("no_show", "No-show", c),
            ("due", "Still due", c),
            ("share_attended", "Attended", n),
        ],
        "outcomes": [
            ("completed", "Conversations", c),
            ("resolved_first_contact", "Resolved first time", c),
            ("signposted", "Signposted", c),
            ("appointment_booked", "Appointment booked", c),
            ("referred", "Referred", c),
            ("case_opened", "Case opened", c),
            ("share_resolved_first_contact", "Share resolved", n),
            ("meets_target", f"Target {percent(targets.first_contact_share)} met", m),
        ],
        "forms": [
            ("started", "Started", c),
            ("completed", "Completed", c),
            ("abandoned", "Gave up", c),
            ("share_completed", "Share completed", n),
            ("assisted", "With staff help", c),
            ("routed", "Sent elsewhere", c),
            ("gave_up_most_on", "Most gave up on page", Kind.TEXT),
            ("gave_up_there", "Gave up there", c),
        ],
        "abandoned_pages": [("page", "Page", Kind.TEXT), ("abandoned", "Gave up here", c)],
        "assisted": [
            ("assisted", "With staff help", c),
            ("total", "All", c),
            ("share_assisted", "Share with help", n),
        ],
        "satisfaction": _rating_columns(targets),
        "satisfaction_by_journey": _rating_columns(targets),
        "help": [
            ("requests", "Requests", c),
            ("answered", "Answered", c),
            ("mean_minutes_to_answer", "Average time to answer (min)", s),
        ],
        "faults": [("count", "Times", c)],
    }
    return head + [Column(f, h, k) for f, h, k in rest.get(name, [])]


def _rating_columns(targets: Targets) -> list[tuple[str, str, Kind]]:
    return [
        ("responses", "Responses", Kind.COUNT),
        ("mean_rating", "Average rating (1 to 5)", Kind.RATING),
        ("satisfied", "Satisfied (4 or 5)", Kind.COUNT),
        ("share_satisfied", "Share satisfied", Kind.SHARE),
        ("meets_target", f"Target {percent(targets.satisfied_share)} met", Kind.YES_NO),
    ]


def written(value: object, kind: Kind) -> str:
    """A value as the dashboard shows it."""
    if value is None:
        return NONE_TEXT
    if kind is Kind.YES_NO:
        return "Yes" if value else "No"
    if kind is Kind.SHARE and isinstance(value, float | int):
        return percent(float(value))
    if kind in (Kind.MINUTES, Kind.RATING) and isinstance(value, float | int):
        return f"{value:.1f}"
    if kind is Kind.COUNT and isinstance(value, int):
        return f"{value:,}"
    return str(value)


def visible_rows(table: Table[Any], site: str = ALL, key: str = ALL) -> list[Any]:
    """The rows for a site filter and a key filter (a service, say).

    With no key chosen: the site's total and its row per key (for all sites: the grand
    total and each key's total across sites). With a key chosen: that key at each site,
    or at the one site chosen.
    """
    axis = table.axis
    if key == ALL:
        return [r for r in table.rows if r.site == site]
    chosen = [r for r in table.rows if getattr(r, axis) == key and site in (ALL, r.site)]
    return sorted(chosen, key=lambda r: r.site != ALL)  # the total across sites first


class DashboardTableModel(QAbstractTableModel):
    """One dashboard table, filtered to a site and (where it has services) a service.

    Attributes:
        table: the table shown (replaced by ``show`` when new figures arrive).
        columns: the columns on screen.
        names: plain names for codes (service codes to their titles, site ids to names).
    """

    def __init__(
        self,
        table: Table[Any],
        targets: Targets,
        names: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.targets = targets
        self.names = dict(names or {})
        self.columns = columns_for(table.name, table.axis, targets)
        self.site, self.key = ALL, ALL
        self._rows: list[Any] = visible_rows(table)

    def show(
        self, table: Table[Any], site: str = ALL, key: str = ALL, targets: Targets | None = None
    ) -> None:
        """Show new figures, or the same ones for another site or service."""
        self.beginResetModel()
        self.table, self.site, self.key = table, site, key
        if targets is not None and targets != self.targets:
            self.targets = targets
            self.columns = columns_for(table.name, table.axis, targets)
        self._rows = visible_rows(table, site, key if table.axis == "service" else ALL)
        self.endResetModel()

    def rows(self) -> Sequence[Any]:
        """The table rows on screen, in the table's order."""
        return tuple(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Rows on screen (none under any item: it is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Columns on screen."""
        return 0 if parent.isValid() else len(self.columns)

    def name_of(self, column: Column, value: object) -> str:
        """A site, service, journey, kind or fault in plain words."""
        text = str(value)
        if text == ALL:
            return (
                "All sites" if column.field == "site" else _KEYS.get(column.field, ("", "All"))[1]
            )
        if column.field == "service" and text == NO_SERVICE:
            return "No service named"
        plain = {"journey": JOURNEY_NAMES, "kind": ASSISTED_NAMES, "fault": FAULT_NAMES}
        return self.names.get(text) or plain.get(column.field, {}).get(text) or text

    def text(self, row: int, field: str) -> str:
        """What the cell in a row and a named column shows (tests read cells this way)."""
        column = next(c for c in self.columns if c.field == field)
        return self._written(self._rows[row], column)

    def _written(self, row: Any, column: Column) -> str:
        value = getattr(row, column.field)
        if column.field in ("site", self.table.axis):
            return self.name_of(column, value)
        if column.field == "gave_up_most_on" and not value:
            return NONE_TEXT
        return written(value, column.kind)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text, its number for sorting, and its alignment."""
        if not index.isValid() or role not in _ROLES:
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows) and 0 <= c < len(self.columns)):
            return None
        row, column = self._rows[r], self.columns[c]
        if role == SORT_ROLE and column.kind is not Kind.TEXT:
            value = getattr(row, column.field)
            return -1.0 if value is None else float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column.kind is Kind.TEXT else _RIGHT
        return self._written(row, column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column headings in plain English; rows are not numbered."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[section].header
        return None


def sortable(model: DashboardTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """A proxy that sorts the model by a column's numbers when staff tap its heading.

    Its ``parent`` (the page showing it) owns it; never the model, which may go first."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
