"""Nothing a resident types reaches the journal: kiosk journeys under the real journald handler.

The kiosk is composed as main.py composes it (tests/kiosk/conftest.py ``make_kiosk``) and
walked through journeys with the made-up resident's details (tests/evidence/privacy_journeys.py),
while every log record of every logger, down to DEBUG, goes through operations/journal_log.py's
JournalHandler to a real unix datagram socket bound by the test where journald's would be.
Each entry is then searched for every detail in every spelling and encoding the privacy sweep
uses (tests/evidence/privacy_resident.py).
"""

from __future__ import annotations

import dataclasses
import logging
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.config import TerminalConfig
from operations.journal_log import JournalHandler
from tests.evidence.privacy_journeys import JOURNEYS, LONG_MS, end_by_idle_wipe
from tests.evidence.privacy_resident import Resident, needles
from tests.evidence.privacy_search import details_in
from tests.evidence.privacy_site import appointments_with
from tests.kiosk.conftest import KioskUnderTest, make_kiosk
from tests.operations.test_supervision_messages import decode_entry
from tests.site_terminal import Wall

pytestmark = pytest.mark.qt
WALKED = (
    "queue ticket",
    "appointment check-in",
    "visitor check-in",
    "feedback with a comment",
    "form: report a missed bin (address)",
    "form: ask a question (Bengali name)",
)


class JournalSocket:
    """Where journald would listen: every datagram is read at once and kept."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)
        self.entries: list[bytes] = []
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._socket.bind(self.path)
        self._reader = threading.Thread(target=self._read, name="journal-socket", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                self.entries.append(self._socket.recv(1 << 17))
            except OSError:
                return

    def close(self) -> None:
        """Stop listening (the reader ends with the socket)."""
        self._socket.shutdown(socket.SHUT_RDWR)
        self._socket.close()
        self._reader.join(timeout=10)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[JournalSocket]:
    """The journal socket, with the root logger sending every record to it."""
    listening = JournalSocket(tmp_path / "journal.sock")
    handler = JournalHandler(listening.path)
    handler.tags.update(TERMINAL="privacy-kiosk", SITE="idea-store-whitechapel")
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield listening
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        handler.close()
        listening.close()


@pytest.fixture
def kiosk(
    qtbot: QtBot, demo_config: TerminalConfig, data_dir: Path, tmp_path: Path
) -> Iterator[KioskUnderTest]:
    """The demo kiosk with the resident's appointment, printing to a file printer."""
    printer = {"name": "roll", "kind": "file", "folder": str(tmp_path / "paper")}
    config = dataclasses.replace(
        demo_config,
        printers=(printer,),
        appointments_path=appointments_with(Resident(), tmp_path),
    )
    for made in make_kiosk(qtbot, config, data_dir, wall=Wall()):
        made.window.idle.set_timeout(LONG_MS)
        made.window.idle_prompt.set_grace(LONG_MS)
        yield made


def test_journeys_with_a_resident_s_details_log_none_of_them(
    journal: JournalSocket, kiosk: KioskUnderTest
) -> None:
    resident = Resident()
    logging.getLogger("civic_kiosk").info("privacy journeys start")
    for name in WALKED:
        JOURNEYS[name](kiosk, resident)
        end_by_idle_wipe(kiosk)
    logging.getLogger("civic_kiosk").info("privacy journeys end")
    kiosk.qtbot.waitUntil(
        lambda: any(b"privacy journeys end" in entry for entry in journal.entries), timeout=5000
    )

    entries = [decode_entry(data) for data in journal.entries]
    assert all(e["TERMINAL"] == "privacy-kiosk" for e in entries)
    assert len(kiosk.events_of("submission.finalised")) == 2  # the journeys did happen
    found = {
        detail: (entry["LOGGER"], entry["CODE_FUNC"], where)
        for entry, data in zip(entries, journal.entries, strict=True)
        for detail, where in details_in(data, needles(resident)).items()
    }
    assert found == {}, f"personal details in the journal: {found}"
