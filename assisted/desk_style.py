"""The desk's additions to the one theme: panels, wait colours, alerts and disabled buttons."""

from __future__ import annotations

from ui.theme import Look, base_size, palette_for

# Wait colours: (background, text) for amber and red, each at least 4.5:1 (7:1 in contrast).
WAIT_COLOURS = {
    False: {"amber": ("#ffdd00", "#0b0c0c"), "red": ("#942514", "#ffffff")},
    True: {"amber": ("#ffff00", "#000000"), "red": ("#ff9999", "#000000")},
}


def desk_stylesheet(look: Look) -> str:
    """Extra rules for the desk window, layered on the application's stylesheet."""
    p = palette_for(look)
    size = base_size(look)
    amber, red = WAIT_COLOURS[look.contrast]["amber"], WAIT_COLOURS[look.contrast]["red"]
    return f"""
QFrame[role="panel"] {{ border: 2px solid {p.tile_border}; border-radius: 6px; }}
QLabel {{ border: none; }}
QLabel[role="heading"] {{ font-size: 30px; }}
QLabel[role="subheading"] {{ font-weight: bold; padding-top: 6px; }}
QLabel[role="number"] {{ font-size: 44px; font-weight: bold; }}
QFrame#lostCallBanner, QLabel[role="alert"] {{
    background: {p.banner}; color: {p.banner_text}; padding: 8px; font-weight: bold; }}
QFrame#lostCallBanner QLabel {{ background: {p.banner}; color: {p.banner_text}; }}
QFrame#alertsPanel QPushButton {{ min-height: 48px; padding: 2px 16px; }}
QLabel#deskMessage[tone="error"], QLabel#clashWarning {{ color: {p.error}; font-weight: bold; }}
QPushButton[role="ticket"] {{
    text-align: left; padding: 4px 10px; min-height: 48px; font-size: {size - 2}px; }}
QPushButton[wait="amber"] {{
    background: {amber[0]}; color: {amber[1]}; border-color: {amber[1]}; }}
QPushButton[wait="red"] {{ background: {red[0]}; color: {red[1]}; border-color: {red[0]}; }}
QPushButton:disabled, QPushButton[role="primary"]:disabled {{
    background: {p.page}; color: {p.secondary}; border: 3px dashed {p.tile_border};
    font-weight: normal; }}
QComboBox {{ min-height: 56px; padding: 4px 12px; border: 3px solid {p.text}; }}
QComboBox:focus {{ border: 4px solid {p.focus}; }}
QCheckBox {{ min-height: 56px; spacing: 16px; }}
QCheckBox::indicator {{
    width: 36px; height: 36px; border: 3px solid {p.text}; background: {p.page}; }}
QCheckBox::indicator:checked {{ background: {p.primary}; border-color: {p.text}; }}
QLineEdit:disabled {{ color: {p.secondary}; border-style: dashed; }}
"""
