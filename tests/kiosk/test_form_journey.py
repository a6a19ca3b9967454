"""A resident fills a guided form at the kiosk: errors, back, change, send, receipt, wipe.

The kiosk runs on the demo site's clock (Monday 23 November 2026, 10:00 in London), with
its real journal, sealing and the demo file printer.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from core.events import EventType
from sync.sealing import CouncilOpener
from tests.conftest import demo_private_key
from tests.full_journal import fill_up, make_room
from tests.kiosk.conftest import KioskUnderTest
from tests.kiosk.form_driver import FormDriver

NAME = "Zebedee Quixotic-Marchbanks"
REFERENCE = re.compile(r"^MB-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$")


def _missed_bin_to_check(form: FormDriver, name: str = NAME) -> None:
    form.open("report-missed-bin")
    form.address("address")
    form.go_on()
    form.kiosk.tap("answer_bins_recycling")
    form.go_on()
    form.date("due_date", 20, 11, 2026)
    form.go_on()
    form.kiosk.tap("answer_out_by_7am_yes")
    form.go_on()
    form.go_on()  # crew notes are optional
    form.type("answer_full_name", name)
    form.go_on()
    form.type("answer_email", "resident@example.com")
    form.go_on()
    form.go_on()  # a phone number is optional once an email is given
    assert form.page == "forms/report-missed-bin/check"


def _all_text(root: QWidget) -> str:
    parts = []
    for widget in root.findChildren(QWidget):
        for reader in ("text", "toPlainText"):
            if hasattr(widget, reader):
                value = getattr(widget, reader)()
                if isinstance(value, str):
                    parts.append(value)
    return "\n".join(parts)


def test_a_missing_answer_shows_an_error_summary_that_links_to_the_field(
    site_kiosk: KioskUnderTest,
) -> None:
    form = FormDriver(site_kiosk)
    form.open("report-missed-bin")
    form.go_on()
    assert form.problems() == ["Enter the postcode"]
    assert form.text_of("formFieldError") == "Enter the postcode"
    assert form.page == "forms/report-missed-bin/address"
    link = site_kiosk.find("formError_address")
    site_kiosk.qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is site_kiosk.find("answer_address_postcode")


def test_a_wrong_answer_is_kept_with_its_message_until_it_is_put_right(
    site_kiosk: KioskUnderTest,
) -> None:
    form = FormDriver(site_kiosk)
    form.open("report-missed-bin")
    form.address("address")
    form.go_on()
    site_kiosk.tap("answer_bins_recycling")
    form.go_on()
    form.date("due_date", 31, 2, 2026)
    form.go_on()
    assert form.problems() == ["The collection day must be a real date"]
    day = site_kiosk.find("answer_due_date_day")
    assert isinstance(day, QLineEdit) and day.text() == "31"
    form.date("due_date", 1, 11, 2026)
    form.go_on()
    assert form.problems() == [
        "You can only report a missed bin within 7 days of the collection day"
    ]
    form.date("due_date", 20, 11, 2026)
    form.go_on()
    assert form.problems() == []
    assert form.page == "forms/report-missed-bin/out_by_7am"


def test_back_goes_one_page_back_with_the_answer_kept(site_kiosk: KioskUnderTest) -> None:
    form = FormDriver(site_kiosk)
    form.open("report-missed-bin")
    form.address("address", postcode="e1 6ql", index=2)
    form.go_on()
    site_kiosk.tap("backButton")
    assert form.page == "forms/report-missed-bin/address"
    postcode = site_kiosk.find("answer_address_postcode")
    assert isinstance(postcode, QLineEdit) and postcode.text() == "e1 6ql"
    assert site_kiosk.find("answer_address_address_2").isChecked()  # type: ignore[attr-defined]
    site_kiosk.tap("backButton")
    assert form.page == "forms/report-missed-bin/start"
    site_kiosk.tap("backButton")
    assert form.page == "forms"


def test_check_answers_change_link_returns_to_check_answers(site_kiosk: KioskUnderTest) -> None:
    form = FormDriver(site_kiosk)
    _missed_bin_to_check(form)
    assert form.text_of("formCheckAnswer_full_name") == NAME
    assert form.text_of("formCheckAnswer_bins") == "Recycling"
    assert form.text_of("formCheckAnswer_due_date") == "20 November 2026"
    site_kiosk.tap("formChange_full_name")
    assert form.page == "forms/report-missed-bin/full_name"
    form.type("answer_full_name", "Amina Begum")
    form.go_on()
    assert form.page == "forms/report-missed-bin/check"
    assert form.text_of("formCheckAnswer_full_name") == "Amina Begum"


def test_sending_seals_the_answers_and_prints_a_receipt_with_the_reference(
    site_kiosk: KioskUnderTest, data_dir: Path
) -> None:
    form = FormDriver(site_kiosk)
    _missed_bin_to_check(form)
    site_kiosk.tap("formContinue")
    site_kiosk.qtbot.waitUntil(lambda: form.page == "forms/report-missed-bin/done", timeout=10000)
    reference = form.text_of("formReference")
    assert REFERENCE.match(reference), reference
    site_kiosk.qtbot.waitUntil(lambda: form.journey.print_state == "printed", timeout=20000)
    assert "Take your receipt" in form.text_of("formPrintStatus")

    [payload] = site_kiosk.events_of(EventType.SUBMISSION_FINALISED)
    assert payload["form"] == "report-missed-bin" and payload["reference"] == reference
    assert payload["version"] == "2026-11-23.1"
    opened = json.loads(CouncilOpener(demo_private_key()).open(payload["answers"]))  # type: ignore[arg-type]
    assert opened["answers"]["full_name"] == NAME
    assert opened["answers"]["bins"] == ["recycling"]
    assert "crew_notes" not in opened["answers"]
    site_kiosk.journal.close()
    raw = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert NAME.encode() not in raw, "the resident's name is stored unsealed somewhere"

    pdfs = sorted((data_dir / "printouts").glob("*.pdf"))
    assert pdfs, "no receipt was printed"
    text = subprocess.run(
        ["pdftotext", str(pdfs[-1]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert reference in text and NAME not in text


def test_a_full_disk_at_send_keeps_every_answer_and_says_so(site_kiosk: KioskUnderTest) -> None:
    form = FormDriver(site_kiosk)
    _missed_bin_to_check(form)
    fill_up(site_kiosk.journal)
    site_kiosk.tap("formContinue")
    site_kiosk.qtbot.waitUntil(lambda: bool(form.problems()), timeout=10000)
    assert "cannot save right now" in form.problems()[0]
    assert form.page == "forms/report-missed-bin/check"
    assert form.text_of("formCheckAnswer_full_name") == NAME
    make_room(site_kiosk.journal)
    site_kiosk.tap("formContinue")
    site_kiosk.qtbot.waitUntil(lambda: form.page == "forms/report-missed-bin/done", timeout=10000)


def test_idle_wipe_mid_form_leaves_nothing_and_records_where_it_stopped(
    site_kiosk: KioskUnderTest,
) -> None:
    form = FormDriver(site_kiosk)
    form.open("report-missed-bin")
    form.address("address")
    form.go_on()
    site_kiosk.tap("answer_bins_food")
    form.go_on()
    form.type("answer_due_date_day", "19")
    site_kiosk.window.idle_prompt.set_grace(10)
    site_kiosk.window.idle.set_timeout(10)
    site_kiosk.qtbot.waitUntil(
        lambda: site_kiosk.window.current.screen_name == "home", timeout=5000
    )
    assert form.screen.journey is None
    assert "Whitechapel Road" not in _all_text(site_kiosk.window)
    # Analytics are written off the screen's thread: wait for the record, never sleep.
    site_kiosk.qtbot.waitUntil(lambda: bool(site_kiosk.events_of(EventType.FORM_ABANDONED)))
    [abandoned] = site_kiosk.events_of(EventType.FORM_ABANDONED)
    assert abandoned["page"] == "due_date" and abandoned["form"] == "report-missed-bin"
    assert site_kiosk.events_of(EventType.SUBMISSION_FINALISED) == []
    form.open("report-missed-bin")
    postcode = site_kiosk.find("answer_address_postcode")
    assert isinstance(postcode, QLineEdit) and postcode.text() == ""


def test_switching_to_urdu_mid_form_keeps_the_answers_and_mirrors_the_page(
    site_kiosk: KioskUnderTest,
) -> None:
    form = FormDriver(site_kiosk)
    form.open("report-missed-bin")
    form.address("address")
    form.go_on()
    site_kiosk.tap("answer_bins_garden")
    site_kiosk.window.set_language("ur")
    assert site_kiosk.window.isRightToLeft()
    assert form.page == "forms/report-missed-bin/bins"
    assert site_kiosk.find("answer_bins_garden").isChecked()  # type: ignore[attr-defined]
    heading = form.text_of("formQuestion")
    assert re.search("[\u0600-\u06ff]", heading), heading
    form.go_on()
    form.date("due_date", 20, 11, 2026)
    site_kiosk.window.set_language("en")
    site_kiosk.tap("backButton")
    site_kiosk.tap("backButton")
    assert form.page == "forms/report-missed-bin/address"
    postcode = site_kiosk.find("answer_address_postcode")
    assert isinstance(postcode, QLineEdit) and postcode.text() == "E1 1BU"


def test_get_help_on_a_form_page_names_the_page_but_no_answer(site_kiosk: KioskUnderTest) -> None:
    form = FormDriver(site_kiosk)
    form.open("report-missed-bin")
    form.address("address")
    form.go_on()
    site_kiosk.tap("helpButton")
    site_kiosk.qtbot.waitUntil(lambda: bool(site_kiosk.events_of(EventType.HELP_REQUESTED)))
    [call] = site_kiosk.events_of(EventType.HELP_REQUESTED)
    assert call["screen"] == "forms/report-missed-bin/bins"
    assert "E1" not in json.dumps(call)


def test_journey_analytics_record_pages_and_completion_without_answers(
    site_kiosk: KioskUnderTest,
) -> None:
    form = FormDriver(site_kiosk)
    _missed_bin_to_check(form)
    site_kiosk.tap("formContinue")
    site_kiosk.qtbot.waitUntil(lambda: form.page == "forms/report-missed-bin/done", timeout=10000)
    site_kiosk.qtbot.waitUntil(lambda: bool(site_kiosk.events_of(EventType.FORM_COMPLETED)))
    entered = [e["page"] for e in site_kiosk.events_of(EventType.FORM_PAGE_ENTERED)]
    assert {"start", "address", "bins", "due_date", "check"} <= set(entered)
    [completed] = site_kiosk.events_of(EventType.FORM_COMPLETED)
    assert completed["form"] == "report-missed-bin" and completed["pages"] >= 9
    everything = json.dumps(
        [e.payload for e in site_kiosk.journal.events() if e.type.startswith("form.")]
    )
    assert NAME not in everything and "Whitechapel" not in everything


def test_a_huge_paste_and_a_bad_postcode_get_plain_messages(site_kiosk: KioskUnderTest) -> None:
    form = FormDriver(site_kiosk)
    form.open("report-missed-bin")
    form.type("answer_address_postcode", "<script>alert(1)</script>")
    site_kiosk.tap("answer_address_find")
    form.go_on()
    assert form.problems() == ["Enter a real postcode, like E1 1BU"]
    form.address("address")
    form.go_on()
    site_kiosk.tap("answer_bins_recycling")
    form.go_on()
    form.date("due_date", 20, 11, 2026)
    form.go_on()
    site_kiosk.tap("answer_out_by_7am_yes")
    form.go_on()
    form.type("answer_crew_notes", "x" * 1_000_000)
    form.go_on()
    [message] = form.problems()
    assert "500 characters or fewer" in message
    form.type("answer_crew_notes", "Bin by the gate 🗑️ — '; DROP TABLE events;-- <b>ok</b>")
    form.go_on()
    assert form.page == "forms/report-missed-bin/full_name"


def test_triage_with_nowhere_safe_tonight_gives_a_discreet_priority_ticket(
    site_kiosk: KioskUnderTest,
) -> None:
    form = FormDriver(site_kiosk)
    form.open("housing-advice")
    site_kiosk.tap("answer_safe_tonight_no")
    form.go_on()
    site_kiosk.tap("answer_children_or_pregnant_yes")
    form.go_on()
    site_kiosk.tap("answer_risk_of_harm_no")
    form.go_on()
    assert form.page == "forms/housing-advice/outcome"
    site_kiosk.qtbot.waitUntil(lambda: form.journey.finalised is not None, timeout=10000)
    assert form.journey.finalised is not None
    assert form.journey.finalised.reference in form.text_of("formTriageReference")
    site_kiosk.tap("outcomeTicket")
    site_kiosk.qtbot.waitUntil(lambda: bool(site_kiosk.events_of(EventType.TICKET_ISSUED)))
    [ticket] = site_kiosk.events_of(EventType.TICKET_ISSUED)
    assert ticket["service"] == "housing" and ticket["priority"] is True
    assert "priority" not in _all_text(form.screen).lower()
    [sealed] = site_kiosk.events_of(EventType.SUBMISSION_FINALISED)
    assert sealed["kind"] == "triage"


def test_moving_in_carries_the_address_to_the_next_form(site_kiosk: KioskUnderTest) -> None:
    form = FormDriver(site_kiosk)
    site_kiosk.tap("homeTile_forms")
    site_kiosk.tap("lifeEvent_moving-in")
    site_kiosk.tap("lifeEventForm_order-bins")
    site_kiosk.tap("formContinue")
    form.address("address", postcode="E2 0QN", index=2)
    form.go_on()
    form.date("move_in_date", 16, 11, 2026)
    form.go_on()
    site_kiosk.tap("answer_home_type_flat_shared_bins")
    form.go_on()
    form.type("answer_household_size", "3")
    form.go_on()
    form.type("answer_full_name", NAME)
    form.go_on()
    form.type("answer_email", "resident@example.com")
    form.go_on()
    form.go_on()
    assert form.page == "forms/order-bins/check"
    site_kiosk.tap("formContinue")
    site_kiosk.qtbot.waitUntil(lambda: form.page == "forms/order-bins/done", timeout=10000)
    site_kiosk.tap("formNextForm")
    next_form = form.journey.session.definition.id
    site_kiosk.tap("formContinue")
    assert next_form in ("tell-us-you-have-moved", "apply-school-place", "apply-parking-permit")
    session = form.journey.session
    shared = {q.name: session.raw.get(q.name) for q in session.definition.questions()}
    assert any(
        getattr(v, "address", "") == "14 Example Street, Bethnal Green, London"
        for v in shared.values()
    )


def test_nothing_typed_reaches_the_database_file_unsealed(
    site_kiosk: KioskUnderTest, data_dir: Path
) -> None:
    form = FormDriver(site_kiosk)
    _missed_bin_to_check(form)
    site_kiosk.tap("formContinue")
    site_kiosk.qtbot.waitUntil(lambda: form.page == "forms/report-missed-bin/done", timeout=10000)
    database = next(data_dir.glob("*.db"), None) or next(data_dir.rglob("*.sqlite*"))
    with sqlite3.connect(database) as conn:
        dump = "\n".join(conn.iterdump())
    assert NAME not in dump and "resident@example.com" not in dump
