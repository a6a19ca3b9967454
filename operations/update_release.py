"""Releases side by side, and the ``current`` link that says which one a terminal runs.

The layout on a kiosk::

    /opt/civic-kiosk/releases/<version>/   main.py, the app's folders, .venv/, release.json
    /opt/civic-kiosk/current -> releases/<version>

Each release has its own virtual environment, so an update never changes the files of the
release that is running, and going back is only pointing ``current`` at the old folder
again. ``release.json`` records the version, the commit and when the release was built; the
self-test's clock check uses the build date (a clock set before it is certainly wrong).
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

STAMP_FILE = "release.json"
VENV_PYTHON = Path(".venv") / "bin" / "python"
CURRENT_LINK = "current"
RELEASES_FOLDER = "releases"


class ReleaseProblem(ValueError):
    """A release folder that cannot be used, with why in plain words."""


@dataclass(frozen=True, slots=True)
class Release:
    """One installed release.

    Attributes:
        folder: the release's folder.
        version: its name (the stamp's version, else the folder's name).
        built: when it was built (UTC), if known.
        commit: the source commit, if known.
    """

    folder: Path
    version: str
    built: datetime | None = None
    commit: str = ""

    @property
    def python(self) -> Path:
        """The release's own Python (in its virtual environment)."""
        return self.folder / VENV_PYTHON

    @property
    def main(self) -> Path:
        """The release's main.py."""
        return self.folder / "main.py"


def read_release(folder: Path) -> Release:
    """The release in ``folder``, checked; ReleaseProblem says what is missing."""
    if not folder.exists():
        raise ReleaseProblem(f"there is no release folder at {folder}")
    if not folder.is_dir():
        raise ReleaseProblem(f"{folder} is a file, not a release folder")
    if not (folder / "main.py").is_file():
        raise ReleaseProblem(f"{folder} is not a civic-kiosk release: it has no main.py")
    python = folder / VENV_PYTHON
    if not os.access(python, os.X_OK):
        raise ReleaseProblem(
            f"{folder} has no Python environment ({VENV_PYTHON} is missing): install the "
            "release with its .venv before updating to it"
        )
    return describe_release(folder.resolve())


def describe_release(folder: Path) -> Release:
    """The version and build date of the app in ``folder`` (its stamp, else git, else its name)."""
    stamp = folder / STAMP_FILE
    if not stamp.is_file():
        return Release(folder, folder.name, _git_commit_date(folder))
    try:
        raw = json.loads(stamp.read_text(encoding="utf-8"))
        built = datetime.fromisoformat(str(raw["built"]))
        version = str(raw["version"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ReleaseProblem(f"{stamp} cannot be read: {exc}") from None
    if built.tzinfo is None:
        built = built.replace(tzinfo=UTC)
    return Release(folder, version, built, str(raw.get("commit", "")))


def _git_commit_date(folder: Path) -> datetime | None:
    """The commit date of a git checkout (a developer's or CI's), or None."""
    if not (folder / ".git").exists():
        return None
    try:
        done = subprocess.run(
            ["git", "-C", str(folder), "show", "-s", "--format=%cI", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    try:
        return datetime.fromisoformat(done.stdout.strip()) if done.returncode == 0 else None
    except ValueError:
        return None


def write_stamp(folder: Path, version: str, commit: str, built: datetime) -> Path:
    """Write a release's ``release.json`` (done once, when the release is built)."""
    stamp = folder / STAMP_FILE
    text = json.dumps(
        {"version": version, "commit": commit, "built": built.astimezone(UTC).isoformat()},
        indent=2,
    )
    stamp.write_text(text + "\n", encoding="utf-8")
    return stamp


def current_link_for(app_root: Path) -> Path | None:
    """The ``current`` link beside ``releases/`` when this app runs from a release folder."""
    if app_root.parent.name == RELEASES_FOLDER:
        return app_root.parent.parent / CURRENT_LINK
    return None


def current_release(link: Path) -> Release:
    """The release ``current`` points at."""
    if not link.is_symlink():
        raise ReleaseProblem(
            f"{link} is not a link to a release: updates need the releases side by side "
            f"({RELEASES_FOLDER}/<version>/ and a {CURRENT_LINK} link; see README, 'Updates')"
        )
    return read_release(link.resolve())


def point_current_at(link: Path, release: Release) -> None:
    """Switch ``current`` to ``release`` in one step (a new link renamed over the old one).

    rename(2) replaces the link atomically: whoever reads ``current`` at any moment finds the
    old release or the new one, never nothing. The target is written relative to the link's
    folder when the release is inside it, so the whole tree can be moved or mounted elsewhere.
    """
    target = Path(os.path.relpath(release.folder, link.parent.resolve()))
    if target.parts and target.parts[0] == "..":
        target = release.folder
    fresh = link.with_name(f".{link.name}.new-{os.getpid()}")
    fresh.unlink(missing_ok=True)
    fresh.symlink_to(target, target_is_directory=True)
    fresh.replace(link)
    folder = os.open(link.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)
