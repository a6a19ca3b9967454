"""Business visitors, today's appointment list and the board's content."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.appointments_today import Arrival, appointment_statuses
from core.board import board_state
from core.desk_service import DeskIdentity, DeskService
from core.visitors import VisitorProblem
from sync.sealing import CouncilOpener
from tests.conftest import demo_private_key
from tests.site_terminal import Terminal, Wall, open_terminal


@pytest.fixture
def wall() -> Wall:
    return Wall()


@pytest.fixture
def kiosk(tmp_path: Path, wall: Wall) -> Terminal:
    return open_terminal(tmp_path / "kiosk-2", "kiosk-2", 2, wall)


def test_a_visitor_signs_in_with_a_sealed_name_and_a_badge_from_the_kiosk_block(
    kiosk: Terminal,
) -> None:
    book = kiosk.site.visitors
    first = book.sign_in(kiosk.site.feed.queue, 2, "  Zoë  O'Neill ", "Acme Ltd", "s-tom-okoro")
    kiosk.site.feed.refresh()
    second = book.sign_in(
        kiosk.site.feed.queue, 2, "Chen Wei 陈伟", "Brick Lane Bakery", "s-priya-shah"
    )
    assert (first.badge, second.badge) == ("V-002", "V-012")
    assert first.name == "Zoë O'Neill" and first.host.desk == "demo-desk-2"
    [event, _] = [e for e in kiosk.journal.events() if e.type == "visitor.signed_in"]
    assert "Zoë" not in json.dumps(event.payload, ensure_ascii=False)
    opened = CouncilOpener(demo_private_key()).open(event.payload["name"])
    assert opened.decode() == "Zoë O'Neill"
    assert event.payload["host_desk"] == "demo-desk-2"


@pytest.mark.parametrize(
    ("name", "company", "host", "field"),
    [
        ("", "Acme", "s-tom-okoro", "name"),
        ("\u200b\u0007", "Acme", "s-tom-okoro", "name"),
        ("A" * 10_000, "Acme", "s-tom-okoro", "name"),
        ("Ann", "   ", "s-tom-okoro", "company"),
        ("Ann", "Acme", "s-nobody", "host"),
    ],
)
def test_visitor_problems_name_the_field_and_record_nothing(
    kiosk: Terminal, name: str, company: str, host: str, field: str
) -> None:
    before = len(list(kiosk.journal.events()))
    with pytest.raises(VisitorProblem) as caught:
        kiosk.site.visitors.sign_in(kiosk.site.feed.queue, 2, name, company, host)
    assert caught.value.field == field
    assert len(list(kiosk.journal.events())) == before


def test_everyone_still_in_is_signed_out_at_the_end_of_the_day(kiosk: Terminal) -> None:
    book = kiosk.site.visitors
    staying = book.sign_in(kiosk.site.feed.queue, 2, "Ann Lee", "Acme", "s-tom-okoro")
    kiosk.site.feed.refresh()
    gone = book.sign_in(kiosk.site.feed.queue, 2, "Bo Li", "Acme", "s-tom-okoro")
    book.sign_out(gone.visitor, "kiosk")
    kiosk.site.feed.refresh()
    assert book.sign_out_everyone(kiosk.site.feed.queue) == 1
    kiosk.site.feed.refresh()
    assert all(v.signed_out_ms for v in kiosk.site.feed.queue.visitors.values())
    assert book.sign_out_everyone(kiosk.site.feed.queue) == 0
    reasons = [
        e.payload["reason"] for e in kiosk.journal.events() if e.type == "visitor.signed_out"
    ]
    assert reasons == ["kiosk", "end_of_day"]
    assert staying.visitor in kiosk.site.feed.queue.visitors


def test_appointments_go_from_due_to_late_to_no_show_or_arrived(
    kiosk: Terminal, wall: Wall
) -> None:
    site = kiosk.site

    def status(reference: str) -> Arrival:
        rows = appointment_statuses(site.appointments, site.feed.queue, site.window, wall())
        return next(r.arrival for r in rows if r.appointment.reference == reference)

    assert status("TH-5WD2K") is Arrival.DUE  # 10:40
    assert status("TH-9QX4R") is Arrival.DUE  # 10:00, now
    wall.advance(minutes=5)
    assert status("TH-9QX4R") is Arrival.LATE
    wall.advance(minutes=11)
    assert status("TH-9QX4R") is Arrival.NO_SHOW
    site.check_in.check_in(site.check_in.by_reference("TH-5WD2K"), "en")
    assert status("TH-5WD2K") is Arrival.ARRIVED


def test_the_board_shows_numbers_desks_and_counts_and_nothing_personal(kiosk: Terminal) -> None:
    site = kiosk.site
    site.tickets.take("housing", "bn", priority=True)
    site.tickets.take("housing", "en")
    site.check_in.check_in(site.check_in.by_reference("TH-9QX4R"), "so")
    site.visitors.sign_in(site.feed.queue, 2, "Ann Lee", "Acme Ltd", "s-tom-okoro")
    desk = DeskService(kiosk.journal, site.tickets, DeskIdentity("kiosk-2", "Desk 3", ("housing",)))
    desk.open()
    desk.call_next()
    board = board_state(site.feed.queue, site.letters(), recent=5)
    [call] = board.current
    assert (call.number, call.desk_name) == ("H-002", "Desk 3")
    counts = {w.service: w.waiting for w in board.waiting}
    assert counts["housing"] == 1 and counts["council-tax-benefits"] == 1
    shown = repr(board)
    for secret in ("TH-9QX4R", "Acme", "priority", "s-tom-okoro", "Ann"):
        assert secret not in shown
