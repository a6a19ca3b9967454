"""Releases side by side for the update tests, and a terminal's data folder to update.

A release here is a real folder of the app, laid out as on a kiosk
(``<root>/releases/<version>/`` and a ``current`` link): either a copy of this working tree
(today's release) or an older commit unpacked with ``git archive`` (the working tree and
its git state are not touched). Its ``.venv`` is a link to this checkout's virtual
environment rather than a fresh one (400 MB of PySide6 per release, minutes to install):
each release still runs its own main.py with that Python. That link is the one stand-in.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from datetime import UTC, datetime
from pathlib import Path

from operations.update_release import write_stamp
from tests.conftest import ROOT

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "previous-release"
FIXTURE_COMMIT = json.loads((FIXTURE / "made-by.json").read_text(encoding="utf-8"))["commit"]
TERMINAL = "fixture-kiosk-1"  # the fixture's terminal: its events' origin
APP_PARTS = (
    "main.py",
    "pyproject.toml",
    "assets",
    "core",
    "store",
    "sync",
    "printing",
    "devices",
    "ui",
    "kiosk",
    "assisted",
    "authoring",
    "operations",
)
CONFIG = """\
[terminal]
id = "{terminal}"

[kiosk]
scanner = "simulated"
speech_engine = "none"
languages = ["en", "bn", "ur", "pl"]

[staff]
card_reader = "none"
"""


def copy_of_today(root: Path, version: str) -> Path:
    """Today's app (this working tree) as the release ``version`` under ``root/releases``."""
    folder = root / "releases" / version
    folder.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for part in APP_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, folder / part, ignore=ignore)
        else:
            shutil.copy2(source, folder / part)
    return _finish(folder, version, "working tree")


def unpack_commit(root: Path, commit: str) -> Path:
    """An older release: ``git archive`` of ``commit`` unpacked under ``root/releases``."""
    folder = root / "releases" / commit[:7]
    folder.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit], capture_output=True, check=True, timeout=120
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return _finish(folder, commit[:7], commit)


def _finish(folder: Path, version: str, commit: str) -> Path:
    (folder / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    write_stamp(folder, version, commit, datetime.now(UTC))
    return folder


def point_current(root: Path, release: Path) -> Path:
    """Make ``root/current`` point at ``release`` (as the install does); returns the link."""
    link = root / "current"
    link.unlink(missing_ok=True)
    link.symlink_to(Path("releases") / release.name, target_is_directory=True)
    return link


def terminal_data(root: Path) -> Path:
    """A data folder holding the fixture's journal and sync state (copies, never the files)."""
    data = root / "data"
    data.mkdir()
    for name in ("journal.db", "central-sync.db"):
        shutil.copyfile(FIXTURE / name, data / name)
    return data


def write_config(root: Path, terminal: str = TERMINAL) -> Path:
    """The terminal's config: offline, simulated scanner, no speech, no card reader."""
    path = root / "terminal.toml"
    path.write_text(CONFIG.format(terminal=terminal), encoding="utf-8")
    return path


def operator_env(**extra: str) -> dict[str, str]:
    """An operator's shell: no pytest variables; Qt on the offscreen platform."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update({"QT_QPA_PLATFORM": "offscreen", **extra})
    return env


def run_update(
    config: Path,
    data: Path,
    release: Path,
    link: Path,
    *extra: str,
    env: dict[str, str],
    prefix: list[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Today's ``main.py update`` (the updater) moving ``link`` to ``release``.

    ``prefix``: a command the updater runs under (a private mount namespace, for instance).
    """
    files = ["--config", str(config), "--data", str(data)]
    target = ["--release", str(release), "--current", str(link), *extra]
    return subprocess.run(
        [*(prefix or []), sys.executable, str(ROOT / "main.py"), *files, "update", *target],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; the committed fixture is read as immutable, so SQLite leaves
    no ``-wal``/``-shm`` files in the source tree."""
    immutable = "&immutable=1" if path.resolve().is_relative_to(FIXTURE) else ""
    return sqlite3.connect(f"file:{path}?mode=ro{immutable}", uri=True)


def events(path: Path) -> dict[tuple[str, int], tuple[str, str, str]]:
    """Every event by (origin, seq): its id, type and a hash of its payload (read-only)."""
    conn = _read_only(path)
    try:
        return {
            (origin, seq): (id_, kind, hashlib.sha256(payload.encode()).hexdigest())
            for id_, origin, seq, kind, payload in conn.execute(
                "SELECT id, origin, seq, type, payload FROM events"
            )
        }
    finally:
        conn.close()


def integrity(path: Path) -> str:
    """SQLite's integrity check of a file (read-only)."""
    conn = _read_only(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def digest(path: Path) -> str:
    """sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
