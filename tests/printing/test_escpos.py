"""ESC/POS output for thermal printers, read back the way a printer reads it.

The bytes are parsed command by command (a small parser below), pictures are decoded back to
pixels, QR codes are read back with zxing-cpp, and the whole-printout pictures are kept under
build/prints/ for people to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
import zxingcpp
from escpos.printer import Network
from PIL import Image

from core.catalogue import Catalogue, load_catalogue
from core.config import DEMO_CATALOGUE
from core.printout import Line, Printout, Size
from printing import raster
from printing.escpos_render import render_escpos, send_escpos
from printing.layouts import (
    CheckInSlip,
    DropOffReceipt,
    DroppedDocument,
    QueueTicket,
    SubmissionReceipt,
    VisitorBadge,
)
from printing.script import bidi_levels
from tests.printing.cupsd import PrinterPort

ROOT = Path(__file__).resolve().parents[2]
PRINTS = ROOT / "build" / "prints"
ESC, GS = 0x1B, 0x1D
NON_LATIN = ("bn", "ur", "zh_CN")
GOLDEN_LANGUAGES = ("en", *NON_LATIN)
KINDS = ("ticket", "check-in-slip", "visitor-badge", "submission-receipt", "drop-off-receipt")
# Python codecs for the code pages a Polish line may be sent in, to check the bytes
# independently of python-escpos's own tables.
CODE_PAGES = {0: "cp437", 16: "cp1252", 18: "cp852", 19: "cp858", 39: "iso8859_2", 40: "iso8859_15"}

DOCUMENT = {"en": "Passport", "bn": "পাসপোর্ট", "ur": "پاسپورٹ", "zh_CN": "护照"}
BILL = {
    "en": "Council tax bill",
    "bn": "কাউন্সিল ট্যাক্স বিল",
    "ur": "کونسل ٹیکس بل",
    "zh_CN": "市政税账单",
}
VISITOR = {
    "en": ("Alex Morgan", "Morgan & Reid Surveyors", "Sam Patel"),
    "bn": ("রফিকুল ইসলাম", "স্থপতি ও সহযোগী", "Sam Patel"),
    "ur": ("عائشہ خان", "خان اینڈ سنز", "Sam Patel"),
    "zh_CN": ("王小明", "伦敦建筑事务所", "Sam Patel"),
}
REFERENCE = {
    "ticket": "TK-0042",
    "check-in-slip": "BK-0311",
    "visitor-badge": "VB-0007",
    "submission-receipt": "CR-2026-00417",
    "drop-off-receipt": "CR-2026-00418",
}


@dataclass(frozen=True)
class Command:
    """One ESC/POS command, or a stretch of text (``name`` "text")."""

    name: str
    data: bytes
    width_bytes: int = 0
    height: int = 0


# ESC and GS commands with one parameter byte that this renderer sends.
ONE_BYTE = {
    (ESC, ord("t")): "codepage",
    (ESC, ord("a")): "align",
    (ESC, ord("E")): "bold",
    (ESC, ord("M")): "font",
    (ESC, ord("d")): "feed",
    (ESC, ord("!")): "mode",
    (GS, ord("!")): "size",
    (GS, ord("B")): "reverse",
    (GS, ord("V")): "cut",
}


def parse(stream: bytes) -> list[Command]:
    """Split a byte stream into commands; an unknown command fails the test."""
    commands: list[Command] = []
    i = 0
    while i < len(stream):
        byte = stream[i]
        if byte == 0x0A:
            commands.append(Command("lf", b""))
            i += 1
        elif byte not in (ESC, GS):
            j = i
            while j < len(stream) and stream[j] not in (ESC, GS, 0x0A):
                j += 1
            commands.append(Command("text", stream[i:j]))
            i = j
        elif stream[i : i + 2] == b"\x1b@":
            commands.append(Command("init", b""))
            i += 2
        elif (byte, stream[i + 1]) in ONE_BYTE:
            commands.append(Command(ONE_BYTE[byte, stream[i + 1]], stream[i + 2 : i + 3]))
            i += 3
        elif stream[i : i + 3] == b"\x1dv0":
            width = int.from_bytes(stream[i + 4 : i + 6], "little")
            height = int.from_bytes(stream[i + 6 : i + 8], "little")
            end = i + 8 + width * height
            commands.append(Command("raster", stream[i + 8 : end], width, height))
            i = end
        elif stream[i : i + 3] == b"\x1d(k":
            length = int.from_bytes(stream[i + 3 : i + 5], "little")
            commands.append(Command("2d", stream[i + 5 : i + 5 + length]))
            i += 5 + length
        else:
            raise AssertionError(f"unknown command {stream[i : i + 3]!r} at byte {i}")
    return commands


def qr_data(commands: list[Command]) -> list[str]:
    """What each native QR code stores: GS ( k pL pH 49 80 48 data."""
    return [c.data[3:].decode() for c in commands if c.name == "2d" and c.data[:3] == b"1P0"]


def pictures(commands: list[Command]) -> list[Image.Image]:
    """Each GS v 0 picture as the printer prints it (a set bit is a black dot)."""
    return [
        Image.frombytes("1", (c.width_bytes * 8, c.height), bytes(b ^ 0xFF for b in c.data))
        for c in commands
        if c.name == "raster"
    ]


def printed_text(commands: list[Command]) -> str:
    """The text, decoded in whichever code page was selected before each stretch."""
    page = 0
    out = []
    for command in commands:
        if command.name == "codepage":
            page = command.data[0]
        elif command.name == "text":
            out.append(command.data.decode(CODE_PAGES[page]))
        elif command.name == "lf":
            out.append("\n")
    return "".join(out)


def ink(image: Image.Image) -> int:
    """How many black dots."""
    return image.convert("L").histogram()[0]


def stacked(images: list[Image.Image]) -> Image.Image:
    """Pictures one under another, as the paper comes out."""
    out = Image.new("1", (images[0].width, sum(im.height for im in images)), 1)
    top = 0
    for image in images:
        out.paste(image, (0, top))
        top += image.height
    return out


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    """The demo catalogue, whose services and standards come in every language."""
    return load_catalogue(DEMO_CATALOGUE)


def printout(kind: str, lang: str, catalogue: Catalogue) -> Printout:
    """A realistic printout of one kind in one language."""
    housing = catalogue.service("housing")
    when = datetime(2026, 11, 23, 10, 5)
    site = "Idea Store Whitechapel"
    ref = REFERENCE[kind]
    if kind == "ticket":
        return QueueTicket("A042", housing.title(lang), 3, 12, when, ref, site, lang).printout()
    if kind == "check-in-slip":
        slip = CheckInSlip(ref, housing.title(lang), when, when, site, "B017", lang)
        return slip.printout()
    if kind == "visitor-badge":
        name, company, host = VISITOR[lang]
        return VisitorBadge(name, company, host, date(2026, 11, 23), site, ref).printout()
    if kind == "submission-receipt":
        summary = housing.summary.get(lang, "")
        standard = housing.standard.get(lang, "")
        receipt = SubmissionReceipt(ref, housing.title(lang), summary, standard, when, site, lang)
        return receipt.printout()
    documents = (DroppedDocument(DOCUMENT[lang], 2), DroppedDocument(BILL[lang], 1))
    return DropOffReceipt(ref, documents, when, site, lang).printout()


def is_latin(ch: str) -> bool:
    """Printable Latin-script text, digits, punctuation or a line break."""
    return ch == "\n" or (ch.isprintable() and (ord(ch) < 0x250 or 0x2010 <= ord(ch) < 0x20D0))


def non_latin_words(text: str) -> Iterator[str]:
    """Words with a character from outside the Latin script."""
    for word in text.split():
        if not all(is_latin(ch) for ch in word):
            yield word


def test_english_ticket_prints_its_number_as_text_and_reference_as_a_native_qr(
    catalogue: Catalogue,
) -> None:
    ticket = printout("ticket", "en", catalogue)
    commands = parse(render_escpos(ticket))
    text = printed_text(commands)
    assert "\nA042\n" in text
    assert "Housing" in text
    assert qr_data(commands) == ["TK-0042"]
    assert not pictures(commands), "an English ticket needs no pictures"
    number = next(i for i, c in enumerate(commands) if c.data == b"A042")
    assert Command("size", b"\x33") in commands[:number], "the number prints at 4x"
    qr_at = next(i for i, c in enumerate(commands) if c.name == "2d")
    aligns = [c.data for c in commands[:qr_at] if c.name == "align"]
    assert aligns[-1] == b"\x01", "the QR code is centred"
    assert commands[-1] == Command("cut", b"\x01"), "ends with a partial cut"


@pytest.mark.parametrize("lang", NON_LATIN)
@pytest.mark.parametrize("kind", ["ticket", "submission-receipt", "visitor-badge"])
def test_bengali_urdu_and_chinese_go_to_the_printer_only_as_pictures(
    kind: str, lang: str, catalogue: Catalogue
) -> None:
    page = printout(kind, lang, catalogue)
    stream = render_escpos(page)
    commands = parse(stream)
    parameters = b"".join(c.data for c in commands if c.name not in {"raster", "2d", "text"})
    assert all(b < 0x80 for b in parameters)
    assert all(is_latin(ch) for ch in printed_text(commands)), "only Latin text outside pictures"
    texts = [c.data for c in commands if c.name == "text"]
    for ch in {ch for ch in page.text() if not is_latin(ch) and not ch.isspace()}:
        for codec in ("utf-8", "utf-16-le", "utf-16-be", "gb18030"):
            assert not any(ch.encode(codec) in text for text in texts), (ch, codec)
    words = [w for w in non_latin_words(page.text()) if len(w) >= 3]
    assert words, "the sample has text in the language's own script"
    for word in words:
        for codec in ("utf-8", "utf-16-le", "utf-16-be", "gb18030", "cp1256", "cp864"):
            try:
                encoded = word.encode(codec)
            except UnicodeEncodeError:
                continue
            assert encoded not in stream, (word, codec)
    images = pictures(commands)
    assert images, "a GS v 0 picture is present"
    assert all(im.width == 576 and ink(im) > 0 for im in images), "each picture has ink"
    assert qr_data(commands) == [REFERENCE[kind]]


def test_polish_letters_print_as_text_in_a_code_page_that_holds_them() -> None:
    phrase = "Zażółć gęślą jaźń"
    commands = parse(render_escpos(Printout("ticket", "pl", "t", (Line(phrase),))))
    assert printed_text(commands).splitlines() == [phrase]
    assert Command("codepage", bytes([18])) in commands, "CP852 (Latin-2) was selected"
    assert not pictures(commands)


@pytest.mark.parametrize("lang", ["en", "so", "pl"])
def test_latin_script_printouts_are_all_text(lang: str, catalogue: Catalogue) -> None:
    page = printout("submission-receipt", lang, catalogue)
    commands = parse(render_escpos(page))
    assert not pictures(commands)
    text = printed_text(commands).replace("-" * 48 + "\n", "")  # the rules
    assert catalogue.service("housing").title(lang) in text
    assert " ".join(text.split()) == " ".join(page.text().split())


def test_a_latin_line_with_a_character_no_code_page_holds_prints_as_a_picture() -> None:
    lines = (Line("Fees: €25"), Line("Done ✓"), Line("Zero\u200bwidth"))
    commands = parse(render_escpos(Printout("ticket", "en", "t", lines)))
    assert printed_text(commands).splitlines() == ["Fees: €25"]
    assert len(pictures(commands)) == 2


def test_bytes_reach_a_network_printer_unchanged(
    catalogue: Catalogue, printer_port: PrinterPort
) -> None:
    page = printout("ticket", "bn", catalogue)
    printer = Network("127.0.0.1", port=printer_port.port, timeout=10)
    send_escpos(printer, page)
    printer.close()
    assert printer_port.next_job() == render_escpos(page)
    assert render_escpos(page) == render_escpos(page), "the same printout, the same bytes"


def test_narrow_paper_keeps_pictures_and_text_within_512_dots(catalogue: Catalogue) -> None:
    page = printout("submission-receipt", "ur", catalogue)
    commands = parse(render_escpos(page, width_dots=512))
    assert {im.width for im in pictures(commands)} == {512}
    english = printout("submission-receipt", "en", catalogue)
    rows = printed_text(parse(render_escpos(english, width_dots=512))).splitlines()
    assert max(len(row) for row in rows) <= 512 // 12


def test_a_raster_only_printer_prints_exactly_the_preview(catalogue: Catalogue) -> None:
    page = printout("drop-off-receipt", "zh_CN", catalogue)
    commands = parse(render_escpos(page, raster_only=True))
    assert not [c for c in commands if c.name == "text"]
    preview = raster.printout_image(page)
    assert stacked(pictures(commands)).tobytes() == preview.tobytes()


def test_urdu_numbers_read_left_to_right_inside_right_to_left_text() -> None:
    text = "جاری 12/03/2026"
    levels = bidi_levels(text, rtl=True)
    assert levels[:4] == [1, 1, 1, 1], "Urdu word"
    assert levels[5:] == [2] * 10, "the date stays left to right"
    assert bidi_levels("Issued 12/03/2026", rtl=False) == [0] * 17


@pytest.mark.parametrize("lang", GOLDEN_LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_golden_preview_has_ink_and_its_qr_reads_back(
    kind: str, lang: str, catalogue: Catalogue
) -> None:
    page = printout(kind, lang, catalogue)
    assert page.kind == kind
    for block in page.blocks:
        text = block.text if isinstance(block, Line) else ""
        assert not raster.uncovered(text, lang), f"no font has these: {text!r}"
    image = raster.printout_image(page)
    PRINTS.mkdir(parents=True, exist_ok=True)
    image.save(PRINTS / f"{kind}-{lang}-escpos.png")
    assert image.width == 576
    assert ink(image) > 0.03 * image.width * image.height, "the preview is not blank"
    codes = zxingcpp.read_barcodes(image.convert("L"))
    assert [c.text for c in codes] == [REFERENCE[kind]]


def test_the_ticket_number_shrinks_to_fit_but_never_wraps() -> None:
    line = Line("CR-2026-00417-LONG", Size.HUGE, bold=True, centred=True)
    style = raster.line_style(line, "en")
    assert style.size_dots < 96
    assert len(raster.wrap(line.text, style, 576 - 2 * raster.MARGIN_DOTS)) == 1
