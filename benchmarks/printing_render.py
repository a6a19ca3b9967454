"""Printing figures: ticket render times (PDF, ESC/POS) and tap to job spooled, each against a
bare reportlab canvas with one line of text, measured in the same run."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path

from core.printing import PrintDesk
from core.printout import Printout
from printing.layouts import QueueTicket
from store.journal import SqliteJournal


@dataclass(frozen=True, slots=True)
class PrintFigure:
    """One printing figure: its median in milliseconds and the bare canvas's."""

    name: str
    median_ms: float
    bare_ms: float

    @property
    def ratio(self) -> float:
        """Figure over the bare canvas."""
        return self.median_ms / self.bare_ms


def bare_canvas() -> bytes:
    """The baseline: a reportlab canvas with one line of text, to PDF bytes."""
    from reportlab.pdfgen import canvas

    out = BytesIO()
    page = canvas.Canvas(out, pagesize=(226.8, 300))
    page.drawString(10, 150, "A042")
    page.save()
    return out.getvalue()


def ticket(language: str) -> Printout:
    """A realistic queue ticket in a language."""
    return QueueTicket(
        "A042",
        "Council Tax and Benefits",
        5,
        12,
        datetime(2026, 11, 23, 10, 30),
        "TK-20261123-A042",
        "Idea Store Whitechapel",
        language,
    ).printout()


def median_ms(action: Callable[[], object], repeats: int) -> float:
    action()  # warm once (fonts, glyph tables; imports and the first SANE start)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure_printing(repeats: int = 20) -> list[PrintFigure]:
    """Median render and spool times for tickets in English and Bengali."""
    from printing.escpos_render import render_escpos
    from printing.pdf import render_pdf
    from printing.printers import build_printer

    bare = median_ms(bare_canvas, repeats)
    figures = []
    for lang in ("en", "bn"):
        printout = ticket(lang)
        figures.append(
            PrintFigure(
                f"ticket PDF render ({lang})",
                median_ms(lambda p=printout: render_pdf(p, "roll80"), repeats),
                bare,
            )
        )
        figures.append(
            PrintFigure(
                f"ticket ESC/POS render ({lang})",
                median_ms(lambda p=printout: render_escpos(p), repeats),
                bare,
            )
        )
    with tempfile.TemporaryDirectory(prefix="civic-kiosk-spool-") as folder:
        printer = build_printer({"name": "bench", "kind": "file", "folder": f"{folder}/out"})
        journal = SqliteJournal(Path(folder) / "data", "bench-kiosk", "site")
        desk = PrintDesk(printer, journal)
        printout = ticket("en")
        figures.append(
            PrintFigure(
                "tap to job spooled (file printer, en)",
                median_ms(lambda: desk.print(printout, "A042"), repeats),
                bare,
            )
        )
        faults = journal.counts_by_type().get("printer.fault", 0)
        journal.close()
        if faults:
            raise RuntimeError(f"the file printer failed {faults} times while benchmarking")
    return figures


def printing_table(figures: list[PrintFigure]) -> str:
    """Rows for the printing figures, as ratios to the bare canvas."""
    lines = ["", "printing (median of repeats, warm; baseline: bare reportlab canvas, one line)"]
    for f in figures:
        lines.append(
            f"  {f.name:<40}{f.median_ms:8.1f} ms   bare {f.bare_ms:6.2f} ms   {f.ratio:6.1f}×"
        )
    return "\n".join(lines)
