"""Starting the display board role: the board window, its live queue and its announcer."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.config import TerminalConfig
from core.site_services import SiteServices
from kiosk.board import DisplayBoard
from kiosk.board_restart import RestartWhenBoardQuiet, hand_over, taken_over
from ui.announcer import Announcer, sound_chime, start_engine
from ui.content_restart import RESTART_FOR_UPDATE
from ui.queue_watch import QueueWatch
from ui.theme import Look, apply_theme


def build_board(
    site: SiteServices,
    config: TerminalConfig,
    speech_engine: str | None,
    announce_after_ms: int | None = None,
) -> DisplayBoard:
    """The board for a site, following its queue (tests call this directly).

    Starting a speech engine takes a moment (about two seconds for speechd); the board starts
    it here, before it is first shown, so no call waits for it later. ``announce_after_ms``:
    calls made after this are announced though they were made before the board started (a
    board restarting onto a new catalogue, kiosk/board_restart.py).
    """
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, Look.from_theme(config.theme), "en")
    watch = QueueWatch(site.feed)
    announcer = Announcer(None)
    engine = start_engine(speech_engine, announcer) if config.board_announce else None
    chime = sound_chime(announcer) if config.board_chime else None
    announcer.use(engine, chime)
    return DisplayBoard(site, config, watch, announcer, announce_after_ms=announce_after_ms)


def run_board(
    site: SiteServices,
    config: TerminalConfig,
    speech_engine: str | None,
    fullscreen: bool,
    on_watch: Callable[[QueueWatch], None] | None = None,
    update_waiting: Callable[[], bool] | None = None,
) -> int:
    """Show the board and run until the window closes; returns the exit status.

    ``on_watch`` is given the board's queue watch, so site replication can call its
    ``notify`` the moment a peer's events are stored. ``update_waiting`` says a new catalogue
    or settings version is staged; the board then ends its loop with ``RESTART_FOR_UPDATE``
    once no call has been made for a few seconds (kiosk/board_restart.py).
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("civic-kiosk")
    app.setQuitOnLastWindowClosed(True)
    board = build_board(site, config, speech_engine, taken_over())
    if on_watch is not None:
        on_watch(board.watch)
    if update_waiting is not None:
        RestartWhenBoardQuiet(board, update_waiting)
    if fullscreen:
        board.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        board.setCursor(Qt.CursorShape.BlankCursor)
        board.showFullScreen()
    else:
        board.resize(1280, 720)
        board.show()
    status = app.exec()
    board.watch.stop()
    if status == RESTART_FOR_UPDATE:
        hand_over(board)  # calls made while it restarts are announced when it is back
    return status
