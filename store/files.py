"""Writing a file so that a power cut leaves the old one or the new one, never half of either.

Used by the sync engine (what the case service sent), the content versions (catalogue and
settings pointers, refusals), the update procedure and the blob store. Standard library only,
so a kiosk's start-up pays nothing for it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomically(
    target: Path, content: bytes, mode: int = 0o644, temporary: str | None = None
) -> None:
    """Replace ``target`` whole: a temporary file, fsync, rename over it, fsync the folder.

    ``temporary`` names the temporary file (in the same folder), for an owner that clears
    its own leftovers after a crash by that name; by default it is ``.<name>.<random>.tmp``.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = target.with_name(temporary or f".{target.name}.{os.urandom(4).hex()}.tmp")
    fd = os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        fresh.replace(target)
    except BaseException:
        fresh.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)


def fsync_folder(folder: Path) -> None:
    """Make a folder's entries (a rename, a new file) durable; a folder gone meanwhile is fine."""
    with contextlib.suppress(FileNotFoundError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
