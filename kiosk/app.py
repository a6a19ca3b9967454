"""Starting the kiosk role: the Qt application and the kiosk window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from core.kiosk_services import KioskServices
from kiosk.shell import KioskWindow
from ui.on_screen_keyboard import hide_keyboard_on_quit


def build_kiosk(services: KioskServices, app: QApplication) -> KioskWindow:
    """Create the kiosk window for a set of services (tests call this directly)."""
    return KioskWindow(services, app)


def run_kiosk(
    services: KioskServices, fullscreen: bool, update_waiting: Callable[[], bool] | None = None
) -> int:
    """Show the kiosk and run until staff leave kiosk mode; returns the exit status.

    ``update_waiting``: says a new catalogue or settings version is staged; the kiosk then
    ends its loop with ``RESTART_FOR_UPDATE`` once nobody is using it (content_restart.py).
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("civic-kiosk")
    app.setQuitOnLastWindowClosed(True)
    hide_keyboard_on_quit(app)
    window = build_kiosk(services, app)
    if services.has_site and os.environ.get("CIVIC_KIOSK_AUTOMATION"):
        from ui.automation import start_automation  # tests only; QtNetwork costs start-up

        def probe() -> object:
            site = services.site
            return site.feed.summary() if site is not None else None

        start_automation(window, probe)
    if update_waiting is not None:
        from kiosk.content_restart import RestartWhenFree

        RestartWhenFree(window, update_waiting)
    if fullscreen:
        window.enter_kiosk_mode()
    else:
        window.resize(1280, 800)
        window.show()
    return app.exec()
