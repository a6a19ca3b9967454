"""Noticing a way out of the kiosk: what "escaped" means, checked after every attempt.

An attempt escaped if, afterwards, the kiosk window is no longer the visible, full-screen,
active window; the application was asked to quit; a new top-level window, dialog, menu or
popup appeared; or an external URL or file was handed to the desktop to open.

``EscapeWatch`` sees each of those as it happens, not only at the end: URL handlers for
file, http(s), mailto and tel catch any ``QDesktopServices.openUrl``; an application event
filter notes every Quit event (and swallows it, so the test session survives the attempt);
and a timer closes any new dialog or menu, so a modal one that would block the test is
still recorded and put away.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

SCHEMES = ("file", "http", "https", "mailto", "tel")


class UrlCatcher(QObject):
    """Receives every URL the application asks the desktop to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        """Called by QDesktopServices.openUrl instead of the desktop's handler."""
        self.opened.append(url.toString())


class QuitCatcher(QObject):
    """An application event filter that records (and swallows) requests to quit."""

    def __init__(self) -> None:
        super().__init__()
        self.quits = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Swallow Quit events so an escape does not end the test session."""
        if event.type() == QEvent.Type.Quit:
            self.quits += 1
            return True
        return False


@dataclass
class Verdict:
    """What one attempt did; ``escaped`` if any of it happened."""

    reasons: list[str] = field(default_factory=list)

    @property
    def escaped(self) -> bool:
        return bool(self.reasons)


def covers_the_screen(window: QWidget) -> bool:
    """Full screen as the window system sees it: the platform window's state, and the whole
    screen covered. (QWidget's own flag is dropped when a page's minimum size outgrows a
    small screen, such as the 800x800 offscreen test screen, though nothing shows behind.)"""
    handle: QWindow | None = window.windowHandle()
    if handle is None:
        return False
    screen = QGuiApplication.primaryScreen()
    full = handle.visibility() == QWindow.Visibility.FullScreen
    return full and window.frameGeometry().contains(screen.geometry())


class EscapeWatch:
    """Watches the kiosk window while attempts are made; ``verdict`` after each one."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.app = app
        self.urls = UrlCatcher()
        for scheme in SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self.urls, "open")  # type: ignore[arg-type]
        self.quit = QuitCatcher()
        app.installEventFilter(self.quit)
        self.closed_windows: list[str] = []
        self._known = self._top_levels()
        self._sweeper = QTimer()
        self._sweeper.setInterval(20)
        self._sweeper.timeout.connect(self._close_strangers)
        self._sweeper.start()

    def stop(self) -> None:
        """Give the URL schemes back to the desktop and stop watching."""
        self._sweeper.stop()
        self.app.removeEventFilter(self.quit)
        for scheme in SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)

    def _top_levels(self) -> set[int]:
        return {id(w) for w in self.app.topLevelWidgets() if w.isVisible()}

    def strangers(self) -> list[QWidget]:
        """Visible windows, dialogs, menus and popups that were not there at the start."""
        seen = [w for w in self.app.topLevelWidgets() if w.isVisible() and id(w) not in self._known]
        for extra in (self.app.activePopupWidget(), self.app.activeModalWidget()):
            if extra is not None and extra not in seen and extra is not self.window:
                seen.append(extra)
        seen += [m for m in self.app.allWidgets() if isinstance(m, QMenu) and m.isVisible()]
        return list(dict.fromkeys(seen))

    def _close_strangers(self) -> None:
        for widget in self.strangers():
            self.closed_windows.append(f"{type(widget).__name__} {widget.objectName()!r}")
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()

    def verdict(self) -> Verdict:
        """Did anything since the last verdict get the resident out of the kiosk?"""
        self._close_strangers()
        found = Verdict()
        window = self.window
        if not window.isVisible():
            found.reasons.append("the kiosk window was hidden or closed")
        if not covers_the_screen(window):
            found.reasons.append("the kiosk window left full screen")
        if QGuiApplication.focusWindow() is not window.windowHandle():
            found.reasons.append("another window took the focus")
        if self.quit.quits:
            found.reasons.append(f"the application was asked to quit ({self.quit.quits}x)")
        if self.closed_windows:
            found.reasons.append(f"a new window appeared: {', '.join(self.closed_windows)}")
        if self.urls.opened:
            found.reasons.append(f"a URL was opened: {', '.join(self.urls.opened)}")
        self.quit.quits = 0
        self.closed_windows.clear()
        self.urls.opened.clear()
        return found
