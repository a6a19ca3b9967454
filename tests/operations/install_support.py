"""A staging root that looks like a Debian system, and the real install run into it.

The staging root holds copies of this machine's account files (etc/passwd, group, shadow,
gshadow, login.defs), as a system image would, so ``useradd --root`` and ``systemctl --root``
work on it offline. The install is ``python main.py install --root DIR``, as an operator
runs it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

ACCOUNT_FILES = ("passwd", "group", "shadow", "gshadow", "login.defs")
UNIT_DIR = Path("etc/systemd/system")


def staging_root(folder: Path) -> Path:
    """An empty system image with this machine's account files in its /etc."""
    root = folder / "image"
    (root / "etc").mkdir(parents=True)
    for name in ACCOUNT_FILES:
        shutil.copy2(Path("/etc") / name, root / "etc" / name)
    return root


def run_install(root: Path | None, *options: str) -> subprocess.CompletedProcess[str]:
    """``main.py install`` with these options (and ``--root``, if a root is given)."""
    where = ["--root", str(root)] if root is not None else []
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "install", *options, *where],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def install_into(root: Path, *options: str) -> str:
    """Install into the staging root; fail the test with the install's words if it fails."""
    done = run_install(root, *options)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def under_root(argv: list[str], root: Path) -> list[str]:
    """A command's absolute paths moved into the staging root, as a chroot would see them."""
    moved = []
    for part in argv:
        staged = root / part[1:]
        moved.append(str(staged) if part.startswith("/") and staged.exists() else part)
    return moved
