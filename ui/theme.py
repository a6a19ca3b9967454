"""The one stylesheet, in three variants: normal, large text, and high contrast.

Colours follow GOV.UK's palette. Text contrast is at least 4.5:1 in normal and large, and
at least 7:1 in high contrast (checked by tests/ui/test_theme.py). Sizes are for 1080p:
every touch target is at least 48 px tall.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from core.languages import LANGUAGES, language


@dataclass(frozen=True, slots=True)
class Palette:
    """Colours for one theme variant, as #rrggbb."""

    page: str
    text: str
    secondary: str
    tile: str
    tile_border: str
    primary: str
    primary_text: str
    focus: str
    error: str
    banner: str
    banner_text: str


NORMAL = Palette(
    page="#ffffff",
    text="#0b0c0c",
    secondary="#484949",
    tile="#f3f2f1",
    tile_border="#b1b4b6",
    primary="#00703c",
    primary_text="#ffffff",
    focus="#ffdd00",
    error="#d4351c",
    banner="#1d70b8",
    banner_text="#ffffff",
)
CONTRAST = Palette(
    page="#000000",
    text="#ffffff",
    secondary="#ffff00",
    tile="#000000",
    tile_border="#ffff00",
    primary="#ffff00",
    primary_text="#000000",
    focus="#00ffff",
    error="#ff9999",
    banner="#ffff00",
    banner_text="#000000",
)


@dataclass(frozen=True, slots=True)
class Look:
    """The resident's display choices: large text and high contrast, independently."""

    large: bool = False
    contrast: bool = False

    @classmethod
    def from_theme(cls, theme: str) -> Look:
        """The look for a config theme name: normal, large or contrast."""
        return cls(large=theme == "large", contrast=theme == "contrast")


def palette_for(look: Look) -> Palette:
    """The colours for a look."""
    return CONTRAST if look.contrast else NORMAL


def base_size(look: Look) -> int:
    """Body text size in pixels."""
    return 30 if look.large else 22


def stylesheet(look: Look, right_to_left: bool = False) -> str:
    """The application stylesheet for a look.

    Qt mirrors a widget's padding for a right-to-left language but not its borders, so a
    border marking the reading side is put on the right for those languages.
    """
    p = palette_for(look)
    size = base_size(look)
    start = "right" if right_to_left else "left"
    return f"""
QWidget {{ background: {p.page}; color: {p.text}; font-size: {size}px; }}
QLabel[role="heading"] {{ font-size: {int(size * 1.6)}px; font-weight: bold; }}
QLabel[role="secondary"] {{ color: {p.secondary}; }}
QLabel[role="subheading"] {{ font-size: {int(size * 1.25)}px; font-weight: bold; }}
QLabel[role="error"] {{ color: {p.error}; font-weight: bold; }}
QFrame[role="check-row"] {{ border-bottom: 2px solid {p.tile_border}; padding: 8px 0; }}
QLabel[role="scan-preview"] {{ background: {p.tile}; border: 3px solid {p.tile_border}; }}
QWidget[invalid="true"] {{ border-{start}: 6px solid {p.error}; padding-left: 12px; }}
QFrame[role="error-summary"] {{ border: 5px solid {p.error}; padding: 12px; }}
QFrame[role="banner"], QLabel[role="banner"] {{
    background: {p.banner}; color: {p.banner_text}; padding: 12px; }}
QFrame[role="banner"] QLabel {{ background: transparent; color: {p.banner_text}; }}
QFrame#topBar, QFrame#bottomBar {{ border-bottom: 2px solid {p.tile_border}; }}
QLabel#assistedBanner {{
    background: {p.banner}; color: {p.banner_text}; font-weight: bold; padding: 8px 16px;
    border-radius: 6px; }}
QFrame#staffToolsPanel {{ border-bottom: 4px solid {p.banner}; }}
QPushButton, QToolButton {{
    min-height: 56px; min-width: 56px; padding: 8px 20px; border-radius: 6px;
    background: {p.tile}; color: {p.text}; border: 3px solid {p.tile_border}; }}
QPushButton[role="primary"] {{
    background: {p.primary}; color: {p.primary_text}; border-color: {p.primary};
    font-weight: bold; }}
QPushButton[role="tile"], QToolButton[role="tile"] {{
    min-height: 180px; font-size: {int(size * 1.3)}px; font-weight: bold; padding: 16px; }}
QPushButton[role="choice"] {{ text-align: left; padding-left: 28px; }}
QPushButton[role="link"] {{
    background: transparent; border: none; color: {p.text}; text-decoration: underline; }}
QPushButton:checked, QToolButton:checked {{
    background: {p.primary}; color: {p.primary_text}; border-color: {p.primary}; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QPlainTextEdit:focus {{
    border: 4px solid {p.focus}; }}
QLineEdit, QPlainTextEdit {{
    min-height: 56px; border: 3px solid {p.text}; padding: 6px; background: {p.page}; }}
QRadioButton {{ min-height: 56px; spacing: 16px; }}
QRadioButton::indicator {{ width: 40px; height: 40px; }}
QScrollArea {{ border: none; }}
"""


def apply_theme(app: QApplication, look: Look, language_code: str) -> None:
    """Set the stylesheet for a look and the font family that renders a language well.

    Nothing is done when both are already set: the end of every visit asks for the default
    look again, which is nearly always the one showing. When only the font differs the
    stylesheet is set again all the same: that is what carries the new font to widgets the
    stylesheet has polished (``QApplication.setFont`` does not reach them).

    The old stylesheet is cleared before the new one is set. Replacing one sheet with
    another makes Qt's style-sheet style repolish every widget it has rules cached for *and*
    all of that widget's children, so a widget is polished once for each styled ancestor:
    about 20,000 events and 0.45 s on the kiosk's screens. Clearing first swaps the style
    and polishes each widget once (0.1 s), with the same pixels. A resident who picks a
    language waits that much less, and so does the end of their visit.
    """
    lang = language(language_code)
    font = QFont()
    # The chosen language's font first, then the others so mixed text never shows boxes.
    families = [lang.font_family] + [x.font_family for x in LANGUAGES if x is not lang]
    font.setFamilies(list(dict.fromkeys(families)))
    font.setPixelSize(base_size(look))
    sheet = stylesheet(look, lang.right_to_left)
    if app.font() == font and app.styleSheet() == sheet:
        return
    app.setFont(font)
    if app.styleSheet():
        app.setStyleSheet("")
    app.setStyleSheet(sheet)
