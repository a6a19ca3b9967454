"""Every unit the install writes passes ``systemd-analyze verify`` with nothing to say.

The units are the installed ones (``main.py install --root`` into staging roots, for each role
and both displays). systemd-analyze runs offline on this machine (PID 1 is not systemd; the
tool needs no running manager) in a private mount namespace where /opt is the staging root's,
so the ExecStart paths it checks are the installed release's. Any warning fails: verify exits 0
even for an unknown key or a value it ignores, and says so only on its output.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.operations.install_support import UNIT_DIR, install_into, staging_root
from tests.operations.supervisor import ServicePolicy

INSTALLS = {
    "cage": [
        ("kiosk", "civic-kiosk"),
        ("desk", "civic-kiosk-desk"),
        ("display", "civic-kiosk-display"),
    ],
    "x11": [
        ("kiosk", "civic-kiosk"),
        ("desk", "civic-kiosk-desk"),
        ("display", "civic-kiosk-display"),
    ],
}

pytestmark = pytest.mark.skipif(
    shutil.which("systemd-analyze") is None or shutil.which("unshare") is None,
    reason="needs systemd-analyze and unshare (scripts/system-packages.sh installs them)",
)


def verify(root: Path, unit: str) -> subprocess.CompletedProcess[str]:
    """``systemd-analyze verify`` on an installed unit, with the staging root's /opt mounted."""
    script = 'mount --bind "$1/opt" /opt && exec systemd-analyze verify --man=no "$1/$2"'
    return subprocess.run(
        [
            "unshare",
            "--mount",
            "--propagation",
            "private",
            "sh",
            "-c",
            script,
            "sh",
            str(root),
            unit,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def images(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One staging root per display, each with every role installed into it."""
    made: dict[str, Path] = {}
    for display, roles in INSTALLS.items():
        root = staging_root(tmp_path_factory.mktemp(display))
        for role, _unit in roles:
            install_into(root, "--role", role, "--display", display)
        made[display] = root
    install_into(made["cage"], "--role", "case-service")
    return made


@pytest.mark.parametrize(
    ("display", "unit"),
    [(display, unit) for display, roles in INSTALLS.items() for _role, unit in roles]
    + [("cage", "civic-kiosk-case-service")],
)
def test_the_installed_unit_verifies_cleanly(
    images: dict[str, Path], display: str, unit: str
) -> None:
    path = UNIT_DIR / f"{unit}.service"
    checked = verify(images[display], str(path))
    assert (checked.returncode, checked.stdout + checked.stderr) == (0, "")


@pytest.mark.parametrize("unit", ["civic-kiosk", "civic-kiosk-desk", "civic-kiosk-display"])
def test_screen_units_never_give_up_and_watch_the_ui_loop(
    images: dict[str, Path], unit: str
) -> None:
    text = (images["cage"] / UNIT_DIR / f"{unit}.service").read_text(encoding="utf-8")
    policy = ServicePolicy.from_unit(text)
    assert (policy.service_type, policy.restart) == ("notify", "always")
    assert policy.watchdog_s == 30 and policy.start_limit_interval_s == 0
    assert policy.restart_s > 0 and policy.notify_access == "all"


def test_a_broken_unit_is_caught(images: dict[str, Path], tmp_path: Path) -> None:
    """The check itself can fail: a misspelt key and a value systemd would ignore."""
    root = images["cage"]
    good = (root / UNIT_DIR / "civic-kiosk.service").read_text(encoding="utf-8")
    broken = good.replace("Restart=always", "Restart=sometimes").replace(
        "WatchdogSec", "WatchdogSecs"
    )
    (root / "broken.service").write_text(broken, encoding="utf-8")
    checked = verify(root, "broken.service")
    said = checked.stdout + checked.stderr
    assert "Failed to parse service restart specifier" in said and "WatchdogSecs" in said
