"""Scanning figures: an A4 page from the scanner to a sealed PDF, its time and its bytes.

Ours: the page as SANE's driver reads it (``SaneScanner``, the SANE test backend through
a private config), then the pipeline (straighten, quality checks, JPEG), binding into a PDF
and sealing to the council key; at 300 dpi colour (a passport) and 200 dpi gray (letters).

Baseline, in the same run: the same read with bare python-sane (``dev.scan()``), and the
raw page put into a PDF by img2pdf with no processing (lossless PNG, as img2pdf takes it).

The test backend's pictures are flat patterns that compress unlike paper, so bytes per
page are measured on a realistic letter (2,500 characters of 11 pt text with scanner
grain, drawn by tests/devices/page_pictures.py) through the same two paths.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

import img2pdf
from PIL import Image

from benchmarks.printing_render import median_ms
from core.config import load_config
from core.scanning import RawPage, ScanSettings, ScanSource
from devices.scan_pipeline import ScanPipeline
from sync.sealing import CouncilSealer

A4_PAGE_TARGETS = {  # what one A4 page may cost, legibly (see devices/scan_pipeline.py)
    "300 dpi colour": 600_000,
    "200 dpi gray": 250_000,
}
ROW = "{:<44}{:<30}{:<28}{}"


@dataclass(frozen=True, slots=True)
class ScanFigure:
    name: str
    ours: float
    bare: float
    unit: str  # "ms" or "KB"
    goal: str = ""

    @property
    def ratio(self) -> float:
        return self.ours / self.bare if self.bare else 0.0


def _bare_pdf(page: RawPage) -> bytes:
    """img2pdf of the raw page, no processing: lossless PNG in, Flate in the PDF."""
    mode = "RGB" if page.colour else "L"
    image = Image.frombytes(mode, (page.width, page.height), page.pixels)
    png = io.BytesIO()
    image.save(png, format="PNG", dpi=(page.dpi, page.dpi), compress_level=6)
    layout = img2pdf.get_fixed_dpi_layout_fun((page.dpi, page.dpi))
    return bytes(img2pdf.convert(png.getvalue(), layout_fun=layout))


def _letter(dpi: int, colour: bool) -> RawPage:
    from tests.devices.page_pictures import letter_page, raw_page

    return raw_page(letter_page(dpi, colour=colour), dpi)


def measure_scanning(rounds: int = 5) -> list[ScanFigure]:
    """Time per page and bytes per page, ours against bare, for both kinds of page."""
    from tests.devices.sane_support import use_private_config

    use_private_config("bench-sane-")  # before SANE first starts in this process
    import sane

    from devices.sane_scanner import SaneScanner

    sealer = CouncilSealer(load_config(None).council_public_key)
    pipeline = ScanPipeline()
    figures: list[ScanFigure] = []
    for label, dpi, colour in (("300 dpi colour", 300, True), ("200 dpi gray", 200, False)):
        settings = ScanSettings(ScanSource.FLATBED, dpi, colour)
        scanner = SaneScanner("test:0", options={"test-picture": "Color pattern"})

        def read(scanner: SaneScanner = scanner, settings: ScanSettings = settings) -> RawPage:
            (page,) = scanner.scan(settings, 1)
            return page

        def ours(scanner_read: Callable[[], RawPage] = read, colour: bool = colour) -> bytes:
            page = pipeline.develop(scanner_read(), colour)
            return sealer.seal_bytes(pipeline.bind([page]))

        def bare_read(dpi: int = dpi, colour: bool = colour) -> RawPage:
            sane.init()
            device = sane.open("test:0")
            try:
                device.mode = "Color" if colour else "Gray"
                device.resolution = dpi
                device.br_x, device.br_y = 210.0, 297.0
                device.test_picture = "Color pattern"
                image = device.scan()
            finally:
                device.close()
            return RawPage(image.width, image.height, colour, dpi, image.tobytes())

        def bare(bare_scanner_read: Callable[[], RawPage] = bare_read) -> bytes:
            return _bare_pdf(bare_scanner_read())

        figures.append(
            ScanFigure(
                f"A4 {label}: scan to sealed PDF",
                median_ms(ours, rounds),
                median_ms(bare, rounds),
                "ms",
            )
        )
        letter = _letter(dpi, colour)
        our_bytes = len(pipeline.bind([pipeline.develop(letter, colour)]))
        bare_bytes = len(_bare_pdf(letter))
        target = A4_PAGE_TARGETS[label]
        verdict = "PASS" if our_bytes <= target else "FAIL"
        figures.append(
            ScanFigure(
                f"A4 {label}: bytes per page (letter)",
                our_bytes / 1000,
                bare_bytes / 1000,
                "KB",
                f"{verdict} ≤ {target // 1000} KB",
            )
        )
    return figures


def scanning_table(figures: list[ScanFigure]) -> str:
    """The scanning rows for people to read."""
    lines = ["", "scanning (same run; baseline: bare python-sane read + img2pdf of the raw page)"]
    lines.append(ROW.format("figure", "baseline", "civic-kiosk", "ratio"))
    for f in figures:
        lines.append(
            ROW.format(
                f.name,
                f"{f.bare:.0f} {f.unit}",
                f"{f.ours:.0f} {f.unit}",
                f"{f.ratio:.2f}× {f.goal}".rstrip(),
            )
        )
    return "\n".join(lines)


def scanning_figures(figures: list[ScanFigure]) -> list[dict[str, float | str]]:
    """The same figures for build/bench.json."""
    return [
        {"figure": f.name, "ours": f.ours, "bare": f.bare, "unit": f.unit, "ratio": f.ratio}
        for f in figures
    ]


if __name__ == "__main__":
    print(scanning_table(measure_scanning()))
