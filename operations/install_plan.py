"""The install of a terminal on Debian or Ubuntu, as a list of steps (operations/install_steps.py).

``main.py install --role kiosk`` makes, in order: a system user with no login; the data folder
/var/lib/civic-kiosk (0700, the user's); the configuration in /etc/civic-kiosk (only if absent);
this checkout as a release, /opt/civic-kiosk/releases/<version>/ with its own .venv (uv, from
uv.lock) and release.json, and /opt/civic-kiosk/current pointing at it (the layout updates use,
operations/update_release.py); a PAM session for tty1; for X11 the xorg.conf.d snippet; and the
systemd unit, enabled. The unit templates and the rest are data in assets/deploy/.

``--dry-run`` prints the steps and changes nothing. ``--root DIR`` installs into a staging
folder holding a system image (it needs at least etc/passwd and etc/group), with the tools'
offline modes, which is how the tests run the real install without touching this machine.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import TextIO

from operations.install_steps import (
    AppCopy,
    Command,
    File,
    Folder,
    InstallProblem,
    Link,
    Step,
    Target,
)
from operations.update_release import CURRENT_LINK, RELEASES_FOLDER, STAMP_FILE

ROLES = ("kiosk", "desk", "display", "case-service")
DISPLAYS = ("cage", "x11")
SCREEN_ROLES = {"kiosk": "kiosk", "desk": "reception desk", "display": "display board"}
CONFIG_ROLES = {"kiosk": "kiosk", "desk": "desk", "display": "board", "case-service": "kiosk"}
UNITS = {
    "kiosk": "civic-kiosk.service",
    "desk": "civic-kiosk-desk.service",
    "display": "civic-kiosk-display.service",
    "case-service": "civic-kiosk-case-service.service",
}
# Supplementary groups the terminal's user joins where the system has them: sound (read
# aloud), screen and input, scanners, USB and serial receipt printers.
DEVICE_GROUPS = ("audio", "video", "render", "input", "scanner", "lp", "dialout")
PYTHON = "/usr/bin/python3"
DEPLOY = Path(__file__).resolve().parent.parent / "assets" / "deploy"
_OPT = PurePosixPath("/opt/civic-kiosk")
_ETC = PurePosixPath("/etc")
_DATA = PurePosixPath("/var/lib/civic-kiosk")


@dataclass(frozen=True)
class InstallPaths:
    """Where an installed terminal keeps each thing (paths on the installed system).

    The app lives in releases side by side, each with its own venv, and ``current`` points at
    the one that runs (operations/update_release.py moves it on an update, or back).
    """

    user: str = "civic-kiosk"
    opt: PurePosixPath = _OPT
    config_dir: PurePosixPath = _ETC / "civic-kiosk"
    data: PurePosixPath = _DATA
    units: PurePosixPath = _ETC / "systemd" / "system"
    pam: PurePosixPath = _ETC / "pam.d" / "civic-kiosk"
    xorg_snippet: PurePosixPath = _ETC / "X11" / "xorg.conf.d" / "10-civic-kiosk.conf"

    @property
    def config(self) -> PurePosixPath:
        """The terminal's TOML file."""
        return self.config_dir / "terminal.toml"

    @property
    def releases(self) -> PurePosixPath:
        """The folder of releases."""
        return self.opt / RELEASES_FOLDER

    @property
    def current(self) -> PurePosixPath:
        """The link to the release that runs; the units start the app through it."""
        return self.opt / CURRENT_LINK

    @property
    def python(self) -> PurePosixPath:
        """The running release's interpreter, which runs main.py."""
        return self.current / ".venv" / "bin" / "python"


@dataclass(frozen=True)
class InstallChoice:
    """What to install, and where.

    Attributes:
        role: kiosk, desk, display, or case-service (the reference service, for pilots).
        display: cage (Wayland kiosk compositor) or x11 (Xorg with no window manager).
        target: ``/`` or a staging folder.
        source: the checkout the app is copied from.
        uv: the uv program that builds the venv.
    """

    role: str
    display: str
    target: Target
    source: Path
    uv: str
    release: ReleaseStamp


def render(template: str, values: dict[str, str]) -> str:
    """Fill ``@NAME@`` placeholders; a placeholder left unfilled is a bug in the template."""
    text = (DEPLOY / template).read_text(encoding="utf-8")
    for name, value in values.items():
        text = text.replace(f"@{name}@", value)
    left = sorted(set(re.findall(r"@[A-Z_]+@", text)))
    if left:
        raise InstallProblem(f"assets/deploy/{template}: nothing fills {', '.join(left)}")
    return text


def exec_start(role: str, display: str, paths: InstallPaths) -> str:
    """The unit's ExecStart: the compositor, then main.py for the role."""
    app = [str(paths.python), str(paths.current / "main.py")]
    files = ["--config", str(paths.config), "--data", str(paths.data)]
    if role == "case-service":
        return " ".join([*app, *files, "case-service", "--listen", "127.0.0.1:8642"])
    terminal = [*app, *files, role]
    if display == "cage":
        # -d: no window decorations. No -s, so the console cannot be switched away from.
        return " ".join(["/usr/bin/cage", "-d", "--", *terminal])
    server = ["/usr/bin/Xorg", ":0", "vt1", "-keeptty", "-nolisten", "tcp", "-novtswitch"]
    return " ".join(["/usr/bin/xinit", *terminal, "--", *server])


def unit_text(role: str, display: str, paths: InstallPaths) -> str:
    """The systemd unit for a role, filled in from its template."""
    values = {
        "ROLE": role,
        "UNIT": UNITS[role],
        "DISPLAY": display,
        "EXEC_START": exec_start(role, display, paths),
        "USER": paths.user,
        "APP_DIR": str(paths.current),
        "DATA_DIR": str(paths.data),
    }
    if role == "case-service":
        return render("case-service.service.in", values)
    values |= {
        "ROLE_NAME": SCREEN_ROLES[role],
        "DISPLAY_NAME": "cage, Wayland" if display == "cage" else "Xorg, no window manager",
        "PAM_SERVICE": paths.pam.name,
        "QT_PLATFORM": "wayland" if display == "cage" else "xcb",
    }
    return render("terminal.service.in", values)


def terminal_id(role: str) -> str:
    """A first terminal id from the machine's name (the council may change it)."""
    host = socket.gethostname().split(".")[0].lower()
    host = re.sub(r"[^a-z0-9_-]", "-", host).strip("-") or "terminal"
    return f"{host}-{role}"[:64]


@dataclass(frozen=True)
class ReleaseStamp:
    """Which release this checkout makes: version and commit, and when it was built."""

    version: str
    commit: str
    built: datetime

    @classmethod
    def of(cls, source: Path) -> ReleaseStamp:
        """The checkout's version (pyproject, plus its commit when it is a git checkout)."""
        import tomllib

        project = tomllib.loads((source / "pyproject.toml").read_text(encoding="utf-8"))
        version = str(project["project"]["version"])
        commit, built = "", datetime.now(UTC).replace(microsecond=0)
        if (source / ".git").exists():
            done = subprocess.run(
                ["git", "-C", str(source), "show", "-s", "--format=%h %cI", "HEAD"],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode == 0 and done.stdout.strip():
                commit, when = done.stdout.split()
                built = datetime.fromisoformat(when).astimezone(UTC)
        return cls(f"{version}-{commit}" if commit else version, commit, built)

    def text(self) -> str:
        """The release's stamp file (the format operations/update_release.py reads)."""
        fields = {"version": self.version, "commit": self.commit, "built": self.built.isoformat()}
        return json.dumps(fields, indent=2) + "\n"


def plan(choice: InstallChoice, paths: InstallPaths | None = None) -> list[Step]:
    """Every step of the install, in order."""
    paths = paths or InstallPaths()
    target, role, user = choice.target, choice.role, paths.user
    root_flag = [f"--root={target.root}"] if target.staged else []
    groups = [g for g in DEVICE_GROUPS if g in target.groups()] if role != "case-service" else []
    release = paths.releases / choice.release.version
    steps: list[Step] = [
        Command(
            f"add the system user {user} (no password, no login shell)",
            [
                "useradd",
                *(["--root", str(target.root)] if target.staged else []),
                "--system",
                "--user-group",
                "--home-dir",
                str(paths.data),
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                *(["--groups", ",".join(groups)] if groups else []),
                user,
            ],
            skip=lambda t: f"the user {user} exists" if t.has_user(user) else "",
        ),
        Folder(paths.data, 0o700, user, user),
        Folder(paths.config_dir, 0o750, "root", user),
        File(
            paths.config,
            render(
                "terminal.toml.in",
                {"ROLE": role, "TERMINAL_ID": terminal_id(role), "CONFIG_ROLE": CONFIG_ROLES[role]},
            ),
            0o640,
            "root",
            user,
            keep_existing=True,
        ),
        Folder(paths.opt, 0o755),
        Folder(paths.releases, 0o755),
        AppCopy(choice.source, release),
        File(release / STAMP_FILE, choice.release.text(), 0o644, keep_existing=True),
        Command(
            "build the release's venv from uv.lock"
            + (" (offline, from uv's cache)" if target.staged else ""),
            [
                choice.uv,
                "sync",
                "--frozen",
                "--no-dev",
                *(["--offline"] if target.staged else []),
                "--python",
                PYTHON,
                "--project",
                str(target.path(release)),
            ],
            env={
                "UV_PROJECT_ENVIRONMENT": str(target.path(release / ".venv")),
                "UV_PYTHON_DOWNLOADS": "never",
            },
        ),
        Command(
            "compile the app's Python once, as the user cannot write there",
            [
                str(target.path(release / ".venv" / "bin" / "python")),
                "-m",
                "compileall",
                "-q",
                "-x",
                r"/\.venv/",
                str(target.path(release)),
            ],
        ),
        Link(paths.current, f"{RELEASES_FOLDER}/{choice.release.version}"),
    ]
    if role != "case-service":
        steps.append(File(paths.pam, render("pam-session", {}), 0o644))
        if choice.display == "x11":
            steps.append(File(paths.xorg_snippet, render("10-civic-kiosk.conf", {}), 0o644))
    unit = UNITS[role]
    steps.append(File(paths.units / unit, unit_text(role, choice.display, paths), 0o644))
    if not target.staged:
        steps.append(Command("tell systemd about the new unit", ["systemctl", "daemon-reload"]))
    steps.append(Command(f"start {unit} at every boot", ["systemctl", *root_flag, "enable", unit]))
    return steps


def find_uv(source: Path) -> str | None:
    """uv on PATH, or the one scripts/python-env.sh installs into the checkout."""
    found = shutil.which("uv")
    if found:
        return found
    local = source / "build" / "uv-tool" / "bin" / "uv"
    return str(local) if local.is_file() else None


def preflight(role: str, display: str, target: Target, dry_run: bool) -> list[str]:
    """Plain-English reasons the install cannot go ahead (empty when it can)."""
    problems: list[str] = []
    if role not in ROLES:
        problems.append(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")
    if display not in DISPLAYS:
        problems.append(f"unknown display {display!r}: choose cage or x11")
    if not dry_run and os.geteuid() != 0:
        where = f"into {target.root}" if target.staged else "on this machine"
        problems.append(f"installing {where} needs root: run it with sudo (or try --dry-run)")
    if target.staged:
        if not target.path(PurePosixPath("/etc/passwd")).is_file():
            problems.append(
                f"{target.root} does not look like a system image: it has no etc/passwd "
                "(useradd --root needs etc/passwd, etc/group and etc/login.defs there)"
            )
    elif role in SCREEN_ROLES:
        needed = {"cage": ["cage"], "x11": ["xinit", "Xorg"]}.get(display, [])
        packages = {"cage": "cage", "x11": "xserver-xorg xinit"}.get(display, "")
        missing = [tool for tool in needed if shutil.which(tool) is None]
        if missing:
            problems.append(
                f"{' and '.join(missing)} not installed: run apt-get install {packages}"
                + (", or choose --display x11" if display == "cage" else "")
            )
    return problems


def install(
    role: str,
    display: str,
    root: Path | None,
    dry_run: bool,
    source: Path,
    out: TextIO = sys.stdout,
    paths: InstallPaths | None = None,
) -> int:
    """Run (or with ``dry_run`` print) the install; returns the exit status."""
    target = Target(root.resolve() if root is not None else Path("/"))

    def say(text: str) -> None:
        print(text, file=out, flush=True)

    problems = preflight(role, display, target, dry_run)
    uv = find_uv(source)
    if uv is None and role in ROLES:
        problems.append("uv is not installed: run `make env` in the checkout (it installs uv)")
    if problems:
        for problem in problems:
            print(f"Cannot install: {problem}", file=sys.stderr)
        return 1
    assert uv is not None
    try:
        stamp = ReleaseStamp.of(source)
    except (OSError, KeyError, ValueError) as exc:
        print(f"Cannot install: {source} is not a civic-kiosk checkout ({exc})", file=sys.stderr)
        return 1
    steps = plan(InstallChoice(role, display, target, source, uv, stamp), paths)
    where = f"into {target.root}" if target.staged else "on this machine"
    shown = display if role in SCREEN_ROLES else "no display"
    header = f"civic-kiosk install: role {role}, {shown}, {where}"
    if dry_run:
        say(f"{header} (dry run: nothing is changed)")
        for number, step in enumerate(steps, 1):
            say(f"{number}. {step.describe()}")
        return 0
    say(header)
    for number, step in enumerate(steps, 1):
        try:
            done = step.run(target)
        except (InstallProblem, OSError) as exc:
            print(f"Install stopped at step {number}: {exc}", file=sys.stderr)
            return 1
        say(f"{number}. {done}")
    unit = UNITS[role]
    say(f"done: {unit} starts at the next boot (or now: systemctl start {unit})")
    return 0
