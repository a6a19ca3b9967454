"""Printouts drawn as PDF with ReportLab: an 80 mm roll fitted to its content, or A4.

Text is shaped (Bengali conjuncts, joined Urdu), put in visual order for right-to-left
languages, and wrapped by its shaped width. The output is byte-for-byte repeatable.
"""

from __future__ import annotations

import io
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import segno
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from core.languages import language
from core.printout import Band, Line, Printout, Qr, Rule, Size
from printing.fonts import (
    Run,
    face,
    faces_for,
    logical_width,
    paragraph_is_rtl,
    visual_runs,
)
from printing.script import bidi_levels

PaperName = Literal["roll80", "a4"]
# Points on an 80 mm roll; A4 scales them up. HUGE is the ticket number.
SIZE_PT = {Size.SMALL: 8.5, Size.NORMAL: 10.5, Size.LARGE: 14.0, Size.HUGE: 30.0}
QR_MM = 30.0
QR_QUIET = 2  # modules of white above and below; the column leaves far more at the sides
LINE_HEIGHT = 1.35  # at least, in ems; Bengali and Urdu faces ask for more
_CJK = (("\u2e80", "\u9fff"), ("\uf900", "\ufaff"), ("\uff00", "\uffef"))
_render_lock = threading.Lock()  # ReportLab's fonts are shared, mutable state
Draw = Callable[[Canvas, float, float], None]  # (canvas, column left, content top)


@dataclass(frozen=True, slots=True)
class Paper:
    """A paper: its width, the printed column, margins, text scale, and a fixed height if any."""

    width: float
    column: float
    margin: float
    scale: float
    height: float | None = None


PAPERS: dict[str, Paper] = {
    "roll80": Paper(80 * mm, 72 * mm, 4 * mm, 1.0),
    "a4": Paper(A4[0], 120 * mm, 20 * mm, 1.4, A4[1]),
}


def render_pdf(printout: Printout, paper: PaperName = "roll80") -> bytes:
    """The printout as a one-page PDF on ``paper`` ("roll80" or "a4")."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}; expected one of {sorted(PAPERS)}")
    with _render_lock:
        return _render(printout, PAPERS[paper])


def _render(printout: Printout, sheet: Paper) -> bytes:
    scale = sheet.scale
    sheet_layout = _Layout(printout, sheet.column, scale)
    if sheet.height is not None:  # shrink a long printout to fit its page
        room = sheet.height - 2 * sheet.margin
        for _ in range(3):
            if sheet_layout.y <= room:
                break
            scale *= room / sheet_layout.y
            sheet_layout = _Layout(printout, sheet.column, scale)
    height = sheet.height or sheet_layout.y + 2 * sheet.margin
    out = io.BytesIO()
    own_font = face(language(printout.language).font_family, False).name  # else Helvetica
    canvas = Canvas(
        out,
        pagesize=(sheet.width, height),
        invariant=1,
        initialFontName=own_font,
        lang=printout.language.replace("_", "-"),
    )
    canvas.setTitle(printout.job_name)
    canvas.setAuthor("")
    canvas.setSubject("")
    canvas.setCreator("civic-kiosk")
    left = (sheet.width - sheet.column) / 2
    for draw in sheet_layout.ops:
        draw(canvas, left, height - sheet.margin)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


@dataclass
class _Layout:
    """Blocks placed top to bottom in a column; ``y`` is the height used so far, in points."""

    printout: Printout
    column: float
    scale: float
    y: float = 0.0
    ops: list[Draw] = field(default_factory=list)

    def __post_init__(self) -> None:
        for block in self.printout.blocks:
            if isinstance(block, Line):
                self._text(block.text, block.size, block.bold, _align(block, self.printout))
            elif isinstance(block, Band):
                self._band(block.text)
            elif isinstance(block, Rule):
                self._rule()
            elif isinstance(block, Qr):
                self._qr(block)

    def _text(
        self, text: str, size: Size, bold: bool, align: str, white: bool = False, gap: bool = True
    ) -> None:
        lines, points, ascent, descent = self._wrap(text, SIZE_PT[size] * self.scale, bold)
        for runs in lines:
            width = sum(r.width for r in runs)
            x = {"left": 0.0, "right": self.column - width}.get(align, (self.column - width) / 2)
            self.ops.append(_text_op(runs, x, self.y + ascent, white))
            self.y += ascent + descent
        self.y += points * 0.3 if gap else 0.0

    def _wrap(
        self, text: str, size: float, bold: bool
    ) -> tuple[list[list[Run]], float, float, float]:
        """Lines of runs, the size used (shrunk so no word overflows), and line ascent, descent."""
        text = " ".join(text.split())
        faces = faces_for(self.printout.language, bold, text)
        levels = bidi_levels(text, paragraph_is_rtl(text, self.printout.language))
        words = _words(text)
        widest = max((logical_width(text[a:b], faces[a:b], size) for a, b in words), default=0)
        if widest > self.column:
            size = int(size * self.column / widest * 10) / 10
        spans: list[tuple[int, int]] = []
        for start, end in words:
            if spans:
                line_start = spans[-1][0]
                width = logical_width(text[line_start:end], faces[line_start:end], size)
                if width <= self.column:
                    spans[-1] = (line_start, end)
                    continue
            spans.append((start, end))
        used = set(faces) or set(faces_for(self.printout.language, bold, "x"))
        ascent = max(f.ascent for f in used) * size
        descent = max(f.descent for f in used) * size
        spare = max(0.0, LINE_HEIGHT * size - ascent - descent) / 2  # CJK faces are only 1 em
        ascent, descent = ascent + spare, descent + spare
        lines = [visual_runs(text[a:b], faces[a:b], levels[a:b], size) for a, b in spans]
        return lines, size, ascent, descent

    def _band(self, text: str) -> None:
        pad = 2.5 * self.scale
        top, at = self.y, len(self.ops)
        self.y += pad
        self._text(text, Size.LARGE, True, "centre", white=True, gap=False)
        self.y += pad
        height = self.y - top

        def draw(c: Canvas, left: float, page_top: float) -> None:
            c.rect(left, page_top - top - height, self.column, height, stroke=0, fill=1)

        self.ops.insert(at, draw)  # the bar goes under its text
        self.y += 3 * self.scale

    def _rule(self) -> None:
        y = self.y + 3 * self.scale

        def draw(c: Canvas, left: float, top: float) -> None:
            c.setLineWidth(0.6 * self.scale)
            c.line(left, top - y, left + self.column, top - y)

        self.ops.append(draw)
        self.y = y + 4 * self.scale

    def _qr(self, block: Qr) -> None:
        code = segno.make_qr(block.data, error="m")
        matrix = [list(row) for row in code.matrix_iter(border=0)]
        side = QR_MM * mm * self.scale
        module = side / len(matrix)
        top = self.y + QR_QUIET * module  # room to scan: no text hard against the code
        x0 = (self.column - side) / 2

        def draw(c: Canvas, left: float, page_top: float) -> None:
            path = c.beginPath()
            for r, row in enumerate(matrix):
                c_start = None
                for col, dark in enumerate([*row, False]):
                    if dark and c_start is None:
                        c_start = col
                    elif not dark and c_start is not None:
                        y = page_top - top - (r + 1) * module
                        path.rect(left + x0 + c_start * module, y, (col - c_start) * module, module)
                        c_start = None
            c.drawPath(path, stroke=0, fill=1)

        self.ops.append(draw)
        self.y = top + side + QR_QUIET * module
        if block.caption:
            self._text(block.caption, Size.SMALL, False, "centre")


def _align(line: Line, printout: Printout) -> str:
    if line.centred:
        return "centre"
    return "right" if language(printout.language).right_to_left else "left"


def _words(text: str) -> list[tuple[int, int]]:
    """Spans that a line may break between: words, and each Chinese character on its own."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, char in enumerate(text):
        if char == " ":
            if start is not None:
                spans.append((start, i))
            start = None
        elif _breaks_before(text, i) and start is not None:
            spans.append((start, i))
            start = i
        elif start is None:
            start = i
    if start is not None:
        spans.append((start, len(text)))
    return spans


def _breaks_before(text: str, i: int) -> bool:
    """Whether a line may break here: next to CJK, but never before a comma or after a bracket."""
    if i == 0 or text[i - 1] == " ":
        return False
    if unicodedata.category(text[i - 1]) in ("Ps", "Pi"):
        return False
    if unicodedata.category(text[i]) in ("Pe", "Pf", "Po"):
        return False
    return _is_cjk(text[i]) or _is_cjk(text[i - 1])


def _is_cjk(char: str) -> bool:
    return any(low <= char <= high for low, high in _CJK)


def _text_op(runs: list[Run], x: float, baseline: float, white: bool) -> Draw:
    def draw(c: Canvas, left: float, top: float) -> None:
        c.saveState()
        colour = (1, 1, 1) if white else (0, 0, 0)
        c.setFillColorRGB(*colour)
        c.setStrokeColorRGB(*colour)
        at = left + x
        for run in runs:
            text = c.beginText(at, top - baseline)
            text.setFont(run.face.name, run.size)
            if run.face.stroke:
                c.setLineWidth(run.face.stroke * run.size)
                text.setTextRenderMode(2)
            text.textOut(run.text)
            c.drawText(text)
            at += run.width
        c.restoreState()

    return draw
