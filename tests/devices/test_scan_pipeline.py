"""The scan pipeline: straightening, cropping, compressing and binding, with real Pillow,
numpy and img2pdf; PDFs are opened with pikepdf and poppler's pdfinfo.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pikepdf
import pytest
from PIL import Image

from core.scanning import (
    A4_MM,
    MM_PER_INCH,
    CapturedPage,
    PageProblem,
    RawPage,
    ScanFailed,
    ScanProblem,
)
from core.scanning import ScanProcessor as ScanProcessorPort
from devices.scan_pipeline import (
    COLOUR_PAGE_BUDGET,
    GRAY_PAGE_BUDGET,
    PREVIEW_LONG_SIDE,
    ScanPipeline,
)
from devices.scan_straighten import _paper_after_turn, find_paper, measure_skew, straighten
from tests.devices import page_pictures as pictures

RESOLUTIONS = (150, 200, 300)


@pytest.fixture(scope="module")
def pipeline() -> ScanPipeline:
    return ScanPipeline()


def decoded(data: bytes) -> Image.Image:
    """A JPEG from the pipeline, decoded."""
    picture = Image.open(io.BytesIO(data))
    picture.load()
    return picture


def pdf_pages_mm(pdf: bytes) -> list[tuple[float, float]]:
    """Each PDF page's size in millimetres, read with pikepdf."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        sizes = []
        for page in document.pages:
            left, bottom, right, top = (float(v) for v in page.mediabox)
            sizes.append(((right - left) * MM_PER_INCH / 72, (top - bottom) * MM_PER_INCH / 72))
        return sizes


def close_to_a4(size_mm: tuple[float, float], within_mm: float) -> bool:
    return abs(size_mm[0] - A4_MM[0]) <= within_mm and abs(size_mm[1] - A4_MM[1]) <= within_mm


# --- Putting pages straight -------------------------------------------------------------


@pytest.mark.parametrize("dpi", RESOLUTIONS)
@pytest.mark.parametrize("degrees", [7.0, -7.0, 3.0, 0.0])
def test_the_skew_of_a_crooked_page_is_measured(dpi: int, degrees: float) -> None:
    """A page laid crooked on the glass is measured to within half a degree."""
    page = pictures.skewed_page(dpi, degrees)
    assert abs(pictures.title_bar_angle(page) - degrees) < 0.2  # the ruler agrees with the truth
    assert abs(measure_skew(np.asarray(page)) - degrees) < 0.5


@pytest.mark.parametrize("dpi", RESOLUTIONS)
@pytest.mark.parametrize("degrees", [7.0, -7.0])
def test_a_crooked_page_comes_out_straight(dpi: int, degrees: float) -> None:
    """After straightening, the title bar's edge (fitted independently) is level within 0.5°."""
    page = pictures.skewed_page(dpi, degrees)
    straight = straighten(page)
    assert abs(straight.angle_corrected + degrees) < 0.5
    assert abs(pictures.title_bar_angle(straight.image)) < 0.5
    assert abs(measure_skew(np.asarray(straight.image))) < 0.5
    assert straight.image.size == page.size  # an A4 scan stays A4
    assert not straight.cropped


def test_a_colour_page_is_straightened_in_colour() -> None:
    page = pictures.skewed_page(200, -7.0, colour=True)
    straight = straighten(page)
    assert straight.image.mode == "RGB"
    assert abs(pictures.title_bar_angle(straight.image)) < 0.5


@pytest.mark.parametrize(
    "draw",
    [
        lambda: pictures.blank_page(200),
        lambda: pictures.blank_page(200, noise=5.0, specks=12),
        lambda: pictures.dark_page(200),
        lambda: pictures.faint_page(200).point(lambda v: min(255, v + 30)),
    ],
    ids=["white", "grain and dust", "black", "barely marked"],
)
def test_a_page_without_clear_ink_measures_straight_and_is_left_alone(
    draw: Callable[[], Image.Image],
) -> None:
    """Blank pages measure about 0° and are not turned (nor broken)."""
    page = draw()
    assert abs(measure_skew(np.asarray(page))) < 0.3
    straight = straighten(page)
    assert straight.angle_corrected == 0.0
    assert straight.image is page


def test_a_nearly_straight_page_is_not_resampled() -> None:
    """A turn too small to see is not worth softening the page for."""
    page = pictures.skewed_page(200, 0.2)
    straight = straighten(page)
    assert straight.angle_corrected == 0.0
    assert straight.image is page


# --- Cropping to the paper --------------------------------------------------------------


@pytest.mark.parametrize("dpi", RESOLUTIONS)
@pytest.mark.parametrize("colour", [False, True], ids=["gray", "colour"])
def test_the_paper_is_found_on_a_dark_desk(dpi: int, colour: bool) -> None:
    """The box found is within 2 mm of the paper's real edges on every side."""
    shot = pictures.page_on_desk(dpi, colour=colour)
    found = find_paper(np.asarray(shot.image.convert("L")))
    assert found is not None
    for got, true in zip(found, shot.paper_box, strict=True):
        assert abs(got - true) * MM_PER_INCH / dpi <= 2.0


@pytest.mark.parametrize(
    "draw",
    [
        lambda: pictures.text_page(200),
        lambda: pictures.blank_page(200),
        lambda: pictures.dark_page(200),
        lambda: pictures.cut_off_page(200),
        lambda: pictures.skewed_page(200, 7.0),
    ],
    ids=["letter", "blank", "black", "cut off", "crooked"],
)
def test_a_flatbed_scan_has_no_paper_edge_to_crop_to(draw: Callable[[], Image.Image]) -> None:
    """With a white lid the paper fills the frame: nothing is cropped away."""
    page = draw()
    assert find_paper(np.asarray(page)) is None
    assert not straighten(page).cropped


@pytest.mark.parametrize("dpi", [150, 300])
@pytest.mark.parametrize("degrees", [0.0, 5.0, -8.0])
def test_a_photographed_page_is_cropped_to_the_paper_and_straightened(
    dpi: int, degrees: float
) -> None:
    """The desk is cut away, leaving an A4 page (to within 4 mm) lying level."""
    shot = pictures.page_on_desk(dpi, degrees)
    straight = straighten(shot.image)
    assert straight.cropped
    size_mm = (straight.image.width * MM_PER_INCH / dpi, straight.image.height * MM_PER_INCH / dpi)
    assert close_to_a4(size_mm, within_mm=4.0), size_mm
    gray = np.asarray(straight.image.convert("L"))
    edges = np.concatenate(
        (gray[:2].ravel(), gray[-2:].ravel(), gray[:, :2].ravel(), gray[:, -2:].ravel())
    )
    assert np.percentile(edges, 1) > 200  # no desk left along any edge
    assert abs(pictures.title_bar_angle(straight.image)) < 0.5


@pytest.mark.parametrize(("dpi", "degrees"), [(150, 5.0), (300, -8.0)])
def test_the_paper_can_be_placed_from_its_angle_alone(dpi: int, degrees: float) -> None:
    """Should the turned paper not be found again, the geometry sizes it within 2 mm."""
    shot = pictures.page_on_desk(dpi, degrees)
    found = find_paper(np.asarray(shot.image))
    assert found is not None
    around = shot.image.crop(found)
    canvas = around.rotate(-degrees, expand=True).size
    left, top, right, bottom = _paper_after_turn(around.size, -degrees, canvas)
    a4 = pictures.a4_size(dpi)
    assert abs((right - left) - a4[0]) * MM_PER_INCH / dpi < 2.0
    assert abs((bottom - top) - a4[1]) * MM_PER_INCH / dpi < 2.0


# --- develop(): one page in, a compact JPEG out -----------------------------------------


def test_the_pipeline_is_a_scan_processor(pipeline: ScanPipeline) -> None:
    """Screens are handed the pipeline through core's port."""
    port: ScanProcessorPort = pipeline
    assert callable(port.develop) and callable(port.bind)


def test_a_gray_document_becomes_a_gray_jpeg_within_budget(pipeline: ScanPipeline) -> None:
    """A letter at 200 dpi: a gray JPEG under the budget, sized for A4, with a preview."""
    raw = pictures.raw_page(pictures.letter_page(200), 200)
    page = pipeline.develop(raw, colour=False)
    mode, size, dpi = pictures.jpeg_mode_and_size(page.jpeg)
    assert (mode, size, dpi) == ("L", (raw.width, raw.height), (200.0, 200.0))
    assert len(page.jpeg) <= GRAY_PAGE_BUDGET
    assert (page.width, page.height, page.dpi, page.colour) == (raw.width, raw.height, 200, False)
    assert close_to_a4(page.size_mm, within_mm=0.5)
    assert page.problems == ()
    preview = decoded(page.preview)
    assert preview.mode == "L" and max(preview.size) == PREVIEW_LONG_SIDE


def test_a_colour_document_becomes_a_colour_jpeg_within_budget(pipeline: ScanPipeline) -> None:
    """A colour letter at 300 dpi keeps its colour, under the colour budget."""
    raw = pictures.raw_page(pictures.letter_page(300, colour=True), 300)
    page = pipeline.develop(raw, colour=True)
    mode, size, dpi = pictures.jpeg_mode_and_size(page.jpeg)
    assert (mode, size, dpi) == ("RGB", (raw.width, raw.height), (300.0, 300.0))
    assert page.colour
    assert len(page.jpeg) <= COLOUR_PAGE_BUDGET
    logo = decoded(page.jpeg).getpixel((pictures.mm(175, 300), pictures.mm(25, 300)))
    assert isinstance(logo, tuple)
    assert logo[2] > logo[0] + 80  # the council's blue logo is still blue
    assert decoded(page.preview).mode == "RGB"


def test_a_colour_scan_of_a_gray_document_is_kept_gray(pipeline: ScanPipeline) -> None:
    """A scanner that only scans in colour still gives gray pages where gray will do."""
    raw = pictures.raw_page(pictures.letter_page(200, colour=True), 200)
    gray = pipeline.develop(raw, colour=False)
    colour = pipeline.develop(raw, colour=True)
    assert pictures.jpeg_mode_and_size(gray.jpeg)[0] == "L"
    assert not gray.colour
    assert len(gray.jpeg) < len(colour.jpeg)


def test_a_gray_scan_stays_gray_when_colour_was_wanted(pipeline: ScanPipeline) -> None:
    raw = pictures.raw_page(pictures.text_page(150), 150)
    page = pipeline.develop(raw, colour=True)
    assert pictures.jpeg_mode_and_size(page.jpeg)[0] == "L"
    assert not page.colour


@pytest.mark.parametrize(("dpi", "colour"), [(200, False), (300, True)])
def test_the_lettering_survives_compression(pipeline: ScanPipeline, dpi: int, colour: bool) -> None:
    """Almost every pixel of ink is still ink after compression (the rest are stroke edges)."""
    letter = pictures.letter_page(dpi, colour=colour)
    page = pipeline.develop(pictures.raw_page(letter, dpi), colour=colour)
    before = np.asarray(letter.convert("L")) < 128
    after = np.asarray(decoded(page.jpeg).convert("L")) < 128
    assert float((before != after).sum()) / float(before.sum()) < 0.04


def test_a_crooked_page_is_developed_straight(pipeline: ScanPipeline) -> None:
    raw = pictures.raw_page(pictures.skewed_page(200, 7.0), 200)
    page = pipeline.develop(raw, colour=False)
    assert abs(page.straightened_by + 7.0) < 0.5
    assert abs(pictures.title_bar_angle(decoded(page.jpeg))) < 0.5
    assert page.problems == ()


def test_a_photographed_page_is_developed_cropped_to_a4(pipeline: ScanPipeline) -> None:
    shot = pictures.page_on_desk(200, degrees=-6.0, colour=True)
    page = pipeline.develop(pictures.raw_page(shot.image, 200), colour=True)
    assert page.cropped
    assert close_to_a4(page.size_mm, within_mm=4.0)
    assert pictures.jpeg_mode_and_size(page.jpeg)[1] == (page.width, page.height)
    assert page.problems == ()


def test_problems_found_are_reported_with_the_page(pipeline: ScanPipeline) -> None:
    blank = pipeline.develop(pictures.raw_page(pictures.blank_page(200, noise=3.0), 200), False)
    blurred = pipeline.develop(pictures.raw_page(pictures.blurred_page(150, 3.0), 150), False)
    assert blank.problems == (PageProblem.BLANK,)
    assert blurred.problems == (PageProblem.BLURRED,)


@pytest.mark.parametrize(
    "raw",
    [
        RawPage(100, 100, False, 200, bytes(100 * 100 - 1)),
        RawPage(100, 100, True, 200, bytes(100 * 100)),
        RawPage(0, 100, False, 200, b""),
        RawPage(100, 100, False, 0, bytes(100 * 100)),
    ],
    ids=["short by a byte", "gray bytes for colour", "no width", "no resolution"],
)
def test_a_corrupt_page_is_refused_as_corrupt(pipeline: ScanPipeline, raw: RawPage) -> None:
    with pytest.raises(ScanFailed) as failure:
        pipeline.develop(raw, colour=False)
    assert failure.value.problem is ScanProblem.CORRUPT


# --- bind(): pages into one PDF ---------------------------------------------------------


@pytest.mark.parametrize("dpi", RESOLUTIONS)
def test_a_bound_document_has_every_page_at_a4(pipeline: ScanPipeline, dpi: int) -> None:
    """Three pages at one resolution make a three-page PDF with A4 pages (within 1 mm)."""
    pages = [
        pipeline.develop(pictures.raw_page(pictures.text_page(dpi, seed=n), dpi), False)
        for n in range(3)
    ]
    pdf = pipeline.bind(pages)
    sizes = pdf_pages_mm(pdf)
    assert len(sizes) == 3
    assert all(close_to_a4(size, within_mm=1.0) for size in sizes), sizes


def test_pages_of_different_resolutions_are_all_a4(pipeline: ScanPipeline) -> None:
    """A document scanned partly in colour at 300 dpi and partly gray at 150 stays A4."""
    pages = [
        pipeline.develop(pictures.raw_page(pictures.text_page(150), 150), False),
        pipeline.develop(pictures.raw_page(pictures.text_page(300, colour=True), 300), True),
        pipeline.develop(pictures.raw_page(pictures.text_page(200), 200), False),
    ]
    sizes = pdf_pages_mm(pipeline.bind(pages))
    assert len(sizes) == 3
    assert all(close_to_a4(size, within_mm=1.0) for size in sizes), sizes


def test_a_cropped_page_is_bound_at_its_paper_size(pipeline: ScanPipeline) -> None:
    shot = pictures.page_on_desk(150, degrees=4.0)
    page = pipeline.develop(pictures.raw_page(shot.image, 150), colour=False)
    (size,) = pdf_pages_mm(pipeline.bind([page]))
    assert abs(size[0] - page.size_mm[0]) < 1.0 and abs(size[1] - page.size_mm[1]) < 1.0


def test_binding_keeps_the_jpegs_as_they_are(pipeline: ScanPipeline) -> None:
    """No re-encoding: the PDF holds each page's JPEG byte for byte."""
    pages = [
        pipeline.develop(pictures.raw_page(pictures.text_page(150), 150), False),
        pipeline.develop(pictures.raw_page(pictures.text_page(200, colour=True), 200), True),
    ]
    with pikepdf.open(io.BytesIO(pipeline.bind(pages))) as document:
        for pdf_page, page in zip(document.pages, pages, strict=True):
            (image,) = pdf_page.get_images().values()
            assert image.Filter == pikepdf.Name.DCTDecode
            assert image.read_raw_bytes() == page.jpeg


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils is not installed")
def test_poppler_reads_the_document(pipeline: ScanPipeline) -> None:
    """A second, independent reader opens the PDF and sees A4 pages."""
    pages = [pipeline.develop(pictures.raw_page(pictures.text_page(200), 200), False)] * 2
    info = subprocess.run(
        ["pdfinfo", "-"], input=pipeline.bind(pages), capture_output=True, check=True
    ).stdout.decode()
    assert "Pages:           2" in info
    assert "(A4)" in info


def test_binding_no_pages_is_refused(pipeline: ScanPipeline) -> None:
    with pytest.raises(ValueError):
        pipeline.bind([])


# --- Nothing reaches the disk -----------------------------------------------------------

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_FILE_CHANGES = {"os.mkdir", "os.rename", "os.remove", "os.rmdir", "os.truncate", "shutil.copyfile"}
_watchers: list[list[str]] = []


def _note_writes(event: str, args: tuple[object, ...]) -> None:
    """An audit hook: while a test watches, note every file opened for writing or changed."""
    if not _watchers:
        return
    if event == "open" and len(args) >= 3:
        path, mode, flags = args[0], args[1], args[2]
        by_mode = isinstance(mode, str) and any(letter in mode for letter in "wax+")
        by_flags = isinstance(flags, int) and bool(flags & _WRITE_FLAGS)
        if by_mode or by_flags:
            _watchers[-1].append(f"open {path!r}")
    elif event in _FILE_CHANGES or event.startswith("tempfile."):
        _watchers[-1].append(f"{event} {args!r}")


sys.addaudithook(_note_writes)  # hooks cannot be removed; it is idle unless a test watches


@contextmanager
def files_written() -> Iterator[list[str]]:
    """Collect every file Python opens for writing (or creates, moves, removes) meanwhile."""
    seen: list[str] = []
    _watchers.append(seen)
    try:
        yield seen
    finally:
        _watchers.remove(seen)


def test_nothing_is_written_to_disk(
    pipeline: ScanPipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Personal documents stay in memory: no temporary, cache or home files, no file at all."""
    raws = [
        pictures.raw_page(pictures.skewed_page(200, 7.0), 200),
        pictures.raw_page(pictures.page_on_desk(150, 5.0, colour=True).image, 150),
    ]
    pipeline.bind([pipeline.develop(raws[0], False)])  # every lazy import done beforehand
    folders = {name: tmp_path / name for name in ("tmp", "home", "cache")}
    for folder in folders.values():
        folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folders["tmp"]))
    monkeypatch.setenv("TMPDIR", str(folders["tmp"]))
    monkeypatch.setenv("HOME", str(folders["home"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folders["cache"]))

    with files_written() as written:
        pages: list[CapturedPage] = [
            pipeline.develop(raws[0], colour=False),
            pipeline.develop(raws[1], colour=True),
        ]
        pdf = pipeline.bind(pages)

    assert pdf.startswith(b"%PDF")
    assert written == []
    assert {name: sorted(folder.iterdir()) for name, folder in folders.items()} == {
        name: [] for name in folders
    }
