"""Track a request against the real reference case service over loopback HTTP.

The kiosk's look-up signs with the terminal key kept in its data folder; the service must
have that key in its register. A submission sent to the service opens a case; the back
office moves it on; the look-up reports each state, a stranger's reference is not found,
and a stopped service is "unreachable" in plain words, never an exception on screen.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.case_reference import new_reference
from core.case_status import (
    CaseNotFound,
    CaseServiceUnreachable,
    CaseState,
    CaseTracker,
    TrackOutcome,
)
from core.config import TerminalConfig
from sync.central_lookup import CentralCaseLookup
from sync.sealing import CouncilSealer
from sync.terminal_identity import TerminalIdentity
from tests.sync.case_service_support import SITE, Harness, TerminalKey, wire_event

TERMINAL = "kiosk-track-1"


@pytest.fixture
def harness(tmp_path: Path) -> Iterator[Harness]:
    running = Harness(tmp_path)
    yield running
    running.stop()


def _config(demo_config: TerminalConfig, url: str) -> TerminalConfig:
    return dataclasses.replace(demo_config, terminal_id=TERMINAL, site=SITE, case_service_url=url)


def _send_submission(
    harness: Harness, key: TerminalKey, reference: str, sealer: CouncilSealer
) -> None:
    payload = {
        "form": "report-missed-bin",
        "version": "2026-11-23.1",
        "reference": reference,
        "service": "waste-environment",
        "kind": "report",
        "language": "en",
        "assisted": False,
        "answers": sealer.seal(json.dumps({"answers": {"bins": ["food"]}}).encode()),
    }
    event = wire_event(TERMINAL, 1, type_="submission.finalised", payload=payload, scope="central")
    answer = harness.client(key).post_events([event])
    assert answer.status_code == 200, answer.text


def test_a_request_is_tracked_from_received_to_closed(
    harness: Harness, tmp_path: Path, demo_config: TerminalConfig
) -> None:
    sealer = CouncilSealer(demo_config.council_public_key)
    data_dir = tmp_path / "kiosk"
    identity = TerminalIdentity.load_or_create(data_dir, TERMINAL)
    key = TerminalKey(TERMINAL, SITE, identity._key)  # the kiosk's own key, registered
    harness.start({TERMINAL: key.entry()})
    reference = new_reference("MB")
    _send_submission(harness, key, reference, sealer)
    lookup = CentralCaseLookup(_config(demo_config, harness.url), data_dir)
    try:
        status = lookup.lookup(reference)
        assert status.state is CaseState.RECEIVED and status.service == "waste-environment"
        harness.admin.call(
            "POST",
            f"/case/v1/admin/cases/{reference}/status",
            {"status": "closed", "status_notes": "Crew emptied the bin on Tuesday"},
        )
        closed = CaseTracker(lookup, lambda _r: False).track(reference.lower())
        assert closed.outcome is TrackOutcome.FOUND and closed.status is not None
        assert closed.status.state is CaseState.CLOSED
        assert closed.status.status_notes == "Crew emptied the bin on Tuesday"
        with pytest.raises(CaseNotFound):
            lookup.lookup(new_reference("MB"))
        harness.stop()
        with pytest.raises(CaseServiceUnreachable) as caught:
            lookup.lookup(reference)
        assert caught.value.reason
    finally:
        lookup.close()


def test_a_terminal_the_service_does_not_know_is_told_plainly(
    harness: Harness, tmp_path: Path, demo_config: TerminalConfig
) -> None:
    harness.start({})
    lookup = CentralCaseLookup(_config(demo_config, harness.url), tmp_path / "stranger")
    try:
        with pytest.raises(CaseServiceUnreachable) as caught:
            lookup.lookup(new_reference("MB"))
        assert "register" in caught.value.reason or "not known" in caught.value.reason
    finally:
        lookup.close()
