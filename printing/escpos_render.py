"""Printouts as ESC/POS bytes for thermal receipt printers, through python-escpos.

Latin-script lines print as the printer's own text, with its sizes, bold and centring; the
code page is switched per stretch of text so Polish letters print as themselves. Everything
else (Bengali, Urdu, Chinese, or any character no code page of the printer holds) prints as
a raster picture (GS v 0) drawn by ``printing.raster``. QR codes are the printer's own (GS ( k).

Never hand a non-Latin string to python-escpos's ``text``: it would send Chinese as GB18030
bytes and Urdu as unshaped code-page letters in the wrong order.
"""

from __future__ import annotations

import textwrap
import unicodedata
from typing import Any

from escpos.constants import QR_ECLEVEL_M
from escpos.escpos import Escpos
from escpos.magicencode import Encoder, MagicEncode
from escpos.printer import Dummy
from PIL import Image

from core.languages import language as language_info
from core.printout import Band, Block, Line, Printout, Qr, Rule, Size
from printing import raster

FONT_A_DOTS = 12  # width of one character of the printer's font A (12x24)
FONT_B_DOTS = 9  # font B (9x17)
_HUGE_MAX = 4  # the ticket number at up to 4x: 96 dots (12 mm) tall
_LATIN_EXTRA = range(0x2000, 0x20D0)  # general punctuation and currency signs
_BIDI_AND_JOINERS = {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, *range(0x202A, 0x202F)}
_BIDI_AND_JOINERS |= set(range(0x2060, 0x2070))
# Code pages for Latin text, where the profile has them: US, Central European (Polish),
# Western European with the euro. Left to itself python-escpos would pick any page that has
# a character, such as Greek for "€".
LATIN_CODE_PAGES = ("CP437", "CP852", "CP858", "CP1252", "CP1250", "ISO_8859-2", "ISO_8859-15")


def render_escpos(
    printout: Printout,
    width_dots: int = raster.PAPER_WIDTH_DOTS,
    *,
    profile: str | None = None,
    raster_only: bool = False,
) -> bytes:
    """The bytes that print ``printout`` on a thermal printer; the same printout always
    gives the same bytes.

    Args:
        printout: what to print.
        width_dots: printable width: 576 on 80 mm paper, 512 on some printers.
        profile: a python-escpos printer profile name, which decides the code pages and
            whether the printer draws QR codes itself; None is python-escpos's default.
        raster_only: print everything as one picture, for printers with no usable fonts.
    """
    printer = Dummy(profile=profile)
    send_escpos(printer, printout, width_dots, raster_only=raster_only)
    output: bytes = printer.output
    return output


def send_escpos(
    printer: Escpos,
    printout: Printout,
    width_dots: int = raster.PAPER_WIDTH_DOTS,
    *,
    raster_only: bool = False,
) -> None:
    """Print ``printout`` on any python-escpos printer (network, USB, serial or Dummy)."""
    _set_paper_width(printer, width_dots)
    printer.hw("INIT")  # also selects code page 0, so start a fresh record of the page
    pages = printer.profile.get_code_pages()
    chosen = {name: pages[name] for name in LATIN_CODE_PAGES if name in pages}
    printer.magic = MagicEncode(printer, encoder=Encoder(chosen or {"CP437": 0}))
    if raster_only:
        _image(printer, raster.printout_image(printout, width_dots))
    else:
        page = _Page(printer, printout.language, width_dots)
        for block in printout.blocks:
            page.block(block)
    printer.cut(mode="PART")


def prints_as_text(printer: Escpos, text: str) -> bool:
    """The printer can print this text in its own font, every character exactly."""
    encoder = printer.magic.encoder
    pages = list(encoder.codepages)
    for ch in unicodedata.normalize("NFC", text):
        code = ord(ch)
        if 0x20 <= code < 0x7F:
            continue
        if code < 0xA0 or not (code < 0x250 or code in _LATIN_EXTRA) or code in _BIDI_AND_JOINERS:
            return False
        if not any(encoder.can_encode(page, ch) for page in pages):
            return False
    return True


def _set_paper_width(printer: Escpos, width_dots: int) -> None:
    # Profiles are shared classes: give this printer its own copy with the paper width, so
    # python-escpos checks images against it instead of printing a warning to stdout.
    data: dict[str, Any] = dict(printer.profile.profile_data)
    data["media"] = {**data.get("media", {}), "width": {"mm": "Unknown", "pixels": width_dots}}
    printer.profile.profile_data = data


def _image(printer: Escpos, image: Image.Image) -> None:
    printer.image(image, impl="bitImageRaster", center=False)


class _Page:
    """Sends one printout's blocks, choosing text or picture for each."""

    def __init__(self, printer: Escpos, language: str, width_dots: int) -> None:
        self.printer = printer
        self.language = language
        self.width = width_dots
        self.start = "right" if language_info(language).right_to_left else "left"
        self.has_font_b = "1" in printer.profile.profile_data.get("fonts", {})

    def block(self, block: Block) -> None:
        """Print one block."""
        if isinstance(block, Line):
            self.line(block)
        elif isinstance(block, Band):
            self.band(block)
        elif isinstance(block, Rule):
            self.style(align="left", font="a", scale=1, bold=False)
            self.printer.textln("-" * (self.width // FONT_A_DOTS))
        else:
            self.qr(block)

    def style(self, *, align: str, font: str, scale: int, bold: bool) -> None:
        """Set every text property, so no block inherits another's."""
        self.printer.set(
            align=align, font=font, bold=bold, custom_size=True, width=scale, height=scale
        )

    def line(self, line: Line) -> None:
        """A line as text when the printer can spell it, else as a picture."""
        if not prints_as_text(self.printer, line.text):
            _image(self.printer, raster.line_image(line, self.language, self.width))
            return
        text = unicodedata.normalize("NFC", line.text)
        small = line.size is Size.SMALL and self.has_font_b
        font, columns = (
            ("b", self.width // FONT_B_DOTS) if small else ("a", self.width // FONT_A_DOTS)
        )
        scale = {Size.SMALL: 1, Size.NORMAL: 1, Size.LARGE: 2}.get(line.size, 0)
        if not scale:  # huge: as large as still fits on one line, but at least double
            scale = max(2, min(_HUGE_MAX, columns // max(len(text), 1)))
        align = "center" if line.centred else self.start
        self.style(align=align, font=font, scale=scale, bold=line.bold)
        rows = textwrap.wrap(text, columns // scale, break_on_hyphens=False) or [""]
        for row in rows:
            self.printer.textln(row)

    def band(self, band: Band) -> None:
        """Reversed text padded with spaces to a full-width bar, or a picture of the bar."""
        columns = self.width // FONT_A_DOTS // 2
        if not prints_as_text(self.printer, band.text) or len(band.text) > columns:
            _image(self.printer, raster.band_image(band, self.language, self.width))
            return
        self.style(align="left", font="a", scale=2, bold=True)
        self.printer.set(invert=True)
        self.printer.textln(band.text.center(columns))
        self.printer.set(invert=False)

    def qr(self, qr: Qr) -> None:
        """The printer's own QR code, centred, with its caption under it."""
        if self.printer.profile.supports("qrCode"):
            # qr(center=True) is not implemented for native codes: centre by alignment.
            self.style(align="center", font="a", scale=1, bold=False)
            self.printer.qr(qr.data, ec=QR_ECLEVEL_M, size=raster.QR_MODULE_DOTS, native=True)
            self.printer.ln()
        else:
            _image(self.printer, raster.qr_image(qr.data, self.width))
        if qr.caption:
            self.line(raster.caption_line(qr))
