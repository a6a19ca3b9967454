"""The steps of an install: each says what it will do, and does it, into a target root.

The target root is ``/`` on a real kiosk, or a staging folder (``--root DIR``), where every
absolute path lands under that folder and the tools run in their offline modes
(``useradd --root``, ``systemctl --root``). Steps are idempotent: running an install twice
leaves the same files, and a council's own configuration is never overwritten.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Protocol


class InstallProblem(Exception):
    """Something that stops an install, said in plain words (and what to do about it)."""


@dataclass(frozen=True)
class Target:
    """The system being installed: ``/``, or a staging folder holding a system image.

    Attributes:
        root: where ``/`` of the installed system is.
    """

    root: Path

    @property
    def staged(self) -> bool:
        """True when installing into a staging folder rather than this machine."""
        return self.root != Path("/")

    def path(self, absolute: PurePosixPath) -> Path:
        """Where an absolute path of the installed system is on this machine."""
        return self.root / absolute.relative_to("/")

    def _table(self, name: str) -> dict[str, list[str]]:
        path = self.path(PurePosixPath("/etc") / name)
        if not path.exists():
            return {}
        rows = (line.split(":") for line in path.read_text(encoding="utf-8").splitlines())
        return {row[0]: row for row in rows if len(row) > 3}

    def has_user(self, name: str) -> bool:
        """True if the target's /etc/passwd has this user."""
        return name in self._table("passwd")

    def groups(self) -> set[str]:
        """The group names in the target's /etc/group."""
        return set(self._table("group"))

    def ids(self, user: str, group: str) -> tuple[int, int]:
        """The target's numeric ids for a user and a group (its own files, not this machine's)."""
        users, groups = self._table("passwd"), self._table("group")
        if user not in users:
            raise InstallProblem(f"there is no user {user!r} in {self.path(_PASSWD)}")
        if group not in groups:
            raise InstallProblem(f"there is no group {group!r} in {self.path(_GROUP)}")
        return int(users[user][2]), int(groups[group][2])


_PASSWD = PurePosixPath("/etc/passwd")
_GROUP = PurePosixPath("/etc/group")


class Step(Protocol):
    """One thing an install does."""

    def describe(self) -> str:
        """What this step will do, exactly (commands and file contents), for ``--dry-run``."""
        ...

    def run(self, target: Target) -> str:
        """Do it; returns one line saying what was done."""
        ...


def _owner_text(owner: str, group: str) -> str:
    return f"{owner}:{group}"


def _set_owner(path: Path, target: Target, owner: str, group: str, mode: int) -> None:
    uid, gid = target.ids(owner, group)
    os.chown(path, uid, gid, follow_symlinks=False)
    path.chmod(mode)


@dataclass(frozen=True)
class Folder:
    """A folder with an owner and a mode (made if missing, owner and mode set again if not)."""

    path: PurePosixPath
    mode: int
    owner: str = "root"
    group: str = "root"

    def describe(self) -> str:
        """What this step will do."""
        owner = _owner_text(self.owner, self.group)
        return f"make the folder {self.path} (mode {self.mode:04o}, owner {owner})"

    def run(self, target: Target) -> str:
        """Make the folder and set its owner and mode."""
        where = target.path(self.path)
        existed = where.is_dir()
        where.mkdir(parents=True, exist_ok=True)
        _set_owner(where, target, self.owner, self.group, self.mode)
        return f"{'kept' if existed else 'made'} {self.path} ({self.mode:04o})"


@dataclass(frozen=True)
class File:
    """A file written whole (atomically), with an owner and a mode.

    Attributes:
        keep_existing: leave an existing file alone (a council's configuration).
    """

    path: PurePosixPath
    content: str
    mode: int = 0o644
    owner: str = "root"
    group: str = "root"
    keep_existing: bool = False

    def describe(self) -> str:
        """The path, owner, mode and the whole content."""
        owner = _owner_text(self.owner, self.group)
        when = ", only if it does not exist yet" if self.keep_existing else ""
        lines = "\n".join(f"    | {line}" for line in self.content.splitlines())
        return f"write {self.path} (mode {self.mode:04o}, owner {owner}{when}):\n{lines}"

    def run(self, target: Target) -> str:
        """Write the file, unless it is kept."""
        where = target.path(self.path)
        if self.keep_existing and where.exists():
            return f"kept {self.path} as it is (never overwritten)"
        where.parent.mkdir(parents=True, exist_ok=True)
        temporary = where.with_name(f".{where.name}.new")
        with temporary.open("w", encoding="utf-8") as out:
            out.write(self.content)
            out.flush()
            os.fsync(out.fileno())
        _set_owner(temporary, target, self.owner, self.group, self.mode)
        temporary.replace(where)
        return f"wrote {self.path} ({self.mode:04o})"


@dataclass(frozen=True)
class Command:
    """A command run on this machine (with ``--root`` paths already in its arguments).

    Attributes:
        why: one line saying what it is for.
        argv: the command.
        env: variables set for it, on top of this process's environment.
        skip: when it returns a reason, the command is not run (already done).
    """

    why: str
    argv: Sequence[str]
    env: dict[str, str] = field(default_factory=dict)
    skip: Callable[[Target], str] | None = None

    def command_line(self) -> str:
        """The command as one would type it."""
        import shlex

        settings = [f"{key}={shlex.quote(value)}" for key, value in self.env.items()]
        return " ".join([*settings, *(shlex.quote(part) for part in self.argv)])

    def describe(self) -> str:
        """What it is for and the exact command."""
        return f"{self.why}:\n    $ {self.command_line()}"

    def run(self, target: Target) -> str:
        """Run it, unless already done; a failure stops the install with the tool's words."""
        reason = self.skip(target) if self.skip is not None else ""
        if reason:
            return f"skipped: {reason}"
        try:
            done = subprocess.run(
                list(self.argv),
                env={**os.environ, **self.env},
                capture_output=True,
                text=True,
                check=False,
            )
        except FileNotFoundError:
            raise InstallProblem(f"{self.argv[0]} is not installed ({self.why})") from None
        if done.returncode != 0:
            said = (done.stderr or done.stdout).strip().splitlines()[-8:]
            raise InstallProblem(
                f"{self.why} failed (exit {done.returncode}): {self.command_line()}\n"
                + "\n".join(f"  {line}" for line in said)
            )
        return f"ran: {self.command_line()}"


# What the app needs at run time; tests, benchmarks and build output stay behind.
APP_PARTS = (
    "main.py",
    "pyproject.toml",
    "uv.lock",
    "README.md",
    "assets",
    "assisted",
    "authoring",
    "core",
    "devices",
    "kiosk",
    "operations",
    "printing",
    "store",
    "sync",
    "ui",
)
_LEFT_BEHIND = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


@dataclass(frozen=True)
class AppCopy:
    """The app's files copied from this checkout into a release folder, part by part.

    Each part (a package, main.py, ...) is copied beside its old self and swapped in, so a
    re-run leaves one whole copy; the release's ``.venv`` and stamp are left alone.
    """

    source: Path
    path: PurePosixPath

    def describe(self) -> str:
        """Where from, where to, and which parts."""
        return (
            f"copy the app from {self.source} to {self.path} (owner root, read-only to others):"
            f"\n    {' '.join(APP_PARTS)}"
        )

    def run(self, target: Target) -> str:
        """Copy each part in fresh, then swap it for the old one."""
        where = target.path(self.path)
        where.mkdir(parents=True, exist_ok=True)
        where.chmod(0o755)
        for part in APP_PARTS:
            origin, final = self.source / part, where / part
            fresh, old = where / f".{part}.new", where / f".{part}.old"
            for leftover in (fresh, old):
                _remove(leftover)
            if origin.is_dir():
                shutil.copytree(origin, fresh, ignore=_LEFT_BEHIND)
            else:
                shutil.copy2(origin, fresh)
            for path in (fresh, *(fresh.rglob("*") if fresh.is_dir() else ())):
                os.chown(path, 0, 0, follow_symlinks=False)
                path.chmod(0o755 if path.is_dir() else 0o644)
            if final.exists():
                final.rename(old)
            fresh.rename(final)
            _remove(old)
        return f"copied the app to {self.path}"


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


@dataclass(frozen=True)
class Link:
    """A symbolic link, replaced in one step (a new link renamed over the old one)."""

    path: PurePosixPath
    points_to: str

    def describe(self) -> str:
        """The link and where it points."""
        return f"point {self.path} at {self.points_to}"

    def run(self, target: Target) -> str:
        """Make or move the link."""
        where = target.path(self.path)
        if where.is_symlink() and str(where.readlink()) == self.points_to:
            return f"kept {self.path} -> {self.points_to}"
        fresh = where.with_name(f".{where.name}.new")
        fresh.unlink(missing_ok=True)
        fresh.symlink_to(self.points_to, target_is_directory=True)
        fresh.replace(where)
        return f"pointed {self.path} at {self.points_to}"
