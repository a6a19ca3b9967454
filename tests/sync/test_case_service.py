"""The reference case service over real HTTP on loopback: events, auth, tus, content, faults.

Every answer is checked against the OpenAPI document by the support module's clients.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import logging
import os
import shutil
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from nacl.signing import SigningKey

from core.clock import wall_clock_ms
from core.config import TerminalConfig
from core.events import EventDraft, EventType, Scope, canonical_json
from store.journal import SqliteJournal
from sync.reference import load_terminals_file, read_key_file
from sync.reference.app import CaseServiceApp
from sync.reference.server import start_reference_service
from sync.sealing import CouncilSealer
from sync.site_wire import event_to_wire
from tests.conftest import DEMO_PRIVATE_KEY_FILE, demo_private_key
from tests.sync.case_service_support import (
    ADMIN_TOKEN,
    ASSETS,
    BASE,
    OTHER_SITE,
    SITE,
    TUS,
    CaseClient,
    Contract,
    Harness,
    TerminalKey,
    raw_http,
    wait_until,
    wire_event,
)

KIOSK = "kiosk-1"
DAY = "2026-11-23"


@pytest.fixture
def keys() -> dict[str, TerminalKey]:
    """Three terminals: two registered at our site, one at another site."""
    return {
        KIOSK: TerminalKey(KIOSK),
        "kiosk-2": TerminalKey("kiosk-2"),
        "desk-bow": TerminalKey("desk-bow", OTHER_SITE),
    }


@pytest.fixture
def harness(tmp_path: Path, keys: dict[str, TerminalKey]) -> Iterator[Harness]:
    """The service on port 0, every terminal in ``keys`` registered."""
    made = Harness(tmp_path)
    made.start({tid: key.entry() for tid, key in keys.items()})
    yield made
    made.stop()


@pytest.fixture
def kiosk(harness: Harness, keys: dict[str, TerminalKey]) -> CaseClient:
    """Kiosk 1, registered at our site."""
    return harness.client(keys[KIOSK])


def statuses(answer: requests.Response) -> list[str]:
    """The status of each event in a batch answer, in order."""
    return [r["status"] for r in answer.json()["results"]]


# Events.


def test_a_batch_is_stored_once_and_a_replay_is_a_duplicate(
    harness: Harness, kiosk: CaseClient
) -> None:
    events = [wire_event(KIOSK, n) for n in (1, 2, 3)]
    first = kiosk.post_events(events)
    assert first.status_code == 200
    assert first.json() == {
        "results": [{"origin": KIOSK, "seq": n, "status": "stored"} for n in (1, 2, 3)],
        "acknowledged": {KIOSK: 3},
    }
    again = kiosk.post_events(events)
    assert statuses(again) == ["duplicate"] * 3
    assert again.json()["acknowledged"] == {KIOSK: 3}
    assert harness.service is not None
    assert harness.service.store.event_count() == 3
    assert harness.service.store.event_body(KIOSK, 2) == canonical_json(events[1])


def test_the_same_key_with_another_body_is_a_conflict_and_never_overwrites(
    harness: Harness, kiosk: CaseClient
) -> None:
    original = wire_event(KIOSK, 1)
    kiosk.post_events([original])
    altered = {**original, "payload": {"number": "Z999"}}
    answer = kiosk.post_events([altered, wire_event(KIOSK, 2)])
    assert statuses(answer) == ["conflict", "stored"]
    assert answer.json()["acknowledged"] == {KIOSK: 2}
    assert harness.service is not None
    assert harness.service.store.event_body(KIOSK, 1) == canonical_json(original)


def test_a_repeat_within_one_batch_is_judged_against_the_first(kiosk: CaseClient) -> None:
    event = wire_event(KIOSK, 1)
    answer = kiosk.post_events([event, event, {**event, "hlc": "001790000000009-000000"}])
    assert statuses(answer) == ["stored", "duplicate", "conflict"]


def test_acknowledged_is_the_highest_gap_free_seq_per_origin(kiosk: CaseClient) -> None:
    quarantined = f"{KIOSK}~2"
    gappy = [wire_event(KIOSK, n) for n in (1, 2, 4, 5)] + [wire_event(quarantined, 2)]
    assert kiosk.post_events(gappy).json()["acknowledged"] == {KIOSK: 2, quarantined: 0}
    filled = kiosk.post_events([wire_event(KIOSK, 3), wire_event(quarantined, 1)])
    assert filled.json()["acknowledged"] == {KIOSK: 5, quarantined: 2}


@pytest.mark.parametrize("origin", ["kiosk-2", "kiosk-10", "kiosk-2~2", "x" + KIOSK])
def test_events_of_another_origin_are_refused_and_nothing_is_stored(
    harness: Harness, kiosk: CaseClient, origin: str
) -> None:
    answer = kiosk.post_events([wire_event(KIOSK, 1), wire_event(origin, 1)])
    assert answer.status_code == 403
    assert answer.json()["error"] == "foreign_origin"
    assert harness.service is not None
    assert harness.service.store.event_count() == 0


def _batch(events: Any, terminal: str = KIOSK) -> bytes:
    return json.dumps({"terminal": terminal, "events": events}).encode()


def _with(**changes: Any) -> bytes:
    return _batch([{**wire_event(KIOSK, 1), **changes}])


MALFORMED = {
    "not JSON": b"{this is not json",
    "not UTF-8": b'{"terminal": "\xff"}',
    "NaN": b'{"terminal": "kiosk-1", "events": [NaN]}',
    "a list": b"[]",
    "no events field": json.dumps({"terminal": KIOSK}).encode(),
    "an extra field": json.dumps({"terminal": KIOSK, "events": [], "more": 1}).encode(),
    "events not a list": _batch({"0": wire_event(KIOSK, 1)}),
    "no events": _batch([]),
    "501 events": _batch([wire_event(KIOSK, n) for n in range(1, 502)]),
    "another terminal named": _batch([wire_event(KIOSK, 1)], terminal="kiosk-2"),
    "an event not an object": _batch(["event"]),
    "seq as text": _with(seq="1"),
    "seq zero": _with(seq=0),
    "seq a float": _with(seq=1.0),
    "seq a boolean": _with(seq=True),
    "payload a list": _with(payload=[1]),
    "empty type": _with(type=""),
    "origin a number": _with(origin=1),
    "unknown scope": _with(scope="everywhere"),
    "malformed hlc": _with(hlc="yesterday"),
    "a missing field": _batch([{k: v for k, v in wire_event(KIOSK, 1).items() if k != "id"}]),
    "an unknown field": _with(colour="red"),
    "a 1 MB payload": _with(payload={"text": "x" * 1024 * 1024}),
    "nested 100000 deep": b'{"terminal": "kiosk-1", "events": '
    + b"[" * 100_000
    + b"]" * 100_000
    + b"}",
}


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_batch_is_refused_with_a_plain_message(
    harness: Harness, kiosk: CaseClient, body: bytes
) -> None:
    answer = kiosk.call("POST", BASE + "/events", body, {"Content-Type": "application/json"})
    assert answer.status_code == 400
    problem = answer.json()
    assert problem["error"] == "bad_batch"
    assert 10 < len(problem["message"]) < 300 and "Traceback" not in problem["message"]
    assert harness.service is not None
    assert harness.service.store.event_count() == 0


def test_a_batch_over_16_mib_is_refused_before_it_is_read(
    harness: Harness, kiosk: CaseClient
) -> None:
    body = b" " * (17 * 1024 * 1024)
    prepared = kiosk.prepare("POST", BASE + "/events", body, {"Content-Type": "application/json"})
    assert harness.service is not None
    raw = raw_http(harness.service.port, _raw_request(prepared), body)
    assert raw.startswith(b"HTTP/1.0 413 ")
    assert b'"too_large"' in raw


# Submissions and cases.


@pytest.fixture
def submission(
    tmp_path: Path, demo_config: TerminalConfig
) -> Iterator[tuple[dict[str, Any], dict[str, Any], bytes]]:
    """A submission.finalised event from a real journal, its sealed answers and a sealed page."""
    journal = SqliteJournal(tmp_path / "kiosk-journal", KIOSK, SITE)
    sealer = CouncilSealer(demo_config.council_public_key)
    reference = "MB-79RS-R1F2-F"
    content = {
        "form": "report-missed-bin",
        "version": "3",
        "language": "en",
        "reference": reference,
        "answers": {"street": "Secret Street 12", "bin": "recycling"},
        "calculations": {},
    }
    page = sealer.seal_bytes(b"%PDF-1.7 scanned page")
    payload = {
        "form": "report-missed-bin",
        "version": "3",
        "reference": reference,
        "service": "waste-environment",
        "kind": "report",
        "language": "en",
        "assisted": False,
        "answers": sealer.seal(json.dumps(content, sort_keys=True).encode()),
    }
    event = journal.append(
        EventDraft(EventType.SUBMISSION_FINALISED, payload, Scope.CENTRAL), [page]
    )
    yield event_to_wire(event), content, page
    journal.close()


def test_a_finalised_submission_opens_a_case_the_back_office_can_read(
    harness: Harness,
    kiosk: CaseClient,
    submission: tuple[dict[str, Any], dict[str, Any], bytes],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    event, content, page = submission
    assert statuses(kiosk.post_events([event])) == ["stored"]

    case = kiosk.call("GET", BASE + "/cases/MB-79RS-R1F2-F")
    assert case.status_code == 200
    public = case.json()
    assert public["status"] == "received" and public["status_notes"] == ""
    assert (public["reference"], public["service"], public["form"]) == (
        "MB-79RS-R1F2-F",
        "waste-environment",
        "report-missed-bin",
    )
    assert public["received_at"] == public["updated_at"] and public["open311_id"] is None
    as_typed = kiosk.call("GET", BASE + "/cases/mb79rsr1f2f")
    assert as_typed.json() == public

    opened = harness.admin.call("GET", BASE + "/admin/cases/MB-79RS-R1F2-F").json()
    assert opened["answers"] == content and opened["answers_problem"] is None
    assert (opened["kind"], opened["origin"], opened["seq"]) == ("report", KIOSK, 1)
    [blob] = opened["blobs"]
    assert blob == {"sha256": hashlib.sha256(page).hexdigest(), "stored": False}
    kiosk.upload(page)
    listed = harness.admin.call("GET", BASE + "/admin/cases").json()["cases"]
    assert [c["reference"] for c in listed] == ["MB-79RS-R1F2-F"]
    assert listed[0]["blobs"][0]["stored"] is True
    assert "answers" not in listed[0]
    assert "Secret Street" not in caplog.text


def test_the_back_office_changes_the_status_residents_see(
    harness: Harness, kiosk: CaseClient, submission: tuple[dict[str, Any], dict[str, Any], bytes]
) -> None:
    kiosk.post_events([submission[0]])
    before = kiosk.call("GET", BASE + "/cases/MB-79RS-R1F2-F")
    change = {"status": "closed", "status_notes": "Your bin was collected on Tuesday."}
    answer = harness.admin.call("POST", BASE + "/admin/cases/MB-79RS-R1F2-F/status", change)
    assert answer.status_code == 200
    after = kiosk.call("GET", BASE + "/cases/MB-79RS-R1F2-F")
    assert after.json()["status"] == "closed"
    assert after.json()["status_notes"] == "Your bin was collected on Tuesday."
    assert after.headers["ETag"] != before.headers["ETag"]
    wrong = harness.admin.call(
        "POST", BASE + "/admin/cases/MB-79RS-R1F2-F/status", {"status": "lost", "status_notes": ""}
    )
    assert wrong.status_code == 400 and wrong.json()["error"] == "bad_status"


def test_an_unknown_or_malformed_reference_is_not_found(
    harness: Harness, kiosk: CaseClient
) -> None:
    for reference in ("MB-008J-4CT4-N", "not-a-reference"):
        answer = kiosk.call("GET", f"{BASE}/cases/{reference}")
        assert answer.status_code == 404 and answer.json()["error"] == "not_found"
    missing = harness.admin.call(
        "POST", BASE + "/admin/cases/MB-008J-4CT4-N/status", {"status": "open", "status_notes": ""}
    )
    assert missing.status_code == 404


def test_a_submission_without_a_usable_reference_is_kept_but_opens_no_case(
    harness: Harness, kiosk: CaseClient
) -> None:
    payload = {"reference": "nonsense", "service": "s", "form": "f", "answers": {}}
    event = wire_event(KIOSK, 1, type_=EventType.SUBMISSION_FINALISED, payload=payload)
    assert statuses(kiosk.post_events([event])) == ["stored"]
    assert harness.admin.call("GET", BASE + "/admin/cases").json() == {"cases": []}


# Authentication.


def _ack(answer: requests.Response) -> tuple[int, str]:
    return answer.status_code, answer.json().get("error", "")


def test_an_unknown_terminal_is_refused(harness: Harness) -> None:
    stranger = harness.client(TerminalKey("kiosk-99"))
    answer = stranger.post_events([wire_event("kiosk-99", 1)])
    assert _ack(answer) == (401, "unknown_terminal")
    assert abs(answer.json()["server_time_ms"] - wall_clock_ms()) < 60_000
    bare = stranger.call("GET", BASE + "/catalogue", sign=False)
    assert _ack(bare) == (401, "unknown_terminal")


def test_a_revoked_terminal_is_refused(tmp_path: Path, keys: dict[str, TerminalKey]) -> None:
    made = Harness(tmp_path)
    made.start({KIOSK: keys[KIOSK].entry(revoked=True)})
    try:
        answer = made.client(keys[KIOSK]).post_events([wire_event(KIOSK, 1)])
        assert _ack(answer) == (401, "revoked_terminal")
    finally:
        made.stop()


def test_a_wrong_signature_is_refused(kiosk: CaseClient) -> None:
    impostor = kiosk.post_events([wire_event(KIOSK, 1)], signer=SigningKey.generate())
    assert _ack(impostor) == (401, "bad_signature")
    other_body = kiosk.post_events([wire_event(KIOSK, 1)], signed_hash_of=b"another body")
    assert _ack(other_body) == (401, "bad_signature")
    garbled = kiosk.prepare("GET", BASE + "/catalogue")
    garbled.headers["X-Signature"] = "not base64!"
    assert _ack(kiosk.send(garbled)) == (401, "bad_signature")
    other_path = kiosk.prepare("GET", BASE + "/catalogue")
    assert other_path.url is not None
    other_path.url = other_path.url.replace("/catalogue", f"/sites/{SITE}/roster")
    assert _ack(kiosk.send(other_path)) == (401, "bad_signature")


def test_a_stale_timestamp_is_refused_with_the_service_time(kiosk: CaseClient) -> None:
    for skew in (-400_000, 400_000):
        answer = kiosk.call("GET", BASE + "/catalogue", timestamp_ms=wall_clock_ms() + skew)
        assert _ack(answer) == (401, "stale_timestamp")
        assert abs(answer.json()["server_time_ms"] - wall_clock_ms()) < 60_000


def test_a_terminal_with_a_wrong_clock_recovers_by_adopting_the_offset(kiosk: CaseClient) -> None:
    own_clock_error = -3_600_000
    kiosk.offset_ms = own_clock_error
    refused = kiosk.post_events([wire_event(KIOSK, 1)])
    assert _ack(refused) == (401, "stale_timestamp")
    kiosk.offset_ms = refused.json()["server_time_ms"] - (wall_clock_ms() + own_clock_error)
    kiosk.offset_ms += own_clock_error
    assert kiosk.post_events([wire_event(KIOSK, 1)]).status_code == 200


def test_a_replayed_signature_is_refused(harness: Harness, kiosk: CaseClient) -> None:
    prepared = kiosk.prepare(
        "POST",
        BASE + "/events",
        _batch([wire_event(KIOSK, 1)]),
        {"Content-Type": "application/json"},
    )
    assert kiosk.send(prepared).status_code == 200
    assert _ack(kiosk.send(prepared)) == (401, "replayed")
    old_url = harness.url
    harness.restart()
    assert prepared.url is not None
    prepared.url = prepared.url.replace(old_url, harness.url)
    assert _ack(kiosk.send(prepared)) == (401, "replayed")


def test_the_admin_endpoints_need_the_admin_token(harness: Harness) -> None:
    for token in ("", "wrong-token-wrong-token"):
        answer = harness.admin.call("GET", BASE + "/admin/cases", token=token)
        assert _ack(answer) == (401, "bad_admin_token")


# Uploads (tus 1.0.0).


def test_tus_discovery(kiosk: CaseClient) -> None:
    answer = kiosk.call("OPTIONS", BASE + "/uploads", sign=False)
    assert answer.status_code == 204
    assert answer.headers["Tus-Version"] == "1.0.0"
    assert answer.headers["Tus-Extension"] == "creation,checksum"
    assert answer.headers["Tus-Checksum-Algorithm"] == "sha256"
    assert answer.headers["Tus-Max-Size"] == "1073741824"


def test_a_blob_uploaded_in_three_chunks_is_stored_byte_for_byte(
    harness: Harness, kiosk: CaseClient
) -> None:
    data = os.urandom(200_001)
    digest = hashlib.sha256(data).hexdigest()
    assert kiosk.call("HEAD", f"{BASE}/blobs/{digest}").status_code == 404
    created = kiosk.create_upload(digest, len(data))
    assert created.status_code == 201
    location = created.headers["Location"]
    assert location.startswith(BASE + "/uploads/")
    assert kiosk.offset(location) == 0
    cuts = [0, 70_000, 140_000, len(data)]
    for start, end in itertools.pairwise(cuts):
        answer = kiosk.patch(location, start, data[start:end])
        assert answer.status_code == 204
        assert int(answer.headers["Upload-Offset"]) == end
        head = kiosk.call("HEAD", location, b"", TUS)
        assert int(head.headers["Upload-Offset"]) == end
        assert head.headers["Upload-Length"] == str(len(data))
        assert head.headers["Cache-Control"] == "no-store"
    assert harness.service is not None
    stored = harness.service.store.blobs.path_for(digest)
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == digest
    assert stored.read_bytes() == data
    assert kiosk.call("HEAD", f"{BASE}/blobs/{digest}").status_code == 200


def test_a_long_patch_is_streamed_to_disk_not_held_in_memory(
    harness: Harness, kiosk: CaseClient
) -> None:
    data = os.urandom(24 * 1024 * 1024)
    location = kiosk.create_upload(hashlib.sha256(data).hexdigest(), len(data)).headers["Location"]
    tracemalloc.start()
    try:
        answer = kiosk.patch(location, 0, data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert answer.status_code == 204
    assert peak < 4 * 1024 * 1024, f"{peak} bytes were held at once"


def test_a_chunk_with_a_wrong_checksum_is_discarded(kiosk: CaseClient) -> None:
    data = os.urandom(1000)
    location = kiosk.create_upload(hashlib.sha256(data).hexdigest(), len(data)).headers["Location"]
    assert kiosk.patch(location, 0, data[:500]).status_code == 204
    damaged = kiosk.patch(location, 500, b"\0" * 500, checksum_of=data[500:])
    assert damaged.status_code == 460 and damaged.json()["error"] == "checksum_mismatch"
    assert kiosk.offset(location) == 500
    assert kiosk.patch(location, 500, data[500:]).status_code == 204


def test_a_whole_file_that_does_not_match_its_sha256_is_discarded(
    harness: Harness, kiosk: CaseClient
) -> None:
    data = os.urandom(1000)
    claimed = hashlib.sha256(b"something else").hexdigest()
    location = kiosk.create_upload(claimed, len(data)).headers["Location"]
    answer = kiosk.patch(location, 0, data)
    assert answer.status_code == 400 and answer.json()["error"] == "blob_mismatch"
    gone = kiosk.call("HEAD", location, b"", TUS)
    assert gone.status_code == 410 and gone.headers["X-Error"] == "gone"
    assert kiosk.call("HEAD", f"{BASE}/blobs/{claimed}").status_code == 404
    assert harness.service is not None
    assert list(harness.service.store.uploads_dir.iterdir()) == []


def _raw_request(prepared: requests.PreparedRequest) -> str:
    lines = [f"{prepared.method} {prepared.path_url} HTTP/1.1", "Host: 127.0.0.1"]
    lines += [f"{k}: {v}" for k, v in prepared.headers.items() if k != "Host"]
    return "\n".join(lines) + "\n"


def test_an_upload_cut_mid_patch_resumes_from_the_stored_offset(
    harness: Harness, kiosk: CaseClient
) -> None:
    data = os.urandom(300_000)
    location = kiosk.create_upload(hashlib.sha256(data).hexdigest(), len(data)).headers["Location"]
    digest = hashlib.sha256(data).digest()
    prepared = kiosk.prepare(
        "PATCH",
        location,
        data,
        {
            **TUS,
            "Content-Type": "application/offset+octet-stream",
            "Upload-Offset": "0",
            "Upload-Checksum": "sha256 " + base64.b64encode(digest).decode(),
        },
    )
    assert harness.service is not None
    raw_http(harness.service.port, _raw_request(prepared), data[:150_000], read_answer=False)
    wait_until(lambda: kiosk.offset(location) == 150_000, "the half sent to be kept")
    assert kiosk.patch(location, 150_000, data[150_000:]).status_code == 204
    assert harness.service.store.blobs.path_for(hashlib.sha256(data).hexdigest()).read_bytes() == (
        data
    )


def test_creating_an_upload_for_a_stored_blob_needs_no_resend(kiosk: CaseClient) -> None:
    data = os.urandom(5000)
    kiosk.upload(data, chunks=2)
    again = kiosk.create_upload(hashlib.sha256(data).hexdigest(), len(data))
    assert again.status_code == 200
    assert again.headers["Upload-Offset"] == str(len(data))
    assert kiosk.offset(again.headers["Location"]) == len(data)
    wrong_length = kiosk.create_upload(hashlib.sha256(data).hexdigest(), 10)
    assert wrong_length.status_code == 400
    nothing_more = kiosk.patch(again.headers["Location"], len(data), b"")
    assert nothing_more.status_code == 204
    assert nothing_more.headers["Upload-Offset"] == str(len(data))


def test_tus_protocol_errors(
    harness: Harness, kiosk: CaseClient, keys: dict[str, TerminalKey]
) -> None:
    data = b"0123456789"
    location = kiosk.create_upload(hashlib.sha256(data).hexdigest(), len(data)).headers["Location"]
    assert kiosk.patch(location, 3, data[3:]).status_code == 409
    assert kiosk.patch(location, 0, data + b"more").json()["error"] == "too_long"
    no_version = kiosk.call("HEAD", location)
    assert no_version.status_code == 412 and no_version.headers["Tus-Version"] == "1.0.0"
    other = harness.client(keys["kiosk-2"])
    assert other.call("HEAD", location, b"", TUS).status_code == 404
    assert other.patch(location, 0, data).status_code == 404
    no_checksum = kiosk.call(
        "PATCH",
        location,
        data,
        {**TUS, "Content-Type": "application/offset+octet-stream", "Upload-Offset": "0"},
    )
    assert no_checksum.status_code == 400 and no_checksum.json()["error"] == "bad_checksum"
    no_sha = kiosk.call("POST", BASE + "/uploads", b"", {**TUS, "Upload-Length": "10"})
    assert no_sha.status_code == 400 and no_sha.json()["error"] == "bad_upload"
    huge = kiosk.create_upload("a" * 64, 2 * 1024**3)
    assert huge.status_code == 413
    assert kiosk.offset(location) == 0


def test_a_patch_without_content_length_is_refused(harness: Harness, kiosk: CaseClient) -> None:
    data = b"0123456789"
    location = kiosk.create_upload(hashlib.sha256(data).hexdigest(), len(data)).headers["Location"]
    prepared = kiosk.prepare(
        "PATCH",
        location,
        data,
        {
            **TUS,
            "Content-Type": "application/offset+octet-stream",
            "Upload-Offset": "0",
            "Upload-Checksum": "sha256 " + base64.b64encode(hashlib.sha256(data).digest()).decode(),
        },
    )
    del prepared.headers["Content-Length"]
    assert harness.service is not None
    raw = raw_http(harness.service.port, _raw_request(prepared))
    assert raw.startswith(b"HTTP/1.0 411 ")
    assert kiosk.offset(location) == 0


# Content and ETags.


ETAGGED = [
    BASE + "/catalogue",
    f"{BASE}/sites/{SITE}/appointments?date={DAY}",
    f"{BASE}/sites/{SITE}/roster",
    BASE + "/cases/MB-79RS-R1F2-F",
]


@pytest.mark.parametrize("target", ETAGGED, ids=["catalogue", "appointments", "roster", "case"])
def test_every_get_has_an_etag_and_answers_304_when_it_still_matches(
    kiosk: CaseClient, submission: tuple[dict[str, Any], dict[str, Any], bytes], target: str
) -> None:
    kiosk.post_events([submission[0]])
    first = kiosk.call("GET", target)
    assert first.status_code == 200
    tag = first.headers["ETag"]
    assert tag.startswith('"') and first.headers["Cache-Control"] == "no-cache"
    unchanged = kiosk.call("GET", target, b"", {"If-None-Match": tag})
    assert unchanged.status_code == 304 and unchanged.content == b""
    assert unchanged.headers["ETag"] == tag
    stale = kiosk.call("GET", target, b"", {"If-None-Match": '"something-else"'})
    assert stale.status_code == 200 and stale.json() == first.json()


def test_content_matches_the_demo_files(kiosk: CaseClient) -> None:
    catalogue = kiosk.call("GET", BASE + "/catalogue").json()
    assert catalogue["catalogue"] == json.loads(
        (ASSETS / "catalogue/demo-idea-store.json").read_text()
    )
    assert [f["id"] for f in catalogue["forms"]] == [
        json.loads(p.read_text())["id"] for p in sorted((ASSETS / "catalogue/forms").glob("*.json"))
    ]
    assert catalogue["life_events"] == json.loads(
        (ASSETS / "catalogue/life-events.json").read_text()
    )
    appointments = kiosk.call("GET", f"{BASE}/sites/{SITE}/appointments?date={DAY}").json()
    assert appointments == json.loads((ASSETS / "demo/appointments.json").read_text())
    roster = kiosk.call("GET", f"{BASE}/sites/{SITE}/roster").json()
    assert roster == json.loads((ASSETS / "demo/staff.json").read_text())


def test_a_sites_own_files_are_served_and_a_change_changes_the_etag(
    tmp_path: Path, keys: dict[str, TerminalKey]
) -> None:
    content = tmp_path / "content"
    shutil.copytree(ASSETS / "catalogue", content / "catalogue")
    shutil.copytree(ASSETS / "demo", content / "demo")
    made = Harness(tmp_path, content)
    made.start({KIOSK: keys[KIOSK].entry()})
    try:
        kiosk = made.client(keys[KIOSK])
        target = f"{BASE}/sites/{SITE}/roster"
        demo = kiosk.call("GET", target)
        own = content / "sites" / SITE / "staff.json"
        own.parent.mkdir(parents=True)
        own.write_text(json.dumps({"staff": [{"id": "s-1", "name": "Ana", "team": "T"}]}))
        changed = kiosk.call("GET", target, b"", {"If-None-Match": demo.headers["ETag"]})
        assert changed.status_code == 200 and changed.json()["staff"][0]["name"] == "Ana"
        day = content / "sites" / SITE / "appointments" / f"{DAY}.json"
        day.parent.mkdir()
        day.write_text(json.dumps({"salt": "s", "appointments": []}))
        dated = kiosk.call("GET", f"{BASE}/sites/{SITE}/appointments?date={DAY}")
        assert dated.json() == {"salt": "s", "appointments": []}
        other_day = kiosk.call("GET", f"{BASE}/sites/{SITE}/appointments?date=2026-11-24")
        assert len(other_day.json()["appointments"]) == 20
        day.write_text("{broken")
        broken = kiosk.call("GET", f"{BASE}/sites/{SITE}/appointments?date={DAY}")
        assert broken.status_code == 503 and broken.json()["error"] == "content_unavailable"
    finally:
        made.stop()


def test_a_terminal_reads_only_its_own_sites_lists(kiosk: CaseClient) -> None:
    for target in (
        f"{BASE}/sites/{OTHER_SITE}/roster",
        f"{BASE}/sites/{OTHER_SITE}/appointments?date={DAY}",
    ):
        answer = kiosk.call("GET", target)
        assert answer.status_code == 403 and answer.json()["error"] == "other_site"


@pytest.mark.parametrize("query", ["", "?date=23/11/2026", "?date=2026-02-30"])
def test_appointments_need_a_real_date(kiosk: CaseClient, query: str) -> None:
    answer = kiosk.call("GET", f"{BASE}/sites/{SITE}/appointments{query}")
    assert answer.status_code == 400 and answer.json()["error"] == "bad_date"


# Fault switches.


def test_fail_next_answers_the_chosen_5xx_before_doing_anything(
    harness: Harness, kiosk: CaseClient
) -> None:
    harness.admin.faults(fail_next=2, status=502)
    for _ in range(2):
        failed = kiosk.post_events([wire_event(KIOSK, 1)])
        assert failed.status_code == 502 and failed.json()["error"] == "unavailable"
    assert harness.service is not None
    assert harness.service.store.event_count() == 0
    assert harness.admin.call("GET", BASE + "/admin/faults").json()["fail_next"] == 0
    assert statuses(kiosk.post_events([wire_event(KIOSK, 1)])) == ["stored"]


def test_html_next_answers_a_captive_portal_page_and_stores_nothing(
    harness: Harness, kiosk: CaseClient
) -> None:
    harness.admin.faults(html_next=1)
    portal = kiosk.post_events([wire_event(KIOSK, 1)], check=False)
    assert portal.status_code == 200
    assert portal.headers["Content-Type"].startswith("text/html")
    assert b"<html" in portal.content
    assert harness.service is not None
    assert harness.service.store.event_count() == 0
    assert statuses(kiosk.post_events([wire_event(KIOSK, 1)])) == ["stored"]


def test_drop_after_commit_stores_then_hangs_up(harness: Harness, kiosk: CaseClient) -> None:
    harness.admin.faults(drop_after_commit_next=1)
    with pytest.raises(requests.ConnectionError):
        kiosk.post_events([wire_event(KIOSK, 1)])
    assert harness.service is not None
    assert harness.service.store.event_count() == 1
    assert statuses(kiosk.post_events([wire_event(KIOSK, 1)])) == ["duplicate"]


def test_drop_after_commit_keeps_an_uploaded_chunk(harness: Harness, kiosk: CaseClient) -> None:
    data = os.urandom(4000)
    location = kiosk.create_upload(hashlib.sha256(data).hexdigest(), len(data)).headers["Location"]
    harness.admin.faults(drop_after_commit_next=1)
    assert kiosk.offset(location) == 0
    with pytest.raises(requests.ConnectionError):
        kiosk.patch(location, 0, data[:2000])
    assert kiosk.offset(location) == 2000


def test_slow_ms_delays_terminal_answers_but_not_admin_ones(
    harness: Harness, kiosk: CaseClient
) -> None:
    harness.admin.faults(slow_ms=300, fail_next=1)
    started = time.monotonic()
    assert kiosk.call("GET", BASE + "/catalogue").status_code == 503
    assert time.monotonic() - started >= 0.3
    assert harness.admin.call("GET", BASE + "/admin/faults").json()["slow_ms"] == 300
    assert harness.admin.faults(reset=True) == {
        "fail_next": 0,
        "status": 503,
        "html_next": 0,
        "drop_after_commit_next": 0,
        "slow_ms": 0,
    }


@pytest.mark.parametrize(
    "switches",
    [{"fail_next": -1}, {"status": 404}, {"slow_ms": 10**9}, {"explode": 1}, {"reset": 1}, []],
)
def test_bad_fault_switches_are_refused(harness: Harness, switches: Any) -> None:
    answer = harness.admin.call("POST", BASE + "/admin/faults", switches)
    assert answer.status_code == 400 and answer.json()["error"] == "bad_faults"


# Restart, routing and the common headers.


def test_everything_is_still_there_after_a_restart(
    harness: Harness,
    kiosk: CaseClient,
    keys: dict[str, TerminalKey],
    submission: tuple[dict[str, Any], dict[str, Any], bytes],
) -> None:
    event, content, page = submission
    kiosk.post_events([event, wire_event(KIOSK, 3)])
    kiosk.upload(page)
    part = os.urandom(3000)
    partial = kiosk.create_upload(hashlib.sha256(part).hexdigest(), len(part)).headers["Location"]
    kiosk.patch(partial, 0, part[:1000])
    harness.admin.call(
        "POST", BASE + "/admin/cases/MB-79RS-R1F2-F/status", {"status": "open", "status_notes": "n"}
    )

    harness.restart()

    assert kiosk.call("GET", BASE + "/cases/MB-79RS-R1F2-F").json()["status"] == "open"
    assert statuses(kiosk.post_events([event])) == ["duplicate"]
    assert kiosk.post_events([wire_event(KIOSK, 2)]).json()["acknowledged"] == {KIOSK: 3}
    assert harness.admin.call("GET", BASE + "/admin/cases/MB-79RS-R1F2-F").json()["answers"] == (
        content
    )
    assert kiosk.call("HEAD", f"{BASE}/blobs/{hashlib.sha256(page).hexdigest()}").status_code == 200
    assert kiosk.offset(partial) == 1000
    assert kiosk.patch(partial, 1000, part[1000:]).status_code == 204
    assert harness.client(keys["kiosk-2"]).call("GET", BASE + "/catalogue").status_code == 200


def test_unknown_paths_and_methods_get_json_errors(kiosk: CaseClient) -> None:
    missing = kiosk.send(kiosk.prepare("GET", BASE + "/nowhere"), check=False)
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
    wrong = kiosk.send(kiosk.prepare("DELETE", BASE + "/catalogue"), check=False)
    assert wrong.status_code == 405 and wrong.headers["Allow"] == "GET"
    assert wrong.json()["error"] == "method_not_allowed"


def test_a_post_without_content_length_is_refused(harness: Harness) -> None:
    assert harness.service is not None
    raw = raw_http(harness.service.port, f"POST {BASE}/events HTTP/1.1\nHost: x\n")
    assert raw.startswith(b"HTTP/1.0 411 ")
    assert b'"length_required"' in raw
    garbage = raw_http(harness.service.port, "NONSENSE\n")
    assert garbage.startswith(b"HTTP/1.0 400 ")
    assert b'"bad_http"' in garbage


def test_the_request_id_is_echoed_or_made(kiosk: CaseClient) -> None:
    given = kiosk.call("GET", BASE + "/catalogue", b"", {"X-Request-Id": "kiosk-1.req-42"})
    assert given.headers["X-Request-Id"] == "kiosk-1.req-42"
    made = kiosk.call("GET", BASE + "/catalogue", b"", {"X-Request-Id": "no spaces <allowed>"})
    assert len(made.headers["X-Request-Id"]) == 32
    assert int(made.headers["X-Server-Time-Ms"]) > 0


# The OpenAPI document and the server options.


def test_the_openapi_document_lists_exactly_the_routes_served(harness: Harness) -> None:
    contract = Contract()
    assert contract.doc["openapi"] == "3.1.0"
    assert harness.service is not None
    app: CaseServiceApp = harness.service.app
    served = {(r.method.lower(), r.template) for r in app.routes}
    documented = {
        (method, path)
        for path, item in contract.doc["paths"].items()
        for method in item
        if method != "parameters"
    }
    assert served == documented
    schemes = contract.doc["components"]["securitySchemes"]
    assert {s["name"] for s in schemes.values()} == {
        "X-Terminal",
        "X-Timestamp",
        "X-Signature",
        "X-Admin-Token",
    }


def test_every_reference_in_the_openapi_document_resolves() -> None:
    contract = Contract()
    refs = set(_refs(contract.doc))
    assert "#/components/schemas/Event" in refs
    assert all(contract.resolve({"$ref": r}) for r in refs)
    for name in contract.doc["components"]["schemas"]:
        contract.validate({"$ref": f"#/components/schemas/{name}"}, _sample(name))


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _sample(name: str) -> Any:
    """A value each schema must accept (so no schema is unsatisfiable by mistake)."""
    event = wire_event(KIOSK, 1)
    case: dict[str, Any] = {
        "reference": "MB-79RS-R1F2-F",
        "service": "s",
        "form": "f",
        "status": "open",
        "status_notes": "",
        "received_at": "t",
        "updated_at": "t",
        "open311_id": None,
    }
    summary = {
        **case,
        "origin": KIOSK,
        "seq": 1,
        "event_id": "e",
        "kind": "report",
        "form_version": "1",
        "language": "en",
        "assisted": False,
        "submitted_at": "t",
        "blobs": [],
    }
    envelope = {"alg": "x25519-xsalsa20poly1305-sealedbox", "kid": "k", "ct": "AA=="}
    switches = {
        "fail_next": 0,
        "status": 503,
        "html_next": 0,
        "drop_after_commit_next": 0,
        "slow_ms": 0,
    }
    return {
        "Error": {"error": "x", "message": "m"},
        "AuthError": {"error": "replayed", "message": "m", "server_time_ms": 1},
        "Event": event,
        "EventBatch": {"terminal": KIOSK, "events": [event]},
        "EventResult": {"origin": KIOSK, "seq": 1, "status": "stored"},
        "EventResults": {"results": [], "acknowledged": {KIOSK: 0}},
        "SealedEnvelope": envelope,
        "SubmissionFinalisedPayload": {
            "form": "f",
            "version": "1",
            "reference": "r",
            "service": "s",
            "kind": "k",
            "language": "en",
            "assisted": True,
            "answers": envelope,
        },
        "Case": case,
        "AdminCaseSummary": summary,
        "AdminCaseDetail": {**summary, "answers": None, "answers_problem": "p"},
        "AdminCaseList": {"cases": [summary]},
        "StatusChange": {"status": "closed", "status_notes": ""},
        "Appointment": {
            "reference": "r",
            "service": "s",
            "time": "09:30",
            "minutes": 5,
            "person": "p",
        },
        "Appointments": {"salt": "s", "appointments": []},
        "Catalogue": {
            "catalogue": {"catalogue_version": "1", "services": []},
            "forms": [],
            "life_events": {"life_events": []},
        },
        "StaffMember": {"id": "s", "name": "n"},
        "Roster": {"staff": []},
        "SiteSettings": {"settings": {"kiosk": {"idle_timeout_s": 60}}},
        "FaultSwitches": switches,
        "FaultChange": {"reset": True},
        **_health_samples(),
    }[name]


def _health_samples() -> dict[str, Any]:
    """Heartbeat shapes (tests/sync/test_heartbeat.py checks them in use)."""
    from tests.sync.heartbeat_support import sample_health

    terminal = {
        "terminal": KIOSK,
        "site": SITE,
        "revoked": False,
        "silent": False,
        "last_heartbeat_at": "2026-11-23T10:15:00.000Z",
        "health": sample_health(KIOSK),
        "problems": ["printer roll: paper out (media-empty)"],
    }
    return {
        "TerminalHealth": sample_health(KIOSK),
        "AdminTerminal": terminal,
        "AdminTerminalList": {"silent_after_s": 300, "terminals": [terminal]},
    }


def test_the_register_file_and_key_file_readers(tmp_path: Path) -> None:
    key = TerminalKey(KIOSK)
    register = tmp_path / "terminals.json"
    register.write_text(
        json.dumps(
            {
                "terminals": {
                    KIOSK: {"public_key": key.public_key, "site": SITE},
                    "kiosk-2": {"public_key": key.public_key, "site": SITE, "revoked": True},
                }
            }
        )
    )
    loaded = load_terminals_file(register)
    assert loaded[KIOSK] == key.entry() and loaded["kiosk-2"].revoked
    register.write_text(json.dumps({"terminals": {KIOSK: {"public_key": "short", "site": SITE}}}))
    with pytest.raises(ValueError, match="kiosk-1"):
        load_terminals_file(register)
    assert read_key_file(DEMO_PRIVATE_KEY_FILE) == demo_private_key()


def test_the_service_listens_on_ipv6_loopback(tmp_path: Path) -> None:
    key = TerminalKey(KIOSK)
    service = start_reference_service(
        tmp_path / "data",
        host="::1",
        terminals={KIOSK: key.entry()},
        admin_token=ADMIN_TOKEN,
        private_key_b64=demo_private_key(),
        content_dir=ASSETS,
    )
    try:
        assert service.url == f"http://[::1]:{service.port}"
        client = CaseClient(lambda: service.url, key, Contract())
        assert client.call("GET", BASE + "/catalogue").status_code == 200
    finally:
        service.stop()


@pytest.mark.parametrize(
    "change",
    [{"admin_token": "short"}, {"private_key_b64": "AAAA"}, {"content_dir": Path("/nonexistent")}],
)
def test_the_service_refuses_to_start_with_bad_settings(tmp_path: Path, change: Any) -> None:
    options: dict[str, Any] = {
        "admin_token": ADMIN_TOKEN,
        "private_key_b64": demo_private_key(),
        "content_dir": ASSETS,
        **change,
    }
    with pytest.raises(ValueError):
        start_reference_service(tmp_path / "data", **options)
