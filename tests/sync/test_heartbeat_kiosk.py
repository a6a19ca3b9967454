"""A real ``main.py kiosk`` process beating to the reference case service, then going silent.

The kiosk runs offscreen with a case service configured (case_service.heartbeat_seconds =
10, the least allowed), so main.py starts its heartbeat beside central sync. Its health
reaches IT's list with the app's uptime; its screen keeps answering meanwhile; and once the
process is killed, the list flags it silent after the service's clock has moved past the
threshold (the clock is the test's, so no minutes are waited).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.reference import TerminalEntry
from sync.terminal_identity import TerminalIdentity
from tests.site_processes import Terminal
from tests.sync.case_service_support import SITE, wait_until
from tests.sync.heartbeat_support import Council, council_fixture

SILENT_AFTER_S = 300.0


@pytest.fixture
def council(tmp_path: Path) -> Iterator[Council]:
    """The reference service with a clock the test moves."""
    yield from council_fixture(tmp_path / "council", SILENT_AFTER_S)


def test_a_running_kiosk_sends_heartbeats_and_is_flagged_silent_once_killed(
    council: Council, tmp_path: Path
) -> None:
    extra = f'[case_service]\nurl = "{council.url}"\nheartbeat_seconds = 10\n'
    kiosk = Terminal(tmp_path / "site", "kiosk", "kiosk-hb", 1, extra)
    identity = TerminalIdentity.load_or_create(kiosk.folder / "data", "kiosk-hb")
    entry = TerminalEntry(identity.public_key_b64(), SITE)
    assert council.service is not None
    council.service.store.put_terminal("kiosk-hb", entry)
    kiosk.write_config([])
    try:
        kiosk.start()
        wait_until(
            lambda: council.listed()["kiosk-hb"]["silent"] is False,
            "the kiosk's first heartbeat",
            timeout_s=90,
        )
        row = council.listed()["kiosk-hb"]
        health = row["health"]
        assert health["role"] == "kiosk" and health["terminal"] == "kiosk-hb"
        assert health["uptime_s"] is not None  # gathered inside the running app
        assert health["journal"]["checked"] == "at start-up"
        assert [p["name"] for p in health["printers"]] == ["roll"]
        assert health["sync"]["configured"] is True
        assert kiosk.texts()  # the screen answered throughout
    finally:
        kiosk.kill()
        kiosk.stop()
    assert council.listed()["kiosk-hb"]["silent"] is False  # not yet: only just gone
    council.clock.advance(SILENT_AFTER_S + 1)
    gone = council.listed()["kiosk-hb"]
    assert gone["silent"] is True
    assert gone["health"] == health
