"""Checking a scanned page before it is kept: blank, too dark, too faint, blurred, cut off?

Each problem found is offered to the resident as a reason to scan the page again; none
stops them keeping it. The checks look at a gray copy shrunk to ``ANALYSIS_DPI`` so the
thresholds mean the same at any scanner resolution (they are in gray levels, millimetres
and shares of the page) and the whole check takes a few tens of milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from core.scanning import MM_PER_INCH, PageProblem
from devices.scan_straighten import MAX_CORRECTABLE_SKEW

ANALYSIS_DPI = 100  # dots per inch of the copy checked: text strokes and edges still show
PAPER_SHARE = 0.95  # the paper's shade: the level below which this share of pixels lie

# TOO_DARK: the paper itself is dark (lid open, lamp failing, camera in poor light).
TOO_DARK_PAPER = 100  # gray level: the lightest twentieth of the page darker than this
DARK_LEVEL = 96  # gray level below which a pixel is dark
TOO_DARK_SHARE = 0.6  # share of dark pixels beyond which the page is mostly dark

# BLANK: no ink at all, only paper, the scanner's grain and a speck or two of dust.
BLANK_INK_CONTRAST = 40  # gray levels below the paper for a pixel to be ink
BLANK_MAX_INK_SHARE = 0.0002  # share of ink pixels; 0.02% of A4 is about 12 mm² of ink
BLANK_MAX_SPREAD = 6.0  # standard deviation of gray levels; grain alone stays below it

# TOO_LIGHT: there is writing, but so pale it may not be readable (faded print, pencil).
FAINT_STEP = 20  # gray levels below the paper for a pixel to count as any mark at all
INK_SHARE = 0.1  # the ink's shade: the darkest tenth of the marks
TOO_LIGHT_CONTRAST = 100  # gray levels between paper and ink below which writing is faint

# BLURRED: edges smeared (out of focus, or a booklet lifted off the glass).
# Sharpness is the summed size of the second differences over that of the first differences,
# on edges only: a step smeared over w pixels gives about 2/w whatever its contrast and
# however much text there is, so it measures the width of edges in millimetres.
EDGE_STEP = 8  # gray levels between neighbours for a pixel to lie on an edge, at least
GRAIN_MARGIN = 4.0  # and at least this many times the grain's own step (its spread)
MIN_EDGE_PIXELS = 400  # edges needed to judge sharpness; fewer and the check is skipped
BLURRED_SHARPNESS = 0.6  # below this, edges are smeared over about 0.9 mm or more: blurred

# CUT_OFF: the document runs off the scanned area.
CUT_OFF_IGNORE_MM = 0.5  # the outermost strip is skipped: scanners shade their very edge
CUT_OFF_BAND_MM = 2.0  # width of the band along each edge looked at for ink
CUT_OFF_INK_CONTRAST = 80  # gray levels below the paper for a pixel to be clear ink
CUT_OFF_MIN_MM = 6.0  # length of an edge with ink in its band that means cut off (2 lines)

Gray = NDArray[np.uint8]


def check_page(image: Image.Image, dpi: int, skew: float) -> tuple[PageProblem, ...]:
    """The problems found on a (straightened) page scanned at ``dpi``; empty when it is fine.

    ``skew`` is the page's measured crookedness in degrees (``scan_straighten``): beyond
    ``MAX_CORRECTABLE_SKEW`` it was not put straight, which is reported as SKEWED. A page
    too dark or blank gets only that problem, as the other checks would only repeat it;
    a blurred page is not also called too light, as blurring is what pales thin strokes.
    """
    gray, analysis_dpi = _analysis_copy(image, dpi)
    tones = _Tones.of(gray)
    problems: list[PageProblem] = []
    if tones.too_dark():
        problems.append(PageProblem.TOO_DARK)
    elif tones.blank():
        problems.append(PageProblem.BLANK)
    else:
        if _is_blurred(gray):
            problems.append(PageProblem.BLURRED)
        elif tones.too_light():
            problems.append(PageProblem.TOO_LIGHT)
        if _is_cut_off(gray, analysis_dpi, tones.paper):
            problems.append(PageProblem.CUT_OFF)
    if abs(skew) > MAX_CORRECTABLE_SKEW:
        problems.append(PageProblem.SKEWED)
    return tuple(problems)


def _analysis_copy(image: Image.Image, dpi: int) -> tuple[Gray, float]:
    """A gray copy at about ``ANALYSIS_DPI`` (never enlarged), and its resolution."""
    gray = image if image.mode == "L" else image.convert("L")
    if dpi > ANALYSIS_DPI:
        scale = ANALYSIS_DPI / dpi
        size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
        gray = gray.resize(size, Image.Resampling.BOX)
        return np.asarray(gray, dtype=np.uint8), float(ANALYSIS_DPI)
    return np.asarray(gray, dtype=np.uint8), float(dpi)


def _level_below(running: NDArray[np.int64], share: float) -> int:
    """The gray level below which ``share`` of the counted pixels lie (cumulative counts)."""
    return int(np.searchsorted(running, share * running[-1]))


@dataclass(frozen=True, slots=True)
class _Tones:
    """How a page's gray levels spread: the exposure checks read only this."""

    running: NDArray[np.int64]  # pixels at or below each gray level
    paper: int  # the paper's shade (PAPER_SHARE)
    spread: float  # standard deviation of the gray levels

    @classmethod
    def of(cls, gray: Gray) -> _Tones:
        counts = np.bincount(gray.ravel(), minlength=256)
        running = np.cumsum(counts)
        levels = np.arange(256, dtype=np.float64)
        total = float(running[-1])
        mean = float(np.dot(counts, levels)) / total
        spread = float(np.sqrt(np.dot(counts, (levels - mean) ** 2) / total))
        return cls(running, _level_below(running, PAPER_SHARE), spread)

    def count_below(self, level: int) -> int:
        """How many pixels are darker than ``level``."""
        return int(self.running[level - 1]) if level > 0 else 0

    def share_below(self, level: int) -> float:
        """The share of the pixels darker than ``level``."""
        return self.count_below(level) / float(self.running[-1])

    def too_dark(self) -> bool:
        """Even the paper is dark, or most of the page is."""
        return self.paper < TOO_DARK_PAPER or self.share_below(DARK_LEVEL) > TOO_DARK_SHARE

    def blank(self) -> bool:
        """Next to no ink and an even shade; or no mark at all stands out from the paper."""
        ink = self.share_below(self.paper - BLANK_INK_CONTRAST)
        marks = self.count_below(self.paper - FAINT_STEP)
        return (ink < BLANK_MAX_INK_SHARE and self.spread < BLANK_MAX_SPREAD) or marks == 0

    def too_light(self) -> bool:
        """The darkest tenth of the marks is within ``TOO_LIGHT_CONTRAST`` of the paper."""
        marks = self.count_below(self.paper - FAINT_STEP)
        ink = _level_below(self.running[: max(1, self.paper - FAINT_STEP)], INK_SHARE)
        return marks > 0 and self.paper - ink < TOO_LIGHT_CONTRAST


def sharpness(gray: Gray) -> float | None:
    """How crisp the page's edges are (see BLURRED above); None if it has too few edges.

    ``gray`` should be at ``ANALYSIS_DPI`` so that the answer is in millimetres' terms.
    Only steps of at least ``EDGE_STEP`` count, and bends next to them, so the scanner's
    grain on the blank paper between the lines does not pass for crispness.
    """
    if min(gray.shape) < 2:  # a page one pixel high or wide has no steps to judge
        return None
    pixels = gray.astype(np.int16)
    steps_total = 0
    bends_total = 0
    edges = 0
    for axis in (0, 1):
        steps = np.diff(pixels, axis=axis)
        size = np.abs(steps)
        # Most neighbours are both paper, so the typical step is the grain's: its median,
        # scaled to a standard deviation (1.4826 for normal noise).
        median = _level_below(np.cumsum(np.bincount(size.ravel())), 0.5)
        grain = 1.4826 * median
        on_edge = size >= max(EDGE_STEP, GRAIN_MARGIN * grain)
        edges += int(on_edge.sum())
        steps_total += int(size[on_edge].sum())
        bends = np.abs(np.diff(steps, axis=axis))
        count = on_edge.shape[axis]
        near = on_edge.take(range(1, count), axis=axis) | on_edge.take(range(count - 1), axis=axis)
        bends_total += int(bends[near].sum())
    if edges < MIN_EDGE_PIXELS or steps_total == 0:
        return None
    return bends_total / steps_total


def _is_blurred(gray: Gray) -> bool:
    """True when the page's edges are smeared (sharpness measured at ``ANALYSIS_DPI``)."""
    crispness = sharpness(gray)
    return crispness is not None and crispness < BLURRED_SHARPNESS


def _is_cut_off(gray: Gray, dpi: float, paper: int) -> bool:
    """True when ink reaches into the band along any edge over ``CUT_OFF_MIN_MM``."""
    per_mm = dpi / MM_PER_INCH
    skip = max(0, round(CUT_OFF_IGNORE_MM * per_mm))
    band = max(1, round(CUT_OFF_BAND_MM * per_mm))
    ink = gray < paper - CUT_OFF_INK_CONTRAST
    strips = (
        ink[skip : skip + band, :].any(axis=0),  # top
        ink[-skip - band : gray.shape[0] - skip, :].any(axis=0),  # bottom
        ink[:, skip : skip + band].any(axis=1),  # left
        ink[:, -skip - band : gray.shape[1] - skip].any(axis=1),  # right
    )
    return any(int(strip.sum()) / per_mm >= CUT_OFF_MIN_MM for strip in strips)
