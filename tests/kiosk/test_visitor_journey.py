"""Business visitor sign-in on the real kiosk: name, company, host, check, badge."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from kiosk.visitor_pages import VisitorPages
from tests.full_journal import fill_up
from tests.kiosk.conftest import KioskUnderTest, save_screen
from tests.kiosk.test_checkin_journey import type_into
from tests.kiosk.test_ticket_journey import pdf_text, printouts, screen_text, text_of

pytestmark = pytest.mark.qt


def visitor_screen(kiosk: KioskUnderTest) -> VisitorPages:
    """The visitor screen (it must be the one showing)."""
    screen = kiosk.window.current
    assert isinstance(screen, VisitorPages)
    return screen


def problems(kiosk: KioskUnderTest) -> list[str]:
    """The messages in the visitor error summary."""
    screen = visitor_screen(kiosk)
    return screen.summary.messages if screen.summary.isVisible() else []


def answer(kiosk: KioskUnderTest, name: str = "Jo Bloggs", company: str = "Acme Lifts") -> None:
    """From home, give a name and company and reach the host picker."""
    kiosk.tap("homeTile_visitor")
    type_into(kiosk, "visitorName", name)
    kiosk.tap("visitor_nameContinue")
    type_into(kiosk, "visitorCompany", company)
    kiosk.tap("visitor_companyContinue")


def test_a_visitor_signs_in_and_gets_a_badge(site_kiosk: KioskUnderTest) -> None:
    """The host is found by search, answers are checked, the badge prints, the host is told."""
    kiosk = site_kiosk
    answer(kiosk)
    assert kiosk.window.current.current_page == "visitor/host"
    save_screen(kiosk, "visitor-host-en")
    type_into(kiosk, "visitorHostSearch", "revenues")
    assert not kiosk.find("visitorHost_s-amina-khatun").isVisible()
    kiosk.tap("visitorHost_s-tom-okoro")
    assert kiosk.window.current.current_page == "visitor/check"
    assert text_of(kiosk, "visitorCheck_nameAnswer") == "Jo Bloggs"
    assert text_of(kiosk, "visitorCheck_hostAnswer") == "Tom Okoro (Revenues and Benefits)"
    kiosk.tap("visitorSignIn")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.current_page == "visitor/done")
    kiosk.qtbot.waitUntil(lambda: visitor_screen(kiosk).print_state == "printed")
    save_screen(kiosk, "visitor-confirmation-en")

    [event] = kiosk.events_of("visitor.signed_in")
    assert event["badge"] == "V-001"
    assert event["company"] == "Acme Lifts"
    assert event["host"] == "s-tom-okoro"
    assert "Jo Bloggs" not in str(event)  # the name is sealed for the fire roll
    assert text_of(kiosk, "visitorBadgeNumber") == "Your badge number is V-001"
    assert "We have told Tom Okoro" in text_of(kiosk, "visitorHostTold")
    [pdf] = printouts(kiosk)
    assert "Jo Bloggs" in pdf_text(pdf)


def test_change_links_come_back_to_check_your_answers(site_kiosk: KioskUnderTest) -> None:
    """Changing the company returns straight to the check page with the new answer."""
    kiosk = site_kiosk
    answer(kiosk)
    kiosk.tap("visitorHost_s-priya-shah")
    kiosk.tap("visitorChange_company")
    assert kiosk.window.current.current_page == "visitor/company"
    type_into(kiosk, "visitorCompany", "Lift Co")
    kiosk.tap("visitor_companyContinue")
    assert kiosk.window.current.current_page == "visitor/check"
    assert text_of(kiosk, "visitorCheck_companyAnswer") == "Lift Co"


@pytest.mark.parametrize(
    ("name", "company", "message"),
    [
        ("", "Acme", "Enter your full name"),
        ("   \u200b\u0007  ", "Acme", "Enter your full name"),
        ("x" * 10_000, "Acme", "Your name must be 80 characters or fewer"),
        ("Jo Bloggs", "", "Enter the company or organisation you are from"),
        ("Jo Bloggs", "y" * 81, "The company name must be 80 characters or fewer"),
    ],
)
def test_bad_answers_are_explained_on_their_page(
    site_kiosk: KioskUnderTest, name: str, company: str, message: str
) -> None:
    """Empty, invisible-only and pasted-in-bulk answers each get a plain message."""
    kiosk = site_kiosk
    kiosk.tap("homeTile_visitor")
    type_into(kiosk, "visitorName", name)
    kiosk.tap("visitor_nameContinue")
    if kiosk.window.current.current_page == "visitor/company":
        type_into(kiosk, "visitorCompany", company)
        kiosk.tap("visitor_companyContinue")
    assert problems(kiosk) == [message]
    assert kiosk.window.current.current_page in ("visitor/name", "visitor/company")
    assert kiosk.events_of("visitor.signed_in") == []


def test_odd_unicode_names_sign_in_cleanly(site_kiosk: KioskUnderTest) -> None:
    """Accents, Bengali script and stray control characters: the badge gets the clean name."""
    kiosk = site_kiosk
    answer(kiosk, name="Zoë  Ó\u0000Brien-হাসান\u202e", company="Łódź Lifts")
    kiosk.tap("visitorHost_s-ewa-zielinska")
    kiosk.tap("visitorSignIn")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.current_page == "visitor/done")
    assert kiosk.events_of("visitor.signed_in")[0]["company"] == "Łódź Lifts"


def test_storage_failure_signs_nobody_in(
    site_kiosk: KioskUnderTest,
) -> None:
    """If the kiosk cannot save, the visitor is told to ask staff and stays on the check page."""
    kiosk = site_kiosk
    answer(kiosk)
    kiosk.tap("visitorHost_s-sultana-ali")

    fill_up(kiosk.journal)
    kiosk.tap("visitorSignIn")
    kiosk.qtbot.waitUntil(lambda: bool(problems(kiosk)))
    assert problems(kiosk) == [
        "Sorry, this kiosk cannot save right now. Please ask a member of staff."
    ]
    assert kiosk.window.current.current_page == "visitor/check"
    assert kiosk.events_of("visitor.signed_in") == []


def test_wipe_forgets_the_visitor(site_kiosk: KioskUnderTest) -> None:
    """After the visit ends, no name, company or host is left on any visitor page."""
    kiosk = site_kiosk
    answer(kiosk)
    kiosk.tap("visitorHost_s-amina-khatun")
    kiosk.window.end_visit()
    screen = kiosk.window.screens["visitor"]
    assert isinstance(screen, VisitorPages)
    assert screen.host_id == ""
    assert all(box.text() == "" for box in screen.findChildren(QLineEdit))
    assert text_of(kiosk, "visitorCheck_nameAnswer") == ""
    kiosk.tap("homeTile_visitor")
    assert kiosk.window.current.current_page == "visitor/name"
    assert "Jo Bloggs" not in screen_text(kiosk)
