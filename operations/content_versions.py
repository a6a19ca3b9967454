"""The catalogue and settings versions a terminal keeps, on disk, so a kill never half-applies one.

Layout under ``<data>/content/``::

    catalogue/<version>/            a checked catalogue: catalogue.json, forms/, life events,
                                    document types and the schemas it was checked against
    settings/<version>/settings.json   a checked set of remotely managed settings
    catalogue.pending.json          {"version", "label", "at"}: staged, waiting for a quiet moment
    catalogue.applied.json          {"version", "label", "at", "announced"}: what the kiosk runs
    settings.pending.json, settings.applied.json
    refused.json                    the last refused versions and why, for ``main.py status``

Why this shape: a version folder is written under a temporary name, every file fsynced, and
renamed whole; only then does a pointer name it, and a pointer is replaced whole (temp file,
fsync, rename, fsync the folder). So whatever moment power goes, a pointer names either the
old version or the new one, and the folder it names is complete. "Pending" is simply a
pending pointer whose version is not the applied one (nothing is ever deleted to say "done"),
so a kill between the two pointer writes leaves a version waiting, not lost.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from store.files import fsync_folder, write_atomically

CONTENT_DIR = "content"
CATALOGUE = "catalogue"
SETTINGS = "settings"
KINDS = (CATALOGUE, SETTINGS)
PENDING = "pending"
APPLIED = "applied"
STAGING_PREFIX = ".staging-"
KEEP_REFUSALS = 20


@dataclass(frozen=True, slots=True)
class Pointer:
    """One pointer file: which version, the council's own name for it, and since when.

    Attributes:
        version: the content hash that names the version's folder.
        label: the council's name for it (a catalogue's ``catalogue_version``), or "".
        at: when it was staged or applied (UTC, ISO 8601).
        announced: applied pointers only: ``content.applied`` is in the journal.
    """

    version: str
    label: str = ""
    at: str = ""
    announced: bool = True


@dataclass(frozen=True, slots=True)
class Refusal:
    """A version that was not applied, and the plain reason why."""

    kind: str
    version: str
    label: str
    reason: str
    at: str


class ContentShelf:
    """Reads and writes one terminal's ``content/`` folder. Safe across threads that each
    make their own calls; pointer and refusal writes are whole-file replacements."""

    def __init__(self, data_dir: Path) -> None:
        self.root = data_dir / CONTENT_DIR

    def folder(self, kind: str, version: str) -> Path:
        """Where a version's files are."""
        return self.root / kind / version

    # -- pointers ---------------------------------------------------------------------------

    def pointer(self, kind: str, which: str) -> Pointer | None:
        """The pending or applied pointer of a kind, or None (none, or unreadable)."""
        path = self.root / f"{kind}.{which}.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(raw, dict) or not isinstance(raw.get("version"), str):
            return None
        if not self.folder(kind, raw["version"]).is_dir():
            return None  # never point at a folder that is not there
        return Pointer(
            raw["version"],
            str(raw.get("label", "")),
            str(raw.get("at", "")),
            raw.get("announced", True) is True,
        )

    def set_pointer(self, kind: str, which: str, pointer: Pointer | None) -> None:
        """Replace a pointer whole (None removes it)."""
        path = self.root / f"{kind}.{which}.json"
        if pointer is None:
            path.unlink(missing_ok=True)
            fsync_folder(self.root)
            return
        body = {
            "version": pointer.version,
            "label": pointer.label,
            "at": pointer.at,
            "announced": pointer.announced,
        }
        write_atomically(path, json.dumps(body, ensure_ascii=False).encode("utf-8"))

    def waiting(self, kind: str) -> Pointer | None:
        """The staged version not yet applied (nor refused since), if any."""
        pending = self.pointer(kind, PENDING)
        if pending is None:
            return None
        applied = self.pointer(kind, APPLIED)
        if applied is not None and applied.version == pending.version:
            return None
        if any(r.kind == kind and r.version == pending.version for r in self.refusals()):
            return None
        return pending

    # -- staging ----------------------------------------------------------------------------

    def stage(self, kind: str, version: str, label: str, files: dict[str, bytes]) -> Pointer:
        """Write a checked version's files durably, then make it the pending one."""
        return self.publish(kind, version, label, self.write_folder(kind, files))

    def publish(self, kind: str, version: str, label: str, temporary: Path) -> Pointer:
        """Give a folder from ``write_folder`` its version's name, then point pending at it."""
        final = self.folder(kind, version)
        if final.is_dir():  # this very version was kept before: its folder is complete
            shutil.rmtree(temporary, ignore_errors=True)
        else:
            temporary.rename(final)
            fsync_folder(final.parent)
        pointer = Pointer(version, label, utc_now())
        self.set_pointer(kind, PENDING, pointer)
        return pointer

    def write_folder(self, kind: str, files: dict[str, bytes]) -> Path:
        """Every file of a version under a temporary folder, each fsynced (step one of stage)."""
        parent = self.root / kind
        parent.mkdir(parents=True, exist_ok=True)
        temporary = parent / f"{STAGING_PREFIX}{os.urandom(6).hex()}"
        temporary.mkdir()
        try:
            folders = {temporary}
            for name, content in sorted(files.items()):
                target = temporary / name
                target.parent.mkdir(parents=True, exist_ok=True)
                folders.add(target.parent)
                with target.open("xb") as out:
                    out.write(content)
                    out.flush()
                    os.fsync(out.fileno())
            for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
                fsync_folder(folder)
        except BaseException:
            shutil.rmtree(temporary, ignore_errors=True)
            raise
        return temporary

    def tidy(self) -> list[str]:
        """Delete half-written folders and versions no pointer names; what went, by name.

        Only at start-up, before sync starts: nothing is reading an unnamed version then.
        """
        gone: list[str] = []
        for kind in KINDS:
            keep = {
                p.version
                for p in (self.pointer(kind, PENDING), self.pointer(kind, APPLIED))
                if p is not None
            }
            parent = self.root / kind
            if not parent.is_dir():
                continue
            for folder in parent.iterdir():
                if folder.is_dir() and folder.name not in keep:
                    shutil.rmtree(folder, ignore_errors=True)
                    gone.append(f"{kind}/{folder.name}")
        return gone

    # -- refusals ---------------------------------------------------------------------------

    def refusals(self) -> list[Refusal]:
        """Refused versions, oldest first (the last KEEP_REFUSALS)."""
        try:
            raw = json.loads((self.root / "refused.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        rows = raw.get("refused") if isinstance(raw, dict) else None
        if not isinstance(rows, list):
            return []
        found = []
        for row in rows:
            with contextlib.suppress(KeyError, TypeError):
                found.append(
                    Refusal(
                        str(row["kind"]),
                        str(row["version"]),
                        str(row.get("label", "")),
                        str(row["reason"]),
                        str(row.get("at", "")),
                    )
                )
        return found

    def refuse(self, kind: str, version: str, label: str, reason: str) -> Refusal:
        """Remember a refused version (so it is not checked, or journaled, again)."""
        made = Refusal(kind, version, label, reason, utc_now())
        rows = [r for r in self.refusals() if (r.kind, r.version) != (kind, version)]
        rows = [*rows, made][-KEEP_REFUSALS:]
        body: dict[str, Any] = {"refused": [_row(r) for r in rows]}
        write_atomically(self.root / "refused.json", json.dumps(body, ensure_ascii=False).encode())
        return made

    def is_refused(self, kind: str, version: str) -> bool:
        """True if this version was refused before."""
        return any(r.kind == kind and r.version == version for r in self.refusals())


def _row(refusal: Refusal) -> dict[str, str]:
    return {
        "kind": refusal.kind,
        "version": refusal.version,
        "label": refusal.label,
        "reason": refusal.reason,
        "at": refusal.at,
    }


def utc_now() -> str:
    """Now, UTC, to the second, as pointers and refusals record it."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
