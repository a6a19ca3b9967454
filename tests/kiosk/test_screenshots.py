"""Renders the main screens to build/screens/ for people to review, in each look and script."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.conftest import ROOT
from tests.kiosk.conftest import SCREEN, KioskUnderTest

OUT = ROOT / "build" / "screens"
LOOKS = {"normal": (False, False), "large": (True, False), "contrast": (False, True)}


def _distinct_colours(image: QImage, step: int = 6) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def _save(kiosk: KioskUnderTest, name: str) -> Path:
    kiosk.qtbot.waitUntil(lambda: kiosk.window.size().toTuple() == SCREEN)
    QApplication.processEvents()  # work queued by the last change (tile names refitted)
    pixmap = kiosk.window.grab()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    assert pixmap.save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == SCREEN, f"{name} is not the screen's size"
    assert _distinct_colours(image) > 8, f"{name} looks blank"
    return path


def _choose(kiosk: KioskUnderTest, language: str, look: str) -> None:
    if language != "en":
        kiosk.tap("languageButton")
        kiosk.tap(f"language_{language}")
    large, contrast = LOOKS[look]
    kiosk.find("textSizeButton").setChecked(large)  # type: ignore[attr-defined]
    kiosk.find("contrastButton").setChecked(contrast)  # type: ignore[attr-defined]


@pytest.mark.parametrize("look", list(LOOKS))
@pytest.mark.parametrize("language", ["en", "bn", "ur"])
def test_home_screen_renders(kiosk: KioskUnderTest, language: str, look: str) -> None:
    """Home in English, Bengali and Urdu, in normal, large-text and high-contrast looks."""
    _choose(kiosk, language, look)
    _save(kiosk, f"home-{language}-{look}")


@pytest.mark.parametrize("language", ["en", "bn", "ur", "zh_CN", "so", "pl"])
def test_journey_screens_render(kiosk: KioskUnderTest, language: str) -> None:
    """The language picker, a service page and the feedback pages, in every language."""
    _choose(kiosk, language, "normal")
    kiosk.tap("languageButton")
    _save(kiosk, f"language-{language}")
    kiosk.tap(f"language_{language}")
    kiosk.tap("homeTile_services")
    kiosk.tap("serviceTile_council-tax-benefits")
    _save(kiosk, f"service-{language}")
    kiosk.tap("homeButton")
    kiosk.tap("homeTile_feedback")
    kiosk.tap("continueButton")
    _save(kiosk, f"feedback-error-{language}")
    kiosk.tap("service_registrars")
    kiosk.tap("continueButton")
    _save(kiosk, f"feedback-rating-{language}")
    kiosk.tap("rating_3")
    kiosk.tap("continueButton")
    kiosk.tap("continueButton")
    _save(kiosk, f"feedback-check-{language}")
    kiosk.tap("staffButton")
    _save(kiosk, f"staff-sign-in-{language}")
