"""The display board in the waiting area: who is called to which desk, and how many wait.

The board shows ticket numbers, desk names and waiting counts only — never a name, a company,
an appointment reference or whether a ticket is a priority one. It follows the site queue live
(``QueueWatch``) and hands each new call to the announcer, whose text it shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.board import BoardState, board_state
from core.config import TerminalConfig
from core.site_queue import Call
from core.site_services import SiteServices
from ui.announcer import Announcement, Announcer
from ui.queue_watch import QueueWatch
from ui.theme import Look, palette_for
from ui.widgets import label

ARROW = "→"
MOST_CALLS_SHOWN = 5


def board_stylesheet(look: Look) -> str:
    """The board's own sizes and colours, laid over the application's stylesheet."""
    p = palette_for(look)
    return f"""
QFrame#boardTopBar {{ background: {p.banner}; }}
QFrame#boardTopBar QLabel {{ background: {p.banner}; color: {p.banner_text};
    font-size: 44px; font-weight: bold; padding: 8px 24px; }}
QLabel[role="board-heading"] {{ font-size: 40px; font-weight: bold; color: {p.secondary}; }}
QFrame[role="board-call"] {{ background: {p.tile}; border: 3px solid {p.tile_border};
    border-radius: 10px; }}
QFrame[role="board-call"] QLabel {{ background: transparent; font-size: 96px;
    font-weight: bold; padding: 4px 24px; }}
QFrame[role="board-call"][highlight="true"] {{ background: {p.focus}; border-color: {p.text}; }}
QFrame[role="board-call"][highlight="true"] QLabel {{ color: #0b0c0c; }}
QLabel[role="board-recent"] {{ font-size: 40px; padding: 2px 8px; }}
QLabel[role="board-letter"] {{ background: {p.text}; color: {p.page}; font-size: 34px;
    font-weight: bold; min-width: 56px; qproperty-alignment: AlignCenter; border-radius: 6px; }}
QLabel[role="board-service"] {{ font-size: 30px; }}
QLabel[role="board-count"] {{ font-size: 44px; font-weight: bold; }}
QFrame#boardAnnouncementPanel {{ border-top: 3px solid {p.tile_border}; }}
QLabel#boardAnnouncement {{ font-size: 48px; font-weight: bold; }}
QLabel#boardAnnouncementEnglish {{ font-size: 32px; color: {p.secondary}; }}
"""


def line(name: str, role: str, parent: QWidget) -> QLabel:
    """A one-line label: numbers and desk names never wrap."""
    made = label(name, role, parent)
    made.setWordWrap(False)
    return made


class CallRow(QFrame):
    """One current call, large: number, arrow, desk."""

    def __init__(self, index: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"boardCall_{index}")
        self.setProperty("role", "board-call")
        self.setProperty("highlight", "false")
        self.number = line(f"boardCallNumber_{index}", "", self)
        self.arrow = line(f"boardCallArrow_{index}", "", self)
        self.arrow.setText(ARROW)
        self.desk = line(f"boardCallDesk_{index}", "", self)
        self.desk.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout(self)
        row.addWidget(self.number)
        row.addWidget(self.arrow)
        row.addWidget(self.desk, 1)

    def show_call(self, call: Call, highlight: bool) -> None:
        """Show a call, highlighted or not."""
        self.number.setText(call.number)
        self.desk.setText(call.desk_name)
        self.setAccessibleName(f"{call.number} {ARROW} {call.desk_name}")
        if self.property("highlight") != ("true" if highlight else "false"):
            self.setProperty("highlight", "true" if highlight else "false")
            self.style().unpolish(self)
            self.style().polish(self)
            for part in (self.number, self.arrow, self.desk):
                part.style().unpolish(part)
                part.style().polish(part)


class DisplayBoard(QWidget):
    """The full-screen board for a site's waiting area.

    Attributes:
        watch: the live queue this board follows.
        announcer: chimes and speaks each new call; the board shows its text.
        highlight_ms: how long the newest call stays highlighted.
    """

    def __init__(
        self,
        site: SiteServices,
        config: TerminalConfig,
        watch: QueueWatch,
        announcer: Announcer,
        highlight_ms: int = 8000,
        announce_after_ms: int | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("boardScreen")
        self.setStyleSheet(board_stylesheet(Look.from_theme(config.theme)))
        self.site = site
        self.config = config
        self.watch = watch
        self.announcer = announcer
        watch.setParent(self)
        announcer.setParent(self)
        self._highlighted: str | None = None
        site.feed.refresh()
        # Earlier calls: no replay. After a restart onto a new catalogue, calls made while
        # the board was away (after ``announce_after_ms``) are still news, and announced.
        self._seen = {
            call.key
            for call in site.feed.queue.calls
            if announce_after_ms is None or call.wall_ms <= announce_after_ms
        }
        self._highlight = QTimer(self)
        self._highlight.setSingleShot(True)
        self._highlight.timeout.connect(self._end_highlight)
        self.highlight_ms = highlight_ms
        self._build()
        self.retranslate()
        watch.changed.connect(self.refresh)
        announcer.started.connect(self._show_announcement)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self.refresh()

    @property
    def highlight_ms(self) -> int:
        """How long the newest call stays highlighted, in milliseconds."""
        return self._highlight.interval()

    @highlight_ms.setter
    def highlight_ms(self, value: int) -> None:
        self._highlight.setInterval(value)

    @property
    def calls_taken_up_to_ms(self) -> int:
        """When the newest call this board has taken in was made (announced, or known at
        start); 0 before any. A board restarting passes it on as ``announce_after_ms``."""
        seen = (c.wall_ms for c in self.site.feed.queue.calls if c.key in self._seen)
        return max(seen, default=0)

    @property
    def highlighted(self) -> str | None:
        """The number of the call highlighted now, if any."""
        for call in self._state.current:
            if call.key == self._highlighted:
                return call.number
        return None

    def _build(self) -> None:
        top = QFrame(self)
        top.setObjectName("boardTopBar")
        self.site_name = line("boardSiteName", "", top)
        self.site_name.setText(self.config.site_name)
        self.clock = line("boardClock", "", top)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        top_row = QHBoxLayout(top)
        top_row.addWidget(self.site_name, 1)
        top_row.addWidget(self.clock)

        self.now_heading = line("boardNowHeading", "board-heading", self)
        self.nobody = label("boardNobodyCalled", "board-recent", self)
        self.call_rows = [CallRow(i, self) for i in range(MOST_CALLS_SHOWN)]
        now = QVBoxLayout()
        now.setSpacing(16)
        now.addWidget(self.now_heading)
        now.addWidget(self.nobody)
        for row in self.call_rows:
            now.addWidget(row)
        now.addStretch(1)
        panel = QFrame(self)
        panel.setObjectName("boardAnnouncementPanel")
        self.announcement = label("boardAnnouncement", "", panel)
        self.announcement_english = label("boardAnnouncementEnglish", "", panel)
        for part in (self.announcement, self.announcement_english):
            part.setAlignment(Qt.AlignmentFlag.AlignCenter)
        panel_column = QVBoxLayout(panel)
        panel_column.addWidget(self.announcement)
        panel_column.addWidget(self.announcement_english)
        now.addWidget(panel)

        self.recent_heading = line("boardRecentHeading", "board-heading", self)
        self.recent_rows = [
            line(f"boardRecent_{i}", "board-recent", self)
            for i in range(self.config.board_recent_calls)
        ]
        self.waiting_heading = line("boardWaitingHeading", "board-heading", self)
        side = QVBoxLayout()
        side.setSpacing(4)
        side.addWidget(self.recent_heading)
        for recent in self.recent_rows:
            side.addWidget(recent)
        side.addSpacing(32)
        side.addWidget(self.waiting_heading)
        self.waiting_rows: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(14)
        for i, (code, letter) in enumerate(self.site.letters()):
            badge = line(f"boardLetter_{code}", "board-letter", self)
            badge.setText(letter)
            name = label(f"boardService_{code}", "board-service", self)
            name.setText(self.site.catalogue.service(code).title("en"))
            count = line(f"boardWaiting_{code}", "board-count", self)
            count.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.waiting_rows[code] = count
            grid.addWidget(badge, i, 0)
            grid.addWidget(name, i, 1)
            grid.addWidget(count, i, 2)
        grid.setColumnStretch(1, 1)
        side.addLayout(grid)
        side.addStretch(1)

        body = QHBoxLayout()
        body.setContentsMargins(32, 24, 32, 24)
        body.setSpacing(48)
        body.addLayout(now, 3)
        body.addLayout(side, 2)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(top)
        page.addLayout(body, 1)

    def retranslate(self) -> None:
        """Set the board's own words (its calls are announced in each resident's language)."""
        self.now_heading.setText(self.tr("Now calling"))
        self.nobody.setText(self.tr("Please wait for your number to be called."))
        self.recent_heading.setText(self.tr("Called recently"))
        self.waiting_heading.setText(self.tr("Waiting"))
        self._tick()

    def refresh(self) -> None:
        """Show the queue as it is now; announce and highlight calls not seen before."""
        queue = self.site.feed.queue
        state = board_state(queue, self.site.letters(), self.config.board_recent_calls)
        current = {c.key for c in state.current}
        fresh = [c for c in queue.calls if c.key not in self._seen]
        self._seen.update(c.key for c in fresh)
        # A call already answered or lost to another desk by the time it arrives is not news.
        for call in (c for c in fresh if c.key in current):
            self.announcer.announce(call)
            self._highlighted = call.key
            self._highlight.start()
        self._render(state)

    def _render(self, state: BoardState) -> None:
        shown = state.current[:MOST_CALLS_SHOWN]
        for row, call in zip(self.call_rows, shown, strict=False):
            row.show_call(call, call.key == self._highlighted)
        for i, row in enumerate(self.call_rows):
            row.setVisible(i < len(shown))
        self.nobody.setVisible(not shown)
        for i, text_row in enumerate(self.recent_rows):
            earlier = state.recent[i] if i < len(state.recent) else None
            text_row.setText(f"{earlier.number}  {ARROW}  {earlier.desk_name}" if earlier else "")
            text_row.setVisible(earlier is not None)
        for count in state.waiting:
            self.waiting_rows[count.service].setText(str(count.waiting))
        self._state = state

    def _end_highlight(self) -> None:
        self._highlighted = None
        self._render(self._state)

    def _show_announcement(self, announcement: Announcement) -> None:
        self.announcement.setText(announcement.text)
        other = announcement.english if announcement.english != announcement.text else ""
        self.announcement_english.setText(other)
        self.announcement_english.setVisible(bool(other))

    def _tick(self) -> None:
        self.clock.setText(self.site.calendar.clock_text(self.site.feed.now_ms()))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop following the queue when the board closes."""
        self.watch.stop()
        self._clock.stop()
        super().closeEvent(event)
