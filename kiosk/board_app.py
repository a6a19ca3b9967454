"""Starting the display board role: the board window, its live queue and its announcer."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.config import TerminalConfig
from core.site_services import SiteServices
from kiosk.board import DisplayBoard
from ui.announcer import Announcer, sound_chime, start_engine
from ui.queue_watch import QueueWatch
from ui.theme import Look, apply_theme


def build_board(
    site: SiteServices, config: TerminalConfig, speech_engine: str | None
) -> DisplayBoard:
    """The board for a site, following its queue (tests call this directly).

    Starting a speech engine takes a moment (about two seconds for speechd); the board starts
    it here, before it is first shown, so no call waits for it later.
    """
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, Look.from_theme(config.theme), "en")
    watch = QueueWatch(site.feed)
    announcer = Announcer(None)
    engine = start_engine(speech_engine, announcer) if config.board_announce else None
    chime = sound_chime(announcer) if config.board_chime else None
    announcer.use(engine, chime)
    return DisplayBoard(site, config, watch, announcer)


def run_board(
    site: SiteServices,
    config: TerminalConfig,
    speech_engine: str | None,
    fullscreen: bool,
    on_watch: Callable[[QueueWatch], None] | None = None,
) -> int:
    """Show the board and run until the window closes; returns the exit status.

    ``on_watch`` is given the board's queue watch, so site replication can call its
    ``notify`` the moment a peer's events are stored.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("civic-kiosk")
    app.setQuitOnLastWindowClosed(True)
    board = build_board(site, config, speech_engine)
    if on_watch is not None:
        on_watch(board.watch)
    if fullscreen:
        board.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        board.setCursor(Qt.CursorShape.BlankCursor)
        board.showFullScreen()
    else:
        board.resize(1280, 720)
        board.show()
    status = app.exec()
    board.watch.stop()
    return status
