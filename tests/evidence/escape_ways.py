"""The ways a stranger might try to get out of the kiosk, and what stops each one.

Keys are sent through the kiosk's QWindow, the path a real keyboard's events take (shortcut
override, shortcuts, the application's event filters, then the focused widget). Some keys
never reach an application on a real kiosk: the X server, the kernel or the desktop acts on
them first. Those are still sent to the app (if the OS layer let one through, the app must
do nothing), but each names the OS setting that has to stop it, and is reported apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

Key = Qt.Key
Mod = Qt.KeyboardModifier
CTRL, ALT, SHIFT, META = Mod.ControlModifier, Mod.AltModifier, Mod.ShiftModifier, Mod.MetaModifier
NONE = Mod.NoModifier

WINDOW_MANAGER = (
    "a window manager or desktop acts on it before any application; the kiosk runs under "
    "cage (one full-screen client, no shortcuts) or a bare X server with no window manager"
)
VT_SWITCH = (
    'the X server or the kernel switches virtual terminal first: X11 Option "DontVTSwitch" '
    '"true" (cage allows switching only when started with -s), and logind NAutoVTs=0'
)
ZAP = (
    'the X server kills itself (zap) before any client sees it unless Option "DontZap" '
    '"true" (the Xorg default; cage has no zap)'
)
STICKY = (
    "Sticky Keys is the desktop's accessibility service (GNOME, Windows); none runs under "
    "cage or a bare X server"
)
CTRL_ALT_DEL = (
    "on a text console systemd starts ctrl-alt-del.target (reboot): mask it; under X or "
    "cage the key reaches the app"
)


@dataclass(frozen=True)
class KeyWay:
    """A key sequence: each (key, modifiers) is pressed and released in turn.

    Attributes:
        os_layer: empty if only the app can act on it; otherwise what must stop it first.
    """

    name: str
    strokes: tuple[tuple[Key, Mod], ...]
    os_layer: str = ""


def _one(name: str, key: Key, mods: Mod = NONE, os_layer: str = "") -> KeyWay:
    return KeyWay(name, ((key, mods),), os_layer)


KEY_WAYS: list[KeyWay] = [
    _one("Alt+Tab", Key.Key_Tab, ALT, WINDOW_MANAGER),
    _one("Alt+Shift+Tab", Key.Key_Backtab, ALT | SHIFT, WINDOW_MANAGER),
    _one("Alt+F4", Key.Key_F4, ALT, WINDOW_MANAGER + "; its close request is tried apart"),
    _one("Alt+Esc", Key.Key_Escape, ALT, WINDOW_MANAGER),
    _one("Alt+Space (window menu)", Key.Key_Space, ALT, WINDOW_MANAGER),
    _one("Alt+F2 (run a command)", Key.Key_F2, ALT, WINDOW_MANAGER),
    _one("Escape", Key.Key_Escape),
    _one("Ctrl+Esc", Key.Key_Escape, CTRL, WINDOW_MANAGER),
    _one("Ctrl+Shift+Esc", Key.Key_Escape, CTRL | SHIFT, WINDOW_MANAGER),
    _one("Ctrl+Alt+Backspace", Key.Key_Backspace, CTRL | ALT, ZAP),
    _one("Ctrl+Alt+Delete", Key.Key_Delete, CTRL | ALT, CTRL_ALT_DEL),
    _one("Ctrl+Alt+T (terminal)", Key.Key_T, CTRL | ALT, WINDOW_MANAGER),
    *[
        _one(f"Ctrl+Alt+F{n}", getattr(Key, f"Key_F{n}"), CTRL | ALT, VT_SWITCH)
        for n in range(1, 8)
    ],
    KeyWay("Super (Meta) alone", ((Key.Key_Meta, NONE), (Key.Key_Super_L, NONE)), WINDOW_MANAGER),
    _one("Super+D", Key.Key_D, META, WINDOW_MANAGER),
    _one("Super+E", Key.Key_E, META, WINDOW_MANAGER),
    _one("Super+L", Key.Key_L, META, WINDOW_MANAGER),
    KeyWay("Shift five times", ((Key.Key_Shift, NONE),) * 5, STICKY),
    _one("Ctrl+Q", Key.Key_Q, CTRL),
    _one("Ctrl+W", Key.Key_W, CTRL),
    _one("Ctrl+O (open a file)", Key.Key_O, CTRL),
    _one("Ctrl+S (save a file)", Key.Key_S, CTRL),
    _one("Ctrl+P (print dialog)", Key.Key_P, CTRL),
    _one("F1 (help)", Key.Key_F1),
    _one("F11 (leave full screen)", Key.Key_F11),
    _one("Menu key (context menu)", Key.Key_Menu),
    _one("Shift+F10 (context menu)", Key.Key_F10, SHIFT),
]

# Links planted in catalogue and form text: neither may be clickable or opened.
FILE_LINK = '<a href="file:///etc/passwd">your records</a>'
WEB_LINK = '<a href="https://example.org/escape">our website</a>'
LINKS = f" See {FILE_LINK} or {WEB_LINK}."
