"""A kiosk process whose data folder is a small disk of its own, which a test can fill up.

The disk is a size-limited tmpfs mounted inside a private mount namespace made just for the
kiosk process (``unshare --mount`` as root, or ``unshare --user --map-root-user --mount``
without root), so nothing is mounted on the host and the disk disappears with the process.
The test reaches the kiosk's files through ``/proc/<pid>/root``, which resolves paths in the
kiosk's own namespace: that is how it fills the disk, frees it again and reads the journal.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from store.connection import JOURNAL_FILE, check_integrity
from tests.site_processes import ROOT, Terminal

# Room for the journal and one round of residents (a sent form alone adds ~700 KB of WAL),
# and under SQLite's 4 MB WAL checkpoint, so every commit needs new room on the disk.
DISK_SIZE = "3m"
FILLER = "filler.bin"
_MOUNT_THEN_RUN = 'mount -t tmpfs -o size="$1",mode=0700 tmpfs "$2" && shift 2 && exec "$@"'
_WAYS = (
    ("a private mount namespace (root)", ["unshare", "--mount"]),
    ("a private user and mount namespace", ["unshare", "--user", "--map-root-user", "--mount"]),
)


def mount_way() -> tuple[str, list[str]] | str:
    """How this machine can give a process its own small disk, or why it cannot.

    Each way is tried for real on a scratch folder: a sandbox may ship ``unshare`` and still
    refuse the namespace or the mount.
    """
    problems = []
    for name, prefix in _WAYS:
        with tempfile.TemporaryDirectory(prefix="small-disk-probe-") as scratch:
            probe = [*prefix, "sh", "-c", _MOUNT_THEN_RUN, "sh", "64k", scratch, "true"]
            try:
                done = subprocess.run(probe, capture_output=True, text=True, timeout=30)
            except (OSError, subprocess.TimeoutExpired) as exc:
                problems.append(f"{name}: {exc}")
                continue
            if done.returncode == 0:
                return name, prefix
            problems.append(f"{name}: {done.stderr.strip() or done.returncode}")
    return "cannot mount a small disk here (" + "; ".join(problems) + ")"


class SmallDiskKiosk(Terminal):
    """A ``main.py kiosk`` process on loopback whose ``data`` folder is a small tmpfs.

    Attributes:
        prefix: the ``unshare`` command that gives the process its own mount namespace.
    """

    def __init__(self, root: Path, terminal_id: str, prefix: list[str]) -> None:
        super().__init__(root, "kiosk", terminal_id, 1)
        self.prefix = prefix
        self.data = self.folder / "data"
        self.data.mkdir()  # the mount point; on the host it stays empty

    def write_config(self, peers: list[Terminal]) -> Path:
        """The usual terminal config, with the simulated scanner (no probing for SANE)."""
        path = super().write_config(peers)
        text = path.read_text(encoding="utf-8")
        text = text.replace("[kiosk]\n", '[kiosk]\nscanner = "simulated"\n', 1)
        path.write_text(text, encoding="utf-8")
        return path

    def _launch(self, command: str, env: dict[str, str], log: Any) -> subprocess.Popen[str]:
        """``main.py kiosk`` as the base class runs it, but inside its own mount namespace.

        ``unshare`` and ``sh`` both exec, so the process id is the kiosk's own.
        """
        mount = [*self.prefix, "sh", "-c", _MOUNT_THEN_RUN, "sh", DISK_SIZE, str(self.data)]
        kiosk = [sys.executable, str(ROOT / "main.py"), command]
        files = ["--config", str(self.folder / "terminal.toml"), "--data", str(self.data)]
        return subprocess.Popen(
            [*mount, *kiosk, *files], env=env, stdout=log, stderr=subprocess.STDOUT, text=True
        )

    @property
    def seen(self) -> Path:
        """The kiosk's data folder as its own process sees it (its small disk)."""
        assert self.process is not None
        return Path(f"/proc/{self.process.pid}/root") / str(self.data).lstrip("/")

    def free_bytes(self) -> int:
        """Bytes still free on the small disk."""
        stats = os.statvfs(self.seen)
        return stats.f_bavail * stats.f_frsize

    def fill(self, leave: int = 0) -> int:
        """Write a filler file until only about ``leave`` bytes stay free; returns its size.

        With ``leave=0`` it writes until the disk refuses another byte.
        """
        goal = max(0, self.free_bytes() - leave) if leave else None
        written = 0
        with (self.seen / FILLER).open("wb", buffering=0) as out:
            for chunk in (64 * 1024, 4096, 512, 1):
                while goal is None or written + chunk <= goal:
                    try:
                        written += out.write(b"\0" * chunk) or 0
                    except OSError as exc:
                        if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
                            raise
                        break
            os.fsync(out.fileno())
        return written

    def free(self) -> None:
        """Delete the filler file, as staff clearing space would."""
        (self.seen / FILLER).unlink()

    def journal(self) -> JournalSnapshot:
        """The journal's committed events and its integrity check, read live from the small disk.

        SQLite resolves symbolic links in a database's path, so it cannot open the journal
        through ``/proc/<pid>/root``; instead a reader runs inside the kiosk's own mount
        namespace (``nsenter``) with its own read-only connection.
        """
        assert self.process is not None
        enter = ["nsenter", "--target", str(self.process.pid), "--mount", f"--wd={ROOT}"]
        if "--user" in self.prefix:
            enter[1:1] = ["--user", "--preserve-credentials"]
        reader = [sys.executable, "-m", "tests.evidence.small_disk", str(self.data / JOURNAL_FILE)]
        done = subprocess.run(
            [*enter, *reader], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
        )
        found = json.loads(done.stdout)
        rows = [(str(i), str(t), str(p)) for i, t, p in found["rows"]]
        return JournalSnapshot(rows, str(found["integrity"]))


@dataclass(frozen=True)
class JournalSnapshot:
    """What a separate reader found in the journal.

    Attributes:
        rows: every committed event as ``(id, type, payload JSON)``, in the order stored.
        integrity: ``ok``, or SQLite's description of the damage.
    """

    rows: list[tuple[str, str, str]]
    integrity: str

    def of_type(self, kind: str) -> list[dict[str, Any]]:
        """The payloads of one type of event."""
        return [json.loads(p) for _i, t, p in self.rows if t == kind]


def _read(path: Path) -> dict[str, object]:
    """Run inside the kiosk's namespace: the journal's rows (read-only) and its integrity."""
    integrity = check_integrity(path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT id, type, payload FROM events ORDER BY rowid").fetchall()
    finally:
        conn.close()
    return {"rows": rows, "integrity": integrity}


if __name__ == "__main__":
    print(json.dumps(_read(Path(sys.argv[1]))))
