"""The self-test's clock, case-service and journal checks, against a real case service on
loopback and real journals (Qt-free: run with ``-p tests.without_qt -p no:pytest-qt``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.config import load_config
from operations.selftest_report import Outcome
from operations.selftest_site import (
    CaseServiceAnswer,
    check_case_service,
    check_clock,
    open_journal,
    probe_case_service,
)
from operations.update_release import Release
from store.connection import JOURNAL_FILE
from sync.reference import RunningService, start_reference_service
from tests.conftest import ROOT, demo_private_key
from tests.ports import unused_port

BUILT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def case_service(tmp_path: Path) -> Iterator[RunningService]:
    """The reference case service on a loopback port."""
    service = start_reference_service(
        tmp_path / "service",
        admin_token="selftest-admin-token-0123456789",
        private_key_b64=demo_private_key(),
        content_dir=ROOT / "assets",
    )
    yield service
    service.stop()


def test_a_clock_set_before_the_release_was_built_fails_in_plain_words() -> None:
    release = Release(ROOT, "0.2.0", BUILT)
    check = check_clock(release, None, datetime(1970, 1, 1, tzinfo=UTC))
    assert check.outcome is Outcome.FAILED
    assert check.detail.startswith("the clock says 1970-01-01 00:00:00 UTC, before this release")
    assert "set the time" in check.detail


def test_a_clock_ten_minutes_off_the_case_services_fails(case_service: RunningService) -> None:
    """The service's own clock (X-Server-Time-Ms) against a terminal ten minutes fast."""
    answer = probe_case_service(case_service.url)
    assert isinstance(answer, CaseServiceAnswer) and answer.clock is not None
    release = Release(ROOT, "0.2.0", BUILT)

    fast = check_clock(release, answer, datetime.now(UTC) + timedelta(minutes=10))
    right = check_clock(release, answer, datetime.now(UTC))

    assert fast.outcome is Outcome.FAILED
    assert "10 minutes ahead of the case service's" in fast.detail
    assert right.outcome is Outcome.OK
    assert "from the case service's clock" in right.detail


def test_a_case_service_that_answers_is_ok_and_one_that_is_gone_fails(
    case_service: RunningService,
) -> None:
    config = dataclasses.replace(load_config(None), case_service_url=case_service.url)
    up = check_case_service(config, probe_case_service(case_service.url))
    gone_url = f"http://127.0.0.1:{unused_port()}"  # a loopback port nobody listens on
    gone = check_case_service(config, probe_case_service(gone_url))
    assert up.outcome is Outcome.OK
    assert gone.outcome is Outcome.FAILED
    assert "Connection refused" in gone.detail
    assert check_case_service(load_config(None), None).outcome is Outcome.SKIPPED


def test_a_damaged_journal_is_reported_and_left_where_it_is(tmp_path: Path) -> None:
    """The self-test never moves a journal aside: the kiosk does that, and IT must be told."""
    data = tmp_path / "data"
    data.mkdir()
    (data / JOURNAL_FILE).write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    check, journal = open_journal(load_config(None), data)
    assert journal is None
    assert check.outcome is Outcome.FAILED
    assert "is damaged" in check.detail and "tell IT support" in check.detail
    assert [p.name for p in data.iterdir()] == [JOURNAL_FILE]
