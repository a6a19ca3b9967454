"""The scan pipeline: a scanner's raw pages in, one compact PDF of the document out.

Each page is read from the driver's pixels, put straight (and cropped to the paper under a
document camera), checked for problems the resident should know about, and compressed to
a JPEG that goes into the PDF as it is: binding never decodes or re-encodes a page.
Everything stays in memory; nothing here touches the disk, as the pages are personal
evidence (passports, payslips) that must only ever be stored sealed.

File sizes are judged on the test letter (tests/devices/page_pictures.letter_page): an A4
council letter of about 2,500 characters in 11 pt, with scanner grain; six variants of it
came to 215-260 KB in gray at 200 dpi and 475-545 KB in colour at 300 dpi.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import img2pdf  # type: ignore[import-untyped]
from PIL import Image

from core.scanning import CapturedPage, RawPage, ScanFailed, ScanProblem
from devices.scan_quality import check_page
from devices.scan_straighten import straighten

# What a typical page may cost (bytes), measured on the test letter (see the module's note):
# a ten-page bundle of gray letters is then about 2.5 MB, a few seconds' upload.
GRAY_PAGE_BUDGET = 250_000  # an A4 gray page at 200 dpi
COLOUR_PAGE_BUDGET = 600_000  # an A4 colour page at 300 dpi
# Gray pages are letters, payslips and forms. At quality 45 text at 200 dpi keeps clean
# strokes (ringing round them is fainter than the paper's grain) and a typical letter is
# 215-260 KB; quality 60 would be 20% bigger for no gain in legibility.
GRAY_QUALITY = 45
# Colour pages are passports, ID cards and photos, where faces and fine print matter, so
# they get more quality: a typical colour letter at 300 dpi is 475-545 KB.
COLOUR_QUALITY = 60
# Colour detail at half resolution (4:2:0): eyes, and staff checking a document, see
# colour far less sharply than light and dark, and it saves about a third of the bytes.
COLOUR_SUBSAMPLING = 2
# Baseline JPEG, not progressive: progressive is 8% smaller but older PostScript printers
# and some records systems cannot decode it inside a PDF.
PROGRESSIVE_JPEG = False
# Optimised Huffman tables: about 7% smaller for 10-15 ms a page, and every reader copes.
OPTIMISE_JPEG = True
# The preview on the kiosk screen: long side in pixels, enough to judge the page at a
# glance, at a quality where it looks clean; about 60-70 KB for a letter.
PREVIEW_LONG_SIDE = 900
PREVIEW_QUALITY = 70
# img2pdf's own PDF writer, in pure Python, so every file it could open is visible to
# Python's audit hooks (the tests watch them); it writes only to the stream it is given.
# (Traced with strace, neither it nor the pikepdf engine opens any file while binding.)
PDF_ENGINE = img2pdf.Engine.internal


class ScanPipeline:
    """Implements core.scanning.ScanProcessor with Pillow, numpy and img2pdf."""

    def develop(self, raw: RawPage, colour: bool) -> CapturedPage:
        """Straighten, crop, check and compress one page; ScanFailed(CORRUPT) if unreadable.

        ``colour`` is what the document wants: a colour scan of a gray document is kept
        gray, which is smaller; a gray scan stays gray whatever the document wants.
        """
        raw.check()
        mode = "RGB" if raw.colour else "L"
        try:
            image = Image.frombytes(mode, (raw.width, raw.height), raw.pixels)
        except ValueError as exc:  # Pillow's own complaint about the buffer
            raise ScanFailed(ScanProblem.CORRUPT, str(exc)) from exc
        if not colour and image.mode != "L":
            image = image.convert("L")
        straight = straighten(image)
        page = straight.image
        problems = check_page(page, raw.dpi, straight.skew)
        return CapturedPage(
            jpeg=_page_jpeg(page, raw.dpi),
            preview=_preview_jpeg(page),
            width=page.width,
            height=page.height,
            dpi=raw.dpi,
            colour=page.mode == "RGB",
            problems=problems,
            straightened_by=straight.angle_corrected,
            cropped=straight.cropped,
        )

    def bind(self, pages: Sequence[CapturedPage]) -> bytes:
        """The pages as one PDF in memory, each page the size of its paper.

        The JPEGs go in unchanged; each page's size comes from its pixels and the dpi
        written in its JPEG header. Raises ValueError when there are no pages.
        """
        if not pages:
            raise ValueError("a document needs at least one page")
        streams = [io.BytesIO(page.jpeg) for page in pages]  # never taken for file names
        pdf = img2pdf.convert(streams, engine=PDF_ENGINE)
        if not isinstance(pdf, bytes):  # img2pdf returns bytes when given no output stream
            raise TypeError(f"img2pdf gave {type(pdf).__name__}, not bytes")
        return pdf


def _page_jpeg(page: Image.Image, dpi: int) -> bytes:
    """The page as it goes into the PDF, its dpi in the header so the PDF page is A4."""
    out = io.BytesIO()
    settings: dict[str, object] = {
        "quality": GRAY_QUALITY,
        "optimize": OPTIMISE_JPEG,
        "progressive": PROGRESSIVE_JPEG,
        "dpi": (dpi, dpi),
    }
    if page.mode == "RGB":
        settings |= {"quality": COLOUR_QUALITY, "subsampling": COLOUR_SUBSAMPLING}
    page.save(out, format="JPEG", **settings)
    return out.getvalue()


def _preview_jpeg(page: Image.Image) -> bytes:
    """A small JPEG of the page for the screen (never bigger than the page itself)."""
    scale = min(1.0, PREVIEW_LONG_SIDE / max(page.size))
    size = (max(1, round(page.width * scale)), max(1, round(page.height * scale)))
    preview = page.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    out = io.BytesIO()
    preview.save(out, format="JPEG", quality=PREVIEW_QUALITY)
    return out.getvalue()
