"""The reception desk: calling, serving and finishing tickets, walk-ins and failures."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox

from assisted.desk_app import desk_identity
from core.desk_service import DeskService
from core.events import EventType
from core.site_queue import TicketState
from tests.assisted.conftest import DeskFactory, DeskUnderTest, SiteUnderTest
from tests.full_journal import fill_up, make_room
from tests.site_terminal import Terminal

HOUSING_ONLY = '[desk]\nname = "Desk 2"\nservices = ["housing"]\n'


def test_a_kiosk_ticket_appears_on_the_desk_live(desk: DeskUnderTest, kiosk: Terminal) -> None:
    """A ticket taken at a kiosk shows in the desk's housing queue without any refresh."""
    assert "no one waiting" in desk.text("queueService_housing")
    kiosk.site.tickets.take("housing", "bn")
    desk.pull(kiosk)
    desk.qtbot.waitUntil(lambda: desk.has("queueTicket_H-001"))
    assert desk.text("queueService_housing") == "Housing: 1 waiting"
    assert desk.text("queueTicket_H-001") == "H-001 · 0 min"


def test_call_next_follows_the_policy(desk: DeskUnderTest, kiosk: Terminal) -> None:
    """A due checked-in appointment first, then a priority visit, then first come."""
    kiosk.site.tickets.take("housing", "en")  # H-001, 10:00
    kiosk.wall.advance(minutes=1)
    kiosk.site.tickets.take("housing", "en", priority=True)  # H-011, 10:01, priority
    kiosk.wall.advance(minutes=35)  # 10:36: the 10:40 appointment is due
    appointment = kiosk.site.check_in.by_reference("TH-5WD2K")
    kiosk.site.check_in.check_in(appointment, "en")  # H-021
    desk.pull(kiosk)
    desk.qtbot.waitUntil(lambda: desk.has("queueTicket_H-021"))
    assert desk.text("queueTicket_H-021").endswith(" · appt")
    assert "P" in desk.text("queueTicket_H-011").split(" · ")

    called = []
    for _ in range(3):
        desk.act("callNextButton")
        called.append(desk.serving_text().split(" · ")[0])
        desk.act("complete_resolved_first_contact")
    assert called == ["H-021", "H-011", "H-001"]
    assert desk.serving_text() == "No one"


def test_an_empty_queue_says_so_and_records_nothing(desk: DeskUnderTest) -> None:
    """Calling with no one waiting explains why; no call is recorded."""
    desk.act("callNextButton")
    assert desk.text("deskMessage") == "No one is waiting for the services this desk offers."
    assert desk.events_of(EventType.TICKET_CALLED) == []


def test_a_ticket_for_a_service_the_desk_does_not_offer_is_refused(
    make_desk: DeskFactory, kiosk: Terminal
) -> None:
    """A housing-only desk cannot call a parking ticket; it is told to transfer it instead."""
    desk = make_desk("demo-desk-2", 3, HOUSING_ONLY)
    kiosk.site.tickets.take("parking", "en")
    desk.pull(kiosk)
    desk.qtbot.waitUntil(lambda: desk.has("queueTicket_P-001"))
    assert desk.text("queueService_parking").endswith("(not this desk)")
    desk.tap("queueTicket_P-001")  # choosing from the list fills in the number
    desk.act("callNumberButton")
    assert desk.text("deskMessage") == (
        "This desk does not serve Parking. Transfer P-001 to a desk that does."
    )
    assert desk.events_of(EventType.TICKET_CALLED) == []
    assert desk.ticket("P-001").state is TicketState.WAITING


def test_buttons_make_sense_for_what_the_desk_is_doing(
    desk: DeskUnderTest, kiosk: Terminal
) -> None:
    """Complete, hold and the rest only while serving; calling only while free."""
    assert desk.enabled("callNextButton")
    assert not desk.enabled("complete_signposted")
    assert not desk.enabled("holdButton")
    kiosk.site.tickets.take("housing", "en")
    desk.pull(kiosk)
    desk.qtbot.waitUntil(lambda: desk.has("queueTicket_H-001"))
    desk.act("callNextButton")
    assert desk.serving_text() == "H-001 · Housing"
    assert desk.text("servingSince") == "Called 0 min ago"
    assert not desk.enabled("callNextButton")
    assert not desk.enabled("callNumberButton")
    assert all(
        desk.enabled(n) for n in ("recallButton", "holdButton", "noShowButton", "transferButton")
    )
    desk.terminal.wall.advance(minutes=4)
    desk.qtbot.waitUntil(lambda: desk.text("servingSince") == "Called 4 min ago")


def test_recall_hold_call_back_transfer_and_complete(desk: DeskUnderTest, kiosk: Terminal) -> None:
    """A ticket's whole day at the desk, each step recorded and shown."""
    kiosk.site.tickets.take("housing", "en")
    desk.pull(kiosk)
    desk.qtbot.waitUntil(lambda: desk.has("queueTicket_H-001"))
    desk.act("callNextButton")
    desk.act("recallButton")
    assert desk.text("deskMessage") == "Called H-001 again."
    assert [c.recall for c in desk.terminal.site.feed.queue.calls] == [False, True]

    desk.act("holdButton")
    assert desk.serving_text() == "No one"
    assert desk.text("heldTicket_H-001").startswith("H-001 held")
    assert desk.text("heldHeading") == "Held: 1"
    desk.tap("heldTicket_H-001")
    desk.act("callNumberButton")
    assert desk.serving_text() == "H-001 · Housing"

    combo = desk.find("transferService")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("parking"))
    desk.act("transferButton")
    assert desk.text("deskMessage") == "H-001 was transferred to Parking."
    assert desk.ticket("H-001").service == "parking"
    assert desk.has("queueTicket_H-001")  # now waiting in the parking queue
    assert desk.text("queueService_parking") == "Parking: 1 waiting"

    desk.type("callNumberField", "h-001")
    desk.act("callNumberButton")
    desk.act("complete_case_opened")
    assert desk.ticket("H-001").state is TicketState.COMPLETED
    assert desk.ticket("H-001").outcome == "case_opened"
    assert not desk.has("queueTicket_H-001")


def test_no_show(desk: DeskUnderTest, kiosk: Terminal) -> None:
    """A resident who does not come when called is marked as a no-show."""
    kiosk.site.tickets.take("libraries", "en")
    desk.pull(kiosk)
    desk.qtbot.waitUntil(lambda: desk.has("queueTicket_L-001"))
    desk.act("callNextButton")
    desk.act("noShowButton")
    assert desk.text("deskMessage") == "L-001 was marked as a no-show."
    assert desk.ticket("L-001").state is TicketState.NO_SHOW
    assert desk.serving_text() == "No one"


def test_calling_with_no_number_typed_explains(desk: DeskUnderTest) -> None:
    """An empty number box gets a message, not a failed look-up."""
    desk.tap("callNumberButton")
    assert desk.text("deskMessage") == "Type a ticket number, such as H-017, or choose one."


def test_a_walk_in_ticket_is_given_and_printed(desk: DeskUnderTest) -> None:
    """The desk issues a ticket from its own block and prints it for the resident."""
    combo = desk.find("walkInService")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("council-tax-benefits"))
    priority = desk.find("walkInPriority")
    assert isinstance(priority, QCheckBox)
    priority.setChecked(True)
    desk.act("walkInButton")
    assert desk.text("walkInResult") == "Ticket B-002 for Council Tax and Benefits."
    assert desk.ticket("B-002").priority
    assert not priority.isChecked()  # the next walk-in starts ordinary
    assert "P" in desk.text("queueTicket_B-002").split(" · ")
    printouts = desk.terminal.journal.data_dir.parent / "printouts"
    desk.qtbot.waitUntil(lambda: any(printouts.glob("*.pdf")), timeout=10_000)


def test_a_failed_save_changes_nothing_and_says_so(make_desk: DeskFactory, kiosk: Terminal) -> None:
    """When the desk's journal is full, the ticket is still being served and staff are told."""
    desk = make_desk()
    kiosk.site.tickets.take("housing", "en")
    desk.pull(kiosk)
    desk.qtbot.waitUntil(lambda: desk.has("queueTicket_H-001"))
    desk.act("callNextButton")
    fill_up(desk.terminal.journal)
    desk.act("complete_signposted")
    assert desk.text("deskMessage").startswith("This desk could not save, so nothing was changed")
    assert desk.ticket("H-001").state is TicketState.CALLED
    assert desk.serving_text() == "H-001 · Housing"
    assert desk.enabled("complete_signposted")  # staff can try again
    assert desk.events_of(EventType.TICKET_COMPLETED) == []
    make_room(desk.terminal.journal)
    desk.act("complete_signposted")
    assert desk.ticket("H-001").outcome == "signposted"


@pytest.fixture
def site_desk_and_twin(
    desk: DeskUnderTest, kiosk: Terminal, site: SiteUnderTest
) -> tuple[DeskUnderTest, Terminal, Terminal]:
    """The desk, the kiosk, and a second kiosk wrongly configured with the same block."""
    return desk, kiosk, site.terminal("demo-kiosk-2", 1)


def test_two_terminals_on_one_block_are_warned_about(
    site_desk_and_twin: tuple[DeskUnderTest, Terminal, Terminal],
) -> None:
    """Two kiosks sharing a ticket block issue the same numbers; the desk says what to fix."""
    desk, first, twin = site_desk_and_twin
    assert not desk.find("clashWarning").isVisible()
    first.site.tickets.take("housing", "en")
    twin.site.tickets.take("housing", "en")
    desk.pull(first, twin)
    desk.qtbot.waitUntil(lambda: desk.find("clashWarning").isVisible())
    assert "check ticket_block in their config" in desk.text("clashWarning")
    assert "H-001" in desk.text("clashWarning")


def test_transfer_to_another_open_desk(
    desk: DeskUnderTest, kiosk: Terminal, site: SiteUnderTest
) -> None:
    """Staff can send a resident to a named open desk, but only one that serves the service."""
    other = site.terminal("demo-desk-3", 4, '[desk]\nname = "Desk 3"\nservices = ["parking"]\n')
    DeskService(other.journal, other.site.tickets, desk_identity(other.config, other.site)).open()
    kiosk.site.tickets.take("housing", "en")
    desk.pull(kiosk, other)
    desk.qtbot.waitUntil(lambda: desk.has("queueTicket_H-001"))
    desk.act("callNextButton")
    to_desk = desk.find("transferDesk")
    assert isinstance(to_desk, QComboBox)
    assert [to_desk.itemText(i) for i in range(to_desk.count())] == ["Any desk", "Desk 3"]
    to_desk.setCurrentIndex(1)
    desk.act("transferButton")  # still housing: Desk 3 does not do housing
    assert desk.text("deskMessage") == "Desk 3 does not serve that service."
    assert desk.ticket("H-001").state is TicketState.CALLED
    to_service = desk.find("transferService")
    assert isinstance(to_service, QComboBox)
    to_service.setCurrentIndex(to_service.findData("parking"))
    desk.act("transferButton")
    assert desk.ticket("H-001").desk == "demo-desk-3"
    assert desk.ticket("H-001").service == "parking"
    assert not desk.has("queueTicket_H-001")  # it waits for Desk 3 alone now


def test_staff_see_how_sending_to_the_case_service_is_going(desk: DeskUnderTest) -> None:
    """A real sync engine whose case service is down: the desk shows its state in words."""
    import dataclasses

    from sync.central_sync import CentralSync

    config = dataclasses.replace(desk.terminal.config, case_service_url="http://127.0.0.1:9")
    engine = CentralSync.for_terminal(config, desk.terminal.journal.data_dir, first_backoff_s=0.05)
    engine.start()
    try:
        desk.qtbot.waitUntil(lambda: engine.status().last_error is not None, timeout=10000)
        desk.window.site = dataclasses.replace(desk.window.site, central=engine.status)
        links = desk.find("siteLinks")
        desk.qtbot.waitUntil(lambda: "Case service:" in links.text(), timeout=5000)  # type: ignore[attr-defined]
        text = links.text()  # type: ignore[attr-defined]
        assert "waiting to retry" in text or "not contacted yet" in text
        assert engine.status().last_error in text  # type: ignore[operator]
    finally:
        engine.stop()


def test_staff_are_told_when_site_peers_cannot_reach_the_desk(desk: DeskUnderTest) -> None:
    """A real replicator whose port another program holds: the desk names it, until it is free."""
    import dataclasses
    import socket

    from sync.site_peers import SiteReplicator

    holder = socket.create_server(("127.0.0.1", 0))
    port = holder.getsockname()[1]
    replicator = SiteReplicator(
        desk.terminal.journal,
        listen_host="127.0.0.1",
        listen_port=port,
        peers=[],
        peer_key="site-key",
        listen_retry_s=0.05,
    )
    replicator.start()
    try:
        desk.window.site = dataclasses.replace(
            desk.window.site, unreachable=lambda: replicator.serving_problem
        )
        links = desk.find("siteLinks")
        told = f"Peers cannot reach this desk: another program is using 127.0.0.1:{port}"
        desk.qtbot.waitUntil(lambda: told in links.text(), timeout=5000)  # type: ignore[attr-defined]
        assert desk.window.grab().save(str(desk.terminal.journal.data_dir / "desk.png"))
        holder.close()
        desk.qtbot.waitUntil(lambda: "Peers cannot" not in links.text(), timeout=10000)  # type: ignore[attr-defined]
    finally:
        holder.close()
        replicator.stop()
