"""Track a request at the kiosk: offline (the demo), and against the real reference service."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.case_reference import new_reference
from core.config import TerminalConfig
from core.events import EventType
from sync.sealing import CouncilSealer
from sync.terminal_identity import TerminalIdentity
from tests.kiosk.conftest import KioskUnderTest, make_kiosk
from tests.kiosk.form_driver import FormDriver
from tests.kiosk.test_form_journey import _missed_bin_to_check
from tests.sync.case_service_support import SITE, Harness, TerminalKey, wire_event


def _track(kiosk: KioskUnderTest, typed: str) -> None:
    kiosk.tap("homeTile_track")
    _look_up(kiosk, typed)


def _look_up(kiosk: KioskUnderTest, typed: str) -> None:
    box = kiosk.find("trackReference")
    box.setFocus()
    kiosk.qtbot.keyClicks(box, typed)
    kiosk.tap("trackLookUp")


def test_a_mistyped_reference_says_what_a_reference_looks_like(kiosk: KioskUnderTest) -> None:
    _track(kiosk, "MB-1234")
    kiosk.qtbot.waitUntil(lambda: bool(kiosk.window.current.summary.messages))  # type: ignore[attr-defined]
    [message] = kiosk.window.current.summary.messages  # type: ignore[attr-defined]
    assert "like MB-7K3M-9Q2D-X" in message
    assert kiosk.window.current.current_page == "track/reference"


def test_a_request_sent_from_this_kiosk_is_waiting_to_reach_the_council(
    site_kiosk: KioskUnderTest,
) -> None:
    form = FormDriver(site_kiosk)
    _missed_bin_to_check(form)
    site_kiosk.tap("formContinue")
    site_kiosk.qtbot.waitUntil(lambda: form.journey.finalised is not None, timeout=10000)
    reference = form.journey.finalised.reference  # type: ignore[union-attr]
    site_kiosk.tap("homeButton")
    _track(site_kiosk, reference.lower().replace("-", " "))
    site_kiosk.qtbot.waitUntil(lambda: site_kiosk.window.current.current_page == "track/result")
    state = site_kiosk.find("trackState").text()  # type: ignore[attr-defined]
    assert "This kiosk has your request" in state
    assert reference in site_kiosk.find("trackHeading_result").text()  # type: ignore[attr-defined]
    assert site_kiosk.events_of(EventType.SUBMISSION_FINALISED)


def test_an_unknown_reference_with_no_case_service_asks_for_staff(kiosk: KioskUnderTest) -> None:
    _track(kiosk, new_reference("MB"))
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.current_page == "track/result")
    state = kiosk.find("trackState").text()  # type: ignore[attr-defined]
    assert "cannot check requests" in state
    kiosk.tap("trackAnother")
    assert kiosk.window.current.current_page == "track/reference"
    assert kiosk.find("trackReference").text() == ""  # type: ignore[attr-defined]


@pytest.fixture
def service_harness(tmp_path: Path) -> Iterator[Harness]:
    harness = Harness(tmp_path)
    yield harness
    harness.stop()


@pytest.fixture
def online_kiosk(
    qtbot: QtBot, demo_config: TerminalConfig, data_dir: Path, service_harness: Harness
) -> Iterator[tuple[KioskUnderTest, TerminalKey]]:
    """A kiosk whose case_service.url is the real reference service, its key registered."""
    identity = TerminalIdentity.load_or_create(data_dir, demo_config.terminal_id)
    key = TerminalKey(demo_config.terminal_id, SITE, identity._key)
    service_harness.start({demo_config.terminal_id: key.entry()})
    config = dataclasses.replace(demo_config, case_service_url=service_harness.url)
    for kiosk in make_kiosk(qtbot, config, data_dir):
        yield kiosk, key


def test_a_request_on_the_case_service_shows_its_status(
    online_kiosk: tuple[KioskUnderTest, TerminalKey],
    service_harness: Harness,
    demo_config: TerminalConfig,
) -> None:
    """The whole path: the kiosk signs with its own key and the real service answers."""
    kiosk, key = online_kiosk
    reference = new_reference("FT")
    payload = {
        "form": "report-fly-tipping",
        "version": "2026-11-23.1",
        "reference": reference,
        "service": "waste-environment",
        "kind": "report",
        "language": "en",
        "assisted": False,
        "answers": CouncilSealer(demo_config.council_public_key).seal(b'{"answers": {}}'),
    }
    event = wire_event(
        demo_config.terminal_id, 1, type_="submission.finalised", payload=payload, scope="central"
    )
    assert service_harness.client(key).post_events([event]).status_code == 200
    _track(kiosk, reference)
    kiosk.qtbot.waitUntil(
        lambda: kiosk.window.current.current_page == "track/result", timeout=10000
    )
    assert kiosk.find("trackState").text() == "We have received your request."  # type: ignore[attr-defined]
    service_harness.stop()
    kiosk.tap("trackAnother")
    _look_up(kiosk, reference.replace("-", ""))
    kiosk.qtbot.waitUntil(
        lambda: kiosk.window.current.current_page == "track/result", timeout=20000
    )
    assert "cannot reach the council's system" in kiosk.find("trackState").text()  # type: ignore[attr-defined]
