"""Golden prints: every layout in English, Bengali, Urdu and Chinese, as PDF and as PNG.

Each print is written to build/prints/ for people to look at, then checked: it is not blank,
its QR code scans, its page is the right size, its text is real text, and every font in it is
embedded and ours (a missing glyph would show as a box).
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from core.printout import Printout
from printing.fonts import (
    face,
    faces_for,
    paragraph_is_rtl,
    shaped_text,
    visual_runs,
)
from printing.labels import label
from printing.layouts import (
    CheckInSlip,
    DropOffReceipt,
    DroppedDocument,
    PrinterTestPage,
    QueueTicket,
    SubmissionReceipt,
    VisitorBadge,
)
from printing.pdf import render_pdf
from printing.script import bidi_levels

ROOT = Path(__file__).resolve().parents[2]
PRINTS = ROOT / "build" / "prints"
FRESH_RENDER = (
    "import sys; from tests.printing.test_pdf import printout; from printing.pdf import render_pdf;"
    "sys.stdout.buffer.write(render_pdf(printout('submission-receipt', 'bn'), 'roll80'))"
)
DPI = 150
MM = 72 / 25.4
LANGS = ("en", "bn", "ur", "zh_CN")
KINDS = ("ticket", "check-in-slip", "visitor-badge", "submission-receipt", "drop-off-receipt")
CASES = [(k, c, "roll80") for k in KINDS for c in LANGS] + [
    ("submission-receipt", c, "a4") for c in LANGS
]
WHEN = datetime(2025, 6, 4, 10, 30)
SITE = "Idea Store Whitechapel"
SERVICE = {"en": "Council Tax", "bn": "কাউন্সিল ট্যাক্স", "ur": "کونسل ٹیکس", "zh_CN": "市政税"}
NEXT = {
    "en": "An officer will check your details and the scanned letter, then write to you.",
    "bn": "একজন অফিসার আপনার তথ্য ও স্ক্যান করা চিঠি যাচাই করে আপনাকে লিখবেন।",
    "ur": "ایک افسر آپ کی معلومات اور اسکین کیا ہوا خط دیکھ کر آپ کو لکھے گا۔",
    "zh_CN": "工作人员会核对您的资料和扫描的信件，然后给您回信。",
}
STANDARD = {
    "en": "We will reply within 10 working days.",
    "bn": "আমরা ১০ কার্যদিবসের মধ্যে উত্তর দেব।",
    "ur": "ہم کام کے 10 دنوں کے اندر جواب دیں گے۔",
    "zh_CN": "我们会在 10 个工作日内回复。",
}
DOCUMENTS = {
    "en": ("Passport", "Bank statement"),
    "bn": ("পাসপোর্ট", "ব্যাংক স্টেটমেন্ট"),
    "ur": ("پاسپورٹ", "بینک اسٹیٹمنٹ"),
    "zh_CN": ("护照", "银行对账单"),
}
VISITOR = {  # badges are in English; names come in any script
    "en": ("Jane Smith", "Acme Ltd", "Sam Patel"),
    "bn": ("রফিক ইসলাম", "সোনার বাংলা ট্রেডার্স", "নাসরিন আক্তার"),
    "ur": ("عمران خان", "خان اینڈ سنز", "فاطمہ بی بی"),
    "zh_CN": ("王伟", "长城贸易有限公司", "李娜"),
}
SCRIPT_FONT = {
    "en": "NotoSans-",
    "bn": "NotoSansBengali-",
    "ur": "NotoNaskhArabic-",
    "zh_CN": "WenQuanYiMicroHei",
}
OUR_FONTS = ("NotoSans-", "NotoSansBengali-", "NotoNaskhArabic-", "WenQuanYiMicroHei")


def printout(kind: str, code: str) -> Printout:
    """A realistic printout of a kind, with the resident's text in their language."""
    ref = "KR-2025-004217"
    if kind == "ticket":
        model = QueueTicket("A042", SERVICE[code], 5, 12, WHEN, "TK-20250604-A042", SITE, code)
    elif kind == "check-in-slip":
        model = CheckInSlip("BK-7781", SERVICE[code], WHEN, WHEN, SITE, "B017", code)
    elif kind == "visitor-badge":
        model = VisitorBadge(*VISITOR[code], WHEN.date(), SITE, "V-0042")
    elif kind == "submission-receipt":
        model = SubmissionReceipt(ref, SERVICE[code], NEXT[code], STANDARD[code], WHEN, SITE, code)
    else:
        pages = zip(DOCUMENTS[code], (3, 1), strict=True)
        model = DropOffReceipt(
            ref, tuple(DroppedDocument(d, n) for d, n in pages), WHEN, SITE, code
        )
    return model.printout()


@dataclass(frozen=True)
class Print:
    """One rendered print and what poppler makes of it."""

    pdf: bytes
    png: Image.Image
    fonts: list[tuple[str, str]]  # (name, embedded yes/no)
    text: str


def _poppler(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@cache
def rendered(kind: str, code: str, paper: str) -> Print:
    """Render once, write PDF and PNG to build/prints, and read them back with poppler."""
    assert printout(kind, code).kind == kind  # files are named as the ESC/POS prints are
    pdf = render_pdf(printout(kind, code), paper)  # type: ignore[arg-type]
    PRINTS.mkdir(parents=True, exist_ok=True)
    stem = PRINTS / f"{kind}-{code}-{paper}"
    stem.with_suffix(".pdf").write_bytes(pdf)
    _poppler("pdftoppm", "-r", str(DPI), "-png", "-singlefile", f"{stem}.pdf", str(stem))
    rows = _poppler("pdffonts", f"{stem}.pdf").splitlines()[2:]
    fonts = [(row.split()[0], row.split()[-5]) for row in rows]
    text = unicodedata.normalize("NFKC", _poppler("pdftotext", f"{stem}.pdf", "-"))
    text = re.sub("[\u200e\u200f\u202a-\u202e]", "", text)  # poppler's direction marks
    with Image.open(f"{stem}.png") as png:
        return Print(pdf, png.convert("L"), fonts, text)


def reference(kind: str) -> str:
    """The reference a print's QR code must carry."""
    return printout(kind, "en").qr_codes()[0]


@pytest.mark.parametrize(("kind", "code", "paper"), CASES)
def test_print_is_ink_on_paper_inside_the_printable_column(
    kind: str, code: str, paper: str
) -> None:
    png = rendered(kind, code, paper).png
    dark = sum(png.histogram()[:128]) / (png.width * png.height)
    assert 0.005 < dark < 0.5
    if paper == "roll80":
        margin = round(4 * MM / 72 * DPI) - 2  # 4 mm each side of the 72 mm column
        left, top, right, bottom = png.point(lambda v: 255 if v < 128 else 0).getbbox()
        assert left >= margin and right <= png.width - margin
        close = 8 * MM / 72 * DPI  # the roll is cut close to the content, top and bottom
        assert top < close and png.height - bottom < close


@pytest.mark.parametrize(("kind", "code", "paper"), CASES)
def test_qr_code_scans_to_the_reference(kind: str, code: str, paper: str) -> None:
    found = [r.text for r in zxingcpp.read_barcodes(rendered(kind, code, paper).png)]
    assert found == [reference(kind)]


@pytest.mark.parametrize(("kind", "code", "paper"), CASES)
def test_page_is_80_mm_roll_or_a4(kind: str, code: str, paper: str) -> None:
    box = re.search(rb"/MediaBox \[ 0 0 ([\d.]+) ([\d.]+) \]", rendered(kind, code, paper).pdf)
    assert box
    width, height = float(box[1]), float(box[2])
    if paper == "roll80":
        assert width == pytest.approx(80 * MM, abs=0.01)
        assert 60 * MM < height < 200 * MM
    else:
        assert (width, height) == pytest.approx((595.2756, 841.8898), abs=0.01)


@pytest.mark.parametrize(("kind", "code", "paper"), CASES)
def test_fonts_are_embedded_and_ours_with_the_script_font(kind: str, code: str, paper: str) -> None:
    fonts = rendered(kind, code, paper).fonts
    names = [name.split("+")[-1] for name, _ in fonts]
    assert all(embedded == "yes" for _, embedded in fonts), fonts
    assert all(name.startswith(OUR_FONTS) for name in names), names
    assert any(name.startswith(SCRIPT_FONT[code]) for name in names), names


@pytest.mark.parametrize(("kind", "code", "paper"), CASES)
def test_text_is_real_text_in_reading_order(kind: str, code: str, paper: str) -> None:
    text = rendered(kind, code, paper).text
    assert reference(kind) in text
    badge = kind == "visitor-badge"
    key = "your_number" if kind in ("ticket", "check-in-slip") else "case_reference"
    expected = label("visitor", "en") if badge else label(key, code)
    if code == "bn" and not badge:  # shaped conjuncts extract as private glyphs
        expected = "আপনার"
    assert expected in text  # Urdu comes back in logical order only if drawn right to left
    if code in ("en", "zh_CN", "ur") and kind == "submission-receipt":
        assert STANDARD[code].split()[0] in text


def test_bengali_conjuncts_are_joined_by_shaping() -> None:
    bengali = face("Noto Sans Bengali", False)
    for word in ("কাউন্সিল", "স্ক্যান", "পৃষ্ঠা"):
        glyphs, _ = shaped_text(word, bengali, 10.0)
        assert len(glyphs) < len(word), word  # virama clusters became conjunct glyphs


def test_urdu_with_a_reference_reads_right_to_left_and_mirrors_brackets() -> None:
    line = "خط لکھے گا (حوالہ KR-0042)۔"
    assert paragraph_is_rtl(line, "ur")
    faces = faces_for("ur", False, line)
    runs = visual_runs(line, faces, bidi_levels(line, True), 10.0)
    latin = [str(r.text) for r in runs if r.face.name.startswith("NotoSans-")]
    assert latin == ["(", "KR-0042", ")"]  # left to right as printed: ")" logical shows as "("
    assert runs[-1].face.name.startswith("NotoNaskhArabic")  # the sentence starts at the right


def test_a_reference_alone_in_an_urdu_printout_reads_left_to_right() -> None:
    assert not paragraph_is_rtl("KR-2025-004217", "ur")
    assert bidi_levels("KR-2025 10:30", False) == [0] * 13


def test_output_is_the_same_bytes_whatever_was_printed_before() -> None:
    for code in ("bn", "ur"):
        render_pdf(printout("ticket", code), "roll80")
    receipt = printout("submission-receipt", "bn")
    fresh_process = subprocess.run(
        [sys.executable, "-c", FRESH_RENDER],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    assert render_pdf(receipt, "roll80") == render_pdf(receipt, "roll80") == fresh_process


def test_metadata_names_the_job_and_no_person() -> None:
    badge = printout("visitor-badge", "en")
    pdf = render_pdf(badge, "roll80")
    assert b"/Title (badge V-0042)" in pdf
    for personal in VISITOR["en"]:
        assert personal.encode() not in re.sub(rb"stream.*?endstream", b"", pdf, flags=re.S)


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="roll80"):
        render_pdf(printout("ticket", "en"), "a5")  # type: ignore[arg-type]


def test_printer_test_page_draws_every_kiosk_language() -> None:
    page = PrinterTestPage("desk-1", SITE, WHEN, ("en", "bn", "so", "ur", "zh_CN", "pl"))
    PRINTS.mkdir(parents=True, exist_ok=True)
    path = PRINTS / "test-page-roll80.pdf"
    path.write_bytes(render_pdf(page.printout(), "roll80"))
    _poppler(
        "pdftoppm", "-r", str(DPI), "-png", "-singlefile", str(path), str(path.with_suffix(""))
    )
    fonts = _poppler("pdffonts", str(path))
    for script_font in SCRIPT_FONT.values():
        assert script_font in fonts
    assert "Strona testowa drukarki" in _poppler("pdftotext", str(path), "-")
