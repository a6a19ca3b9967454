"""Putting a scanned page straight, and trimming a document camera's photo to the paper.

Residents lay papers on the glass by hand, so most scans are a few degrees crooked, and a
document camera sees the desk around the page. This module measures how crooked the page
is (from its lines of text, and from the paper's edges when the desk shows), turns it back
and, when the paper stands out from a dark background, crops to the paper.

All measuring is done on a shrunken copy (long side about ``ANALYSIS_LONG_SIDE`` pixels,
roughly 75-100 dpi for A4): lines of text are still clear there, and it keeps the work to
a few tens of milliseconds whatever the scanner's resolution.

Angles are in degrees, anticlockwise positive as the page is seen on screen (Pillow's
``Image.rotate`` convention): a page whose lines climb to the right has a positive skew,
and is put straight by turning it by minus that.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PIL import Image

ANALYSIS_LONG_SIDE = 1000  # px: the shrunken copy's long side; lines of text stay distinct
MAX_CORRECTABLE_SKEW = 20.0  # degrees: beyond this, a page is not put straight (SKEWED)
MIN_SKEW_TO_CORRECT = 0.3  # degrees: less is invisible, and turning costs a resample
SEARCH_LIMIT = 45  # degrees either way: the coarse search, so pages beyond 20° are seen
COARSE_STEP = 1.0  # degrees between the coarse search's trial angles
FINE_SPAN = 1.0  # degrees either side of the coarse best searched finely
FINE_STEP = 0.1  # degrees between the fine search's trial angles
MIN_INK_CONTRAST = 40  # gray levels between ink and paper; less and there is no text to read
MIN_INK_POINTS = 200  # dark pixels (shrunken copy) needed for a measure; fewer is a blank page
MAX_INK_POINTS = 60_000  # dark pixels used for a measure: a fair sample is as good as all
PAPER_CONTRAST = 80  # gray levels between paper and background for the paper to stand out
BORDER_BAND = 0.02  # share of the frame's short side looked at along each edge
DARK_BORDER_SHARE = 0.6  # share of that border darker than the paper when a desk shows
PAPER_MIN_AREA = 0.2  # share of the frame the paper covers, at least, to be taken as paper
PAPER_MIN_FILL = 0.4  # share of the paper's box that is light (a page turned 45° fills 0.5)
PAPER_ROW_SHARE = 0.01  # share of a row (column) that is light for it to cross the paper
PAPER_INSET = 0.004  # share of the paper's long side trimmed inside its edges (1.2 mm on A4)
# Bilinear turning: half the time of bicubic (0.2 s against 0.45 s for an A4 colour page at
# 300 dpi) and at 150 dpi and up the difference is a barely visible softening of strokes.
ROTATE_RESAMPLE = Image.Resampling.BILINEAR

Box = tuple[int, int, int, int]  # left, top, right, bottom (right and bottom exclusive)
GrayArray = NDArray[np.uint8]


@dataclass(frozen=True, slots=True)
class Straightened:
    """A page after straightening.

    ``angle_corrected`` is the turn that was applied (anticlockwise positive, so minus the
    page's skew), 0 when the page was straight enough or too crooked to correct;
    ``skew`` is how crooked the page was found, which the quality check reports when it is
    beyond ``MAX_CORRECTABLE_SKEW``.
    """

    image: Image.Image
    angle_corrected: float
    cropped: bool
    skew: float = 0.0


def find_paper(gray: GrayArray) -> Box | None:
    """The paper's bounding box when it stands out from a dark background, else None.

    A white-lid flatbed shows paper, or the lid, to every edge: None. A document camera on
    a dark desk, or a scanner with a black lid, shows a dark border round a light sheet:
    the box of that sheet, in ``gray``'s pixels.
    """
    small, factor = _shrink(gray)
    found = _paper_in(small)
    if found is None:
        return None
    return _scale_box(found.box, factor, gray.shape)


def measure_skew(gray: GrayArray) -> float:
    """How crooked the page is, in degrees, anticlockwise positive (see the module's note).

    Found by the projection profile: the dark pixels are projected across the page at
    trial angles, and the angle at which they pile up into the sharpest rows is the angle
    of the lines of text (and of the paper's top and bottom edges, when a desk shows).
    Searched in whole degrees over ±``SEARCH_LIMIT``, then in tenths around the best.
    A blank page, or one without clear ink, measures 0.
    """
    small, _ = _shrink(gray)
    return _skew_of(small, _paper_in(small))


def straighten(image: Image.Image) -> Straightened:
    """The page turned straight, and cropped to the paper when a dark background shows.

    Turns of less than ``MIN_SKEW_TO_CORRECT`` are skipped and pages more crooked than
    ``MAX_CORRECTABLE_SKEW`` are left as they are (the quality check asks for a rescan).
    A flatbed page is turned within its own frame, the uncovered corners filled white, so
    an A4 scan stays A4. A camera photo is turned with the desk's shade as fill, then cut
    to the paper's edges, just inside them so no desk or shadow is left.
    """
    gray = _gray(image)
    small, factor = _shrink(gray)
    paper = _paper_in(small)
    skew = _skew_of(small, paper)
    turn = -skew if MIN_SKEW_TO_CORRECT <= abs(skew) <= MAX_CORRECTABLE_SKEW else 0.0
    if paper is None:
        if turn:
            white = (255, 255, 255) if image.mode == "RGB" else 255
            image = image.rotate(turn, resample=ROTATE_RESAMPLE, fillcolor=white)
        return Straightened(image, turn, False, skew)
    box = _scale_box(paper.box, factor, gray.shape)
    if turn:
        # Only the paper's own box is turned (the rest of the desk is cut away first, which
        # saves a third of the work); the turned paper is then found again on the desk.
        image = image.crop(box)
        around = image.size
        desk = (paper.background,) * 3 if image.mode == "RGB" else paper.background
        image = image.rotate(turn, resample=ROTATE_RESAMPLE, expand=True, fillcolor=desk)
        box = find_paper(_gray(image)) or _paper_after_turn(around, turn, image.size)
    left, top, right, bottom = box
    inset = round(PAPER_INSET * max(right - left, bottom - top))
    trimmed = (left + inset, top + inset, right - inset, bottom - inset)
    return Straightened(image.crop(trimmed), turn, True, skew)


@dataclass(frozen=True, slots=True)
class _Paper:
    """A sheet found on a dark background, in the shrunken copy's pixels."""

    box: Box
    light: NDArray[np.bool_]  # the pixels as light as paper
    background: int  # the desk's gray level
    cut: float  # the gray level between desk and paper


def _gray(image: Image.Image) -> GrayArray:
    """The page's gray levels as an array (a view when it is already gray)."""
    return np.asarray(image if image.mode == "L" else image.convert("L"), dtype=np.uint8)


def _shrink(gray: GrayArray) -> tuple[GrayArray, int]:
    """A copy shrunk by a whole factor (box averaging) to about ``ANALYSIS_LONG_SIDE``."""
    factor = max(1, math.ceil(max(gray.shape) / ANALYSIS_LONG_SIDE))
    if factor == 1:
        return gray, 1
    small = Image.fromarray(gray).reduce(factor)
    return np.asarray(small, dtype=np.uint8), factor


def _scale_box(box: Box, factor: int, shape: tuple[int, ...]) -> Box:
    """A box in the shrunken copy's pixels, in the full page's pixels."""
    height, width = shape[0], shape[1]
    left, top, right, bottom = box
    return (left * factor, top * factor, min(width, right * factor), min(height, bottom * factor))


def _paper_after_turn(around: tuple[int, int], turn: float, canvas: tuple[int, int]) -> Box:
    """Where the paper lies once turned straight, worked out from the geometry alone.

    ``around`` is the (width, height) of the box round the crooked paper, ``canvas`` the
    size of that box once turned by ``turn`` with room to spare. A sheet of w x h turned by
    θ fills a box of w·cos θ + h·sin θ by w·sin θ + h·cos θ, so w and h follow; it stays
    centred. Only used when the turned paper cannot be found again on the desk.
    """
    angle = math.radians(abs(turn))
    cos, sin = math.cos(angle), math.sin(angle)
    width, height = around
    paper_w = (width * cos - height * sin) / (cos * cos - sin * sin)
    paper_h = (height * cos - width * sin) / (cos * cos - sin * sin)
    cx, cy = canvas[0] / 2, canvas[1] / 2
    return (
        max(0, round(cx - paper_w / 2)),
        max(0, round(cy - paper_h / 2)),
        min(canvas[0], round(cx + paper_w / 2)),
        min(canvas[1], round(cy + paper_h / 2)),
    )


def _levels(values: NDArray[np.uint8]) -> NDArray[np.int64]:
    """How many pixels have each of the 256 gray levels."""
    return np.bincount(values.ravel(), minlength=256)


def _percentile(counts: NDArray[np.int64], share: float) -> int:
    """The gray level below which ``share`` of the counted pixels lie."""
    running = np.cumsum(counts)
    return int(np.searchsorted(running, share * running[-1]))


def _otsu(counts: NDArray[np.int64]) -> tuple[int, float]:
    """Otsu's split of the levels into dark and light, and the gap between their means."""
    levels = np.arange(256, dtype=np.float64)
    weights = counts.astype(np.float64)
    below = np.cumsum(weights)
    total = below[-1]
    above = total - below
    sums = np.cumsum(weights * levels)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_below = sums / below
        mean_above = (sums[-1] - sums) / above
        between = below * above * (mean_below - mean_above) ** 2
    between = np.nan_to_num(between)
    cut = int(np.argmax(between))
    if below[cut] == 0 or above[cut] == 0:
        return cut, 0.0
    return cut, float(mean_above[cut] - mean_below[cut])


def _longest_run(flags: NDArray[np.bool_]) -> tuple[int, int] | None:
    """The start and end (exclusive) of the longest run of True, or None if there is none."""
    if not flags.any():
        return None
    padded = np.concatenate(([False], flags, [False])).astype(np.int8)
    changes = np.diff(padded)
    starts = np.flatnonzero(changes == 1)
    ends = np.flatnonzero(changes == -1)
    longest = int(np.argmax(ends - starts))
    return int(starts[longest]), int(ends[longest])


def _paper_in(small: GrayArray) -> _Paper | None:
    """The sheet on a dark background in the shrunken copy, or None (paper fills it)."""
    height, width = small.shape
    band = max(2, round(BORDER_BAND * min(height, width)))
    border = np.concatenate(
        (
            small[:band].ravel(),
            small[-band:].ravel(),
            small[:, :band].ravel(),
            small[:, -band:].ravel(),
        )
    )
    background = int(np.median(border))
    paper_level = _percentile(_levels(small), 0.95)
    if paper_level - background < PAPER_CONTRAST:
        return None
    cut = (paper_level + background) / 2
    if float(np.mean(border < cut)) < DARK_BORDER_SHARE:
        return None
    light = small > cut
    rows = _longest_run(light.sum(axis=1) >= max(2, PAPER_ROW_SHARE * width))
    columns = _longest_run(light.sum(axis=0) >= max(2, PAPER_ROW_SHARE * height))
    if rows is None or columns is None:
        return None
    box = (columns[0], rows[0], columns[1], rows[1])
    area = (box[2] - box[0]) * (box[3] - box[1])
    if area < PAPER_MIN_AREA * height * width:
        return None
    if float(light[box[1] : box[3], box[0] : box[2]].mean()) < PAPER_MIN_FILL:
        return None
    return _Paper(box, light, background, cut)


def _skew_of(small: GrayArray, paper: _Paper | None) -> float:
    """The skew measured on the shrunken copy (see ``measure_skew``)."""
    if paper is None:
        cut, contrast = _otsu(_levels(small))
        if contrast < MIN_INK_CONTRAST:
            return 0.0
        ys, xs = np.nonzero(small <= cut)
    else:
        ys, xs = _paper_points(small, paper)
    if ys.size < MIN_INK_POINTS:
        return 0.0
    if ys.size > MAX_INK_POINTS:
        pick = np.random.default_rng(0).choice(ys.size, MAX_INK_POINTS, replace=False)
        ys, xs = ys[pick], xs[pick]
    return _profile_angle(xs.astype(np.float32), ys.astype(np.float32))


def _paper_points(small: GrayArray, paper: _Paper) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """The ink inside the paper, and the paper's outline, as (rows, columns).

    The outline's top and bottom edges line up at the page's angle just as text does, so a
    sheet with little text on it is still measured by its edges.
    """
    light = paper.light
    height, width = light.shape
    margin = max(2, round(0.01 * max(height, width)))
    row_has = np.asarray(light.any(axis=1), dtype=np.bool_)
    col_has = np.asarray(light.any(axis=0), dtype=np.bool_)
    first_x = light.argmax(axis=1)
    last_x = width - 1 - light[:, ::-1].argmax(axis=1)
    first_y = light.argmax(axis=0)
    last_y = height - 1 - light[::-1, :].argmax(axis=0)
    xs = np.arange(width)
    ys = np.arange(height)
    inside = (
        row_has[:, None]
        & col_has[None, :]
        & (xs[None, :] >= first_x[:, None] + margin)
        & (xs[None, :] <= last_x[:, None] - margin)
        & (ys[:, None] >= first_y[None, :] + margin)
        & (ys[:, None] <= last_y[None, :] - margin)
    )
    within = small[inside]
    ink_ys: NDArray[np.intp] = np.empty(0, dtype=np.intp)
    ink_xs: NDArray[np.intp] = np.empty(0, dtype=np.intp)
    if within.size:
        cut, contrast = _otsu(_levels(within))
        if contrast >= MIN_INK_CONTRAST and cut < paper.cut:
            ink_ys, ink_xs = np.nonzero(inside & (small <= cut))
    rows_with = np.flatnonzero(row_has)
    cols_with = np.flatnonzero(col_has)
    outline_ys = np.concatenate((rows_with, rows_with, first_y[cols_with], last_y[cols_with]))
    outline_xs = np.concatenate((first_x[rows_with], last_x[rows_with], cols_with, cols_with))
    return (
        np.concatenate((ink_ys, outline_ys)).astype(np.intp),
        np.concatenate((ink_xs, outline_xs)).astype(np.intp),
    )


def _profile_score(xs: NDArray[np.float32], ys: NDArray[np.float32], degrees: float) -> float:
    """How sharply the points pile into rows when projected across at ``degrees``.

    A line turned anticlockwise by θ keeps x·sin θ + y·cos θ constant (y runs down the
    page), so that is where each point lands; the score is the sum of the squared counts
    per pixel-wide row, largest when the rows are narrowest.
    """
    angle = math.radians(degrees)
    landing = xs * np.float32(math.sin(angle)) + ys * np.float32(math.cos(angle))
    rows = (landing - landing.min()).astype(np.int64)
    counts = np.bincount(rows).astype(np.float64)
    return float(np.dot(counts, counts))


def _profile_angle(xs: NDArray[np.float32], ys: NDArray[np.float32]) -> float:
    """The angle with the sharpest projection: whole degrees first, then tenths."""
    coarse = np.arange(-SEARCH_LIMIT, SEARCH_LIMIT + COARSE_STEP / 2, COARSE_STEP)
    best = float(coarse[int(np.argmax([_profile_score(xs, ys, a) for a in coarse]))])
    fine = np.arange(best - FINE_SPAN, best + FINE_SPAN + FINE_STEP / 2, FINE_STEP)
    scores = [_profile_score(xs, ys, a) for a in fine]
    return round(float(fine[int(np.argmax(scores))]), 2)
