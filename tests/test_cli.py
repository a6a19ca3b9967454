"""main.py as operators run it: a real subprocess, with no display, and no Qt needed."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.events import EventDraft, Scope
from store.journal import SqliteJournal
from tests.conftest import ROOT
from tests.ports import unused_port

SUBCOMMANDS = {
    "kiosk": "kiosk mode",
    "status": "integrity and event counts",
    "keygen": "key pair",
}


def run(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python main.py ARGS`` from the checkout with no display and a private data home."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY") and not k.startswith("PYTEST")
    }
    env["XDG_DATA_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def digest(path: Path) -> str:
    """sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """XDG data home for the subprocess, so nothing lands in the real home folder."""
    folder = tmp_path / "xdg"
    folder.mkdir()
    return folder


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    """A data folder holding a closed journal with a few real events and one sealed blob."""
    folder = tmp_path / "data"
    journal = SqliteJournal(folder, "bow-desk-3", "idea-store-bow")
    for screen in ("home", "feedback/rating", "home"):
        journal.append(EventDraft("help.requested", {"kiosk": "k", "screen": screen}, Scope.SITE))
    journal.append(EventDraft("session.started", {"language": "so"}))
    journal.append(EventDraft("document.captured", {}), blobs=[b"sealed bytes stand-in"])
    journal.close()
    return folder


def test_top_level_help_lists_every_command(home: Path) -> None:
    """--help exits 0 and names each subcommand."""
    done = run("--help", home=home)
    assert done.returncode == 0, done.stderr
    for command in SUBCOMMANDS:
        assert command in done.stdout


@pytest.mark.parametrize(("command", "described"), SUBCOMMANDS.items())
def test_each_subcommand_explains_itself(home: Path, command: str, described: str) -> None:
    """``main.py CMD --help`` exits 0 with a description and its options."""
    done = run(command, "--help", home=home)
    assert done.returncode == 0, done.stderr
    assert f"usage: main.py {command}" in done.stdout
    assert described in done.stdout
    assert "--config" in done.stdout


def test_kiosk_without_a_display_says_how_to_run_it_and_writes_nothing(
    home: Path, tmp_path: Path
) -> None:
    """One plain line pointing at xvfb-run, exit 3, no traceback and no journal created."""
    data = tmp_path / "kiosk-data"
    done = run("kiosk", "--data", str(data), home=home)
    assert done.returncode == 3
    lines = (done.stdout + done.stderr).strip().splitlines()
    assert len(lines) == 1, lines
    assert "xvfb-run" in lines[0]
    assert "Traceback" not in done.stderr
    assert not (data / "journal.db").exists()
    assert not data.exists()
    assert list(home.iterdir()) == []


def test_make_run_without_a_display_prints_one_line_and_succeeds(tmp_path: Path) -> None:
    """The README's first command on a machine with no screen: one line of advice, no error."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "MAKEFLAGS")
    }
    env["XDG_DATA_HOME"] = str(tmp_path)
    done = subprocess.run(
        ["make", "--no-print-directory", "run"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = (done.stdout + done.stderr).strip().splitlines()
    assert len(lines) == 1, lines
    assert "xvfb-run" in lines[0]


def test_status_on_an_empty_folder_reports_no_journal_yet(home: Path, tmp_path: Path) -> None:
    """status --json on a new folder reports "no journal yet" and creates nothing there."""
    data = tmp_path / "empty"
    data.mkdir()
    done = run("status", "--data", str(data), "--json", home=home)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["integrity"] == "no journal yet"
    assert report["events_total"] == 0
    assert report["events_by_type"] == {}
    assert list(data.iterdir()) == []


def test_status_reports_counts_integrity_folder_and_terminal(home: Path, journal_dir: Path) -> None:
    """status --json shows events by type, integrity ok, the folder and the terminal id."""
    before = digest(journal_dir / "journal.db")
    done = run("status", "--data", str(journal_dir), "--json", home=home)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["integrity"] == "ok"
    assert report["events_by_type"] == {
        "document.captured": 1,
        "help.requested": 3,
        "session.started": 1,
    }
    assert report["events_total"] == 5
    assert report["sealed_blobs"] == 1
    assert report["data_dir"] == str(journal_dir)
    assert report["origin"] == "bow-desk-3"
    assert report["terminal"] == "demo-kiosk-1"
    assert digest(journal_dir / "journal.db") == before


def test_status_as_text_is_readable(home: Path, journal_dir: Path) -> None:
    """Without --json, status prints one labelled line per fact and a line per event type."""
    done = run("status", "--data", str(journal_dir), home=home)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any(line.split() == ["integrity", "ok"] for line in lines)
    assert any(line.split() == ["help.requested", "3"] for line in lines)
    assert any(line.split() == ["data_dir", str(journal_dir)] for line in lines)


def _garbage_file(folder: Path) -> None:
    (folder / "journal.db").write_bytes(b"this was never a database " * 40)


def _scrambled_pages(folder: Path) -> None:
    path = folder / "journal.db"
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096 : page * 4096 + 8] = b"\x0d\xff\xff\xff\xff\xff\xff\xff"
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_garbage_file, _scrambled_pages], ids=["garbage", "pages"])
def test_status_on_a_damaged_journal_reports_it_and_touches_nothing(
    home: Path, journal_dir: Path, damage: object
) -> None:
    """Exit 1 naming the damage; the damaged file is left byte for byte as it was."""
    assert callable(damage)
    damage(journal_dir)
    before = digest(journal_dir / "journal.db")
    done = run("status", "--data", str(journal_dir), "--json", home=home)
    assert done.returncode == 1, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["integrity"] != "ok"
    assert "database" in report["integrity"]
    assert digest(journal_dir / "journal.db") == before
    assert not list(journal_dir.glob("journal.db.corrupt-*"))
    assert "Traceback" not in done.stderr


def test_a_bad_config_file_is_a_configuration_problem(home: Path, tmp_path: Path) -> None:
    """--config with a misspelt key names the key and exits 2 without a traceback."""
    bad = tmp_path / "bad.toml"
    bad.write_text("[kiosk]\nidel_timeout_s = 30\n", encoding="utf-8")
    done = run("status", "--config", str(bad), "--data", str(tmp_path / "d"), home=home)
    assert done.returncode == 2
    assert done.stderr.startswith("Configuration problem:")
    assert "kiosk.idel_timeout_s" in done.stderr
    assert "idle_timeout_s" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "d").exists()


def test_status_shows_the_last_printer_fault_for_staff(home: Path, tmp_path: Path) -> None:
    """A recorded printer.fault shows in status, with the printer and the fault."""
    data = tmp_path / "faulty"
    journal = SqliteJournal(data, "demo-kiosk-1", "idea-store-whitechapel")
    journal.append(
        EventDraft(
            "printer.fault",
            {
                "printer": "desk-roll",
                "fault": "paper_out",
                "kind": "ticket",
                "detail": "media-empty",
            },
            Scope.SITE,
        )
    )
    journal.close()
    done = run("status", "--data", str(data), "--json", home=home)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["printer_faults"] == 1
    assert report["last_printer_fault"]["printer"] == "desk-roll"
    assert report["last_printer_fault"]["fault"] == "paper_out"


# These tests are about printers and scanners; tests/operations/test_selftest_process.py
# checks the rest (display, fonts, speech, card reader) with real devices.
DEVICES_ONLY = ("--skip", "display", "--skip", "fonts", "--skip", "speech", "--skip", "card-reader")


def test_selftest_prints_a_test_page_on_the_demo_printer(home: Path, tmp_path: Path) -> None:
    """With no printers configured, the demo file printer gets a real PDF test page."""
    data = tmp_path / "selftest"
    done = run("selftest", "--data", str(data), *DEVICES_ONLY, home=home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "printer demo: test page printed" in done.stdout
    [page] = list((data / "printouts").glob("*.pdf"))
    assert page.read_bytes().startswith(b"%PDF")


def _scanner_config(tmp_path: Path, scanner: str) -> Path:
    config = tmp_path / "terminal.toml"
    config.write_text(f'[kiosk]\nscanner = "{scanner}"\n', encoding="utf-8")
    return config


def test_selftest_scans_a_page_through_the_whole_pipeline(home: Path, tmp_path: Path) -> None:
    """The simulated scanner's A4 letter, at 300 dpi colour, straightened and checked."""
    config = _scanner_config(tmp_path, "simulated")
    done = run(
        "selftest", "--config", str(config), "--data", str(tmp_path / "d"), *DEVICES_ONLY, home=home
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (
        "scanner Simulated scanner (sample pages): page scanned, 2480 x 3508 px at 300 dpi"
        in done.stdout
    )
    assert "quality problems: none" in done.stdout


def test_selftest_scans_with_sane_and_says_what_the_checks_found(
    home: Path, tmp_path: Path
) -> None:
    """SANE's test backend (the tests' private config) gives a solid black page: too dark."""
    config = _scanner_config(tmp_path, "sane:test:0")
    done = run(
        "selftest", "--config", str(config), "--data", str(tmp_path / "d"), *DEVICES_ONLY, home=home
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "scanner SANE test:0 (Noname frontend-tester): page scanned" in done.stdout
    assert "quality problems: too_dark" in done.stdout


def test_selftest_fails_for_a_scanner_that_is_not_there(home: Path, tmp_path: Path) -> None:
    config = _scanner_config(tmp_path, "sane:test:9")
    done = run(
        "selftest", "--config", str(config), "--data", str(tmp_path / "d"), *DEVICES_ONLY, home=home
    )
    assert done.returncode == 1
    assert "FAILED  scanner SANE test:9" in done.stdout
    assert "The scanner is not connected." in done.stdout


def test_selftest_reports_and_records_a_printer_that_is_off(home: Path, tmp_path: Path) -> None:
    """A thermal printer nobody answers for: FAILED on screen, exit 1, a fault in status."""

    port = unused_port()
    config = tmp_path / "terminal.toml"
    config.write_text(
        f'[[printers]]\nname = "thermal"\nkind = "escpos-network"\nhost = "127.0.0.1"\n'
        f"port = {port}\n",
        encoding="utf-8",
    )
    data = tmp_path / "selftest"
    done = run("selftest", "--config", str(config), "--data", str(data), *DEVICES_ONLY, home=home)
    assert done.returncode == 1
    assert "FAILED  printer thermal: offline: the printer does not answer" in done.stdout
    status = json.loads(run("status", "--data", str(data), "--json", home=home).stdout)
    assert status["last_printer_fault"]["printer"] == "thermal"


def test_selftest_names_a_bad_printer_setting(home: Path, tmp_path: Path) -> None:
    """A port out of range is a configuration problem naming the printer and the key."""
    config = tmp_path / "terminal.toml"
    config.write_text(
        '[[printers]]\nname = "thermal"\nkind = "escpos-network"\nhost = "127.0.0.1"\n'
        "port = 70000\n",
        encoding="utf-8",
    )
    done = run(
        "selftest", "--config", str(config), "--data", str(tmp_path / "d"), *DEVICES_ONLY, home=home
    )
    assert done.returncode == 2
    assert "printer 'thermal': port: must be between 1 and 65535" in done.stderr


def test_a_missing_appointments_file_is_a_configuration_problem_at_start(tmp_path: Path) -> None:
    import pytest

    import main
    from core.config import ConfigError, load_config

    config_file = tmp_path / "kiosk.toml"
    config_file.write_text('[site]\nappointments_path = "nowhere.json"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        main.compose_kiosk(load_config(config_file), tmp_path / "data")
    assert caught.value.key == "site.appointments_path"
    assert not (tmp_path / "data" / "journal.db").exists()  # refused before anything was made
