"""Keeping a terminal's records safe across an update: the journal and the sync state.

Before the new release touches the data folder, each SQLite file (``journal.db``, and
``central-sync.db`` when the terminal sends to a case service) is handled like this, with
the service stopped so nothing writes meanwhile:

1. its WAL is checkpointed into the file, so the file alone holds every committed record;
2. a copy is made beside it with SQLite's backup API, checked (integrity, and for the
   journal every event: id, origin, seq, time, type, scope and a hash of its payload);
3. the original file is given a second name in ``backups/<time>-before-<version>/`` (a
   hard link: no bytes copied), and the checked copy is renamed over the live name.

So the new release migrates the copy, and the original stays exactly as it was (byte for
byte) under ``backups/``. Going back is renaming it into place again. At every moment the live
name holds a whole journal: a crash or power cut in the middle leaves either the original or
its verified copy there. Only step 2 needs free space; if the disk fills then, the partial
copy is deleted and nothing else has changed.

If the new release ran and recorded events before it was given up (it came up and then
failed), those events are carried into the restored journal (stored exactly once by
``(origin, seq)``), and the new release's file is kept under ``backups/`` as well.
"""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from core.events import Event
from core.ports import JournalConflict, StorageUnavailable
from store.blobs import BlobMissing
from store.connection import JOURNAL_FILE
from store.files import fsync_folder
from store.journal import SqliteJournal, row_to_event
from store.sync_state import STATE_FILE

BACKUPS = "backups"
COPY_SUFFIX = ".update-copy"
KEPT_FILES = (JOURNAL_FILE, STATE_FILE)
SIDE_FILES = ("-wal", "-shm")
KEEP_BACKUPS = 3
_COLUMNS = "id, origin, seq, hlc, site, type, scope, payload, recorded_at"


class SafekeepingProblem(RuntimeError):
    """The records could not be kept safe; nothing was changed. The message says why."""


Fingerprint = dict[tuple[str, int], str]


def fingerprint(path: Path, *, quiet: bool = False) -> Fingerprint:
    """Every event in a journal file, by ``(origin, seq)``: a hash of all it holds.

    ``quiet``: nothing has the file open and its WAL is checkpointed, so it is read as an
    immutable file, which needs no ``-shm`` beside it (no room on a full disk is needed).
    """
    conn = _reader(path, quiet)
    try:
        return {
            (str(origin), int(seq)): hashlib.sha256(
                "\x1f".join(str(v) for v in (id_, hlc, site, kind, scope, recorded)).encode()
                + b"\x1e"
                + hashlib.sha256(str(payload).encode()).digest()
            ).hexdigest()
            for id_, origin, seq, hlc, site, kind, scope, payload, recorded in conn.execute(
                f"SELECT {_COLUMNS} FROM events"  # noqa: S608 (a module constant)
            )
        }
    finally:
        conn.close()


def _reader(path: Path, quiet: bool) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro{'&immutable=1' * quiet}", uri=True)


def _integrity(path: Path) -> str:
    """``ok`` or SQLite's words, for a quiet file (see ``fingerprint``)."""
    try:
        conn = _reader(path, quiet=True)
        try:
            return "; ".join(str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchmany(5))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"cannot be read: {exc}"


def compare(before: Fingerprint, after: Fingerprint) -> tuple[int, int, int]:
    """(lost, changed, added) events between two fingerprints of one journal."""
    lost = sum(1 for key in before if key not in after)
    changed = sum(1 for key, value in before.items() if key in after and after[key] != value)
    return lost, changed, len(after.keys() - before.keys())


def holders(data_dir: Path) -> list[str]:
    """Processes that have the journal or sync state open: ``pid command``, for a message."""
    wanted = {str((data_dir / name).resolve()) for name in KEPT_FILES}
    wanted |= {path + side for path in list(wanted) for side in SIDE_FILES}
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdecimal() or int(proc.name) == os.getpid():
            continue
        try:
            opened = {str(fd.readlink()) for fd in (proc / "fd").iterdir()}
            command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # gone, or not ours to look at
            continue
        if opened & wanted:
            found.append(f"{proc.name} {command.strip()[:120]}")
    return found


@dataclass
class Safekept:
    """The records kept before an update.

    Attributes:
        data_dir: the terminal's data folder.
        folder: ``backups/<time>-before-<version>``, holding the original files.
        files: the names kept (journal.db, central-sync.db where it exists).
        events: the journal's fingerprint before the update.
    """

    data_dir: Path
    folder: Path
    files: tuple[str, ...]
    events: Fingerprint = field(default_factory=dict)


def keep_safe(data_dir: Path, version: str, now: datetime | None = None) -> Safekept:
    """Checkpoint, copy (backup API), check, and put the originals aside (see the module notes)."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    folder = data_dir / BACKUPS / f"{stamp}-before-{version}"
    names = tuple(name for name in KEPT_FILES if (data_dir / name).exists())
    if JOURNAL_FILE not in names:
        raise SafekeepingProblem(
            f"there is no journal in {data_dir} ({JOURNAL_FILE}): check --data names this "
            "terminal's data folder"
        )
    copies: list[Path] = []
    try:
        for name in names:
            copies.append(_checked_copy(data_dir / name))
    except BaseException:
        for copy in copies + [data_dir / (name + COPY_SUFFIX) for name in names]:
            _remove(copy)
        raise
    kept = Safekept(data_dir, folder, names, fingerprint(data_dir / JOURNAL_FILE, quiet=True))
    try:
        folder.mkdir(parents=True)
        for made in (folder.parent, folder):
            own_like(made, data_dir)
        for name in names:
            os.link(data_dir / name, folder / name)
    except OSError as exc:
        for name in names:
            _remove(data_dir / (name + COPY_SUFFIX))
            (folder / name).unlink(missing_ok=True)
        raise SafekeepingProblem(
            f"could not keep the originals in {folder} ({exc.strerror}); nothing was changed"
        ) from None
    fsync_folder(folder)
    for name in names:
        _drop_empty_side_files(data_dir / name)  # left by read-only looks; nobody has it open
        (data_dir / (name + COPY_SUFFIX)).replace(data_dir / name)
    fsync_folder(data_dir)
    return kept


def _checked_copy(path: Path) -> Path:
    """A verified copy of one SQLite file beside it, made with the backup API."""
    _checkpoint(path)
    problem = _integrity(path)
    if problem != "ok":
        raise SafekeepingProblem(
            f"{path.name} is damaged ({problem}); the update was not started. Tell IT support"
        )
    copy = path.with_name(path.name + COPY_SUFFIX)
    backup_copy(path, copy, quiet=True)
    copy.chmod(path.stat().st_mode & 0o777)
    own_like(copy, path)
    if _integrity(copy) != "ok" or (
        path.name == JOURNAL_FILE and fingerprint(copy, quiet=True) != fingerprint(path, quiet=True)
    ):
        _remove(copy)
        raise SafekeepingProblem(f"the copy of {path.name} did not match it; nothing was changed")
    return copy


def backup_copy(path: Path, copy: Path, *, quiet: bool = False) -> None:
    """Copy a SQLite file with the backup API (consistent even while it is written), synced.

    ``quiet`` as for ``fingerprint``. A full disk (or any failure) leaves no partial copy
    behind and raises SafekeepingProblem.
    """
    _remove(copy)
    source = _reader(path, quiet)
    target = sqlite3.connect(copy)
    try:
        source.backup(target)  # the copy keeps the original's WAL mode (its header says so)
        target.close()
        with copy.open("rb+") as written:
            os.fsync(written.fileno())
    except (sqlite3.OperationalError, OSError) as exc:
        target.close()
        _remove(copy)
        raise _disk_problem(path, exc) from None
    finally:
        source.close()


def _disk_problem(path: Path, exc: Exception) -> SafekeepingProblem:
    stats = os.statvfs(path.parent)
    free = stats.f_bavail * stats.f_frsize
    # SQLite says "disk I/O error" when it cannot even make a side file on a full disk.
    full = "full" in str(exc) or getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT)
    if not full and not ("I/O" in str(exc) and free < path.stat().st_size):
        return SafekeepingProblem(f"could not copy {path.name}: {exc}; nothing was changed")
    return SafekeepingProblem(
        f"the disk is full: a copy of {path.name} needs {_size(path.stat().st_size)} and "
        f"{_size(free)} is free in {path.parent}. Nothing was changed; free some space "
        "and run the update again"
    )


def _size(count: int) -> str:
    return f"{count / 1e6:.1f} MB" if count >= 1e6 else f"{max(1, round(count / 1e3))} KB"


def _checkpoint(path: Path) -> None:
    """Move everything from the WAL into the file (the service is stopped, so it can finish).

    A terminal that stopped cleanly leaves no WAL (or an empty one), and then the file is not
    opened for writing at all: that would need room for a new ``-shm`` on a disk that may
    be full.
    """
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(path)
        try:
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        raise _disk_problem(path, exc) from None
    if busy:
        raise SafekeepingProblem(f"{path.name} is still being written to; stop the terminal first")


def verify_migrated(kept: Safekept) -> str | None:
    """None if every event kept before the update is still there unchanged; else what is wrong."""
    try:
        after = fingerprint(kept.data_dir / JOURNAL_FILE)
    except sqlite3.DatabaseError as exc:
        return f"the journal cannot be read after the new release opened it ({exc})"
    lost, changed, _ = compare(kept.events, after)
    if lost or changed:
        return f"the new release lost {lost} and changed {changed} of {len(kept.events)} events"
    return None


@dataclass(frozen=True)
class Restored:
    """What going back did.

    Attributes:
        carried: events the new release had recorded, now in the restored journal.
        set_aside: where the new release's files were kept.
        not_carried: why some events could not be carried over ("" if all were).
    """

    carried: int
    set_aside: Path
    not_carried: str = ""


def restore(kept: Safekept, terminal_id: str, site: str) -> Restored:
    """Put the original files back, keeping the new release's and carrying over its events."""
    data = kept.data_dir
    aside = kept.folder.with_name(kept.folder.name.replace("-before-", "-failed-"))
    aside.mkdir(parents=True, exist_ok=True)
    own_like(aside, data)
    for name in kept.files:
        for suffix in ("", *SIDE_FILES):
            live = data / (name + suffix)
            if live.exists():
                live.replace(aside / (name + suffix))
    fsync_folder(aside)
    for name in kept.files:
        (kept.folder / name).replace(data / name)
    fsync_folder(data)
    kept.folder.rmdir()
    extra, why = _events_not_in(aside / JOURNAL_FILE, kept.events)
    if not extra:
        return Restored(0, aside, why)
    try:
        journal = SqliteJournal(data, terminal_id, site)
        try:
            journal.ingest_many(extra)
        finally:
            journal.close()
            for suffix in ("", *SIDE_FILES):
                own_like(data / (JOURNAL_FILE + suffix), data)
    except (StorageUnavailable, JournalConflict, BlobMissing, sqlite3.Error) as exc:
        where = aside / JOURNAL_FILE
        return Restored(
            0,
            aside,
            f"{len(extra)} events could not be carried over ({exc}); they are kept in {where}",
        )
    return Restored(len(extra), aside, why)


def _events_not_in(path: Path, before: Fingerprint) -> tuple[list[Event], str]:
    """Events in the new release's journal that the kept one lacks (read with plain SQL)."""
    if not path.exists():
        return [], ""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            order = "ORDER BY hlc, origin, seq"
            rows = conn.execute(f"SELECT {_COLUMNS} FROM events {order}")  # noqa: S608
            return [e for e in map(row_to_event, rows) if (e.origin, e.seq) not in before], ""
        finally:
            conn.close()
    except (sqlite3.DatabaseError, ValueError, KeyError) as exc:
        return [], f"the failed release's events could not be read ({exc}); kept in {path}"


def prune_backups(data_dir: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest ``keep`` update backups; returns what was deleted."""
    folder = data_dir / BACKUPS
    if not folder.is_dir():
        return []
    old = sorted(p for p in folder.iterdir() if p.is_dir())[:-keep] if keep else []
    for backup in old:
        for item in backup.iterdir():
            item.unlink()
        backup.rmdir()
    return old


def own_like(path: Path, like: Path) -> None:
    """Give ``path`` the owner and group of ``like`` (the terminal's user), when run as root.

    The update runs as root (it stops and starts the service), but the data folder belongs
    to the terminal's user: a file root made there would be one the kiosk cannot write.
    """
    if os.geteuid() != 0 or not path.exists():
        return
    owner = like.stat()
    os.chown(path, owner.st_uid, owner.st_gid, follow_symlinks=False)


def _drop_empty_side_files(path: Path) -> None:
    """Remove an empty ``-wal`` (nothing in it to lose) and the ``-shm`` beside it."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size == 0:
        wal.unlink()
        path.with_name(path.name + "-shm").unlink(missing_ok=True)


def _remove(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def backups(data_dir: Path) -> Iterator[Path]:
    """The update backups in a data folder, oldest first."""
    folder = data_dir / BACKUPS
    if folder.is_dir():
        yield from sorted(p for p in folder.iterdir() if p.is_dir())
