"""A simulated flatbed for demos and UI tests: each scan is a drawn sample page (PNG).

It says what it is on the page itself ("SAMPLE SCAN"), so it can never pass for a real
document. Real kiosks use the SANE driver (the scanning issue).
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from core.ports import ScanFailed

PAGE_SIZE = (620, 877)  # A4 at 75 dpi


class SimulatedScanner:
    """Implements core's PageScanner; ``fail_with`` makes the next scans fail with a reason."""

    def __init__(self) -> None:
        self.pages_scanned = 0
        self.fail_with: str | None = None

    def scan_page(self) -> bytes:
        if self.fail_with is not None:
            raise ScanFailed(self.fail_with)
        self.pages_scanned += 1
        page = Image.new("L", PAGE_SIZE, 255)
        draw = ImageDraw.Draw(page)
        draw.rectangle((40, 40, PAGE_SIZE[0] - 40, 120), outline=0, width=3)
        draw.text((60, 70), f"SAMPLE SCAN - page {self.pages_scanned}", fill=0)
        for line in range(12):
            y = 170 + line * 45
            draw.line((60, y, PAGE_SIZE[0] - 60 - (line % 3) * 90, y), fill=90, width=4)
        out = io.BytesIO()
        page.save(out, format="PNG", optimize=True)
        return out.getvalue()
