"""The home screen's tiles and the language picker, driven by objectName."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.shell import JOURNEYS
from tests.kiosk.conftest import KioskUnderTest


def test_home_shows_one_tile_per_existing_journey(kiosk: KioskUnderTest) -> None:
    """Every tile on the home screen leads somewhere: no dead buttons."""
    tiles = kiosk.window.home.tiles
    assert list(tiles) == [journey for journey, _icon in JOURNEYS]
    for journey in tiles:
        assert kiosk.window.screen_named(journey).screen_name == journey


def test_home_shows_the_published_service_standard(kiosk: KioskUnderTest) -> None:
    """The 10-minute first-conversation promise from the catalogue is on the home screen."""
    promise = kiosk.find("homePromise")
    assert promise.isVisible()
    assert "10 minutes" in promise.text()  # type: ignore[attr-defined]


def test_each_tile_opens_its_journey(kiosk: KioskUnderTest) -> None:
    """Tapping a tile shows that journey's screen; Start again comes back home."""
    for journey in kiosk.window.home.tiles:
        kiosk.tap(f"homeTile_{journey}")
        assert kiosk.window.current.screen_name == journey
        assert kiosk.find("backButton").isVisible()
        kiosk.tap("homeButton")
        assert kiosk.window.current.screen_name == "home"


def test_a_visit_starts_when_the_resident_leaves_home(kiosk: KioskUnderTest) -> None:
    """Leaving the home screen records session.started once, with the language."""
    kiosk.tap("homeTile_services")
    kiosk.qtbot.waitUntil(lambda: len(kiosk.events_of("session.started")) == 1)
    assert kiosk.events_of("session.started") == [{"language": "en"}]


def test_services_page_shows_the_service_standard(kiosk: KioskUnderTest) -> None:
    """A service's page says what we help with and when we will reply."""
    kiosk.tap("homeTile_services")
    kiosk.tap("serviceTile_housing")
    assert kiosk.find("serviceHeading").text() == "Housing"  # type: ignore[attr-defined]
    assert "10 working days" in kiosk.find("serviceStandard").text()  # type: ignore[attr-defined]
    kiosk.tap("backButton")
    assert kiosk.find("serviceTile_parking").isVisible()


def test_urdu_mirrors_the_layout_and_english_restores_it(kiosk: KioskUnderTest) -> None:
    """Choosing Urdu turns the screen right to left; choosing English turns it back."""
    window = kiosk.window
    help_button = kiosk.find("helpButton")
    mid = window.width() / 2
    english_heading = kiosk.find("homeHeading").text()  # type: ignore[attr-defined]
    assert help_button.mapTo(window, help_button.rect().center()).x() > mid

    kiosk.tap("languageButton")
    kiosk.tap("language_ur")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.current.screen_name == "home"
    # Mirrored at once, top bar and bottom bar alike: no half-mirrored frame.
    assert help_button.mapTo(window, help_button.rect().center()).x() < mid
    language = kiosk.find("languageButton")
    assert language.mapTo(window, language.rect().center()).x() < mid
    urdu_heading = kiosk.find("homeHeading").text()  # type: ignore[attr-defined]
    assert urdu_heading != english_heading
    assert any("\u0600" <= ch <= "\u06ff" for ch in urdu_heading)

    kiosk.tap("languageButton")
    kiosk.tap("language_en")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert help_button.mapTo(window, help_button.rect().center()).x() > mid
    assert language.mapTo(window, language.rect().center()).x() > mid
    assert kiosk.find("homeHeading").text() == english_heading  # type: ignore[attr-defined]


def test_catalogue_text_follows_the_language(kiosk: KioskUnderTest) -> None:
    """Service names come from the catalogue in the chosen language (Bengali here)."""
    kiosk.tap("languageButton")
    kiosk.tap("language_bn")
    kiosk.tap("homeTile_services")
    name = kiosk.find("serviceTile_housing").text()  # type: ignore[attr-defined]
    assert name == kiosk.services.catalogue.service("housing").name["bn"]
