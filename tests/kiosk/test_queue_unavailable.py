"""A site whose appointment list cannot be read: the kiosk still starts, and says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.config import load_config
from tests.kiosk.conftest import KioskUnderTest, make_kiosk


@pytest.fixture
def broken_site_kiosk(qtbot: QtBot, tmp_path: Path, data_dir: Path) -> Iterator[KioskUnderTest]:
    broken = tmp_path / "appointments.json"
    broken.write_text('{"salt": "x", "appointments": [{"reference": 7}]}', encoding="utf-8")
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(f'[site]\nappointments_path = "{broken}"\n', encoding="utf-8")
    yield from make_kiosk(qtbot, load_config(config_file), data_dir)


def test_unreadable_site_data_withdraws_the_queue_tiles_and_tells_staff(
    qtbot: QtBot, broken_site_kiosk: KioskUnderTest
) -> None:
    kiosk = broken_site_kiosk
    notice = kiosk.find("noticeBanner")
    qtbot.waitUntil(notice.isVisible)
    assert "queue tickets, check-in and visitor sign-in are unavailable" in notice.text()
    for journey in ("ticket", "checkin", "visitor"):
        tile = kiosk.window.home.findChild(QWidget, f"homeTile_{journey}")
        assert tile is not None and not tile.isVisible()
    assert kiosk.find("homeTile_feedback").isVisible()
    kiosk.tap("homeTile_feedback")  # the rest of the kiosk carries on
    assert kiosk.window.current.current_page.startswith("feedback")
