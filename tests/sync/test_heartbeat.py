"""Heartbeats from terminals to the real reference case service, over loopback HTTP.

Each terminal gathers its health for real (operations/health.py, from its own folder) and
sends it signed (sync/heartbeat.py); IT's list (GET /case/v1/admin/terminals) is read as the
back office reads it, every answer checked against the OpenAPI document. Time passes for the
service through its injected clock, so "silent for five minutes" takes no five minutes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.heartbeat import Heartbeat
from tests.sync.case_service_support import BASE, TerminalKey, wait_until
from tests.sync.heartbeat_support import Council, council_fixture

SILENT_AFTER_S = 300.0


@pytest.fixture
def council(tmp_path: Path) -> Iterator[Council]:
    """The reference service with a clock the test moves, listing silence after 300 s."""
    yield from council_fixture(tmp_path, SILENT_AFTER_S)


def heartbeat_path(terminal_id: str) -> str:
    """Where a terminal's heartbeat goes."""
    return f"{BASE}/terminals/{terminal_id}/heartbeat"


def test_a_heartbeat_reaches_the_service_and_it_lists_the_terminal_with_its_health(
    council: Council,
) -> None:
    kiosk = council.kiosk("kiosk-1")
    council.kiosk("kiosk-2")  # registered, never switched on
    beat = council.heartbeat(kiosk)
    wait_until(lambda: beat.status().sent >= 1, "the first heartbeat to be accepted")
    listed = council.listed()
    row = listed["kiosk-1"]
    assert row["silent"] is False
    assert row["last_heartbeat_at"] is not None
    health = row["health"]
    assert health["terminal"] == "kiosk-1" and health["site"] == kiosk.config.site
    assert health["sync"]["configured"] is True
    assert [p["name"] for p in health["printers"]] == ["roll"]
    assert health["printers"][0]["ready"] is True
    assert health["scanner"]["present"] is True  # the simulated scanner these kiosks use
    assert health["disk"]["free_bytes"] > 0
    assert row["problems"] == []
    assert listed["kiosk-2"]["silent"] is True
    assert listed["kiosk-2"]["health"] is None
    assert listed["kiosk-2"]["last_heartbeat_at"] is None


def test_heartbeats_keep_coming_at_the_configured_interval(council: Council) -> None:
    beat = council.heartbeat(council.kiosk("kiosk-1"), every_s=0.05)
    wait_until(lambda: beat.status().sent >= 3, "three heartbeats")
    assert beat.status().last_error is None


def test_a_terminal_whose_heartbeat_stops_is_flagged_silent_and_recovers_when_it_returns(
    council: Council,
) -> None:
    kiosk = council.kiosk("kiosk-1")
    beat = council.heartbeat(kiosk)
    wait_until(lambda: beat.status().sent >= 1, "the first heartbeat")
    beat.stop()  # the kiosk is switched off, or wedged
    last = council.listed()["kiosk-1"]
    council.clock.advance(SILENT_AFTER_S - 1)
    assert council.listed()["kiosk-1"]["silent"] is False
    council.clock.advance(2)
    gone = council.listed()["kiosk-1"]
    assert gone["silent"] is True
    # IT still sees what it said last, and when.
    assert gone["last_heartbeat_at"] == last["last_heartbeat_at"]
    assert gone["health"] == last["health"]
    again = council.heartbeat(kiosk)
    wait_until(lambda: again.status().sent >= 1, "the heartbeat after the restart")
    assert council.listed()["kiosk-1"]["silent"] is False


def test_a_heartbeat_is_retried_through_an_outage_and_gets_through_afterwards(
    council: Council,
) -> None:
    kiosk = council.kiosk("kiosk-1")
    beat = council.heartbeat(kiosk, every_s=0.2)
    wait_until(lambda: beat.status().sent >= 1, "the first heartbeat")
    port = council.service.port if council.service else 0
    council.stop()
    wait_until(
        lambda: "cannot reach the case service" in (beat.status().last_error or ""),
        "the heartbeat to notice the outage",
    )
    sent = beat.status().sent
    council.start(port)  # back, on the same address and records
    wait_until(lambda: beat.status().sent > sent, "a heartbeat after the outage")
    assert beat.status().last_error is None
    assert council.listed()["kiosk-1"]["silent"] is False


def test_a_service_failing_with_5xx_is_retried_with_backoff_until_it_answers(
    council: Council,
) -> None:
    assert council.service is not None
    council.service.app.faults.change({"fail_next": 3, "status": 503})
    beat = council.heartbeat(council.kiosk("kiosk-1"))
    wait_until(lambda: beat.status().sent >= 1, "a heartbeat past three failures")
    assert council.service.app.faults.state()["fail_next"] == 0  # all three were tried
    assert beat.status().last_error is None


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (b"this is not json", "not JSON"),
        (b'{"format": 1}', "must contain"),
        (b"[1, 2, 3]", "must be object"),
        (b'{"format": NaN}', "not JSON"),
    ],
    ids=["not JSON", "missing parts", "not an object", "NaN"],
)
def test_a_garbage_heartbeat_is_refused_with_a_plain_400_and_nothing_is_kept(
    council: Council, body: bytes, named: str
) -> None:
    kiosk = council.kiosk("kiosk-1")
    client = council.client(kiosk.key)
    answer = client.call(
        "POST", heartbeat_path("kiosk-1"), body, {"Content-Type": "application/json"}
    )
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"] == "bad_health"
    assert named in answer.json()["message"]
    assert council.listed()["kiosk-1"]["health"] is None


def test_a_heartbeat_off_the_schema_in_one_field_is_refused_naming_the_field(
    council: Council,
) -> None:
    kiosk = council.kiosk("kiosk-1")
    report = kiosk.gatherer.gather().to_json()
    report["sync"]["backlog"] = True  # a flag where a count belongs
    client = council.client(kiosk.key)
    answer = client.call(
        "POST",
        heartbeat_path("kiosk-1"),
        json.dumps(report).encode(),
        {"Content-Type": "application/json"},
    )
    assert answer.status_code == 400
    assert "sync.backlog must be integer" in answer.json()["message"]
    report["sync"]["backlog"] = 0  # the same report, mended, is taken
    mended = client.call(
        "POST",
        heartbeat_path("kiosk-1"),
        json.dumps(report).encode(),
        {"Content-Type": "application/json"},
    )
    assert mended.status_code == 204, mended.text
    assert council.listed()["kiosk-1"]["health"] == report


def test_a_heartbeat_from_a_terminal_not_registered_is_refused(council: Council) -> None:
    stranger = council.kiosk("kiosk-9", register=False)
    beat = council.heartbeat(stranger)
    wait_until(lambda: beat.status().last_error is not None, "the refusal")
    assert "does not know this terminal" in (beat.status().last_error or "")
    assert beat.status().sent == 0
    answer = council.client(stranger.key).call(
        "POST", heartbeat_path("kiosk-9"), b"{}", {"Content-Type": "application/json"}
    )
    assert answer.status_code == 401 and answer.json()["error"] == "unknown_terminal"
    assert "kiosk-9" not in council.listed()


def test_a_heartbeat_for_another_terminal_is_refused(council: Council) -> None:
    kiosk = council.kiosk("kiosk-1")
    other = council.kiosk("kiosk-2")
    client = council.client(kiosk.key)
    own_report = json.dumps(kiosk.gatherer.gather().to_json()).encode()
    their_report = json.dumps(other.gatherer.gather().to_json()).encode()
    headers = {"Content-Type": "application/json"}
    # To the other terminal's address, and as the other terminal in the report.
    on_their_path = client.call("POST", heartbeat_path("kiosk-2"), own_report, headers)
    as_them = client.call("POST", heartbeat_path("kiosk-1"), their_report, headers)
    for answer in (on_their_path, as_them):
        assert answer.status_code == 403, answer.text
        assert answer.json()["error"] == "other_terminal"
    listed = council.listed()
    assert listed["kiosk-2"]["health"] is None and listed["kiosk-2"]["silent"] is True
    assert listed["kiosk-1"]["health"] is None
    # Signed with its own key but claiming to be the other terminal: the signature fails.
    impostor = TerminalKey("kiosk-2", signing_key=kiosk.key.signing_key)
    forged = council.client(impostor).call("POST", heartbeat_path("kiosk-2"), their_report, headers)
    assert forged.status_code == 401 and forged.json()["error"] == "bad_signature"


def test_the_admin_list_needs_the_admin_token(council: Council) -> None:
    answer = council.admin().call("GET", BASE + "/admin/terminals", token="not-the-token")
    assert answer.status_code == 401


def test_stopping_a_heartbeat_mid_beat_is_quick_and_ends_its_gatherer(council: Council) -> None:
    kiosk = council.kiosk("kiosk-1")
    assert council.service is not None
    council.service.app.faults.change({"slow_ms": 60_000})  # every answer hangs for a minute
    closed: list[bool] = []
    beat = Heartbeat(
        council.url,
        kiosk.identity,
        kiosk.gatherer.gather,
        first_after_s=0.0,
        on_stop=lambda: closed.append(True),
    )
    beat.start()
    wait_until(lambda: council.service is not None and council.service.app.in_flight > 0, "a beat")
    beat.stop(timeout_s=5)
    assert not beat.is_running()  # the hanging request was cut, not waited out
    assert closed == [True]
    council.service.app.faults.change({"reset": True})
