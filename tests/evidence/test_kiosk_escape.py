"""Kiosk escape: every way out a stranger might try, on the real kiosk in kiosk mode.

The kiosk is composed as main.py composes it and put in kiosk mode (frameless, on top, full
screen). Each attempt is made through the kiosk's window as a keyboard, mouse, finger or drag
would make it, and ``EscapeWatch`` (tests/evidence/escape_watch.py) says whether it got out:
the window no longer the visible, full-screen, focused window; a quit; a new window, dialog
or menu; or a URL or file handed to the desktop. tests/kiosk/test_lockdown.py covers the
lockdown's own behaviour (the page and the words stay); this suite counts ways out.

Keys that the X server, kernel or desktop act on before an application can see them are sent
to the app too, but are reported as the OS layer's to stop (escape_ways.py says how).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QWindow
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from core.config import TerminalConfig
from evidence.figures import at_scale, record
from tests.evidence.escape_actions import (
    LINKED_FORM,
    LINKED_SERVICE,
    POINTER_WAYS,
    catalogue_with_links,
    drop_on,
    press_keys,
)
from tests.evidence.escape_watch import EscapeWatch, Verdict, covers_the_screen
from tests.evidence.escape_ways import KEY_WAYS
from tests.kiosk.conftest import KioskUnderTest, make_kiosk

pytestmark = pytest.mark.qt
SUITE = "Kiosk escape"
ESCAPES: dict[str, int] = {}  # every way tried in this run, and whether it got out


@dataclasses.dataclass
class LockedKiosk:
    kiosk: KioskUnderTest
    watch: EscapeWatch


@pytest.fixture
def locked(
    qtbot: QtBot, demo_config: TerminalConfig, data_dir: Path, tmp_path: Path
) -> Iterator[LockedKiosk]:
    """The demo kiosk, with links planted in its catalogue, in kiosk mode and watched."""
    config = dataclasses.replace(demo_config, catalogue_path=catalogue_with_links(tmp_path))
    for kiosk in make_kiosk(qtbot, config, data_dir):
        put_in_kiosk_mode(kiosk)
        watch = EscapeWatch(kiosk.window)
        try:
            yield LockedKiosk(kiosk, watch)
        finally:
            watch.stop()


def put_in_kiosk_mode(kiosk: KioskUnderTest) -> None:
    """As run_kiosk does on a kiosk: frameless, on top, full screen; then wait for it."""
    kiosk.window.enter_kiosk_mode()
    kiosk.window.activateWindow()
    kiosk.qtbot.waitUntil(lambda: covers_the_screen(kiosk.window) and in_front(kiosk))


def in_front(kiosk: KioskUnderTest) -> bool:
    return QGuiApplication.focusWindow() is kiosk.window.windowHandle()


def counted(name: str, verdict: Verdict, os_layer: str = "", how: str = "") -> str:
    """Record one way's figure and return its escape, if any, for the final assertion."""
    escaped = int(verdict.escaped)
    ESCAPES[name] = escaped
    if os_layer:
        record(
            SUITE,
            f"{name} (OS layer)",
            escaped,
            unit="escaped",
            target="0 in the app",
            met=None,
            how=f"Delivered to the app, it got nowhere; on a real kiosk {os_layer}.",
        )
    else:
        record(SUITE, name, escaped, unit="escaped", target="0", met=not escaped, how=how)
    return f"{name}: {'; '.join(verdict.reasons)}" if escaped else ""


def on_comment_page(kiosk: KioskUnderTest) -> None:
    """The feedback comment page, its box focused with words in it."""
    kiosk.window.end_visit()
    kiosk.walk_feedback("comment", service="parking", comment="the bins were missed")


def on_address_page(kiosk: KioskUnderTest) -> None:
    """A form's address page with its addresses listed."""
    kiosk.window.end_visit()
    kiosk.tap("homeTile_forms")
    kiosk.tap("formTile_report-missed-bin")
    kiosk.tap("formContinue")
    box = kiosk.find("answer_address_postcode")
    box.setFocus()
    QTest.keyClicks(box, "E1 1BU")
    kiosk.tap("answer_address_find")


def at_home(kiosk: KioskUnderTest) -> None:
    kiosk.window.end_visit()


PAGES: dict[str, Callable[[KioskUnderTest], None]] = {
    "home": at_home,
    "feedback comment": on_comment_page,
    "form address": on_address_page,
}


@pytest.mark.parametrize("way", KEY_WAYS, ids=[w.name for w in KEY_WAYS])
def test_no_key_sequence_gets_out(locked: LockedKiosk, way) -> None:  # type: ignore[no-untyped-def]
    kiosk = locked.kiosk
    on_comment_page(kiosk)
    locked.watch.verdict()  # the journey itself starts clean
    press_keys(kiosk, way)
    escape = counted(
        way.name,
        locked.watch.verdict(),
        way.os_layer,
        how="Pressed and released through the kiosk's window on a focused text box.",
    )
    assert not escape, escape
    assert kiosk.window.current.current_page == "feedback/comment"


def widgets_by_kind(kiosk: KioskUnderTest) -> dict[str, QWidget]:
    """One visible widget of each class on the page (the window included)."""
    found: dict[str, QWidget] = {}
    for widget in [kiosk.window, *kiosk.window.findChildren(QWidget)]:
        kind = type(widget).__name__
        if kind not in found and widget.isVisible() and not widget.rect().isEmpty():
            found[kind] = widget
    return found


@pytest.mark.parametrize("way", list(POINTER_WAYS))
def test_no_right_click_or_long_press_opens_a_menu(locked: LockedKiosk, way: str) -> None:
    """On every kind of widget, on three pages: no menu, no new window, nothing opened."""
    kiosk, act = locked.kiosk, POINTER_WAYS[way]
    tried: list[str] = []
    escapes: list[str] = []
    pages = list(PAGES.items())
    # A long press takes a second: under `make test` each kind of widget is held once (on
    # the first page that has one); `make evidence` holds every kind on every page.
    every_page = way == "right click" or at_scale(ci=0, full=1) == 1
    done: set[str] = set()
    for page, go in pages:
        go(kiosk)
        expected = kiosk.window.current.current_page
        locked.watch.verdict()
        for kind in widgets_by_kind(kiosk):
            if kind in done and not every_page:
                continue
            done.add(kind)
            if kiosk.window.current.current_page != expected:
                go(kiosk)  # a held button was pressed, or a tile opened its journey
                locked.watch.verdict()
            widget = widgets_by_kind(kiosk).get(kind)
            if widget is None:
                continue
            act(kiosk, widget)
            verdict = locked.watch.verdict()
            tried.append(f"{page}: {kind}")
            if verdict.escaped:
                escapes.append(f"{page} {kind}: {'; '.join(verdict.reasons)}")
    menus_swallowed = kiosk.window.lockdown.blocked
    escape = counted(
        way,
        Verdict(escapes),
        how=f"On {len(tried)} widgets, one of each kind on "
        f"{len(pages)} pages ({menus_swallowed} context menu events swallowed).",
    )
    assert not escape, escape
    assert len(done) >= 12, done
    if way == "right click":
        assert menus_swallowed > 0, "no right click reached the kiosk as a context menu event"


def test_nothing_dragged_in_is_accepted(locked: LockedKiosk) -> None:
    """A file URL and its text dragged onto every kind of widget: nothing takes it."""
    kiosk = locked.kiosk
    accepted: list[str] = []
    tried = 0
    for go in PAGES.values():
        go(kiosk)
        for widget in widgets_by_kind(kiosk).values():
            tried += 1
            taken = drop_on(widget)
            if taken:
                accepted.append(taken)
    verdict = locked.watch.verdict()
    verdict.reasons += accepted
    escape = counted(
        "drag and drop of a file URL or text",
        verdict,
        how=f"Dragged onto {tried} widgets (window, text boxes, buttons, lists) "
        "as Qt delivers a drag, then dropped where accepted.",
    )
    assert not escape, escape


def linked_labels(kiosk: KioskUnderTest) -> list[QLabel]:
    return [w for w in kiosk.window.findChildren(QLabel) if w.isVisible() and "passwd" in w.text()]


def test_links_in_catalogue_and_form_text_cannot_be_followed(locked: LockedKiosk) -> None:
    """A service summary and example, a form summary and a question hint with file and web
    links: shown as plain words, and tapping anywhere on them opens nothing."""
    kiosk = locked.kiosk
    activated: list[str] = []
    shown: list[str] = []
    rich: list[str] = []

    def visit(where: str) -> None:
        for label in linked_labels(kiosk):
            shown.append(f"{where}: {label.objectName()}")
            label.linkActivated.connect(activated.append)
            plain = label.textFormat() == Qt.TextFormat.PlainText or (
                label.textFormat() == Qt.TextFormat.AutoText
                and not GuiQt.mightBeRichText(label.text())
            )
            if not plain:
                rich.append(f"{where}: {label.objectName()} shows the text as rich text")
            for x in range(5, label.width(), max(1, label.width() // 12)):
                for y in range(5, label.height(), max(1, label.height() // 4)):
                    QTest.mouseClick(
                        label,
                        Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier,
                        QPoint(x, y),
                    )

    kiosk.tap("homeTile_services")
    kiosk.tap(f"serviceTile_{LINKED_SERVICE}")
    visit("service page")
    kiosk.window.end_visit()
    kiosk.tap("homeTile_forms")
    kiosk.tap(f"formTile_{LINKED_FORM}")
    visit("form start page")
    kiosk.tap("formContinue")
    visit("first question")
    verdict = locked.watch.verdict()
    verdict.reasons += rich + [f"a link was activated: {link}" for link in activated]
    escape = counted(
        "links in catalogue and form text",
        verdict,
        how=f"{len(shown)} labels showing planted file:// and https:// links, "
        "each tapped at 50 points, with URL handlers catching any openUrl.",
    )
    assert not escape, escape
    assert len(shown) >= 4, shown


def test_a_close_request_is_refused_and_no_dialog_ever_opened(locked: LockedKiosk) -> None:
    """What Alt+F4 becomes under a window manager, and closing every window at once."""
    kiosk = locked.kiosk
    on_comment_page(kiosk)
    locked.watch.verdict()
    kiosk.window.windowHandle().close()
    QApplication.closeAllWindows()
    escape = counted(
        "close request from the window manager",
        locked.watch.verdict(),
        how="QWindow.close() on the kiosk window, then closeAllWindows().",
    )
    assert not escape, escape
    dialogs = [
        type(w).__name__
        for w in QApplication.allWidgets()
        if type(w).__name__ in ("QFileDialog", "QPrintDialog", "QPrintPreviewDialog")
    ]
    assert dialogs == []


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen menu's grab
def test_the_watch_sees_each_kind_of_escape(locked: LockedKiosk) -> None:
    """The watch itself can fail: a URL opened, a menu, a dialog, a quit, leaving full screen."""
    kiosk, watch = locked.kiosk, locked.watch
    watch.verdict()
    QDesktopServices.openUrl(QUrl("file:///etc/passwd"))
    assert "a URL was opened" in " ".join(watch.verdict().reasons)
    menu = QMenu(kiosk.window)
    menu.addAction("Open")
    menu.popup(QPoint(10, 10))
    assert "QMenu" in " ".join(watch.verdict().reasons)
    dialog = QDialog()
    dialog.show()
    assert "QDialog" in " ".join(watch.verdict().reasons)
    app = QApplication.instance()
    assert app is not None
    QApplication.sendEvent(app, QEvent(QEvent.Type.Quit))
    assert "quit" in " ".join(watch.verdict().reasons)
    kiosk.window.windowHandle().setVisibility(QWindow.Visibility.Windowed)
    assert "left full screen" in " ".join(watch.verdict().reasons)
    kiosk.window.hide()
    assert "hidden or closed" in " ".join(watch.verdict().reasons)


def test_total_escapes() -> None:
    """The sum over every way tried in this run (run last: it reads the others' results)."""
    total = sum(ESCAPES.values())
    record(
        SUITE,
        "total escapes",
        total,
        unit="escapes",
        target="0",
        met=total == 0,
        how=f"Sum over the {len(ESCAPES)} ways tried in this run, OS-layer keys included "
        "as delivered to the app.",
    )
    assert total == 0, {name: e for name, e in ESCAPES.items() if e}
