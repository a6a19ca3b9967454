"""Renders the desk at 1080p with a realistic mid-morning queue, for people to review."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from core.desk_service import DeskIdentity, DeskService
from core.events import EventDraft, EventType, Scope
from tests.assisted.conftest import SCREEN, DeskFactory, SiteUnderTest, pull
from tests.conftest import ROOT

OUT = ROOT / "build" / "screens"
DESK_1 = '[desk]\nname = "Desk 1"\nservices = ["housing", "council-tax-benefits"]\n'
# (minutes after 10:00, service, priority)
WALK_INS = [
    (0, "housing", False),
    (2, "council-tax-benefits", False),
    (5, "parking", False),
    (9, "housing", True),
    (14, "registrars", False),
    (18, "council-tax-benefits", False),
    (22, "housing", False),
    (27, "general-enquiries", False),
    (31, "housing", False),
    (36, "libraries", False),
    (40, "council-tax-benefits", True),
    (44, "housing", False),
]


@pytest.mark.parametrize("look", ["normal", "contrast"])
def test_desk_renders_with_a_busy_queue(
    make_desk: DeskFactory, site: SiteUnderTest, look: str
) -> None:
    """Queues in three colours, one being served, one held, an appointment, alerts."""
    kiosk = site.terminal("demo-kiosk-1", 1)
    for minute, service, priority in WALK_INS:
        site.wall.ms = 1_795_428_000_000 + minute * 60_000
        kiosk.site.tickets.take(service, "en", priority)
        if minute == 36:
            kiosk.site.check_in.check_in(kiosk.site.check_in.by_reference("TH-5WD2K"), "en")
    site.wall.advance(minutes=3)  # 10:47
    kiosk.site.visitors.sign_in(
        kiosk.site.feed.queue, 1, "Jo Bloggs", "Acme Lifts", "s-amina-khatun"
    )
    kiosk.journal.append(
        EventDraft(
            EventType.HELP_REQUESTED, {"kiosk": "demo-kiosk-1", "screen": "feedback"}, Scope.SITE
        )
    )
    other = site.terminal("demo-desk-2", 3)
    pull(other, kiosk)
    two = DeskService(
        other.journal, other.site.tickets, DeskIdentity("demo-desk-2", "Desk 2", ("parking",))
    )
    two.open()
    two.call_next()
    theme = f'[kiosk]\ntheme = "{look}"\n' if look != "normal" else ""
    desk = make_desk("demo-desk-1", 2, DESK_1 + theme, tick_ms=30_000)
    desk.pull(kiosk, other)
    desk.qtbot.waitUntil(lambda: desk.has("queueTicket_H-031"))
    desk.act("callNextButton")
    desk.act("holdButton")
    desk.act("callNextButton")
    desk.qtbot.waitUntil(lambda: desk.has("visitorAlert_V-001"))

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / ("desk.png" if look == "normal" else f"desk-{look}.png")
    desk.qtbot.waitUntil(lambda: desk.window.size().toTuple() == SCREEN)
    assert desk.window.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == SCREEN
