"""The touch controls of guided-form pages: what a resident taps or types is the raw answer."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from core.addresses import load_address_book
from core.form_definition import FormDefinition, Question
from core.form_inputs import AddressInput, DateInput, ScannedDocument
from core.form_walk import SAMPLE_PAGE
from core.scanning import PageScanner, RawPage, ScanProblem, ScanSettings
from devices.scan_pipeline import ScanPipeline
from devices.simulated_scanner import SimulatedScanner
from kiosk.form_answers import AnswerWidget, answer_widget
from tests.conftest import ROOT
from tests.core.form_samples import build, en, every_type, question
from ui.scan_capture import DocumentCapture

BOOK = load_address_book(ROOT / "assets" / "demo" / "addresses.json")
LIBRARY = "Idea Store Whitechapel, 321 Whitechapel Road, London"
FLAT_2 = "Flat 2, 319 Whitechapel Road, London"
NEW_BUILD = "Flat 9, 1 New Road, London E1 1ZZ"

W = TypeVar("W", bound=QWidget)
Make = Callable[..., AnswerWidget]


@pytest.fixture(scope="module")
def form() -> FormDefinition:
    return build(every_type())


@pytest.fixture
def make(qtbot: QtBot) -> Make:
    """Show the control for a question on its own, as a page would."""

    def made(q: Question, language: str = "en", scanner: PageScanner | None = None) -> AnswerWidget:
        widget = answer_widget(
            q, language, addresses=BOOK, scanner=scanner, processor=ScanPipeline()
        )
        qtbot.addWidget(widget)
        widget.resize(1200, 900)
        with qtbot.waitExposed(widget):
            widget.show()
        return widget

    return made


def find(widget: QWidget, name: str, kind: type[W]) -> W:
    found = [w for w in widget.findChildren(kind, name) if w.objectName() == name]
    assert len(found) == 1, f"{len(found)} widgets named {name}"
    return found[0]


def tap(qtbot: QtBot, widget: QWidget, name: str) -> None:
    target = find(widget, name, QAbstractButton)
    assert target.isVisible() and target.isEnabled(), f"{name} cannot be tapped"
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, widget: QWidget, name: str, text: str) -> None:
    box = find(widget, name, QLineEdit)
    assert box.isVisible(), f"{name} is not showing"
    box.setFocus()  # the resident taps the box; what they type goes after what is there
    qtbot.keyClicks(box, text)


def press(qtbot: QtBot, widget: QWidget, name: str, key: Qt.Key) -> None:
    box = find(widget, name, QLineEdit)
    box.setFocus()
    qtbot.keyClick(box, key)


def text_of(widget: QWidget, name: str) -> str:
    return find(widget, name, QLabel).text()


def shows(widget: QWidget, name: str) -> bool:
    return find(widget, name, QWidget).isVisibleTo(widget)


def counted(signal: Any) -> list[int]:
    seen: list[int] = []
    signal.connect(lambda *_: seen.append(1))
    return seen


# One box


def test_text_is_what_was_typed_and_enter_continues(
    qtbot: QtBot, form: FormDefinition, make: Make
) -> None:
    widget = make(form.question("full_name"))
    edits, submits = counted(widget.edited), counted(widget.submitted)
    type_into(qtbot, widget, "answer_full_name", "  Rasnee Begum ")
    assert widget.raw() == "  Rasnee Begum "  # core cleans it; the box keeps it as typed
    assert len(edits) == len("  Rasnee Begum ")
    press(qtbot, widget, "answer_full_name", Qt.Key.Key_Return)
    assert submits == [1]


def test_a_box_takes_more_than_core_accepts_so_too_long_is_reported(
    form: FormDefinition, make: Make
) -> None:
    """max_length is 60: the box takes 120, and core says the answer is too long."""
    box = find(make(form.question("full_name")), "answer_full_name", QLineEdit)
    assert box.maxLength() == 120
    box.setText("x" * 100)
    assert len(box.text()) == 100


@pytest.mark.parametrize(
    ("name", "typed", "hint"),
    [
        ("phone", "020 7364 5000", Qt.InputMethodHint.ImhDialableCharactersOnly),
        ("email", "Jane@Example.org", Qt.InputMethodHint.ImhEmailCharactersOnly),
        ("adults", "2", Qt.InputMethodHint.ImhFormattedNumbersOnly),
    ],
)
def test_phone_email_and_number_boxes_bring_up_the_right_keys(
    qtbot: QtBot,
    form: FormDefinition,
    make: Make,
    name: str,
    typed: str,
    hint: Qt.InputMethodHint,
) -> None:
    widget = make(form.question(name))
    box = find(widget, f"answer_{name}", QLineEdit)
    assert box.inputMethodHints() & hint
    type_into(qtbot, widget, f"answer_{name}", typed)
    assert widget.raw() == typed


def test_long_text_counts_the_characters_left(form: FormDefinition, make: Make) -> None:
    """GOV.UK character count: the limit is 5000 by default for long text."""
    widget = make(form.question("reason"))
    box = find(widget, "answer_reason", QPlainTextEdit)
    assert box.minimumHeight() >= 220
    assert text_of(widget, "answer_reason_count") == "You have 5000 characters remaining"
    box.setPlainText("My landlord ")
    assert widget.raw() == "My landlord "
    # Counted as core counts it: trimmed.
    assert text_of(widget, "answer_reason_count") == "You have 4989 characters remaining"
    box.setPlainText("a" * 4999)
    assert text_of(widget, "answer_reason_count") == "You have 1 character remaining"
    box.setPlainText("a" * 5001)
    assert text_of(widget, "answer_reason_count") == "You have 1 character too many"
    box.setPlainText("a" * 5003)
    assert text_of(widget, "answer_reason_count") == "You have 3 characters too many"
    assert find(widget, "answer_reason_count", QLabel).property("role") == "error"
    assert widget.raw() == "a" * 5003  # kept for shortening; core reports too_long


# Dates


def test_date_is_three_boxes_as_typed(qtbot: QtBot, form: FormDefinition, make: Make) -> None:
    widget = make(form.question("date_of_birth"))
    assert [
        text_of(widget, f"answer_date_of_birth_{p}_label") for p in ("day", "month", "year")
    ] == [
        "Day",
        "Month",
        "Year",
    ]
    lengths = [
        find(widget, f"answer_date_of_birth_{p}", QLineEdit).maxLength()
        for p in ("day", "month", "year")
    ]
    assert lengths == [2, 2, 4]
    type_into(qtbot, widget, "answer_date_of_birth_day", "7")
    type_into(qtbot, widget, "answer_date_of_birth_month", "11")
    type_into(qtbot, widget, "answer_date_of_birth_year", "19801")
    assert widget.raw() == DateInput("7", "11", "1980")


# Choices


def test_yes_no(qtbot: QtBot, form: FormDefinition, make: Make) -> None:
    widget = make(form.question("has_children"))
    assert widget.raw() is None
    assert find(widget, "answer_has_children_yes", QAbstractButton).text() == "Yes"
    assert find(widget, "answer_has_children_no", QAbstractButton).text() == "No"
    tap(qtbot, widget, "answer_has_children_yes")
    assert widget.raw() == "yes"
    tap(qtbot, widget, "answer_has_children_no")
    assert widget.raw() == "no"
    assert not find(widget, "answer_has_children_yes", QAbstractButton).isChecked()


def test_single_choice_takes_one_and_shows_hints(qtbot: QtBot, make: Make) -> None:
    raw = every_type()
    raw["items"][5]["choices"][1]["hint"] = en("From a private landlord or letting agent")
    widget = make(build(raw).question("tenure"))
    assert text_of(widget, "answer_tenure_rent_private_hint") == (
        "From a private landlord or letting agent"
    )
    tap(qtbot, widget, "answer_tenure_own")
    tap(qtbot, widget, "answer_tenure_rent_private")
    assert widget.raw() == "rent_private"
    assert not find(widget, "answer_tenure_own", QAbstractButton).isChecked()


def test_none_of_these_clears_the_others_and_is_cleared_by_them(
    qtbot: QtBot, form: FormDefinition, make: Make
) -> None:
    widget = make(form.question("bins"))
    edits = counted(widget.edited)
    assert widget.raw() == ()
    assert text_of(widget, "answer_bins_or") == "or"
    tap(qtbot, widget, "answer_bins_general")
    tap(qtbot, widget, "answer_bins_food")
    assert widget.raw() == ("general", "food")
    tap(qtbot, widget, "answer_bins_none")
    assert widget.raw() == ("none",)
    tap(qtbot, widget, "answer_bins_recycling")
    assert widget.raw() == ("recycling",)
    tap(qtbot, widget, "answer_bins_recycling")
    assert widget.raw() == ()
    assert len(edits) == 5


def test_declaration(qtbot: QtBot, form: FormDefinition, make: Make) -> None:
    widget = make(form.question("agree"))
    assert text_of(widget, "answer_agree_declaration_text") == (
        "The information I have given is true."
    )
    assert widget.raw() is False
    tap(qtbot, widget, "answer_agree_agree")
    assert widget.raw() is True
    assert find(widget, "answer_agree_agree", QAbstractButton).text() == "I agree"


# Addresses


def test_finding_an_address_and_choosing_it(qtbot: QtBot, form: FormDefinition, make: Make) -> None:
    widget = make(form.question("address"))
    assert not shows(widget, "answer_address_address_text")
    type_into(qtbot, widget, "answer_address_postcode", "e11bu")
    tap(qtbot, widget, "answer_address_find")
    assert text_of(widget, "answer_address_message") == "4 addresses found for E1 1BU"
    assert find(widget, "answer_address_address_0", QAbstractButton).text() == LIBRARY
    assert shows(widget, "answer_address_manual")
    assert not shows(widget, "answer_address_address_text")
    tap(qtbot, widget, "answer_address_address_2")
    assert widget.raw() == AddressInput("e11bu", FLAT_2)


def test_enter_in_the_postcode_box_finds_and_does_not_continue(
    qtbot: QtBot, form: FormDefinition, make: Make
) -> None:
    widget = make(form.question("address"))
    submits = counted(widget.submitted)
    type_into(qtbot, widget, "answer_address_postcode", "E1 1BJ")
    press(qtbot, widget, "answer_address_postcode", Qt.Key.Key_Return)
    assert text_of(widget, "answer_address_message") == "1 address found for E1 1BJ"
    assert submits == []


def test_a_postcode_with_no_addresses_says_so_and_offers_the_box(
    qtbot: QtBot, form: FormDefinition, make: Make
) -> None:
    widget = make(form.question("address"))
    type_into(qtbot, widget, "answer_address_postcode", "E1 1ZZ")
    tap(qtbot, widget, "answer_address_find")
    assert text_of(widget, "answer_address_message") == (
        "We could not find any addresses for E1 1ZZ. Check the postcode, or enter your address."
    )
    assert not shows(widget, "answer_address_manual")
    type_into(qtbot, widget, "answer_address_address_text", NEW_BUILD)
    assert widget.raw() == AddressInput("E1 1ZZ", NEW_BUILD)


def test_an_address_not_in_the_list_can_be_typed(
    qtbot: QtBot, form: FormDefinition, make: Make
) -> None:
    widget = make(form.question("address"))
    type_into(qtbot, widget, "answer_address_postcode", "E1 1BU")
    tap(qtbot, widget, "answer_address_find")
    tap(qtbot, widget, "answer_address_address_1")
    tap(qtbot, widget, "answer_address_manual")
    assert widget.raw() == AddressInput("E1 1BU", "")  # the list choice is let go
    type_into(qtbot, widget, "answer_address_address_text", "Flat 4, 319 Whitechapel Road")
    assert widget.raw() == AddressInput("E1 1BU", "Flat 4, 319 Whitechapel Road")
    tap(qtbot, widget, "answer_address_address_0")  # changed their mind: the list wins
    assert widget.raw() == AddressInput("E1 1BU", LIBRARY)
    assert not shows(widget, "answer_address_address_text")


def test_changing_the_postcode_clears_the_address_chosen(
    qtbot: QtBot, form: FormDefinition, make: Make
) -> None:
    widget = make(form.question("address"))
    type_into(qtbot, widget, "answer_address_postcode", "E1 1BU")
    tap(qtbot, widget, "answer_address_find")
    tap(qtbot, widget, "answer_address_address_0")
    heard: list[object] = []
    widget.edited.connect(lambda: heard.append(widget.raw()))
    press(qtbot, widget, "answer_address_postcode", Qt.Key.Key_Backspace)
    assert widget.raw() == AddressInput("E1 1B", "")
    assert heard == [AddressInput("E1 1B", "")]  # the page saves what is true now
    assert not shows(widget, "answer_address_addresses")
    assert not shows(widget, "answer_address_message")
    type_into(qtbot, widget, "answer_address_postcode", "J")
    tap(qtbot, widget, "answer_address_find")
    tap(qtbot, widget, "answer_address_address_0")
    assert widget.raw() == AddressInput(
        "E1 1BJ", "Tower Hamlets Town Hall, 160 Whitechapel Road, London"
    )


def test_finding_again_keeps_the_address_chosen(
    qtbot: QtBot, form: FormDefinition, make: Make
) -> None:
    widget = make(form.question("address"))
    type_into(qtbot, widget, "answer_address_postcode", "E1 1BU")
    tap(qtbot, widget, "answer_address_find")
    tap(qtbot, widget, "answer_address_address_3")
    tap(qtbot, widget, "answer_address_find")
    assert widget.raw() == AddressInput("E1 1BU", "Flat 3, 319 Whitechapel Road, London")


# Documents


@pytest.fixture
def proof(form: FormDefinition) -> Question:
    """A utility bill or a bank statement, at most 3 pages."""
    return form.question("proof")


def scan(qtbot: QtBot, widget: AnswerWidget, prefix: str) -> None:
    """Tap Scan and wait for the scan (off the UI thread) to finish."""
    capture = find(widget, f"{prefix}_capture", DocumentCapture)
    with qtbot.waitSignal(capture.scanning_changed, check_params_cb=lambda busy: not busy):
        tap(qtbot, widget, f"{prefix}_scan")


def test_scanning_waits_for_the_document_to_be_chosen(
    qtbot: QtBot, proof: Question, make: Make
) -> None:
    scanner = SimulatedScanner()
    widget = make(proof, scanner=scanner)
    assert text_of(widget, "answer_proof_count").startswith("No pages scanned yet.")
    assert not find(widget, "answer_proof_scan", QAbstractButton).isEnabled()
    tap(qtbot, widget, "answer_proof_document_1")
    edits = counted(widget.edited)
    scan(qtbot, widget, "answer_proof")
    scan(qtbot, widget, "answer_proof")
    assert len(edits) == 2  # each new page re-checks the answer
    raw = widget.raw()
    assert isinstance(raw, tuple)
    assert [(d.kind, len(d.pages), d.colour) for d in raw] == [("A bank statement", 2, False)]
    assert all(page.jpeg.startswith(b"\xff\xd8") for d in raw for page in d.pages)
    scan(qtbot, widget, "answer_proof")
    # max_pages is 3: no more scanning.
    assert not find(widget, "answer_proof_scan", QAbstractButton).isEnabled()
    assert text_of(widget, "answer_proof_count") == (
        "3 pages scanned. This document can have up to 3 pages."
    )
    tap(qtbot, widget, "answer_proof_remove")
    assert [len(d.pages) for d in widget.raw()] == [2]  # type: ignore[attr-defined]
    assert find(widget, "answer_proof_scan", QAbstractButton).isEnabled()


def test_a_scanner_problem_is_explained_and_nothing_breaks(
    qtbot: QtBot, proof: Question, make: Make
) -> None:
    scanner = SimulatedScanner()
    widget = make(proof, scanner=scanner)
    tap(qtbot, widget, "answer_proof_document_0")
    scan(qtbot, widget, "answer_proof")
    scanner.fail_with = ScanProblem.COVER_OPEN
    scan(qtbot, widget, "answer_proof")
    assert shows(widget, "answer_proof_problem")
    assert "The scanner's cover is open." in text_of(widget, "answer_proof_problem")
    assert text_of(widget, "answer_proof_count").startswith("1 page scanned.")
    scanner.fail_with = None
    scan(qtbot, widget, "answer_proof")
    assert not shows(widget, "answer_proof_problem")
    assert text_of(widget, "answer_proof_count").startswith("2 pages scanned.")


def test_a_driver_that_breaks_is_explained(qtbot: QtBot, proof: Question, make: Make) -> None:
    class Broken(SimulatedScanner):
        def scan(self, settings: ScanSettings, max_pages: int) -> Iterator[RawPage]:
            yield RawPage(100, 100, False, 200, b"not a picture")  # the wrong number of bytes
            raise OSError("device gone")

    widget = make(proof, scanner=Broken())
    tap(qtbot, widget, "answer_proof_document_1")
    scan(qtbot, widget, "answer_proof")
    assert text_of(widget, "answer_proof_problem") == (
        "The scanner sent a page we could not read. Scan it again."
    )
    assert widget.raw() == ()


def test_with_no_scanner_the_resident_is_sent_to_a_desk(proof: Question, make: Make) -> None:
    widget = make(proof, scanner=None)
    assert text_of(widget, "answer_proof_no_scanner") == (
        "The scanner is not working. You can bring this document to a desk instead."
    )
    assert shows(widget, "answer_proof_no_scanner")
    assert not shows(widget, "answer_proof_scan")


def test_one_accepted_document_is_chosen_already(qtbot: QtBot, make: Make) -> None:
    q = build(
        every_type(
            items=[question("bill", "document", "Scan a bill", documents=[en("A bill")])],
            calculations=[],
        )
    ).question("bill")
    widget = make(q, scanner=SimulatedScanner())
    assert not shows(widget, "answer_bill_which")
    scan(qtbot, widget, "answer_bill")
    assert [(d.kind, len(d.pages)) for d in widget.raw()] == [("A bill", 1)]  # type: ignore[attr-defined]


def test_wipe_drops_the_pages(qtbot: QtBot, proof: Question, make: Make) -> None:
    widget = make(proof, scanner=SimulatedScanner())
    tap(qtbot, widget, "answer_proof_document_0")
    scan(qtbot, widget, "answer_proof")
    widget.wipe()
    assert widget.raw() == ()
    assert widget.findChildren(QAbstractButton, "answer_proof_page_1") == []
    assert not find(widget, "answer_proof_document_0", QAbstractButton).isChecked()
    assert text_of(widget, "answer_proof_count").startswith("No pages scanned yet.")


# Keeping answers


PAGE = SAMPLE_PAGE
KEPT: list[tuple[str, object]] = [
    ("full_name", "Geoff Smith"),
    ("reason", "Line one\nLine two"),
    ("adults", "2"),
    ("date_of_birth", DateInput("01", "2", "1961")),
    ("has_children", "no"),
    ("tenure", "rent_council"),
    ("bins", ("recycling", "food")),
    ("bins", ("none",)),
    ("address", AddressInput("E1 1BU", FLAT_2)),
    ("address", AddressInput("E1 1ZZ", NEW_BUILD)),
    ("address", AddressInput("E1 1BU", "")),
    ("phone", "07700 900123"),
    ("email", "geoff@example.org"),
    (
        "proof",
        (ScannedDocument("A utility bill", (PAGE, PAGE)),),
    ),
    ("agree", True),
]


@pytest.mark.parametrize(("name", "kept"), KEPT)
def test_a_kept_answer_comes_back_exactly(
    form: FormDefinition, make: Make, name: str, kept: object
) -> None:
    widget = make(form.question(name), scanner=SimulatedScanner())
    edits = counted(widget.edited)
    widget.set_raw(kept)
    assert widget.raw() == kept
    assert edits == []  # restoring is not the resident editing
    widget.wipe()
    assert widget.raw() in ("", None, (), False, DateInput(), AddressInput())


def test_a_kept_address_shows_its_list_again(form: FormDefinition, make: Make) -> None:
    widget = make(form.question("address"))
    widget.set_raw(AddressInput("E1 1BU", FLAT_2))
    assert find(widget, "answer_address_address_2", QAbstractButton).isChecked()
    assert text_of(widget, "answer_address_message") == "4 addresses found for E1 1BU"
    widget.set_raw(AddressInput("E1 1ZZ", NEW_BUILD))
    assert find(widget, "answer_address_address_text", QLineEdit).text() == NEW_BUILD
    assert shows(widget, "answer_address_address_text")


def test_kept_pages_show_again(proof: Question, make: Make) -> None:
    widget = make(proof, scanner=SimulatedScanner())
    widget.set_raw((ScannedDocument("A bank statement", (PAGE, PAGE)),))
    assert text_of(widget, "answer_proof_count").startswith("2 pages scanned.")
    assert find(widget, "answer_proof_page_2", QAbstractButton).icon().isNull() is False
    assert find(widget, "answer_proof_document_1", QAbstractButton).isChecked()


# Languages


def in_three(text: str, bn: str, ur: str) -> dict[str, str]:
    return {"en": text, "bn": bn, "ur": ur}


def test_form_words_follow_the_language(qtbot: QtBot, make: Make) -> None:
    tenure = question(
        "tenure",
        "single_choice",
        "Do you own or rent?",
        choices=[
            {
                "value": "own",
                "label": in_three("I own my home", "আমি আমার বাড়ির মালিক", "میں اپنے گھر کا مالک ہوں"),
            },
            {
                "value": "rent",
                "label": in_three("I rent", "আমি ভাড়া থাকি", "میں کرائے پر رہتا ہوں"),
                "hint": in_three("From anyone", "যে কারও কাছ থেকে", "کسی سے بھی"),
            },
            {"value": "other", "label": en("Bed & breakfast")},
        ],
    )
    proof = question(
        "proof",
        "document",
        "Scan your proof",
        documents=[in_three("A utility bill", "ইউটিলিটি বিল", "یوٹیلیٹی بل")],
    )
    definition = build(every_type(items=[tenure, proof], calculations=[]))
    widget = make(definition.question("tenure"))
    own = find(widget, "answer_tenure_own", QAbstractButton)
    assert own.text() == "I own my home"
    widget.retranslate("bn")
    assert own.text() == "আমি আমার বাড়ির মালিক"
    assert text_of(widget, "answer_tenure_rent_hint") == "যে কারও কাছ থেকে"
    widget.retranslate("ur")
    assert own.text() == "میں اپنے گھر کا مالک ہوں"
    assert own.accessibleName() == "میں اپنے گھر کا مالک ہوں"
    # Not translated yet: English, and an '&' shows as itself rather than as a shortcut.
    other = find(widget, "answer_tenure_other", QAbstractButton)
    assert other.accessibleName() == "Bed & breakfast"
    assert other.text() == "Bed && breakfast"

    scanning = make(definition.question("proof"), "bn", SimulatedScanner())
    bill = find(scanning, "answer_proof_document_0", QAbstractButton)
    assert bill.text() == "ইউটিলিটি বিল"
    scan(qtbot, scanning, "answer_proof")
    scanning.retranslate("ur")
    assert bill.text() == "یوٹیلیٹی بل"
    # The back office reads the kind in English, whatever the resident's language.
    assert [d.kind for d in scanning.raw()] == ["A utility bill"]  # type: ignore[attr-defined]


# For the page around the control


def test_every_control_is_named_once_and_can_be_spoken(form: FormDefinition, qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    for q in form.questions():
        answer_widget(q, "en", addresses=BOOK, scanner=SimulatedScanner(), parent=page)
    controls = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QPlainTextEdit)
    ]
    names = [w.objectName() for w in controls]
    assert all(names)
    assert [n for n, count in Counter(names).items() if count > 1] == []
    assert [w.objectName() for w in controls if not w.accessibleName()] == []


def test_invalid_puts_the_red_border_beside_the_control(qtbot: QtBot, form: FormDefinition) -> None:
    """GOV.UK: a red bar down the reading side of the question with the problem."""
    page = QWidget()
    qtbot.addWidget(page)
    page.setStyleSheet(
        "QWidget { background: #ffffff; }"
        ' QWidget[invalid="true"] { border-left: 6px solid #d4351c; padding-left: 12px; }'
    )
    widget = answer_widget(
        form.question("date_of_birth"), "en", addresses=BOOK, scanner=None, parent=page
    )
    QVBoxLayout(page).addWidget(widget)
    page.resize(800, 300)
    with qtbot.waitExposed(page):
        page.show()
    day = find(widget, "answer_date_of_birth_day", QLineEdit)

    def edge() -> str:
        picture = widget.grab().toImage()
        return str(picture.pixelColor(2, picture.height() // 2).name())

    assert edge() == "#ffffff"
    widget.set_invalid(True)
    assert edge() == "#d4351c"
    qtbot.waitUntil(lambda: day.x() == 18)  # the boxes move over, clear of the bar
    widget.set_invalid(False)
    assert edge() == "#ffffff"
    qtbot.waitUntil(lambda: day.x() == 0)


@pytest.mark.parametrize(
    ("name", "focused"),
    [
        ("full_name", "answer_full_name"),
        ("reason", "answer_reason"),
        ("date_of_birth", "answer_date_of_birth_day"),
        ("has_children", "answer_has_children_yes"),
        ("address", "answer_address_postcode"),
        ("agree", "answer_agree_agree"),
    ],
)
def test_an_error_link_puts_the_cursor_in_the_first_box(
    qtbot: QtBot, form: FormDefinition, make: Make, name: str, focused: str
) -> None:
    widget = make(form.question(name))
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.focus_field()
    assert find(widget, focused, QWidget).hasFocus()


def test_an_address_error_link_goes_to_what_needs_fixing(
    qtbot: QtBot, form: FormDefinition, make: Make
) -> None:
    widget = make(form.question("address"))
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    type_into(qtbot, widget, "answer_address_postcode", "E1 1BU")
    tap(qtbot, widget, "answer_address_find")
    widget.focus_field()  # a postcode, but no address chosen yet
    assert find(widget, "answer_address_address_0", QWidget).hasFocus()
    tap(qtbot, widget, "answer_address_manual")
    widget.focus_field()
    assert find(widget, "answer_address_address_text", QWidget).hasFocus()


def test_the_page_waits_while_a_scan_is_under_way(
    qtbot: QtBot, proof: Question, make: Make
) -> None:
    """``busy`` holds Continue and Back: leaving the page mid-scan would lose its pages."""
    scanner = SimulatedScanner()
    scanner.hold = threading.Event()
    widget = make(proof, scanner=scanner)
    tap(qtbot, widget, "answer_proof_document_0")
    capture = find(widget, "answer_proof_capture", DocumentCapture)
    with qtbot.waitSignal(capture.scanning_changed, check_params_cb=lambda busy: not busy):
        tap(qtbot, widget, "answer_proof_scan")
        assert widget.busy
        scanner.hold.set()
    assert not widget.busy
    assert [len(d.pages) for d in widget.raw()] == [1]  # type: ignore[attr-defined]
