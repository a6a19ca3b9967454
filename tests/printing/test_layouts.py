"""Each printout shows what its reader needs, and never anything it was not given."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.languages import LANGUAGE_CODES
from core.printout import Band, Printout, Qr
from printing.labels import label, label_keys
from printing.layouts import (
    BookingSlip,
    CheckInSlip,
    DropOffReceipt,
    DroppedDocument,
    PrinterTestPage,
    QueueTicket,
    SubmissionReceipt,
    VisitorBadge,
)

WHEN = datetime(2025, 6, 4, 10, 30)
MODELS = (
    QueueTicket,
    CheckInSlip,
    BookingSlip,
    VisitorBadge,
    SubmissionReceipt,
    DroppedDocument,
    DropOffReceipt,
    PrinterTestPage,
)
SITE = "Idea Store Whitechapel"


def ticket(language: str = "en", wait: int | None = 12) -> QueueTicket:
    """A ticket as the kiosk would issue it."""
    return QueueTicket("A042", "Council Tax", 5, wait, WHEN, "TK-20250604-A042", SITE, language)


def test_ticket_shows_number_service_position_wait_time_and_a_qr_of_its_reference() -> None:
    printout = ticket().printout()
    text = printout.text()
    for shown in ("A042", "Council Tax", "number 5 in the queue", "about 12 minutes"):
        assert shown in text
    assert "Issued 04/06/2025 10:30" in text
    assert printout.qr_codes() == ["TK-20250604-A042"]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_ticket_is_in_the_residents_language(code: str) -> None:
    printout = ticket(code).printout()
    text = printout.text()
    assert printout.language == code
    assert label("position", code).replace("%1", "5") in text
    assert label("wait_minutes", code).replace("%1", "12") in text
    assert label("your_number", code) in text


def test_ticket_without_an_estimate_promises_a_call_not_a_time() -> None:
    text = ticket(wait=None).printout().text()
    assert label("wait_unknown", "en") in text
    assert "minutes" not in text


def test_check_in_slip_shows_service_appointment_and_queue_number() -> None:
    slip = CheckInSlip("BK-7781", "Housing", WHEN, datetime(2025, 6, 4, 10, 20), SITE, "B017")
    printout = slip.printout()
    text = printout.text()
    assert "Housing" in text
    assert "Appointment 04/06/2025 10:30" in text
    assert "B017" in text
    assert "Checked in 04/06/2025 10:20" in text
    assert printout.qr_codes() == ["BK-7781"]


def test_check_in_slip_without_a_queue_number_prints_no_number_heading() -> None:
    slip = CheckInSlip("BK-7781", "Housing", WHEN, WHEN, SITE)
    assert label("your_number", "en") not in slip.printout().text()


def test_booking_slip_shows_when_what_the_reference_and_the_letters_check_in_code() -> None:
    code = "CK1:APPT:idea-store-whitechapel:TH-4K7Q2"
    printout = BookingSlip("TH-4K7Q2", "Housing", WHEN, SITE, code).printout()
    text = printout.text()
    for shown in ("Your appointment is booked", "Housing", "Appointment 04/06/2025 10:30"):
        assert shown in text
    assert "TH-4K7Q2" in text and "scan this code, or type the reference" in text
    assert printout.qr_codes() == [code]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_booking_slip_is_in_the_residents_language(code: str) -> None:
    slip = BookingSlip("TH-4K7Q2", "Housing", WHEN, SITE, "CK1:APPT:x:TH-4K7Q2", code)
    text = slip.printout().text()
    assert label("appointment_booked", code) in text
    assert label("check_in_with_code", code) in text


def test_badge_shows_name_company_host_date_and_visitor_bands() -> None:
    badge = VisitorBadge("Jane Smith", "Acme Ltd", "Sam Patel", date(2025, 6, 4), SITE, "V-0042")
    printout = badge.printout()
    text = printout.text()
    for shown in ("Jane Smith", "Acme Ltd", "Visiting Sam Patel", "04/06/2025"):
        assert shown in text
    bands = [b for b in printout.blocks if isinstance(b, Band)]
    assert [b.text for b in bands] == ["VISITOR", "VISITOR"]
    assert printout.blocks[0] == bands[0] and printout.blocks[-1] == bands[1]
    assert printout.qr_codes() == ["V-0042"]
    assert "Jane" not in printout.job_name and "Acme" not in printout.job_name


def test_submission_receipt_shows_reference_service_next_steps_and_standard() -> None:
    receipt = SubmissionReceipt(
        "KR-2025-004217",
        "Report a missed bin",
        "A crew will check the street.",
        "We will collect it within 2 working days.",
        WHEN,
        SITE,
    )
    printout = receipt.printout()
    text = printout.text()
    for shown in (
        "KR-2025-004217",
        "Report a missed bin",
        "What happens next",
        "A crew will check the street.",
        "We will collect it within 2 working days.",
    ):
        assert shown in text
    assert printout.qr_codes() == ["KR-2025-004217"]


def test_drop_off_receipt_lists_each_document_with_its_page_count() -> None:
    documents = (DroppedDocument("Passport", 2), DroppedDocument("Bank statement", 4))
    printout = DropOffReceipt("KR-2025-004217", documents, WHEN, SITE).printout()
    text = printout.text()
    assert "Passport: 2 pages" in text
    assert "Bank statement: 4 pages" in text
    assert printout.qr_codes() == ["KR-2025-004217"]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_no_model_can_carry_priority_vulnerability_or_assistance(model: type) -> None:
    names = [f.name.lower() for f in dataclasses.fields(model)]
    assert names
    for name in names:
        assert not re.search(r"priority|vulnerab|assist", name), name


def _leftover(printout: Printout, given_values: list[str], numbers: list[int]) -> str:
    """The printout's text with every given value and every label removed."""
    allowed = list(given_values)
    for key in label_keys():
        for code in {printout.language, "en"}:
            text = label(key, code)
            allowed += [text.replace("%1", str(n)) for n in numbers] if "%1" in text else [text]
    text = printout.text()
    for piece in sorted(allowed, key=len, reverse=True):
        text = text.replace(piece, "\n")
    return text


FREE_TEXT = st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=12)
SEPARATORS = re.compile(r"[\s:·]*")


@settings(max_examples=30, deadline=None)
@given(
    words=st.lists(FREE_TEXT, min_size=5, max_size=5),
    numbers=st.lists(st.integers(0, 999), min_size=2, max_size=2),
    code=st.sampled_from(LANGUAGE_CODES),
)
def test_a_layout_prints_nothing_it_was_not_given(
    words: list[str], numbers: list[int], code: str
) -> None:
    a, b, c, d, e = words
    stamp, day = WHEN.strftime("%d/%m/%Y %H:%M"), WHEN.strftime("%d/%m/%Y")
    cases = [
        (QueueTicket(a, b, numbers[0], numbers[1], WHEN, c, d, code), [a, b, c, d, stamp]),
        (CheckInSlip(a, b, WHEN, WHEN, c, d, code), [a, b, c, d, stamp]),
        (BookingSlip(a, b, WHEN, c, d, code), [a, b, c, d, stamp]),
        (VisitorBadge(a, b, c, WHEN.date(), d, e), [a, b, c, d, e, day]),
        (SubmissionReceipt(a, b, c, d, WHEN, e, code), [a, b, c, d, e, stamp]),
        (
            DropOffReceipt(a, (DroppedDocument(b, numbers[0]),), WHEN, c, code),
            [a, b, c, stamp],
        ),
    ]
    for model, values in cases:
        printout = model.printout()
        assert SEPARATORS.fullmatch(_leftover(printout, values, numbers)), printout.text()
        assert all(q in values for q in printout.qr_codes())
        for block in printout.blocks:
            if isinstance(block, Qr):
                assert block.caption in ("", block.data)
