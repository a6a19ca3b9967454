"""The page checks: each problem is found on its own picture and never on a good page.

Pages are drawn at the resolutions kiosks scan at (150, 200 and 300 dpi) by
tests/devices/page_pictures.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PIL import Image, ImageFilter

from core.scanning import PageProblem
from devices.scan_quality import check_page
from devices.scan_straighten import MAX_CORRECTABLE_SKEW, straighten
from tests.devices import page_pictures as pictures

RESOLUTIONS = (150, 200, 300)


@pytest.mark.parametrize("dpi", RESOLUTIONS)
@pytest.mark.parametrize(
    "page",
    [
        pytest.param(lambda dpi: pictures.text_page(dpi), id="gray letter"),
        pytest.param(lambda dpi: pictures.text_page(dpi, colour=True), id="colour letter"),
        pytest.param(lambda dpi: pictures.letter_page(dpi), id="lettering with grain"),
        pytest.param(lambda dpi: pictures.letter_page(dpi, dense=True), id="small print"),
        pytest.param(
            lambda dpi: pictures.with_noise(pictures.text_page(dpi), sigma=5), id="grainy"
        ),
        pytest.param(
            lambda dpi: pictures.blurred_page(dpi, radius=0.5 * dpi / 150), id="scanner-soft"
        ),
    ],
)
def test_a_good_page_has_no_problems(page: Callable[[int], Image.Image], dpi: int) -> None:
    """A clean letter is never offered a reason to rescan, at any resolution."""
    assert check_page(page(dpi), dpi, skew=0.0) == ()


@pytest.mark.parametrize("dpi", RESOLUTIONS)
def test_an_empty_sheet_is_blank(dpi: int) -> None:
    """Scanning the back of a letter by mistake is caught."""
    assert check_page(pictures.blank_page(dpi), dpi, 0.0) == (PageProblem.BLANK,)


@pytest.mark.parametrize("dpi", RESOLUTIONS)
def test_a_sheet_with_only_grain_and_dust_is_blank(dpi: int) -> None:
    """The scanner's own noise and a few specks of dust do not count as writing."""
    page = pictures.blank_page(dpi, noise=5.0, specks=12)
    assert check_page(page, dpi, 0.0) == (PageProblem.BLANK,)


@pytest.mark.parametrize("dpi", RESOLUTIONS)
def test_a_black_page_is_too_dark_not_blank(dpi: int) -> None:
    """A page that came out black is a lighting problem, so it is called too dark."""
    assert check_page(pictures.dark_page(dpi), dpi, 0.0) == (PageProblem.TOO_DARK,)


@pytest.mark.parametrize("dpi", RESOLUTIONS)
def test_a_page_photographed_in_poor_light_is_too_dark(dpi: int) -> None:
    """The text is there but the paper looks gray: the resident is asked to rescan."""
    assert check_page(pictures.underexposed_page(dpi), dpi, 0.0) == (PageProblem.TOO_DARK,)


@pytest.mark.parametrize("dpi", RESOLUTIONS)
def test_faint_writing_is_too_light(dpi: int) -> None:
    """A faded print is flagged as too light, and not mistaken for a blank page."""
    assert check_page(pictures.faint_page(dpi), dpi, 0.0) == (PageProblem.TOO_LIGHT,)


@pytest.mark.parametrize("dpi", RESOLUTIONS)
def test_an_out_of_focus_page_is_blurred(dpi: int) -> None:
    """A blur of 3 px at 150 dpi (0.5 mm) is flagged, at whatever resolution it is scanned."""
    page = pictures.blurred_page(dpi, radius=3 * dpi / 150)
    assert check_page(page, dpi, 0.0) == (PageProblem.BLURRED,)


@pytest.mark.parametrize("dpi", RESOLUTIONS)
def test_blur_is_found_through_the_scanner_grain(dpi: int) -> None:
    """Grain added after the blur (as a sensor adds it) does not pass for sharp edges."""
    page = pictures.with_noise(pictures.blurred_page(dpi, radius=3 * dpi / 150), sigma=4)
    assert PageProblem.BLURRED in check_page(page, dpi, 0.0)


@pytest.mark.parametrize("dpi", RESOLUTIONS)
def test_blurred_lettering_is_called_blurred_not_too_light(dpi: int) -> None:
    """Blurring pales thin strokes; the resident is told the real cause."""
    page = pictures.letter_page(dpi).filter(ImageFilter.GaussianBlur(3 * dpi / 150))
    assert check_page(page, dpi, 0.0) == (PageProblem.BLURRED,)


@pytest.mark.parametrize("dpi", RESOLUTIONS)
@pytest.mark.parametrize("edge", ["left", "right", "top", "bottom"])
def test_a_page_running_off_an_edge_is_cut_off(dpi: int, edge: str) -> None:
    """Text running off any edge of the scanned area is flagged."""
    page = pictures.cut_off_page(dpi, edge)
    assert check_page(page, dpi, 0.0) == (PageProblem.CUT_OFF,)


@pytest.mark.parametrize("dpi", RESOLUTIONS)
def test_a_page_too_crooked_to_correct_is_skewed(dpi: int) -> None:
    """A page turned 30° is not put straight: the check says so."""
    crooked = pictures.text_page(dpi).rotate(30, fillcolor=255, expand=True)
    straight = straighten(crooked)
    assert straight.angle_corrected == 0.0
    assert straight.image is crooked
    assert abs(straight.skew - 30) < 1.0
    assert PageProblem.SKEWED in check_page(straight.image, dpi, straight.skew)


def test_skew_within_reach_is_not_reported() -> None:
    """Pages the pipeline put straight are not reported as crooked."""
    page = pictures.text_page(200)
    assert check_page(page, 200, MAX_CORRECTABLE_SKEW) == ()
    assert check_page(page, 200, -MAX_CORRECTABLE_SKEW - 0.5) == (PageProblem.SKEWED,)


def test_a_page_straightened_by_the_pipeline_has_no_problems() -> None:
    """The white corners left by straightening are not mistaken for anything."""
    for degrees in (7.0, -7.0):
        straight = straighten(pictures.skewed_page(150, degrees))
        assert check_page(straight.image, 150, straight.skew) == ()


def test_the_check_is_quick_on_a_colour_page_at_300_dpi() -> None:
    """The resident waits for this after every page: well under 0.2 s on the kiosk's 2 cores."""
    page = pictures.text_page(300, colour=True)
    assert page.mode == "RGB"
    fastest = float("inf")
    for _ in range(3):  # the fastest of three, so a busy moment elsewhere does not count
        started = time.perf_counter()
        check_page(page, 300, 0.0)
        fastest = min(fastest, time.perf_counter() - started)
    assert fastest < 0.2


def test_a_tiny_image_does_not_break_the_checks() -> None:
    """A camera thumbnail or a corrupt crop gives an answer, not an exception."""
    assert check_page(Image.new("L", (3, 2), 250), 300, 0.0) == (PageProblem.BLANK,)
    assert check_page(Image.new("RGB", (1, 1), (0, 0, 0)), 75, 0.0) == (PageProblem.TOO_DARK,)
