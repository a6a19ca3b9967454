"""``main.py install``: what it prints, what it writes, and that it can be run again.

The install runs for real into a staging root (``--root``), with the real useradd and
systemctl in their offline modes and uv building the venv from its cache, as an operator would
build a kiosk image. Qt-free.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from core.config import load_config
from operations.install_plan import preflight
from operations.install_steps import Target
from tests.operations.install_support import (
    UNIT_DIR,
    install_into,
    run_install,
    staging_root,
)

KIOSK_UNIT = UNIT_DIR / "civic-kiosk.service"
WRITTEN = (
    Path("etc/civic-kiosk/terminal.toml"),
    Path("etc/pam.d/civic-kiosk"),
    KIOSK_UNIT,
)


def snapshot(root: Path, leave_out: tuple[str, ...] = ()) -> dict[str, tuple[int, int, str]]:
    """Every path under root: its mode, owner and a digest of its content (or link target)."""
    seen: dict[str, tuple[int, int, str]] = {}
    for path in sorted(root.rglob("*")):
        name = str(path.relative_to(root))
        if any(name.startswith(part) for part in leave_out):
            continue
        stat = path.lstat()
        if path.is_symlink():
            content = os.readlink(path)
        elif path.is_file():
            content = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            content = "folder"
        seen[name] = (stat.st_mode, stat.st_uid, content)
    return seen


def passwd_entry(root: Path, user: str) -> list[str]:
    """The user's line in the staging root's /etc/passwd, split."""
    lines = (root / "etc" / "passwd").read_text(encoding="utf-8").splitlines()
    matches = [line.split(":") for line in lines if line.startswith(f"{user}:")]
    assert len(matches) == 1, matches
    return matches[0]


def group_id(root: Path, group: str) -> int:
    """A group's id in the staging root's /etc/group."""
    for line in (root / "etc" / "group").read_text(encoding="utf-8").splitlines():
        name, _, gid, *_ = line.split(":")
        if name == group:
            return int(gid)
    raise AssertionError(f"no group {group}")


def test_the_dry_run_shows_every_file_and_command_and_changes_nothing(tmp_path: Path) -> None:
    root = staging_root(tmp_path)
    before = snapshot(root)
    shown = run_install(root, "--role", "kiosk", "--dry-run")
    assert shown.returncode == 0, shown.stderr
    assert snapshot(root) == before
    assert "dry run: nothing is changed" in shown.stdout

    done = install_into(root, "--role", "kiosk")
    steps = re.findall(r"^(\d+)\. ", done, re.MULTILINE)
    assert re.findall(r"^(\d+)\. ", shown.stdout, re.MULTILINE) == steps  # the same steps
    for path in WRITTEN:  # each file's whole content, as written
        content = (root / path).read_text(encoding="utf-8")
        assert f"write /{path} " in shown.stdout
        assert "\n".join(f"    | {line}" for line in content.splitlines()) in shown.stdout
    for command in re.findall(r"^\d+\. ran: (.*)$", done, re.MULTILINE):
        assert f"    $ {command}\n" in shown.stdout  # each command, exactly as it ran


def test_a_dry_run_on_this_machine_touches_nothing_here() -> None:
    assert not Path("/etc/civic-kiosk").exists()
    shown = run_install(None, "--role", "desk", "--dry-run")
    assert shown.returncode == 0, shown.stderr
    assert "into" not in shown.stdout.splitlines()[0]  # this machine, not a staging root
    assert "$ systemctl daemon-reload" in shown.stdout
    assert "$ systemctl enable civic-kiosk-desk.service" in shown.stdout
    assert not Path("/etc/civic-kiosk").exists()
    assert not Path("/etc/systemd/system/civic-kiosk-desk.service").exists()


def test_the_install_makes_the_user_folders_config_venv_and_enabled_unit(tmp_path: Path) -> None:
    root = staging_root(tmp_path)
    install_into(root, "--role", "kiosk")

    name, _pw, uid, gid, _gecos, home, shell = passwd_entry(root, "civic-kiosk")
    assert (home, shell) == ("/var/lib/civic-kiosk", "/usr/sbin/nologin")
    assert int(uid) < 1000  # a system user
    data = (root / "var/lib/civic-kiosk").stat()
    assert (data.st_mode & 0o7777, data.st_uid, data.st_gid) == (0o700, int(uid), int(gid))
    config = root / "etc/civic-kiosk/terminal.toml"
    assert (config.stat().st_mode & 0o777, config.stat().st_gid) == (0o640, group_id(root, name))
    assert load_config(config).role == "kiosk"

    unit = (root / KIOSK_UNIT).read_text(encoding="utf-8")
    assert "ExecStart=/usr/bin/cage -d -- /opt/civic-kiosk/current/.venv/bin/python " in unit
    assert unit.count("current/main.py --config /etc/civic-kiosk/terminal.toml") == 1
    assert "\nWatchdogSec=30s\n" in unit and "\nRestart=always\n" in unit
    wanted = root / "etc/systemd/system/graphical.target.wants/civic-kiosk.service"
    assert os.readlink(wanted) == "/etc/systemd/system/civic-kiosk.service"

    current = root / "opt/civic-kiosk/current"
    (release,) = (root / "opt/civic-kiosk/releases").iterdir()
    assert current.resolve() == release.resolve()
    stamp = json.loads((release / "release.json").read_text(encoding="utf-8"))
    assert release.name == stamp["version"] and stamp["built"]
    help_text = subprocess.run(
        [str(current / ".venv/bin/python"), str(current / "main.py"), "kiosk", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    assert "--windowed" in help_text  # the installed app runs on the installed venv
    assert not (release / "tests").exists() and (release / "kiosk").is_dir()


def test_installing_again_changes_nothing_and_keeps_the_council_s_config(tmp_path: Path) -> None:
    root = staging_root(tmp_path)
    install_into(root, "--role", "kiosk")
    config = root / "etc/civic-kiosk/terminal.toml"
    council = config.read_text(encoding="utf-8").replace("fullscreen = true", "fullscreen = false")
    config.write_text(council, encoding="utf-8")
    # The app is copied afresh from the checkout (which may be edited meanwhile), and the
    # venv's own files are uv's business; everything else must come out identical.
    first = snapshot(root, leave_out=("opt/civic-kiosk",))

    again = install_into(root, "--role", "kiosk")
    assert "skipped: the user civic-kiosk exists" in again
    assert "kept /etc/civic-kiosk/terminal.toml as it is" in again
    assert config.read_text(encoding="utf-8") == council
    assert snapshot(root, leave_out=("opt/civic-kiosk",)) == first
    passwd_entry(root, "civic-kiosk")  # still exactly one
    assert sorted(p.name for p in (root / "opt/civic-kiosk").iterdir()) == ["current", "releases"]
    (release,) = (root / "opt/civic-kiosk/releases").iterdir()
    assert not [p for p in release.iterdir() if p.name.endswith((".new", ".old"))]


def test_x11_gets_the_xorg_snippet_and_an_xinit_unit(tmp_path: Path) -> None:
    root = staging_root(tmp_path)
    install_into(root, "--role", "display", "--display", "x11")
    snippet = (root / "etc/X11/xorg.conf.d/10-civic-kiosk.conf").read_text(encoding="utf-8")
    assert 'Option "DontZap" "true"' in snippet and 'Option "DontVTSwitch" "true"' in snippet
    unit = (root / UNIT_DIR / "civic-kiosk-display.service").read_text(encoding="utf-8")
    assert "ExecStart=/usr/bin/xinit /opt/civic-kiosk/current/.venv/bin/python " in unit
    assert " display -- /usr/bin/Xorg :0 vt1 " in unit
    assert "Environment=QT_QPA_PLATFORM=xcb" in unit
    assert load_config(root / "etc/civic-kiosk/terminal.toml").role == "board"


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (("--role", "shop"), "unknown role 'shop': choose one of kiosk, desk, display"),
        (("--role", "kiosk", "--display", "vnc"), "unknown display 'vnc': choose cage or x11"),
    ],
)
def test_bad_choices_are_refused_in_plain_words(
    tmp_path: Path, options: tuple[str, ...], said: str
) -> None:
    root = staging_root(tmp_path)
    before = snapshot(root)
    done = run_install(root, *options)
    assert done.returncode == 1
    assert f"Cannot install: {said}" in done.stderr and "Traceback" not in done.stderr
    assert snapshot(root) == before


def test_a_staging_folder_that_is_no_system_image_is_refused(tmp_path: Path) -> None:
    done = run_install(tmp_path, "--role", "kiosk")
    assert done.returncode == 1
    assert "does not look like a system image: it has no etc/passwd" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_not_root_and_no_cage_are_said_plainly(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine without cage, Xorg or xinit
    here = Target(Path("/"))
    problems = preflight("kiosk", "cage", here, dry_run=False)
    assert problems == [
        "installing on this machine needs root: run it with sudo (or try --dry-run)",
        "cage not installed: run apt-get install cage, or choose --display x11",
    ]
    assert preflight("desk", "x11", here, dry_run=True) == [
        "xinit and Xorg not installed: run apt-get install xserver-xorg xinit"
    ]
