"""Fonts for printouts: Noto faces registered with ReportLab, chosen per language and per run.

ReportLab embeds only TrueType outlines, and Debian's Noto Sans CJK is CFF, so "Noto Sans CJK
SC" is printed with WenQuanYi Micro Hei (fonts-wqy-microhei): TrueType, mainland (GB) glyph
forms. A line is cut into runs, one face and one direction each, so Latin references inside
Bengali or Urdu still print; each run is shaped by HarfBuzz so Bengali conjuncts join and
Urdu letters connect, and right-to-left runs are put in visual order (Unicode bidi, levels
0 to 2, which is all printout text needs).
"""

from __future__ import annotations

import dataclasses
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr

from core.languages import language
from printing.script import FontMissing

NOTO = Path("/usr/share/fonts/truetype/noto")
# Candidates per family and weight: (file, index in a collection). Empty bold: embolden.
FAMILY_FILES: dict[str, tuple[tuple[tuple[Path, int], ...], tuple[tuple[Path, int], ...]]] = {
    "Noto Sans": (((NOTO / "NotoSans-Regular.ttf", 0),), ((NOTO / "NotoSans-Bold.ttf", 0),)),
    "Noto Sans Bengali": (
        ((NOTO / "NotoSansBengali-Regular.ttf", 0),),
        ((NOTO / "NotoSansBengali-Bold.ttf", 0),),
    ),
    "Noto Naskh Arabic": (
        ((NOTO / "NotoNaskhArabic-Regular.ttf", 0),),
        ((NOTO / "NotoNaskhArabic-Bold.ttf", 0),),
    ),
    "Noto Sans CJK SC": (
        (
            (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0),
            (Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), 0),
        ),
        (),
    ),
}
CJK_PACKAGE = "fonts-wqy-microhei"
# Naskh looks a size smaller than Noto Sans at the same point size: print it larger.
FAMILY_SCALE = {"Noto Naskh Arabic": 1.15}
_FAKE_BOLD_STROKE = 0.03  # of the font size: enough to read as bold on a thermal roll
_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_lock = threading.Lock()
_PRIVATE_CODES = 0xF800 - 0xE000  # what ReportLab allows for glyphs without a character


@dataclass(frozen=True, slots=True, eq=False)
class Face:
    """A registered font: its ReportLab name, the characters it has, and its height in ems."""

    name: str
    chars: frozenset[int]
    ascent: float
    descent: float
    fake_bold: bool = False
    scale: float = 1.0

    @property
    def stroke(self) -> float:
        """Outline width, in ems, that makes a face without a bold weight look bold."""
        return _FAKE_BOLD_STROKE if self.fake_bold else 0.0

    def has(self, char: str) -> bool:
        """Whether the font draws ``char`` itself (no box)."""
        return ord(char) in self.chars


@dataclass(frozen=True, slots=True)
class Run:
    """Part of one printed line: shaped text in one face and size, left to right as drawn."""

    text: str
    face: Face
    size: float
    width: float


@cache
def face(family: str, bold: bool) -> Face:
    """Register (once) and return the face for a family; FontMissing when it is not installed."""
    regular, heavy = FAMILY_FILES[family]
    for path, index in heavy if bold else regular:
        if path.is_file():
            return _register(path, index, FAMILY_SCALE.get(family, 1.0))
    if bold:
        return _register_fake_bold(face(family, False))
    hint = f" (apt package {CJK_PACKAGE})" if "CJK" in family else ""
    raise FontMissing(f"no TrueType font installed for {family}{hint}")


def _register(path: Path, index: int, scale: float) -> Face:
    name = path.stem if index == 0 else f"{path.stem}-{index}"
    with _lock:
        if name not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(name, str(path), subfontIndex=index, shapable=True)
            _number_unmapped_glyphs(font)
            pdfmetrics.registerFont(font)
        font = pdfmetrics.getFont(name)
    metrics = font.face
    chars = frozenset(c for c in metrics.charToGlyph if c < 0xE000 or c > 0xF8FF)
    return Face(
        name, chars, scale * metrics.ascent / 1000, -scale * metrics.descent / 1000, scale=scale
    )


def _number_unmapped_glyphs(font: TTFont) -> None:
    """Give glyphs with no character (conjuncts, joined forms) private codes now, in glyph order.

    ReportLab numbers them as shaping first meets them, which would make a PDF's bytes depend
    on what was printed before it. Fonts with more such glyphs than the private area holds
    (the CJK font, which shaping hardly substitutes) are left as they are.
    """
    hb_font = font.hbFont(1000)  # also readies ReportLab's hbAddPrivate
    unmapped = [g for g in range(hb_font.face.glyph_count) if g not in font.face.glyphToChar]
    if len(unmapped) > _PRIVATE_CODES:
        return
    per_unit = 1000 / hb_font.face.upem
    for gid in unmapped:
        advance = round(hb_font.get_glyph_h_advance(gid) * per_unit)
        font.hbAddPrivate(hb_font.glyph_to_string(gid), gid, advance)


def _register_fake_bold(regular: Face) -> Face:
    return dataclasses.replace(regular, fake_bold=True)


def families_for(code: str) -> tuple[str, ...]:
    """The families to try, in order: the language's own first, then every other script's."""
    own = language(code).font_family
    return (own, *(f for f in FAMILY_FILES if f != own))


def faces_for(code: str, bold: bool, text: str) -> list[Face]:
    """A face per character: letters in the language's order, the rest kept with a neighbour."""
    families = families_for(code)
    face(families[0], bold)  # the language's own font must exist
    latin_first = ("Noto Sans", *(f for f in families if f != "Noto Sans"))
    picked: list[Face | None] = [None] * len(text)
    for i, char in enumerate(text):
        if unicodedata.category(char)[0] == "L":  # Latin letters always in Noto Sans
            picked[i] = _first_with(char, latin_first if char < "\u0370" else families, bold)
    letters = list(picked)  # digits and punctuation follow the nearest letter, not each other
    for i, char in enumerate(text):
        if picked[i] is None:
            picked[i] = _neighbour(letters, i, char) or _first_with(char, families, bold)
    return [f for f in picked if f is not None]


def _first_with(char: str, families: tuple[str, ...], bold: bool) -> Face:
    for family in families:
        try:
            candidate = face(family, bold)
        except FontMissing:
            continue
        if candidate.has(char):
            return candidate
    return face(families[0], bold)  # a box: no installed font has this character


def _neighbour(letters: list[Face | None], i: int, char: str) -> Face | None:
    before = next((f for f in reversed(letters[:i]) if f is not None), None)
    after = next((f for f in letters[i + 1 :] if f is not None), None)
    for candidate in (before, after):
        if candidate is not None and candidate.has(char):
            return candidate
    return None


def paragraph_is_rtl(text: str, code: str) -> bool:
    """Right to left if it has letters in the language's direction, else as its first letter."""
    kinds = [unicodedata.bidirectional(c) for c in text]
    rtl_letters = any(k in ("R", "AL") for k in kinds)
    if language(code).right_to_left and rtl_letters:
        return True
    first = next((k for k in kinds if k in ("L", "R", "AL")), None)
    return first in ("R", "AL") if first else language(code).right_to_left


def visual_runs(text: str, faces: list[Face], levels: list[int], size: float) -> list[Run]:
    """Shaped runs of one line, left to right as printed (Unicode bidi rule L2)."""
    pieces: list[tuple[int, int, int]] = []  # (start, end, level), logical order
    for i in range(len(text)):
        if pieces and faces[i] is faces[pieces[-1][0]] and levels[i] == pieces[-1][2]:
            pieces[-1] = (pieces[-1][0], i + 1, levels[i])
        else:
            pieces.append((i, i + 1, levels[i]))
    for level in range(max((p[2] for p in pieces), default=0), 0, -1):
        i = 0
        while i < len(pieces):
            if pieces[i][2] < level:
                i += 1
                continue
            j = i
            while j < len(pieces) and pieces[j][2] >= level:
                j += 1
            pieces[i:j] = pieces[i:j][::-1]
            i = j
    runs = []
    for start, end, level in pieces:
        piece = text[start:end]
        if level % 2 and not any(unicodedata.bidirectional(c) in ("R", "AL") for c in piece):
            piece = piece[::-1].translate(_MIRRORED)  # HarfBuzz would lay this out left to right
        shaped, width = shaped_text(piece, faces[start], size)
        runs.append(Run(shaped, faces[start], size * faces[start].scale, width))
    return runs


@lru_cache(maxsize=4096)
def shaped_text(text: str, font: Face, size: float) -> tuple[str, float]:
    """The text shaped by HarfBuzz in a face (at the face's scale), and its width in points."""
    size *= font.scale
    shaped = shapeStr(text, font.name, size)
    if isinstance(shaped, ShapedStr):
        return shaped, sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
    return shaped, pdfmetrics.stringWidth(shaped, font.name, size)


def logical_width(text: str, faces: list[Face], size: float) -> float:
    """The printed width of text in points, measured from its shaped runs."""
    width, start = 0.0, 0
    for i in range(1, len(text) + 1):
        if i == len(text) or faces[i] is not faces[start]:
            width += shaped_text(text[start:i], faces[start], size)[1]
            start = i
    return width
