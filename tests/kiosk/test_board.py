"""The display board: live calls from other terminals, announcements, and nothing personal."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from core.desk_service import DeskAction, DeskIdentity, DeskService
from core.site_queue import Outcome
from kiosk.board import DisplayBoard
from kiosk.board_app import build_board
from tests.conftest import ROOT
from tests.kiosk.conftest import SCREEN
from tests.site_terminal import Terminal, Wall, open_terminal

OUT = ROOT / "build" / "screens"


@dataclasses.dataclass
class Site:
    """A kiosk, two desks and the board, each with its own journal, sharing one clock."""

    kiosk: Terminal
    desk3: Terminal
    desk4: Terminal
    board: Terminal
    wall: Wall
    qtbot: QtBot
    boards: list[DisplayBoard] = dataclasses.field(default_factory=list)

    def desk(self, terminal: Terminal, name: str) -> DeskService:
        """The desk service a member of staff at that terminal uses, opened."""
        codes = tuple(s.code for s in terminal.site.catalogue.services)
        desk = DeskService(
            terminal.journal,
            terminal.site.tickets,
            DeskIdentity(terminal.config.terminal_id, name, codes),
        )
        desk.open()
        return desk

    def replicate(self) -> None:
        """Copy every terminal's site events to every other, as site replication does."""
        everyone = (self.kiosk, self.desk3, self.desk4, self.board)
        for source in everyone:
            for target in everyone:
                if target is not source:
                    events = source.journal.site_events_after(target.journal.site_cursors())
                    target.journal.ingest_many(list(events))
        for terminal in (self.kiosk, self.desk3, self.desk4):
            terminal.site.feed.refresh()  # the board's own feed is left to its QueueWatch

    def show_board(self, engine: str | None = None, theme: str = "normal") -> DisplayBoard:
        """The board as main.py builds it, at 1080p."""
        config = dataclasses.replace(self.board.config, theme=theme)
        board = build_board(self.board.site, config, engine)
        board.announcer.gap_ms = 0  # no pause between test calls
        self.qtbot.addWidget(board)
        board.resize(*SCREEN)
        board.show()
        self.qtbot.waitExposed(board)
        self.boards.append(board)
        return board


@pytest.fixture
def site(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no sound server here: no chime
    wall = Wall()
    made = Site(
        open_terminal(tmp_path / "kiosk", "kiosk-1", 1, wall),
        open_terminal(tmp_path / "desk3", "desk-3", 3, wall),
        open_terminal(tmp_path / "desk4", "desk-4", 4, wall),
        open_terminal(tmp_path / "board", "board-1", 9, wall, extra='role = "board"'),
        wall,
        qtbot,
    )
    yield made
    for board in made.boards:
        board.close()
    for terminal in (made.kiosk, made.desk3, made.desk4, made.board):
        terminal.journal.close()


def visible_texts(board: QWidget) -> list[str]:
    """Every text on the board a person could read or a screen reader could speak."""
    texts = [board.accessibleName(), board.windowTitle()]
    for widget in board.findChildren(QWidget):
        texts.append(widget.accessibleName())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
    return [t for t in texts if t]


def shows_call(board: DisplayBoard, number: str, desk: str) -> bool:
    """True when a current-call row shows this number at this desk."""
    return any(
        row.isVisible() and row.number.text() == number and row.desk.text() == desk
        for row in board.call_rows
    )


def test_a_call_made_at_another_desk_appears_on_the_board_by_itself(site: Site) -> None:
    ticket = site.kiosk.site.tickets.take("housing", "en")
    site.kiosk.site.tickets.take("housing", "en")
    site.replicate()
    board = site.show_board()
    assert board.waiting_rows["housing"].text() == "2"
    assert board.nobody.isVisible(), "with no calls the board asks people to wait"

    desk = site.desk(site.desk3, "Desk 3")
    desk.call_next()
    site.replicate()  # the board's terminal stores the desk's events; nobody touches the board

    site.qtbot.waitUntil(lambda: shows_call(board, ticket.number, "Desk 3"), timeout=5_000)
    assert board.waiting_rows["housing"].text() == "1"
    assert board.announcement.text() == f"Number {ticket.number}, please go to Desk 3."
    assert not board.nobody.isVisible()

    desk.act(DeskAction.RECALL)
    site.replicate()
    again = f"Calling number {ticket.number} again. Please go to Desk 3."
    site.qtbot.waitUntil(lambda: board.announcement.text() == again, timeout=5_000)


def test_with_announcements_and_chime_off_calls_are_still_shown_with_their_text(
    site: Site,
) -> None:
    site.board.config = dataclasses.replace(
        site.board.config, board_announce=False, board_chime=False
    )
    ticket = site.kiosk.site.tickets.take("council-tax-benefits", "pl")
    site.replicate()
    board = site.show_board(engine="mock")
    spoken: list[str] = []
    board.announcer.spoken.connect(lambda text, _voice: spoken.append(text))
    site.desk(site.desk4, "Desk 4").call_next()
    site.replicate()
    site.qtbot.waitUntil(lambda: shows_call(board, ticket.number, "Desk 4"), timeout=5_000)
    assert board.announcement.text() == f"Numer {ticket.number}, proszę podejść do stanowiska 4."
    assert spoken == [], "announcements are switched off"


def test_the_newest_call_is_highlighted_and_then_not(site: Site) -> None:
    ticket = site.kiosk.site.tickets.take("parking", "en")
    site.replicate()
    board = site.show_board()
    board.highlight_ms = 150
    site.desk(site.desk4, "Desk 4").call_next()
    site.replicate()
    site.qtbot.waitUntil(lambda: board.highlighted == ticket.number, timeout=5_000)
    assert board.call_rows[0].property("highlight") == "true"
    site.qtbot.waitUntil(lambda: board.highlighted is None, timeout=5_000)
    assert board.call_rows[0].property("highlight") == "false"
    assert shows_call(board, ticket.number, "Desk 4"), "the call stays after its highlight"


def test_calls_made_before_the_board_started_are_shown_but_not_announced_again(
    site: Site,
) -> None:
    ticket = site.kiosk.site.tickets.take("housing", "en")
    site.replicate()
    site.desk(site.desk3, "Desk 3").call_next()
    site.replicate()
    board = site.show_board()
    assert shows_call(board, ticket.number, "Desk 3")
    assert board.announcer.current is None and board.announcer.pending == 0
    assert board.highlighted is None


def test_a_somali_call_is_spoken_in_english_and_shown_in_somali(site: Site) -> None:
    ticket = site.kiosk.site.tickets.take("housing", "so")
    site.replicate()
    board = site.show_board(engine="mock")
    spoken: list[tuple[str, str]] = []
    board.announcer.spoken.connect(lambda text, voice: spoken.append((text, voice)))
    site.desk(site.desk3, "Desk 3").call_next()
    site.replicate()
    site.qtbot.waitUntil(lambda: bool(spoken), timeout=5_000)
    letters = " ".join(ch for ch in ticket.number if ch.isalnum())
    assert spoken == [(f"Number {letters}, please go to Desk 3.", "en")]
    assert board.announcement.text() == f"Lambarka {ticket.number}, fadlan u tag Miiska 3."
    assert board.announcement_english.text() == f"Number {ticket.number}, please go to Desk 3."
    site.qtbot.waitUntil(lambda: board.announcer.current is None, timeout=20_000)


def test_the_board_shows_nothing_personal(site: Site) -> None:
    services = site.kiosk.site
    priority = services.tickets.take("housing", "bn", priority=True)
    appointment = services.check_in.by_reference("TH-9QX4R")
    checked_in = services.check_in.check_in(appointment, "pl")
    host = "s-amina-khatun"
    services.visitors.sign_in(services.feed.queue, 1, "Jo Bloggs", "Acme Widgets Ltd", host)
    walk_in = services.tickets.take("parking", "ur")
    site.replicate()
    board = site.show_board()
    desk3, desk4 = site.desk(site.desk3, "Desk 3"), site.desk(site.desk4, "Desk 4")
    called = [desk3.call(priority.number), desk4.call(checked_in.number)]
    desk3.complete(Outcome.RESOLVED)
    called.append(desk3.call(walk_in.number))
    site.replicate()
    site.qtbot.waitUntil(lambda: shows_call(board, walk_in.number, "Desk 3"), timeout=5_000)

    texts = visible_texts(board)
    for ticket in called:
        assert any(ticket.number in t for t in texts), f"{ticket.number} should be on the board"
    everything = "\n".join(texts).lower()
    for secret in ("TH-9QX4R", "Acme Widgets", "Jo Bloggs", "priority", host, "Amina"):
        assert secret.lower() not in everything, f"the board shows {secret!r}"


@pytest.mark.parametrize("theme", ["normal", "contrast"])
def test_the_board_renders_at_1080p(site: Site, theme: str) -> None:
    services = site.kiosk.site
    for service, language in [
        ("housing", "en"),
        ("council-tax-benefits", "zh_CN"),
        ("parking", "pl"),
        ("housing", "en"),
        ("registrars", "ur"),
        ("housing", "bn"),
        ("council-tax-benefits", "en"),
        ("housing", "so"),
        ("libraries", "en"),
        ("housing", "en"),
        ("general-enquiries", "en"),
        ("waste-environment", "ur"),
        ("parking", "bn"),
    ]:
        services.tickets.take(service, language)
    site.replicate()
    board = site.show_board(theme=theme)
    desk3, desk4 = site.desk(site.desk3, "Desk 3"), site.desk(site.desk4, "Desk 4")
    for _ in range(2):
        desk3.call_next()
        desk4.call_next()
        site.wall.advance(minutes=4)
        desk3.complete(Outcome.RESOLVED)
        desk4.complete(Outcome.SIGNPOSTED)
    desk4.call_next()
    site.wall.advance(minutes=1)
    language = "ur" if theme == "contrast" else "bn"
    last = next(
        t
        for t in site.desk3.site.feed.queue.tickets.values()
        if t.language == language and t.state.value == "waiting"
    )
    desk3.call(last.number)
    site.replicate()
    site.qtbot.waitUntil(lambda: shows_call(board, last.number, "Desk 3"), timeout=5_000)
    site.qtbot.waitUntil(lambda: board.announcer.current is None, timeout=5_000)
    assert last.number in board.announcement.text()

    site.qtbot.waitUntil(lambda: board.size().toTuple() == SCREEN)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / ("board.png" if theme == "normal" else f"board-{theme}.png")
    assert board.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == SCREEN
