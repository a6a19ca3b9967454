"""Which civic-kiosk a terminal runs: pyproject.toml's version and, in a git checkout, the commit.

Both are read from the files the terminal runs from, at the moment they are asked for, so a
terminal's health report cannot name a version other than the one on its disk (a constant
here could drift from pyproject.toml). The commit is read from ``.git`` directly, without
running git, which a kiosk may not have: a few small file reads.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNKNOWN = "unknown"
_SHA = re.compile(r"[0-9a-f]{40}(?:[0-9a-f]{24})?")


def app_version(root: Path = ROOT) -> str:
    """The ``[project] version`` of pyproject.toml, or ``unknown`` if it cannot be read."""
    try:
        project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        version = project["version"]
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError):
        return UNKNOWN
    return version if isinstance(version, str) and version else UNKNOWN


def source_commit(root: Path = ROOT) -> str | None:
    """The commit the checkout is at (full hex), or None when it is not a git checkout."""
    git = root / ".git"
    try:
        if git.is_file():  # a worktree or submodule: ".git" names the real folder
            pointer = git.read_text(encoding="utf-8").strip()
            if not pointer.startswith("gitdir:"):
                return None
            git = (root / pointer.removeprefix("gitdir:").strip()).resolve()
        head = (git / "HEAD").read_text(encoding="utf-8").strip()
        if _SHA.fullmatch(head):  # a detached head names its commit itself
            return head
        if not head.startswith("ref:"):
            return None
        ref = head.removeprefix("ref:").strip()
        loose = git / ref
        if loose.is_file():
            found = loose.read_text(encoding="utf-8").strip()
            return found if _SHA.fullmatch(found) else None
        return _packed(git / "packed-refs", ref)
    except (OSError, UnicodeDecodeError):
        return None


def _packed(path: Path, ref: str) -> str | None:
    """A ref's commit from ``packed-refs`` (where git moves refs when it packs them)."""
    if not path.is_file():
        return None
    for line in path.read_text(encoding="utf-8").splitlines():
        sha, _, name = line.partition(" ")
        if name.strip() == ref and _SHA.fullmatch(sha):
            return sha
    return None
