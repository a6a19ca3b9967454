"""A site whose appointment list cannot be read: the kiosk still starts, and says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.config import TerminalConfig, load_config
from tests.kiosk.conftest import KioskUnderTest, make_kiosk


@pytest.fixture
def broken_site_kiosk(qtbot: QtBot, tmp_path: Path, data_dir: Path) -> Iterator[KioskUnderTest]:
    yield from make_kiosk(qtbot, _broken_site(tmp_path), data_dir)


def _broken_site(folder: Path) -> TerminalConfig:
    """The demo kiosk with an appointment list that does not parse."""
    broken = folder / "appointments.json"
    broken.write_text('{"salt": "x", "appointments": [{"reference": 7}]}', encoding="utf-8")
    config_file = folder / "kiosk.toml"
    config_file.write_text(f'[site]\nappointments_path = "{broken}"\n', encoding="utf-8")
    return load_config(config_file)


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


@pytest.fixture
def unsettled_broken_site_kiosk(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> Iterator[KioskUnderTest]:
    """The same kiosk, handed over as soon as it is on screen, its screens still being built."""
    yield from make_kiosk(qtbot, _broken_site(tmp_path), data_dir, settle=False)


def test_a_queue_journey_opened_before_its_screen_was_built_is_withdrawn_the_same_way(
    qtbot: QtBot, unsettled_broken_site_kiosk: KioskUnderTest
) -> None:
    """The screens after home are built one per event-loop turn, so a resident can get there
    first: the kiosk stays on home, hides the tiles and tells staff, as when it finds it."""
    kiosk = unsettled_broken_site_kiosk
    assert not kiosk.window.screens_ready
    kiosk.window.show_screen("checkin")
    assert kiosk.window.current is kiosk.window.home
    notice = kiosk.find("noticeBanner")
    qtbot.waitUntil(notice.isVisible)
    assert "check-in and visitor sign-in are unavailable" in notice.text()
    kiosk.window.show_screen("visitor")  # withdrawn by now: nothing happens, nothing breaks
    assert kiosk.window.current is kiosk.window.home
