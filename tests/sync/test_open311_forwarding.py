"""The reference case service forwards report cases to a GeoReport v2 endpoint exactly once.

A kiosk's submission (sealed to the demo council key) reaches the real service over HTTP;
the service's outbox opens it, sends it to a GeoReport server written in the tests, and
records the returned id on the case. Tokens, refusals and failures each end as the
standard says, and a restart never sends a case twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.case_reference import new_reference
from core.config import load_config
from sync.open311_routes import Open311Settings
from sync.reference import start_reference_service
from sync.reference.open311_outbox import Open311Outbox
from sync.sealing import CouncilOpener, CouncilSealer
from tests.conftest import demo_private_key
from tests.sync.case_service_support import (
    ADMIN_TOKEN,
    ASSETS,
    SITE,
    Harness,
    TerminalKey,
    wait_until,
    wire_event,
)
from tests.sync.georeport_server import API_KEY, JURISDICTION, GeoReportServer

TERMINAL = "kiosk-open311"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def georeport() -> Iterator[GeoReportServer]:
    server = GeoReportServer()
    yield server
    server.close()


def _settings(url: str) -> Open311Settings:
    return Open311Settings.from_config(
        {
            "url": url,
            "api_key": API_KEY,
            "jurisdiction_id": JURISDICTION,
            "services": {"report-missed-bin": "001"},
        }
    )


def _submit(
    harness: Harness, key: TerminalKey, seq: int = 1, form: str = "report-missed-bin"
) -> str:
    reference = new_reference("MB")
    content = {
        "form": form,
        "version": "2026-11-23.1",
        "language": "en",
        "reference": reference,
        "answers": {
            "address": {"postcode": "E1 1BU", "address": "Flat 2, 319 Whitechapel Road, London"},
            "bins": ["food"],
            "full_name": "Amina Begum",
            "email": "amina@example.com",
        },
        "calculations": {},
    }
    sealed = CouncilSealer(load_config(None).council_public_key).seal(json.dumps(content).encode())
    payload = {
        "form": form,
        "version": "2026-11-23.1",
        "reference": reference,
        "service": "waste-environment",
        "kind": "report",
        "language": "en",
        "assisted": False,
        "answers": sealed,
    }
    event = wire_event(
        TERMINAL, seq, type_="submission.finalised", payload=payload, scope="central"
    )
    assert harness.client(key).post_events([event]).status_code == 200
    return reference


@pytest.fixture
def harness(tmp_path: Path) -> Iterator[tuple[Harness, TerminalKey]]:
    running = Harness(tmp_path)
    key = TerminalKey(TERMINAL, SITE)
    running.start({TERMINAL: key.entry()})
    yield running, key
    running.stop()


def _outbox(harness: Harness, tmp_path: Path, url: str, clock: Clock) -> Open311Outbox:
    assert harness.service is not None
    return Open311Outbox(
        tmp_path / "outbox",
        harness.service.store,
        CouncilOpener(demo_private_key()),
        _settings(url),
        None,
        clock,
    )


def test_a_report_is_forwarded_once_with_our_reference(
    harness: tuple[Harness, TerminalKey], georeport: GeoReportServer, tmp_path: Path
) -> None:
    service, key = harness
    reference = _submit(service, key)
    (tmp_path / "outbox").mkdir()
    outbox = _outbox(service, tmp_path, georeport.url, Clock())
    try:
        assert outbox.run_once() == 1
        assert outbox.run_once() == 0  # done: never sent again
    finally:
        outbox.stop()
    [sent] = georeport.requests
    assert sent.field("attribute[civic_kiosk_submission_id]") == reference
    assert sent.field("service_code") == "001"
    assert "Whitechapel Road" in (sent.field("address_string") or "")
    case = service.admin.call("GET", f"/case/v1/admin/cases/{reference}").json()
    assert case["open311_id"]
    again = _outbox(service, tmp_path, georeport.url, Clock())  # a restart: same records
    try:
        assert again.run_once() == 0
    finally:
        again.stop()
    assert len(georeport.requests) == 1


def test_a_failure_is_retried_later_and_a_token_is_followed_to_its_id(
    harness: tuple[Harness, TerminalKey], georeport: GeoReportServer, tmp_path: Path
) -> None:
    service, key = harness
    reference = _submit(service, key)
    (tmp_path / "outbox").mkdir()
    clock = Clock()
    outbox = _outbox(service, tmp_path, georeport.url, clock)
    try:
        georeport.mode = "web_page"
        assert outbox.run_once() == 1
        assert service.service is not None
        [case] = [c for c in service.service.store.cases() if c.reference == reference]
        state = outbox.state_of(case)
        assert state is not None and state[0] == "failed" and state[1]
        assert outbox.run_once() == 0  # not due yet
        clock.now += 1000
        georeport.mode = "batch"
        assert outbox.run_once() == 1
        assert outbox.state_of(case) == ("token", "waiting for the back office")
        georeport.process_tokens()
        clock.now += 1000
        assert outbox.run_once() == 1
        state = outbox.state_of(case)
        assert state is not None and state[0] == "created"
    finally:
        outbox.stop()
    public = service.admin.call("GET", f"/case/v1/admin/cases/{reference}").json()
    assert public["open311_id"]


def test_a_refusal_is_kept_for_staff_and_not_retried(
    harness: tuple[Harness, TerminalKey], georeport: GeoReportServer, tmp_path: Path
) -> None:
    service, key = harness
    _submit(service, key)
    (tmp_path / "outbox").mkdir()
    clock = Clock()
    outbox = _outbox(service, tmp_path, georeport.url, clock)
    try:
        georeport.mode = "general_error"
        assert outbox.run_once() == 1
        clock.now += 100_000
        assert outbox.run_once() == 0
    finally:
        outbox.stop()
    assert len(georeport.requests) == 1


def test_the_running_service_forwards_by_itself(tmp_path: Path, georeport: GeoReportServer) -> None:
    key = TerminalKey(TERMINAL, SITE)
    running = start_reference_service(
        tmp_path / "svc",
        terminals={TERMINAL: key.entry()},
        admin_token=ADMIN_TOKEN,
        private_key_b64=demo_private_key(),
        content_dir=ASSETS,
        open311=_settings(georeport.url),
    )
    harness = Harness(tmp_path)
    harness.service = running
    try:
        reference = _submit(harness, key)
        assert running.outbox is not None
        running.outbox.wake()
        wait_until(lambda: bool(georeport.requests), "the report reaching the Open311 endpoint")
        assert [r.field("attribute[civic_kiosk_submission_id]") for r in georeport.requests] == [
            reference
        ]
    finally:
        running.stop()
