"""Reading and checking what a resident types: postcodes, phones, emails, dates, numbers, text.

Each answer is checked against the rules of its question in the sample with every type, and
the resident reads one plain message naming what to do, in their language.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date
from pathlib import Path

import pytest

from core.addresses import load_address_book
from core.catalogue import CatalogueError
from core.form_definition import FormDefinition, Question
from core.form_flow import FormSession
from core.form_inputs import (
    AddressInput,
    DateInput,
    ScannedDocument,
    Unreadable,
    normal_postcode,
    read_date,
    read_email,
    read_number,
    read_phone,
)
from core.form_messages import DEFAULTS, REQUIRED
from core.form_validation import Checked, check
from core.languages import LANGUAGE_CODES
from tests.core.form_samples import EVERY_TYPE, RESIDENT_ANSWERS, TODAY, build, fill_in

ADDRESS_BOOK = Path(__file__).resolve().parents[2] / "assets" / "demo" / "addresses.json"

FORM: FormDefinition = build(EVERY_TYPE)
BORN = date(1984, 3, 14)


def checked(name: str, raw: object, **others: object) -> Checked:
    """An answer to one question of the sample, checked with other answers beside it."""
    context: Mapping[str, object] = {"date_of_birth": BORN, "email": None, **others}
    return check(FORM.question(name), raw, context, TODAY)


def message(name: str, raw: object, language: str = "en", **others: object) -> str:
    """The one message a resident reads for this answer (it must be refused)."""
    result = checked(name, raw, **others)
    assert result.problem is not None, f"{raw!r} was accepted for {name}"
    assert result.value is None
    return result.problem.message(FORM.question(name), language)


def accepted(name: str, raw: object, **others: object) -> object:
    result = checked(name, raw, **others)
    assert result.problem is None, result.problem
    return result.value


def rule_of(reader: object, raw: object) -> str:
    with pytest.raises(Unreadable) as caught:
        reader(raw)  # type: ignore[operator]
    return caught.value.rule


# --- postcodes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("e11bu", "E1 1BU"),
        ("E1 1BU", "E1 1BU"),
        ("  e1   1bu ", "E1 1BU"),
        ("E1\u00a01BU", "E1 1BU"),
        ("E1 1BU\n", "E1 1BU"),
        ("GIR 0AA", "GIR 0AA"),
        ("gir0aa", "GIR 0AA"),
        ("SW1A 1AA", "SW1A 1AA"),
        ("ec1a1bb", "EC1A 1BB"),
        ("W1A 0AX", "W1A 0AX"),
        ("M1 1AE", "M1 1AE"),
        ("B33 8TH", "B33 8TH"),
        ("CR2 6XH", "CR2 6XH"),
        ("DN55 1PT", "DN55 1PT"),
        ("E14 2BG", "E14 2BG"),
    ],
)
def test_a_uk_postcode_is_read_in_its_usual_form(typed: str, read: str) -> None:
    assert normal_postcode(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "E1 1BUU",
        "E1",
        "1BU",
        "11BU",
        "QE1 1BU",  # no postcode area starts with Q
        "E1 1CU",  # C is never in the last part
        "😀",
        "E1 😀1BU",
        "'; DROP TABLE events;--",
        "<b>E1 1BU</b>",
        "E1-1BU",
        "ｅ１１ｂｕ",  # full-width letters and digits
        "E1 1BU E1 1BU",
        "x" * 10_000,
    ],
)
def test_anything_else_is_not_a_postcode(typed: str) -> None:
    assert rule_of(normal_postcode, typed) in ("not_a_postcode", "too_long")
    problem = message("address", AddressInput(typed, "Flat 3, 221 Whitechapel Road"))
    assert problem in (
        "Enter a full UK postcode, like E1 1BU",
        "Your answer must be 100 characters or fewer",
    )


def test_an_address_needs_a_postcode_and_a_chosen_address() -> None:
    assert accepted("address", AddressInput("e11bu", " Flat 3, 221 Whitechapel Road ")) == (
        AddressInput("E1 1BU", "Flat 3, 221 Whitechapel Road")
    )
    assert message("address", AddressInput("e11bu", "")) == (
        "Select your address, or enter it by hand"
    )
    assert message("address", AddressInput("", "Flat 3")) == (
        "Enter a full UK postcode, like E1 1BU"
    )
    assert message("address", AddressInput()) == "Enter a postcode"
    assert message("address", "E1 1BU") == "Enter a full UK postcode, like E1 1BU"


# --- phones --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("07700 900982", "07700900982"),
        ("07700900982", "07700900982"),
        ("+44 7700 900982", "07700900982"),
        ("+447700900982", "07700900982"),
        ("020 7364 5000", "02073645000"),
        ("(020) 7364-5000", "02073645000"),
        ("+44 (0)20 7364 5000", "02073645000"),
        ("0800 123 456", "0800123456"),
        ("+33 1 23 45 67 89", "+33123456789"),
        ("+880 1712 345678", "+8801712345678"),
    ],
)
def test_a_phone_number_is_read_as_digits(typed: str, read: str) -> None:
    assert read_phone(typed) == read
    assert accepted("phone", typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "0770090",
        "07700 900982 1",
        "7700 900982",
        "+1",
        "+1234567890123456",
        "phone me",
        "07700 9OO982",  # letter O for zero
        "O7700900982",
        "07700+900982",
        "😀",
    ],
)
def test_anything_else_is_not_a_phone_number(typed: str) -> None:
    assert rule_of(read_phone, typed) == "not_a_phone"
    assert message("phone", typed) == ("Enter a phone number, like 07700 900 982 or 020 7364 5000")


# --- emails --------------------------------------------------------------------------------


def test_an_email_address_is_read_with_its_domain_in_lower_case() -> None:
    assert read_email("Zeb.Q+kiosk@Example.CO.UK") == "Zeb.Q+kiosk@example.co.uk"
    assert read_email("  name@example.com ") == "name@example.com"
    longest = "a" * 242 + "@example.com"
    assert len(longest) == 254
    assert read_email(longest) == longest


@pytest.mark.parametrize(
    "typed",
    [
        "nameexample.com",
        "name@",
        "@example.com",
        "name@example",
        "name@@example.com",
        "na me@example.com",
        "name@exa mple.com",
        "<name>@example.com",
        "name@-example.com",
        "a" * 243 + "@example.com",  # 255 characters
    ],
)
def test_anything_else_is_not_an_email_address(typed: str) -> None:
    assert rule_of(read_email, typed) == "not_an_email"
    assert message("email", typed) == (
        "Enter an email address in the correct format, like name@example.com"
    )


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("parts", "read"),
    [
        (("14", "3", "1984"), date(1984, 3, 14)),
        ((" 01 ", "03", "1984"), date(1984, 3, 1)),
        (("29", "2", "2024"), date(2024, 2, 29)),
        (("29", "2", "2000"), date(2000, 2, 29)),
        (("31", "12", "1999"), date(1999, 12, 31)),
    ],
)
def test_a_real_date_is_read_from_the_three_boxes(parts: tuple[str, str, str], read: date) -> None:
    assert read_date(DateInput(*parts)) == read


@pytest.mark.parametrize(
    "parts",
    [
        ("31", "2", "2026"),
        ("30", "2", "2024"),
        ("29", "2", "2026"),
        ("29", "2", "1900"),
        ("0", "1", "2020"),
        ("1", "13", "2020"),
        ("1", "1", "84"),
        ("1", "1", "02020"),
        ("a", "b", "cdef"),
        ("1st", "March", "1984"),
        ("-1", "2", "2020"),
        ("1.0", "2", "2020"),
        ("١٤", "٣", "١٩٨٤"),  # Arabic-Indic digits
    ],
)
def test_a_date_that_is_not_on_the_calendar_is_refused(parts: tuple[str, str, str]) -> None:
    assert rule_of(read_date, DateInput(*parts)) == "not_a_date"
    assert message("date_of_birth", DateInput(*parts)) == "Enter a real date, like 27 3 2007"


@pytest.mark.parametrize(
    ("parts", "missing"),
    [
        (("", "3", "1984"), "day"),
        (("14", " ", "1984"), "month"),
        (("14", "3", ""), "year"),
        (("", "", "1984"), "day and month"),
    ],
)
def test_a_date_with_a_box_left_empty_asks_for_all_three(
    parts: tuple[str, str, str], missing: str
) -> None:
    with pytest.raises(Unreadable) as caught:
        read_date(DateInput(*parts))
    assert caught.value.rule == "date_incomplete"
    assert caught.value.params == {"missing": missing}
    assert message("date_of_birth", DateInput(*parts)) == "Enter the day, month and year"


def test_an_empty_date_is_a_missing_answer() -> None:
    assert message("date_of_birth", DateInput()) == "Enter a date"
    assert message("date_of_birth", DateInput(" ", "", "")) == "Enter a date"


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("3", 3),
        (" 7 ", 7),
        ("1,000", 1000),
        ("12,345,678", 12345678),
        ("£12", 12),
        ("£1,250.50", 1250.5),
        ("-3", -3),
        ("+4", 4),
        (".5", 0.5),
        ("12.50", 12.5),
        ("12,5", 12.5),  # a decimal comma, as written in Polish
        ("3.", 3),
        ("123456789012345", 123456789012345),
    ],
)
def test_a_number_is_read_as_people_write_it(typed: str, read: float) -> None:
    assert read_number(typed) == read
    assert type(read_number(typed)) is type(read)


@pytest.mark.parametrize(
    "typed",
    [
        "1e5",
        "1E5",
        "1234567890123456",
        "abc",
        "three",
        "nan",
        "inf",
        "0x10",
        "1_000",
        "1.2.3",
        "--1",
        "1,0,0",
        "12,3456",
        "£",
        "-",
        ".",
    ],
)
def test_anything_else_is_not_a_number(typed: str) -> None:
    assert rule_of(read_number, typed) == "not_a_number"
    assert message("adults", typed) == "Enter a number, like 3 or 12.5"


def test_a_number_is_checked_against_its_limits() -> None:
    assert accepted("adults", "1") == 1
    assert accepted("adults", "20") == 20
    assert message("adults", "0") == "Enter a number that is 1 or more"
    assert message("adults", "21") == "Enter a number that is 20 or less"
    assert message("adults", "-3") == "Enter a number that is 1 or more"
    assert message("adults", "2.5") == "Enter a whole number, like 3"
    assert message("adults", "") == "Enter a number"
    assert message("child_age", "18") == "Enter a number that is 17 or less"


# --- text ----------------------------------------------------------------------------------


EMPTY: dict[str, object] = {
    "text": "",
    "long_text": "   ",
    "number": "",
    "date": DateInput(),
    "yes_no": "",
    "single_choice": "",
    "multiple_choice": [],
    "postcode_address": AddressInput(),
    "phone": "",
    "email": "",
    "document": [],
    "declaration": False,
}

REQUIRED_MESSAGES = [
    ("full_name", "Enter your full name"),
    ("adults", "Enter a number"),
    ("date_of_birth", "Enter a date"),
    ("has_children", "Select yes or no"),
    ("tenure", "Select an option"),
    ("landlord", "Enter your answer"),
    ("bins", "Select at least one option"),
    ("address", "Enter a postcode"),
    ("phone", "Enter a phone number"),
    ("child_name", "Enter your answer"),
    ("child_age", "Enter a number"),
    ("child_needs", "Select yes or no"),
    ("child_support", "Enter your answer"),
    ("start_date", "Enter a date"),
    ("agree", "Confirm that you agree to continue"),
]


@pytest.mark.parametrize(("name", "expected"), REQUIRED_MESSAGES)
def test_each_required_question_left_empty_says_what_to_do(name: str, expected: str) -> None:
    empty = EMPTY[FORM.question(name).type.value]
    assert message(name, empty) == expected


@pytest.mark.parametrize("name", ["reason", "email", "proof"])
def test_an_optional_question_may_be_left_empty(name: str) -> None:
    assert accepted(name, EMPTY[FORM.question(name).type.value]) is None


def test_an_author_message_is_preferred_to_the_default() -> None:
    """full_name has its own "required" message; tenure falls back to the kiosk's."""
    assert message("full_name", "") == "Enter your full name"
    assert message("full_name", " \t\n ") == "Enter your full name"
    assert message("tenure", "") == "Select an option"
    assert message("date_of_birth", DateInput("24", "11", "2026")) == (
        "Date of birth must be in the past"
    )


def test_a_megabyte_of_text_is_refused_with_a_plain_message() -> None:
    huge = "Zebedee " * 131_072
    assert message("full_name", huge) == "Your answer must be 60 characters or fewer"
    assert message("reason", huge) == "Your answer must be 5000 characters or fewer"
    assert accepted("reason", "a" * 5000) == "a" * 5000


def test_a_megabyte_of_text_on_a_page_keeps_the_resident_on_it() -> None:
    session = FormSession(FORM, today=TODAY)
    session.next()
    huge = "Zebedee " * 131_072
    session.answer(huge)
    (problem,) = session.next()
    assert problem.message == "Your answer must be 60 characters or fewer"
    assert session.step.key == "full_name"
    assert session.raw_at(session.step.place) == huge  # type: ignore[arg-type]


def test_control_characters_are_dropped_and_text_trimmed() -> None:
    typed = "  Zeb\x00\x07edee\x1b Quixotic\u200b-Marchbanks\u202e \r"
    assert accepted("full_name", typed) == "Zebedee Quixotic-Marchbanks"


@pytest.mark.parametrize(
    "typed",
    [
        "محمد Ali علی",  # Urdu and English mixed
        "Zainab \u200fزینب\u200f 😀",  # right-to-left marks kept
        "ক্ষমা",  # Bengali conjunct
        "রাজ\u200dকুমার",  # Bengali with a zero-width joiner
        "王小明",
        "Łucja Wąsowska-Żak",
        "Cafe\u0301",  # decomposed accent, stored composed
        "👩🏽‍👧‍👦 family",
    ],
)
def test_text_in_any_writing_is_accepted(typed: str) -> None:
    assert accepted("full_name", typed) == unicodedata.normalize("NFC", typed)


def test_too_short_and_pattern_rules_use_the_authors_messages() -> None:
    raw = {**EVERY_TYPE, "items": [dict(EVERY_TYPE["items"][0])]}
    raw["items"][0].update(
        min_length=3,
        pattern="^[A-Za-z' -]+$",
        messages={"pattern": {"en": "Name must only include letters"}},
    )
    raw["calculations"] = []
    question = build(raw).question("full_name")
    short = check(question, "Zo", {}, TODAY).problem
    assert short is not None
    assert short.message(question, "en") == "Your answer must be 3 characters or more"
    wrong = check(question, "Zeb 42", {}, TODAY).problem
    assert wrong is not None
    assert wrong.message(question, "en") == "Name must only include letters"
    assert check(question, "Zeb O'Neill", {}, TODAY).value == "Zeb O'Neill"


# --- dates against today ---------------------------------------------------------------------


def test_a_date_of_birth_must_not_be_after_today() -> None:
    assert accepted("date_of_birth", DateInput("23", "11", "2026")) == TODAY
    assert message("date_of_birth", DateInput("24", "11", "2026")) == (
        "Date of birth must be in the past"
    )
    assert message("date_of_birth", DateInput("31", "12", "1899")) == (
        "The date must be on or after 1 January 1900"
    )
    assert accepted("date_of_birth", DateInput("1", "1", "1900")) == date(1900, 1, 1)


def test_a_start_date_is_between_today_and_sixty_days_on() -> None:
    assert accepted("start_date", DateInput("23", "11", "2026")) == TODAY
    assert accepted("start_date", DateInput("22", "1", "2027")) == date(2027, 1, 22)
    assert message("start_date", DateInput("22", "11", "2026")) == (
        "The date must be on or after 23 November 2026"
    )
    assert message("start_date", DateInput("23", "1", "2027")) == (
        "The date must be on or before 22 January 2027"
    )


def test_a_constraint_compares_two_answers() -> None:
    """The start date must come after the date of birth the resident gave."""
    soon = DateInput("1", "12", "2026")
    assert accepted("start_date", soon, date_of_birth=BORN) == date(2026, 12, 1)
    assert message("start_date", soon, date_of_birth=date(2026, 12, 1)) == (
        "The start date must be after your birth"
    )


# --- choices -------------------------------------------------------------------------------


def test_yes_no_and_single_choice_take_only_their_values() -> None:
    assert accepted("has_children", "yes") == "yes"
    assert accepted("has_children", "no") == "no"
    assert message("has_children", "maybe") == "Select yes or no"
    assert message("has_children", "") == "Select yes or no"
    assert accepted("tenure", "rent_council") == "rent_council"
    assert message("tenure", "castle") == "Select an option"
    assert message("tenure", ["own"]) == "Select an option"


def test_multiple_choice_keeps_the_order_of_the_choices() -> None:
    assert accepted("bins", ["food", "general"]) == ("general", "food")
    assert accepted("bins", ("recycling",)) == ("recycling",)
    assert accepted("bins", ["none"]) == ("none",)
    assert message("bins", []) == "Select at least one option"
    assert message("bins", ["general", "garden"]) == "Select at least one option"
    assert message("bins", "general") == "Select at least one option"


def test_multiple_choice_allows_no_more_than_max_choices() -> None:
    assert accepted("bins", ["general", "recycling", "food"]) == ("general", "recycling", "food")
    two = dict(EVERY_TYPE["items"][7], max_choices=2)
    question = build({**EVERY_TYPE, "items": [two], "calculations": []}).question("bins")
    refused = check(question, ["general", "recycling", "food"], {}, TODAY).problem
    assert refused is not None
    assert refused.message(question, "en") == "Select 2 options or fewer"


def test_an_exclusive_choice_stands_alone() -> None:
    result = checked("bins", ["general", "none"])
    assert result.value in (("none",), None)
    if result.value is None:
        assert result.problem is not None
        assert result.problem.message(FORM.question("bins"), "en").strip()


# --- declarations and documents -------------------------------------------------------------


def test_a_declaration_must_be_agreed() -> None:
    assert accepted("agree", True) == "yes"
    assert message("agree", False) == "Confirm that you agree to continue"
    assert message("agree", None) == "Confirm that you agree to continue"


def test_a_document_may_have_up_to_max_pages() -> None:
    three = [ScannedDocument("A utility bill", (b"1", b"2")), ScannedDocument("A bill", (b"3",))]
    assert accepted("proof", three) == tuple(three)
    four = [ScannedDocument("A utility bill", (b"1", b"2", b"3", b"4"))]
    assert message("proof", four) == "You can scan up to 3 pages"
    assert accepted("proof", []) is None  # optional, and nothing scanned


def test_a_document_with_no_pages_is_not_an_answer() -> None:
    raw = {**EVERY_TYPE, "items": [dict(EVERY_TYPE["items"][12], required=True)]}
    raw["calculations"] = []
    question = build(raw).question("proof")
    result = check(question, [ScannedDocument("A utility bill", ())], {}, TODAY)
    assert result.problem is not None
    assert result.problem.rule == "required"


# --- required only when ---------------------------------------------------------------------


def test_a_phone_number_is_required_only_when_no_email_is_given() -> None:
    assert message("phone", "", email=None) == "Enter a phone number"
    assert accepted("phone", "", email="zeb@example.com") is None


def test_a_resident_who_gives_an_email_may_leave_the_phone_empty() -> None:
    """Phone comes first, so it is refused empty; with an email given, Back and clear it."""
    session = FormSession(FORM, today=TODAY)
    (problem,) = fill_in(session, {**RESIDENT_ANSWERS, "phone": ""})
    assert (problem.key, problem.message) == ("phone", "Enter a phone number")
    session.answer("07700 900982")
    assert session.next() == []
    assert session.step.key == "email"
    session.answer("zeb@example.com")
    assert session.back()
    assert session.step.key == "phone"
    session.answer("")
    assert session.next() == []
    assert session.step.key == "email"
    assert fill_in(session, {**RESIDENT_ANSWERS, "phone": "", "email": "zeb@example.com"}) == []
    assert session.incomplete() == []


# --- in other languages ----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_default_messages_are_in_the_residents_language_with_blanks_filled(
    language: str,
) -> None:
    assert message("tenure", "", language) == REQUIRED[FORM.question("tenure").type][language]
    too_large = message("adults", "21", language)
    assert "20" in too_large
    assert "{" not in too_large
    assert too_large == DEFAULTS["too_large"][language].replace("{max}", "20")
    early = message("date_of_birth", DateInput("1", "1", "1899"), language)
    assert "{" not in early
    assert ("1 January 1900" if language == "en" else "01/01/1900") in early


def test_an_author_message_in_english_only_falls_back_to_english() -> None:
    assert message("full_name", "", "ur") == "Enter your full name"


def test_a_message_without_its_question_uses_the_plain_default() -> None:
    problem = checked("adults", "0").problem
    assert problem is not None
    question: Question | None = None
    assert problem.message(question, "en") == "Enter a number that is 1 or more"


# --- the address book ------------------------------------------------------------------------


def test_addresses_are_found_by_any_spelling_of_the_postcode() -> None:
    book = load_address_book(ADDRESS_BOOK)
    assert len(book) > 0
    assert "Idea Store Whitechapel, 321 Whitechapel Road, London" in book.find("e11bu")
    assert book.find(" E1  1BU ") == book.find("E1 1BU")
    assert book.find("E1 1BUU") == ()
    assert book.find("'; DROP TABLE") == ()
    assert book.find("ZZ9 9ZZ") == ()


@pytest.mark.parametrize(
    ("contents", "where", "problem"),
    [
        ('{"E1 1BU": [', "line 1", "not valid JSON"),
        ('["E1 1BU"]', "(top)", "must map postcodes to lists of addresses"),
        ('{"Whitechapel": ["1 Road"]}', "Whitechapel", "is not a UK postcode"),
        ('{"e11bu": []}', "E1 1BU", "must list 1 to 500 addresses as text"),
        ('{"e11bu": ["  "]}', "E1 1BU", "must list 1 to 500 addresses as text"),
        ('{"e11bu": "1 Road"}', "E1 1BU", "must list 1 to 500 addresses as text"),
    ],
)
def test_a_broken_address_book_names_the_file_and_the_postcode(
    tmp_path: Path, contents: str, where: str, problem: str
) -> None:
    path = tmp_path / "addresses.json"
    path.write_text(contents, encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_address_book(path)
    assert caught.value.source == str(path)
    assert caught.value.where == where
    assert problem in caught.value.problem
