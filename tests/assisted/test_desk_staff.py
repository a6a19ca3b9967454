"""Staff sign in at the desk with their card: help answered by name, the dashboard for managers.

The desk's staff door runs on the real driver, a real pcscd and virtual cards in vpcd's
reader, as at the kiosk (tests/kiosk/test_staff_at_kiosk.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

import main
from assisted.dashboard_window import DashboardWindow
from assisted.desk_app import desk_identity
from assisted.desk_window import DeskWindow
from core.desk_service import DeskService
from core.events import EventDraft, EventType, Scope
from tests.assisted.conftest import SCREEN, DeskUnderTest, SiteUnderTest
from tests.devices.pcsc_support import CardSlot, card_slot, pcscd
from tests.devices.virtual_staff_card import InsertedCard, VirtualStaffCard, new_card_key
from tests.site_terminal import Terminal
from tests.staff_card_support import demo_roster_with_cards

__all__ = ["card_slot", "pcscd"]  # fixtures, imported for pytest

pytestmark = pytest.mark.qt

WAIT_MS = 10_000
AMINA, SULTANA = "s-amina-khatun", "s-sultana-ali"
PINS = {AMINA: "48153", SULTANA: "9090"}


@pytest.fixture
def cards() -> dict[str, VirtualStaffCard]:
    """Amina walks the floor; Sultana manages the Idea Store."""
    return {
        AMINA: VirtualStaffCard(new_card_key(), AMINA, PINS[AMINA], bytes.fromhex("04A1B2C3D4")),
        SULTANA: VirtualStaffCard(
            new_card_key(), SULTANA, PINS[SULTANA], bytes.fromhex("04B0B0B0B0")
        ),
    }


@pytest.fixture
def staffed_desk(
    qtbot: QtBot,
    site: SiteUnderTest,
    tmp_path: Path,
    card_slot: CardSlot,
    cards: dict[str, VirtualStaffCard],
) -> Iterator[tuple[DeskUnderTest, list[DashboardWindow]]]:
    """Desk 1 with vpcd's first reader for staff cards; the dashboards it opened."""
    keys = {staff_id: card.private_key for staff_id, card in cards.items()}
    roster = demo_roster_with_cards(tmp_path / "staff.json", keys)
    terminal = site.terminal("demo-desk-1", 2)
    config = dataclasses.replace(terminal.config, card_reader="PCD 00 00", staff_path=roster)
    service = DeskService(
        terminal.journal, terminal.site.tickets, desk_identity(config, terminal.site)
    )
    opened: list[DashboardWindow] = []

    def dashboard() -> DashboardWindow:
        made = main.open_dashboard(config, terminal.journal, terminal.site, tmp_path / "exports")
        opened.append(made)
        return made

    window = DeskWindow(
        terminal.site,
        service,
        config,
        50,
        main.compose_staff_door(config, terminal.journal, terminal.journal.data_dir),
        main.staff_permissions(config),
        dashboard,
    )
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    desk = DeskUnderTest(window, terminal, service, qtbot)
    desk.settle()
    yield desk, opened
    window.staff.stop()
    window.timer.stop()
    window.watch.stop()
    QThreadPool.globalInstance().waitForDone(5000)
    window.close()


def sign_in(desk: DeskUnderTest, slot: CardSlot, card: VirtualStaffCard) -> InsertedCard:
    inserted = slot.insert(card)
    desk.qtbot.waitUntil(lambda: desk.find("pinKey_enter").isVisible(), timeout=WAIT_MS)
    for digit in PINS[card.staff_id]:
        desk.tap(f"pinKey_{digit}")
    desk.tap("pinKey_enter")
    desk.qtbot.waitUntil(lambda: desk.has("deskSignOut"), timeout=WAIT_MS)
    return inserted


def test_a_floorwalker_accepts_a_help_alert_and_is_told_where_to_go(
    staffed_desk: tuple[DeskUnderTest, list[DashboardWindow]],
    card_slot: CardSlot,
    cards: dict[str, VirtualStaffCard],
    kiosk: Terminal,
) -> None:
    desk, _ = staffed_desk
    asked = kiosk.journal.append(
        EventDraft(
            EventType.HELP_REQUESTED,
            {"kiosk": "demo-kiosk-1", "screen": "forms/page-3"},
            Scope.SITE,
        )
    )
    sign_in(desk, card_slot, cards[AMINA])
    assert desk.text("deskStaffWho") == "Signed in: Amina Khatun (floorwalker)"
    assert not desk.has("openDashboard")

    desk.pull(kiosk)
    desk.qtbot.waitUntil(lambda: desk.has(f"helpGo_{asked.id}"), timeout=WAIT_MS)
    desk.act(f"helpGo_{asked.id}")

    assert desk.text("deskMessage") == (
        "Go to kiosk demo-kiosk-1: the resident is on the forms/page-3 screen."
    )
    [answered] = desk.events_of("help.answered")
    assert answered == {"desk": "demo-desk-1", "request": asked.id, "staff_id": AMINA}


def test_a_manager_opens_the_dashboard_and_it_closes_when_the_card_comes_out(
    staffed_desk: tuple[DeskUnderTest, list[DashboardWindow]],
    card_slot: CardSlot,
    cards: dict[str, VirtualStaffCard],
) -> None:
    desk, opened = staffed_desk
    assert not desk.has("openDashboard")
    inserted = sign_in(desk, card_slot, cards[SULTANA])
    desk.tap("openDashboard")
    [dashboard] = opened
    assert dashboard.isVisible()
    # Live: a ticket taken now shows in today's figures without anyone asking.
    desk.qtbot.waitUntil(lambda: dashboard.figures is not None, timeout=WAIT_MS)
    # Forms by title, read off the UI thread with the first figures; the site by name.
    assert dashboard.names["book-bulky-waste"] == "Book a bulky waste collection"
    assert dashboard.names["idea-store-whitechapel"] == "Idea Store Whitechapel"
    desk.window.raise_walk_in("housing", False)  # as the walk-in panel's button does

    def housing_tickets() -> int:
        figures = dashboard.figures
        row = figures.waits.find(key="housing") if figures is not None else None
        return row.tickets if row is not None else 0

    desk.qtbot.waitUntil(lambda: housing_tickets() == 1, timeout=WAIT_MS)

    with desk.qtbot.waitSignal(dashboard.exported, timeout=WAIT_MS):
        dashboard.export("waits")
    desk.qtbot.waitUntil(lambda: bool(desk.events_of("dashboard.exported")), timeout=WAIT_MS)
    [opened_event] = desk.events_of("dashboard.opened")
    [exported] = desk.events_of("dashboard.exported")
    assert opened_event["staff_id"] == SULTANA and exported["staff_id"] == SULTANA
    assert exported["table"] == "waits" and str(exported["file"]).startswith("waits-")

    card_slot.remove(inserted)
    desk.qtbot.waitUntil(lambda: not desk.has("deskSignOut"), timeout=WAIT_MS)
    assert not desk.has("openDashboard")
    assert desk.window.dashboard is None
    [out] = desk.events_of("staff.signed_out")
    assert out["staff_id"] == SULTANA and out["reason"] == "card_removed"


def test_without_a_card_reader_the_desk_works_as_before(desk: DeskUnderTest) -> None:
    assert not desk.has("deskSignIn") and not desk.has("openDashboard")
    assert desk.text("deskStaffWho") == ""
