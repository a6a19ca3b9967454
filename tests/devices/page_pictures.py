"""Test pages drawn with Pillow: what residents put on the scanner, good and bad.

Pages are A4 at a chosen resolution. The text-like page has a dark title bar (a long,
straight edge the tests use as a ruler for crookedness) and lines of "words" drawn as dark
rectangles; the letter page has real lettering, for judging file sizes. The faulty pages
(blank, dark, faint, blurred, crooked, cut off, on a dark desk) are made from those.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from core.scanning import A4_MM, MM_PER_INCH, RawPage

PAPER = 248  # the paper's shade: scanned paper is a little short of pure white
INK = 25  # printed black
FAINT_INK = 205  # a faded print or a light pencil
DESK = 45  # a dark desk under a document camera
MARGIN_MM = 20.0
TITLE_BAR_MM = (MARGIN_MM, 20.0, 210.0 - MARGIN_MM, 30.0)  # left, top, right, bottom
TITLE_BAR_CENTRE_MM = (
    (TITLE_BAR_MM[0] + TITLE_BAR_MM[2]) / 2,
    (TITLE_BAR_MM[1] + TITLE_BAR_MM[3]) / 2,
)
LINE_PITCH_MM = 6.0
WORD_HEIGHT_MM = 2.5
LOGO_BLUE = (20, 70, 160)

WORDS = (
    *("council", "tax", "housing", "benefit", "tenancy", "agreement", "payslip", "passport"),
    *("reference", "address", "landlord", "rent", "month", "payment", "account", "resident"),
    *("borough", "service", "letter", "date", "signed", "evidence", "income", "employer"),
    *("period", "total", "deductions", "national", "insurance", "number"),
)


def mm(value: float, dpi: int) -> int:
    """Millimetres as whole pixels at ``dpi``."""
    return round(value * dpi / MM_PER_INCH)


def a4_size(dpi: int) -> tuple[int, int]:
    """The pixel size of an A4 sheet at ``dpi``."""
    return (mm(A4_MM[0], dpi), mm(A4_MM[1], dpi))


def text_page(dpi: int, colour: bool = False, ink: int = INK, seed: int = 1) -> Image.Image:
    """A typical letter: title bar, a subtitle, then lines of words as dark rectangles.

    In colour, the council's logo is a blue square at the top right.
    """
    rng = random.Random(seed)
    page = Image.new("L", a4_size(dpi), PAPER)
    draw = ImageDraw.Draw(page)
    left, top, right, bottom = TITLE_BAR_MM
    draw.rectangle((mm(left, dpi), mm(top, dpi), mm(right, dpi) - 1, mm(bottom, dpi) - 1), ink)
    draw.rectangle((mm(left, dpi), mm(36, dpi), mm(110, dpi), mm(40, dpi)), ink)
    y = 50.0
    while y < 297.0 - MARGIN_MM - WORD_HEIGHT_MM:
        line_end = 210.0 - MARGIN_MM - rng.uniform(0, 40)
        x = MARGIN_MM
        while True:
            word = rng.uniform(4, 24)
            if x + word > line_end:
                break
            draw.rectangle(
                (mm(x, dpi), mm(y, dpi), mm(x + word, dpi), mm(y + WORD_HEIGHT_MM, dpi)), ink
            )
            x += word + 2.5
        y += LINE_PITCH_MM * (2 if rng.random() < 0.12 else 1)  # paragraph breaks
    if not colour:
        return page
    coloured = page.convert("RGB")
    ImageDraw.Draw(coloured).rectangle(
        (mm(160, dpi), mm(34, dpi), mm(190, dpi), mm(46, dpi)), LOGO_BLUE
    )
    return coloured


def letter_page(dpi: int, colour: bool = False, dense: bool = False, seed: int = 2) -> Image.Image:
    """A council letter with real 11 pt lettering and a little scanner noise, for file sizes.

    The rectangles of ``text_page`` compress far better than lettering does, so sizes are
    judged on this page: an address block, date and reference, a heading, four paragraphs
    and a signature (about 2,500 characters), or with ``dense`` text from top to bottom
    (about 3,500 characters, small print).
    """
    rng = random.Random(seed)
    mode = "RGB" if colour else "L"
    page = Image.new(mode, a4_size(dpi), (PAPER,) * 3 if colour else PAPER)
    draw = ImageDraw.Draw(page)
    ink = (INK,) * 3 if colour else INK
    heading = _font(14, dpi)
    body = _font(11, dpi)
    full_width = mm(210.0 - 2 * MARGIN_MM, dpi)

    def line_of_words(width: float) -> str:
        line = rng.choice(WORDS)
        while body.getlength(f"{line} {(word := rng.choice(WORDS))}") < width:
            line = f"{line} {word}"
        return line

    def write(x_mm: float, y_mm: float, text: str, font: ImageFont.FreeTypeFont = body) -> None:
        draw.text((mm(x_mm, dpi), mm(y_mm, dpi)), text, fill=ink, font=font)

    if colour:
        draw.rectangle((mm(160, dpi), mm(15, dpi), mm(190, dpi), mm(35, dpi)), LOGO_BLUE)
    if dense:
        y = 20.0
        while y < 297.0 - MARGIN_MM:
            write(MARGIN_MM, y, line_of_words(full_width * rng.uniform(0.85, 1.0)))
            y += 5.0
        return with_noise(page, sigma=2.5, seed=seed)
    for row in range(5):  # the resident's name and address
        write(MARGIN_MM, 45 + row * 5.5, line_of_words(mm(rng.uniform(35, 60), dpi)))
    write(140, 45, "Date: 14 March 2025")
    write(140, 50.5, "Ref: HB/2025/0417")
    write(MARGIN_MM, 85, "Notice of Housing Benefit", heading)
    y = 97.0
    for _ in range(4):
        lines = rng.randint(4, 7)
        for line in range(lines):
            share = rng.uniform(0.3, 0.8) if line == lines - 1 else rng.uniform(0.92, 1.0)
            write(MARGIN_MM, y, line_of_words(full_width * share))
            y += 5.5
        y += 5.5
    write(MARGIN_MM, y + 4, "Yours sincerely")
    signature = [
        (mm(MARGIN_MM + i * 2.5, dpi), mm(y + 16 + 4 * math.sin(i * 1.3), dpi)) for i in range(20)
    ]
    draw.line(signature, fill=ink, width=max(1, mm(0.4, dpi)))
    write(MARGIN_MM, y + 24, "Benefits Service")
    return with_noise(page, sigma=2.5, seed=seed)


def _font(points: float, dpi: int) -> ImageFont.FreeTypeFont:
    """Pillow's own scalable font (Aileron) at ``points`` for a page at ``dpi``."""
    font = ImageFont.load_default(size=round(points * dpi / 72))
    assert isinstance(font, ImageFont.FreeTypeFont), "Pillow was built without FreeType"
    return font


def with_noise(page: Image.Image, sigma: float, seed: int = 3) -> Image.Image:
    """The page with the sensor noise every real scanner adds."""
    pixels = np.asarray(page, dtype=np.float32)
    noise = np.random.default_rng(seed).normal(0.0, sigma, pixels.shape).astype(np.float32)
    return Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8), page.mode)


def blank_page(dpi: int, noise: float = 0.0, specks: int = 0, seed: int = 4) -> Image.Image:
    """An empty sheet; with ``noise`` the scanner's grain, with ``specks`` a little dust."""
    page = Image.new("L", a4_size(dpi), PAPER)
    rng = random.Random(seed)
    draw = ImageDraw.Draw(page)
    for _ in range(specks):
        x, y = rng.randrange(page.width), rng.randrange(page.height)
        draw.rectangle((x, y, x + 1, y + 1), INK)
    return with_noise(page, noise, seed) if noise else page


def dark_page(dpi: int, level: int = 0) -> Image.Image:
    """A page that came out (nearly) black: lid open under a bright room, or a dead lamp."""
    return Image.new("L", a4_size(dpi), level)


def underexposed_page(dpi: int) -> Image.Image:
    """A document camera photo in poor light: the text is there but the paper looks gray."""
    return text_page(dpi).point(lambda v: v * 80 // 255)


def faint_page(dpi: int) -> Image.Image:
    """Very faint lettering: a faded print, or a light pencil."""
    return text_page(dpi, ink=FAINT_INK)


def blurred_page(dpi: int, radius: float) -> Image.Image:
    """The page out of focus (document camera) or lifted off the glass (thick booklet)."""
    return text_page(dpi).filter(ImageFilter.GaussianBlur(radius))


def skewed_page(dpi: int, degrees: float, colour: bool = False) -> Image.Image:
    """The page put on the glass crooked: turned ``degrees`` anticlockwise, lid white around it."""
    fill: int | tuple[int, int, int] = (255, 255, 255) if colour else 255
    return text_page(dpi, colour=colour).rotate(
        degrees, resample=Image.Resampling.BICUBIC, fillcolor=fill
    )


def cut_off_page(dpi: int, edge: str = "right", by_mm: float = 35.0) -> Image.Image:
    """The page slid ``by_mm`` off the glass: its text runs off one edge of the scan."""
    page = text_page(dpi)
    shift = mm(by_mm, dpi)
    moved = Image.new("L", page.size, PAPER)
    offsets = {
        "right": (shift, 0),
        "left": (-shift, 0),
        "top": (0, -shift),
        "bottom": (0, shift),
    }
    moved.paste(page, offsets[edge])
    return moved


@dataclass(frozen=True)
class DeskShot:
    """A page photographed on a dark desk, and where the paper really is (pixels)."""

    image: Image.Image
    paper_box: tuple[int, int, int, int]  # left, top, right, bottom of the unturned paper


def page_on_desk(dpi: int, degrees: float = 0.0, colour: bool = False) -> DeskShot:
    """A document camera's view: the page, maybe turned, on a dark desk with a wide border."""
    page = text_page(dpi, colour=colour)
    border_left, border_top = mm(28, dpi), mm(22, dpi)
    size = (page.width + border_left + mm(34, dpi), page.height + border_top + mm(26, dpi))
    desk_colour: int | tuple[int, int, int] = (DESK,) * 3 if colour else DESK
    desk = Image.new(page.mode, size, desk_colour)
    desk = with_noise(desk, sigma=4.0, seed=5)
    if degrees:
        mask = Image.new("L", page.size, 255).rotate(
            degrees, resample=Image.Resampling.BICUBIC, expand=True
        )
        turned = page.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=True)
        dx, dy = (turned.width - page.width) // 2, (turned.height - page.height) // 2
        desk.paste(turned, (border_left - dx, border_top - dy), mask)
    else:
        desk.paste(page, (border_left, border_top))
    box = (border_left, border_top, border_left + page.width, border_top + page.height)
    return DeskShot(desk, box)


def raw_page(picture: Image.Image, dpi: int) -> RawPage:
    """The picture as a scanner driver hands it over."""
    colour = picture.mode == "RGB"
    return RawPage(picture.width, picture.height, colour, dpi, picture.tobytes())


def title_bar_angle(picture: Image.Image) -> float:
    """How far the title bar's top edge is turned anticlockwise, in degrees.

    Independent of the pipeline's own measure: it fits a straight line to the top edge of
    the title bar, column by column, across the middle of the page, to a tenth of a pixel
    (the edge's gray level is interpolated between the pixels either side of it).
    """
    gray = np.asarray(picture.convert("L"), dtype=np.float32)
    height, width = gray.shape
    columns = np.arange(round(width * 0.3), round(width * 0.7))
    strip = gray[: height // 3, columns]
    paper = float(np.percentile(strip, 90))
    ink = float(np.percentile(strip, 2))
    half = (paper + ink) / 2
    dark = strip < half
    first = dark.argmax(axis=0)
    found = dark.any(axis=0) & (first > 0)
    rows = first[found]
    cols = columns[found]
    above = strip[rows - 1, found.nonzero()[0]]
    at = strip[rows, found.nonzero()[0]]
    crossing = rows - 1 + (above - half) / np.maximum(above - at, 1e-6)
    slope = np.polyfit(cols.astype(np.float64), crossing.astype(np.float64), 1)[0]
    return -math.degrees(math.atan(slope))


def jpeg_mode_and_size(data: bytes) -> tuple[str, tuple[int, int], tuple[float, float]]:
    """The mode, pixel size and stated dpi of a JPEG."""
    with Image.open(io.BytesIO(data)) as picture:
        assert picture.format == "JPEG"
        dpi = picture.info.get("dpi", (0.0, 0.0))
        return picture.mode, picture.size, (float(dpi[0]), float(dpi[1]))
