"""Printouts drawn as 1-bit pictures at thermal-printer resolution (203 dpi).

Thermal printers have no glyphs for Bengali, Urdu or Chinese, so lines in those scripts go to
the printer as pictures (see PLATFORM-NOTES). Pillow's raqm layout (HarfBuzz and FriBiDi)
shapes each piece of text, so Bengali conjuncts join and Urdu reads right to left.

No single Noto font covers a whole line: Noto Naskh Arabic has no Latin letters and no "/",
and Noto Sans Bengali has no Latin letters. Each line is therefore split into runs, each in
the first font that has its characters, and the runs are put in visual order by a small bidi
resolver (the Unicode rules for one paragraph without explicit embeddings).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import segno
import uharfbuzz
from PIL import Image, ImageDraw, ImageFont

from core.languages import language as language_info
from core.printout import Band, Block, Line, Printout, Qr, Rule, Size
from printing.script import FontMissing, bidi_levels

PAPER_WIDTH_DOTS = 576  # 80 mm paper at 203 dpi; some printers have 512
MARGIN_DOTS = 8
QR_MODULE_DOTS = 8  # a version 1 code is 21 modules: 168 dots, about 21 mm
_INK_BELOW = 160  # grey levels darker than this print black; keeps thin Bengali strokes

_NOTO = Path("/usr/share/fonts/truetype/noto")
_NOTO_CJK = Path("/usr/share/fonts/opentype/noto")
_FONT_FILES: dict[str, tuple[Path, Path]] = {
    "Noto Sans": (_NOTO / "NotoSans-Regular.ttf", _NOTO / "NotoSans-Bold.ttf"),
    "Noto Sans Bengali": (
        _NOTO / "NotoSansBengali-Regular.ttf",
        _NOTO / "NotoSansBengali-Bold.ttf",
    ),
    "Noto Naskh Arabic": (
        _NOTO / "NotoNaskhArabic-Regular.ttf",
        _NOTO / "NotoNaskhArabic-Bold.ttf",
    ),
    "Noto Sans CJK SC": (
        _NOTO_CJK / "NotoSansCJK-Regular.ttc",
        _NOTO_CJK / "NotoSansCJK-Bold.ttc",
    ),
}
_FALLBACKS = tuple(_FONT_FILES)

# Font size in dots (203 dpi): NORMAL is about the height of a printer's own 12x24 font.
_SIZE_DOTS = {Size.SMALL: 24, Size.NORMAL: 28, Size.LARGE: 40}
# Naskh and Bengali letters are small for their size next to Latin ones: scale them up so
# every script reads at the same size on the roll.
_SCALE = {"Noto Naskh Arabic": 1.2, "Noto Sans Bengali": 1.1}
_MIN_DESCENT_EM = 0.3  # Noto Sans; Naskh claims 0.64 em for marks Urdu text never uses
_HUGE_STEPS = (96, 80, 64, 56, 48)  # the ticket number shrinks until it fits on one line

_CJK_CHAR = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_CLOSERS = "\u3001\u3002\u300d\u300f\u3011\uff01\uff09\uff0c\uff0e\uff1a\uff1b\uff1f"
_TOKEN = re.compile(rf"[{_CJK_CHAR}][{_CJK_CLOSERS}]*\s*|[^\s{_CJK_CHAR}]+\s*|\s+")


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How one piece of text is drawn: its language decides fonts and direction."""

    language: str
    size_dots: int
    bold: bool = False

    @property
    def rtl(self) -> bool:
        """The paragraph runs right to left."""
        return language_info(self.language).right_to_left

    @property
    def families(self) -> tuple[str, ...]:
        """Fonts to try, the language's own first."""
        own = language_info(self.language).font_family
        first = own if own in _FONT_FILES else "Noto Sans"
        return (first, *(f for f in _FALLBACKS if f != first))

    @property
    def raqm_language(self) -> str:
        """BCP 47 tag for OpenType language features (Simplified Chinese forms, Urdu digits)."""
        return "zh-Hans" if self.language == "zh_CN" else self.language.split("_")[0]


@dataclass(frozen=True, slots=True)
class _Run:
    text: str
    family: str
    rtl: bool
    width: float


@dataclass(frozen=True, slots=True)
class _LaidLine:
    runs: tuple[_Run, ...]  # left to right
    width: float
    ascent: int
    descent: int


@cache
def _font_path(family: str, bold: bool) -> tuple[Path, int]:
    path = _FONT_FILES[family][1 if bold else 0]
    if not path.exists():
        raise FontMissing(f"{family} is not installed: {path} is missing")
    if path.suffix != ".ttc":
        return path, 0
    for index in range(32):  # a collection: find the face by name, not by position
        try:
            name = ImageFont.truetype(str(path), 12, index=index).getname()[0]
        except OSError:
            break
        if name == family:
            return path, index
    raise FontMissing(f"{family} is not in {path}")


@cache
def _font(family: str, bold: bool, size: int) -> ImageFont.FreeTypeFont:
    path, index = _font_path(family, bold)
    scaled = round(size * _SCALE.get(family, 1.0))
    return ImageFont.truetype(str(path), scaled, index=index, layout_engine=ImageFont.Layout.RAQM)


@cache
def _coverage(family: str) -> frozenset[int]:
    path, index = _font_path(family, bold=False)
    face = uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(path)), index)
    return frozenset(face.unicodes)


def _covers(family: str, text: str) -> bool:
    cmap = _coverage(family)
    return all(ord(ch) in cmap for ch in text)


def uncovered(text: str, language: str) -> str:
    """The characters of ``text`` that no installed font has: they would print as boxes."""
    chain = TextStyle(language, _SIZE_DOTS[Size.NORMAL]).families
    return "".join(ch for ch in text if not ch.isspace() and not any(_covers(f, ch) for f in chain))


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "L"


def _attaches(ch: str) -> bool:
    """Marks and joiners shape with the character before them, so share its font."""
    return unicodedata.category(ch) in {"Mn", "Mc", "Me", "Cf"}


def _families(text: str, chain: tuple[str, ...]) -> list[str]:
    """A font for each character: letters take the first font that has them; digits and
    punctuation follow a neighbouring letter's font when it has the whole stretch, so a date
    is never drawn in two fonts."""
    first = [next((f for f in chain if _covers(f, ch)), chain[0]) for ch in text]
    out: list[str | None] = [first[i] if _is_letter(ch) else None for i, ch in enumerate(text)]
    for i, ch in enumerate(text):
        if out[i] is None and i > 0 and _attaches(ch):
            out[i] = out[i - 1]
    i = 0
    while i < len(text):
        if out[i] is not None:
            i += 1
            continue
        j = i
        while j < len(text) and out[j] is None:
            j += 1
        stretch = text[i:j]
        before = out[i - 1] if i > 0 else None
        after = out[j] if j < len(text) else None
        options = [f for f in (before, after) if f] + list(chain)
        family = next((f for f in options if _covers(f, stretch)), None)
        for k in range(i, j):
            out[k] = family or first[k]
        i = j
    return [f or chain[0] for f in out]


def _visual_order(runs: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Rule L2: reverse every stretch at or above each level, highest level first."""
    if not runs:
        return runs
    highest = max(level for level, _, _ in runs)
    odd = [level for level, _, _ in runs if level % 2]
    lowest_odd = min(odd) if odd else highest + 1
    order = list(runs)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if order[i][0] < level:
                i += 1
                continue
            j = i
            while j < len(order) and order[j][0] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order


@lru_cache(maxsize=4096)
def _lay_out(text: str, style: TextStyle) -> _LaidLine:
    levels = bidi_levels(text, style.rtl)
    families = _families(text, style.families)
    logical: list[tuple[int, str, str]] = []
    for ch, level, family in zip(text, levels, families, strict=True):
        if logical and logical[-1][0] == level and logical[-1][1] == family:
            logical[-1] = (level, family, logical[-1][2] + ch)
        else:
            logical.append((level, family, ch))
    runs = []
    ascent = 0
    descent = round(_MIN_DESCENT_EM * style.size_dots)
    for level, family, piece in _visual_order(logical):
        direction = "rtl" if level % 2 else "ltr"
        font = _font(family, style.bold, style.size_dots)
        width = font.getlength(piece, direction=direction, language=style.raqm_language)
        runs.append(_Run(piece, family, level % 2 == 1, width))
        ascent = max(ascent, font.getmetrics()[0])
        # Below the baseline, leave room for the ink rather than the font's claim.
        ink_bottom = font.getbbox(
            piece, direction=direction, language=style.raqm_language, anchor="ls"
        )[3]
        descent = max(descent, int(ink_bottom) + 2)
    if not runs:
        ascent = _font(style.families[0], style.bold, style.size_dots).getmetrics()[0]
    return _LaidLine(tuple(runs), sum(run.width for run in runs), ascent, descent)


def _clusters(word: str) -> Iterator[str]:
    """Pieces a too-long word may break between: never inside a conjunct or before a mark."""
    piece = ""
    for ch in word:
        joined = piece and (
            _attaches(ch)
            or piece[-1] == "\u200d"
            or unicodedata.name(piece[-1], "").endswith("SIGN VIRAMA")
        )
        if piece and not joined:
            yield piece
            piece = ""
        piece += ch
    if piece:
        yield piece


def wrap(text: str, style: TextStyle, width: float) -> list[str]:
    """Break text into lines no wider than ``width`` dots: at spaces, or between Chinese
    characters (never before closing punctuation)."""
    tokens: list[str] = []
    for token in _TOKEN.findall(text):
        if _lay_out(token.rstrip(), style).width <= width:
            tokens.append(token)
        else:
            tokens.extend(_clusters(token))
    lines: list[str] = []
    current = ""
    for token in tokens:
        candidate = current + token
        if current and _lay_out(candidate.rstrip(), style).width > width:
            lines.append(current.rstrip())
            current = token.lstrip()
        else:
            current = candidate
    if current.strip() or not lines:
        lines.append(current.rstrip())
    return lines


def _draw_line(
    draw: ImageDraw.ImageDraw, laid: _LaidLine, x: float, baseline: int, style: TextStyle, ink: int
) -> None:
    for run in laid.runs:
        draw.text(
            (x, baseline),
            run.text,
            fill=ink,
            font=_font(run.family, style.bold, style.size_dots),
            anchor="ls",
            direction="rtl" if run.rtl else "ltr",
            language=style.raqm_language,
        )
        x += run.width


def _one_bit(image: Image.Image) -> Image.Image:
    return image.point([0 if v < _INK_BELOW else 255 for v in range(256)], "1")


def _text_image(
    text: str, style: TextStyle, width: int, centred: bool, inverted: bool = False
) -> Image.Image:
    available = width - 2 * MARGIN_DOTS
    laid = [_lay_out(piece, style) for piece in wrap(text, style, available)]
    height = sum(line.ascent + line.descent for line in laid)
    paper, ink = (0, 255) if inverted else (255, 0)
    image = Image.new("L", (width, height), paper)
    draw = ImageDraw.Draw(image)
    top = 0
    for line in laid:
        if centred:
            x = (width - line.width) / 2
        elif style.rtl:
            x = width - MARGIN_DOTS - line.width
        else:
            x = MARGIN_DOTS
        _draw_line(draw, line, x, top + line.ascent, style, ink)
        top += line.ascent + line.descent
    return _one_bit(image)


def line_style(line: Line, language: str, width: int = PAPER_WIDTH_DOTS) -> TextStyle:
    """The style a line is drawn in; the huge size shrinks until the text fits on one line."""
    if line.size is not Size.HUGE:
        return TextStyle(language, _SIZE_DOTS[line.size], line.bold)
    for size in _HUGE_STEPS:
        style = TextStyle(language, size, line.bold)
        if _lay_out(line.text, style).width <= width - 2 * MARGIN_DOTS:
            return style
    return style


def line_image(line: Line, language: str, width: int = PAPER_WIDTH_DOTS) -> Image.Image:
    """One line block, wrapped to the paper, as a 1-bit picture the paper's full width."""
    return _text_image(line.text, line_style(line, language, width), width, line.centred)


def band_image(band: Band, language: str, width: int = PAPER_WIDTH_DOTS) -> Image.Image:
    """Text reversed out of a solid bar the full width of the paper."""
    style = TextStyle(language, _SIZE_DOTS[Size.LARGE], bold=True)
    text = _text_image(band.text, style, width, centred=True, inverted=True)
    pad = MARGIN_DOTS
    image = Image.new("1", (width, text.height + 2 * pad), 0)
    image.paste(text, (0, pad))
    return image


def rule_image(width: int = PAPER_WIDTH_DOTS) -> Image.Image:
    """A thin line across the paper with a little space above and below."""
    image = Image.new("1", (width, 16), 1)
    ImageDraw.Draw(image).rectangle((MARGIN_DOTS, 7, width - MARGIN_DOTS - 1, 8), fill=0)
    return image


def qr_image(data: str, width: int = PAPER_WIDTH_DOTS) -> Image.Image:
    """A QR code (error correction M) centred on the paper, with two modules of space."""
    code = segno.make(data, error="m", micro=False, boost_error=False)
    rows: list[Iterable[int]] = list(code.matrix_iter(scale=QR_MODULE_DOTS, border=2))
    side = len(rows)
    pixels = bytes(0 if dark else 255 for row in rows for dark in row)
    symbol = Image.frombytes("L", (side, side), pixels).convert("1")
    image = Image.new("1", (width, side), 1)
    image.paste(symbol, ((width - side) // 2, 0))
    return image


def block_images(block: Block, language: str, width: int = PAPER_WIDTH_DOTS) -> list[Image.Image]:
    """One block drawn as a raster-only printer prints it (a QR code with its caption)."""
    if isinstance(block, Line):
        return [line_image(block, language, width)]
    if isinstance(block, Band):
        return [band_image(block, language, width)]
    if isinstance(block, Rule):
        return [rule_image(width)]
    caption = [line_image(caption_line(block), language, width)] if block.caption else []
    return [qr_image(block.data, width), *caption]


def caption_line(qr: Qr) -> Line:
    """The line printed under a QR code."""
    return Line(qr.caption, Size.SMALL, centred=True)


def printout_image(printout: Printout, width: int = PAPER_WIDTH_DOTS) -> Image.Image:
    """The whole printout as one 1-bit picture: exactly what a raster-only printer prints."""
    gap = 6
    parts = [
        im for block in printout.blocks for im in block_images(block, printout.language, width)
    ]
    height = 2 * MARGIN_DOTS + sum(im.height for im in parts) + gap * max(len(parts) - 1, 0)
    image = Image.new("1", (width, height), 1)
    top = MARGIN_DOTS
    for part in parts:
        image.paste(part, (0, top))
        top += part.height + gap
    return image
