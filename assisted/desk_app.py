"""Starting the desk role: the Qt application and the reception desk window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from assisted.dashboard_window import DashboardWindow
from assisted.desk_content import RestartWhenDeskFree
from assisted.desk_window import TICK_MS, DeskWindow
from core.config import TerminalConfig
from core.desk_service import DeskIdentity, DeskService
from core.ports import StorageUnavailable
from core.site_services import SiteServices
from core.staff_door import StaffDoor, StaffDoorListener
from core.staff_permissions import StaffPermissions
from ui.content_restart import RESTART_FOR_UPDATE
from ui.queue_watch import QueueWatch

log = logging.getLogger(__name__)


def desk_identity(config: TerminalConfig, site: SiteServices) -> DeskIdentity:
    """This desk's id, board name and skills (every service when the config names none)."""
    services = config.desk_services or tuple(s.code for s in site.catalogue.services)
    return DeskIdentity(config.terminal_id, config.desk_name, services)


def build_desk(
    site: SiteServices, desk: DeskService, config: TerminalConfig, tick_ms: int = TICK_MS
) -> QWidget:
    """Create the desk window (tests call this directly); it opens the desk for the day."""
    return DeskWindow(site, desk, config, tick_ms)


def run_desk(
    site: SiteServices,
    desk: DeskService,
    config: TerminalConfig,
    on_watch: Callable[[QueueWatch], None] | None = None,
    make_door: Callable[[StaffDoorListener], StaffDoor] | None = None,
    permissions: StaffPermissions | None = None,
    dashboard: Callable[[], DashboardWindow] | None = None,
    update_waiting: Callable[[], bool] | None = None,
) -> int:
    """Show the desk maximised and run until staff close it; returns the exit status.

    ``make_door`` gives staff card sign-in at the desk; ``dashboard`` makes the service
    dashboard a signed-in manager may open. ``update_waiting`` says a new catalogue or
    settings version is staged; the desk then ends its loop with ``RESTART_FOR_UPDATE`` once
    nobody is signed in and it has been left alone a while (desk_content.py).
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("civic-kiosk")
    window = DeskWindow(site, desk, config, TICK_MS, make_door, permissions, dashboard)
    if on_watch is not None:
        on_watch(window.watch)
    if update_waiting is not None:
        RestartWhenDeskFree(window, update_waiting)
    window.showMaximized()
    status = 1
    try:
        status = app.exec()
        return status
    finally:
        window.watch.stop()
        window.staff.stop()
        # Restarting onto a new version is not closing: the site goes on counting this desk.
        if status != RESTART_FOR_UPDATE:
            try:
                desk.close()  # the event loop has ended, so this save blocks no one
            except StorageUnavailable as exc:
                log.error("could not record the desk closing: %s", exc.detail)
