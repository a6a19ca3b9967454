"""The desk keeping up with the site: waits, appointments, lost calls, help, visitors, closing."""

from __future__ import annotations

from core.desk_service import DeskIdentity, DeskService
from core.events import EventDraft, EventType, Scope
from tests.assisted.conftest import DeskFactory, DeskUnderTest, SiteUnderTest, pull
from tests.site_terminal import Terminal


def test_waits_turn_amber_then_red_against_the_published_standards(
    desk: DeskUnderTest, kiosk: Terminal
) -> None:
    """Past 10 minutes a wait is amber and says so; past 30 it is red and says so."""
    kiosk.site.tickets.take("housing", "en")
    desk.pull(kiosk)
    desk.qtbot.waitUntil(lambda: desk.has("queueTicket_H-001"))
    assert desk.find("queueTicket_H-001").property("wait") == "normal"
    desk.terminal.wall.advance(minutes=11)
    desk.qtbot.waitUntil(lambda: desk.text("queueTicket_H-001") == "H-001 · 11 min — over 10")
    assert desk.find("queueTicket_H-001").property("wait") == "amber"
    desk.terminal.wall.advance(minutes=20)
    desk.qtbot.waitUntil(lambda: desk.text("queueTicket_H-001") == "H-001 · 31 min — over 30")
    assert desk.find("queueTicket_H-001").property("wait") == "red"


def test_appointments_go_due_late_no_show_and_arrived(desk: DeskUnderTest, kiosk: Terminal) -> None:
    """Statuses follow the clock, and a check-in at a kiosk shows as arrived."""
    assert desk.text("appointmentStatus_TH-9QX4R") == "due"  # 10:00 slot, now 10:00
    assert desk.text("appointmentStatus_TH-4K7Q2") == "no-show"  # 09:30, over 15 min late
    assert desk.text("appointmentTime_TH-5WD2K") == "10:40"
    desk.terminal.wall.advance(minutes=1)
    desk.qtbot.waitUntil(lambda: desk.text("appointmentStatus_TH-9QX4R") == "late")
    desk.terminal.wall.advance(minutes=15)
    desk.qtbot.waitUntil(lambda: desk.text("appointmentStatus_TH-9QX4R") == "no-show")
    kiosk.site.check_in.check_in(kiosk.site.check_in.by_reference("TH-5WD2K"), "en")
    desk.pull(kiosk)
    desk.qtbot.waitUntil(lambda: desk.text("appointmentStatus_TH-5WD2K") == "arrived (H-001)")


def test_the_desk_that_lost_a_call_is_told_at_once_and_offered_the_next(
    make_desk: DeskFactory, site: SiteUnderTest, kiosk: Terminal
) -> None:
    """Two desks call H-001 while cut off; once events meet, the later caller sees a banner."""
    kiosk.site.tickets.take("housing", "en")  # H-001
    kiosk.site.tickets.take("housing", "en")  # H-011
    other = site.terminal("demo-desk-2", 3)
    other_desk = DeskService(
        other.journal, other.site.tickets, DeskIdentity("demo-desk-2", "Desk 2", ("housing",))
    )
    pull(other, kiosk)
    other_desk.open()
    desk = make_desk()
    desk.pull(kiosk)
    desk.qtbot.waitUntil(lambda: desk.has("queueTicket_H-011"))

    assert other_desk.call_next().number == "H-001"  # Desk 2 first, cut off from Desk 1
    site.wall.advance(seconds=5)
    desk.act("callNextButton")
    assert desk.serving_text() == "H-001 · Housing"
    assert not desk.find("lostCallBanner").isVisible()

    pull(other, desk.terminal)
    desk.pull(other)  # the link comes back
    desk.qtbot.waitUntil(lambda: desk.find("lostCallBanner").isVisible())
    assert desk.text("lostCallText") == ("H-001 was called by Desk 2 first. Call the next ticket?")
    assert desk.serving_text() == "No one"
    desk.act("lostCallNext")
    assert desk.serving_text() == "H-011 · Housing"
    assert not desk.find("lostCallBanner").isVisible()
    assert other.site.feed.queue.ticket_by_number("H-001").desk == "demo-desk-2"  # type: ignore[union-attr]


def test_a_help_request_is_answered_from_the_desk(desk: DeskUnderTest, kiosk: Terminal) -> None:
    """A kiosk's call for help shows until a desk says it is going."""
    event = kiosk.journal.append(
        EventDraft(
            EventType.HELP_REQUESTED, {"kiosk": "demo-kiosk-1", "screen": "feedback"}, Scope.SITE
        )
    )
    desk.pull(kiosk)
    desk.qtbot.waitUntil(lambda: desk.has(f"helpAlert_{event.id}"))
    assert desk.text(f"helpAlert_{event.id}") == (
        "A resident at kiosk demo-kiosk-1 asked for help at 10:00 (on the feedback screen)."
    )
    desk.act("callNextButton")  # any other action meanwhile leaves the alert answerable
    desk.act(f"helpGo_{event.id}")
    assert not desk.has(f"helpAlert_{event.id}")
    request = desk.terminal.site.feed.queue.help_requests[event.id]
    assert request.answered_by == "demo-desk-1"
    pull(kiosk, desk.terminal)
    assert kiosk.site.feed.refresh()
    assert kiosk.site.feed.queue.help_requests[event.id].answered_by == "demo-desk-1"


def test_the_host_desk_is_told_its_visitor_has_arrived(
    desk: DeskUnderTest, kiosk: Terminal
) -> None:
    """Only the host's desk gets the alert; every desk sees the visitor on the fire roll."""
    book = kiosk.site.visitors
    book.sign_in(kiosk.site.feed.queue, 1, "Jo Bloggs", "Acme Lifts", "s-amina-khatun")
    kiosk.site.feed.refresh()
    book.sign_in(kiosk.site.feed.queue, 1, "Sam Lee", "Bow Print", "s-tom-okoro")  # Desk 2's
    desk.pull(kiosk)
    desk.qtbot.waitUntil(lambda: desk.has("visitorAlert_V-001"))
    assert desk.text("visitorAlert_V-001") == (
        "Your visitor from Acme Lifts has arrived (badge V-001)."
    )
    assert not desk.has("visitorAlert_V-011")
    assert desk.text("visitorsHeading") == "Visitors in the building: 2"
    assert desk.text("visitor_V-001") == "V-001 · Acme Lifts · host Amina Khatun · since 10:00"
    desk.tap("visitorSeen_V-001")
    desk.qtbot.waitUntil(lambda: not desk.has("visitorAlert_V-001"))
    desk.act("signOut_V-011")
    assert desk.text("visitorsHeading") == "Visitors in the building: 1"
    assert not desk.has("visitor_V-011")
    assert desk.events_of(EventType.VISITOR_SIGNED_OUT)[0]["reason"] == "desk"


def test_everyone_still_in_is_signed_out_at_closing_time(
    desk: DeskUnderTest, kiosk: Terminal
) -> None:
    """At 19:00 the fire roll empties itself, once, and says so."""
    book = kiosk.site.visitors
    book.sign_in(kiosk.site.feed.queue, 1, "Jo Bloggs", "Acme Lifts", "s-amina-khatun")
    kiosk.site.feed.refresh()
    book.sign_in(kiosk.site.feed.queue, 1, "Sam Lee", "Bow Print", "s-tom-okoro")
    desk.pull(kiosk)
    desk.qtbot.waitUntil(lambda: desk.text("visitorsHeading") == "Visitors in the building: 2")
    assert not desk.window.check_closing_time()  # 10:00: not yet
    desk.terminal.wall.advance(minutes=8 * 60 + 59)
    assert not desk.window.check_closing_time()  # 18:59
    desk.terminal.wall.advance(minutes=1)
    desk.qtbot.waitUntil(lambda: desk.text("visitorsHeading") == "Visitors in the building: 0")
    desk.settle()
    reasons = [p["reason"] for p in desk.events_of(EventType.VISITOR_SIGNED_OUT)]
    assert reasons == ["end_of_day", "end_of_day"]
    assert desk.text("deskMessage") == "Closing time: 2 visitors still in were signed out."
    assert not desk.window.check_closing_time()  # once a day
