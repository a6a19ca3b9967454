"""One tab of the service dashboard: a table's chart, the table itself and its Export button.

Headings wrap, and the heading row grows to fit them whatever the column widths, so no
heading is ever cut short. A tab's chart is drawn when the tab is shown, so new figures
redraw one chart rather than every tab's.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assisted.dashboard_charts import UNCHARTED, ChartPanel, table_chart
from assisted.dashboard_models import TABLE_TITLES, DashboardTableModel, sortable
from ui.theme import Look, palette_for
from ui.widgets import button, label

HEADING_PADDING = 16  # the heading's padding and border, both sides
NOTES = {
    "appointments": "Appointments offered come from this site's own lists: other sites' "
    "lists are not kept on this terminal, so their offered and no-show figures are 0.",
    "faults": "Problems sending to the case service are not recorded in the journal, so "
    "they are not counted here. The desk's status line shows how sending is going.",
    "forms": "A session is counted when it ends, completed or given up.",
}


class TablePage(QWidget):
    """One tab: a table's chart (if it has one), the table, and its Export CSV button."""

    def __init__(self, name: str, model: DashboardTableModel) -> None:
        super().__init__()
        self.setObjectName(f"page_{name}")
        self.name, self.model = name, model
        # New figures are drawn when the tab is shown, so a refresh draws one chart, not nine.
        self.stale = True
        self.chart = None if name in UNCHARTED else ChartPanel(f"chart_{name}")
        self.view = QTableView()
        self.view.setObjectName(f"table_{name}")
        self.view.setAccessibleName(f"{TABLE_TITLES[name]} table")
        self.view.setModel(sortable(model, self))
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._widths: dict[int, int] = {}
        header.sectionResized.connect(self._section_resized)
        self.export = button(f"export_{name}", "primary")
        self.export.setText("Export CSV")
        self.export.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.export.setEnabled(False)
        self.note = label(f"note_{name}", "secondary")
        self.note.setText(NOTES.get(name, ""))
        self.note.setVisible(name in NOTES)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        if self.chart is not None:
            layout.addWidget(self.chart, 1)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addStretch(0 if name in NOTES else 1)
        bottom.addWidget(self.export)
        layout.addLayout(bottom)

    def redraw(self, look: Look) -> None:
        """Redraw the chart for what the table shows now, and fit the key columns."""
        self.stale = False
        if self.chart is not None:
            self.chart.show_chart(table_chart(self.model, look))
        header = self.view.horizontalHeader()
        for column in range(min(2, self.model.columnCount())):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._widths.clear()  # new figures: the widths are the header's own again
        self._fit_headings()

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        # While the view stretches its columns, sectionSize still answers the old widths.
        self._widths[column] = new
        self._fit_headings()

    def _fit_headings(self) -> None:
        """Make the heading row tall enough for every wrapped heading, whatever the widths."""
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        tallest = metrics.height()
        for column in range(self.model.columnCount()):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            size = self._widths.get(column, header.sectionSize(column))
            width = max(size - HEADING_PADDING, 1)
            box = metrics.boundingRect(QRect(0, 0, width, 1000), Qt.TextFlag.TextWordWrap, text)
            tallest = max(tallest, box.height())
        header.setFixedHeight(tallest + HEADING_PADDING)


def table_style(look: Look) -> str:
    """Tables in the look's colours: striped rows stay readable in high contrast too."""
    p = palette_for(look)
    return f"""
QTableView {{ alternate-background-color: {p.tile}; gridline-color: {p.tile_border};
    selection-background-color: {p.primary}; selection-color: {p.primary_text}; }}
QHeaderView::section {{ background: {p.tile}; color: {p.text};
    border: 1px solid {p.tile_border}; padding: 4px; }}
QTabBar::tab {{ min-height: 48px; padding: 4px 16px; }}
QTabBar::tab:selected {{ background: {p.primary}; color: {p.primary_text}; }}
"""
