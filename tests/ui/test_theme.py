"""Text contrast in every look: at least 4.5:1 normally and 7:1 in high contrast (WCAG 2.2)."""

from __future__ import annotations

import pytest

from ui.theme import CONTRAST, NORMAL, Look, Palette, base_size, stylesheet


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio between two colours."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _pairs(p: Palette) -> dict[str, tuple[str, str]]:
    return {
        "body text": (p.text, p.page),
        "secondary text": (p.secondary, p.page),
        "text on tiles": (p.text, p.tile),
        "primary button": (p.primary_text, p.primary),
        "banner": (p.banner_text, p.banner),
        "errors": (p.error, p.page),
    }


@pytest.mark.parametrize(("palette", "minimum"), [(NORMAL, 4.5), (CONTRAST, 7.0)])
def test_every_text_colour_meets_its_contrast_minimum(palette: Palette, minimum: float) -> None:
    """Each foreground/background pair in the palette clears the bar."""
    weak = {
        name: round(contrast(fg, bg), 2)
        for name, (fg, bg) in _pairs(palette).items()
        if contrast(fg, bg) < minimum
    }
    assert weak == {}


def test_contrast_calculation_matches_known_values() -> None:
    """Black on white is 21:1; #767676 on white is the well-known 4.54:1."""
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_large_text_is_larger_and_targets_stay_48px() -> None:
    """Large text raises the base size; every look keeps buttons at least 48 px tall."""
    assert base_size(Look(large=True)) > base_size(Look())
    for look in (Look(), Look(large=True), Look(contrast=True)):
        sheet = stylesheet(look)
        assert "min-height: 56px" in sheet
