"""An update on a full disk: run inside a private mount namespace whose data folder is a tmpfs.

``python -m tests.operations.update_small_disk DATA FREE CONFIG RELEASE CURRENT`` (run by
tests/operations/test_update_disk_full.py through ``unshare --mount``, after mounting a small
tmpfs on DATA): copies the fixture's journal and sync state into DATA, fills the disk until
only about FREE bytes are left, runs today's ``main.py update``, and prints JSON: the
update's exit code and output, each file's sha256 afterwards, and what DATA holds. The
namespace, and the disk, go when the process ends, so everything is read from inside.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.operations.update_support import FIXTURE

FILLER = "filler.bin"


def fill(folder: Path, leave: int) -> None:
    """Write a filler file until only about ``leave`` bytes stay free on ``folder``'s disk."""
    stats = os.statvfs(folder)
    goal = max(0, stats.f_bavail * stats.f_frsize - leave)
    with (folder / FILLER).open("wb", buffering=0) as out:
        written = 0
        while written < goal:
            try:
                written += out.write(b"\0" * min(4096, goal - written)) or 0
            except OSError as exc:
                if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
                    raise
                break
        os.fsync(out.fileno())


def _target(release: Path, current: Path) -> list[str]:
    return ["--release", str(release), "--current", str(current)]


def main(data: Path, free: int, config: Path, release: Path, current: Path) -> None:
    """Fill the disk, try the update, and report (JSON on stdout)."""
    for name in ("journal.db", "central-sync.db"):
        shutil.copyfile(FIXTURE / name, data / name)
    fill(data, free)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    files = ["--config", str(config), "--data", str(data)]
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *files, "update", *_target(release, current)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    files = sorted(str(p.relative_to(data)) for p in data.rglob("*"))
    digests = {
        name: hashlib.sha256((data / name).read_bytes()).hexdigest()
        for name in ("journal.db", "central-sync.db")
    }
    stats = os.statvfs(data)
    report = {
        "returncode": done.returncode,
        "stdout": done.stdout,
        "stderr": done.stderr,
        "files": files,
        "digests": digests,
        "free": stats.f_bavail * stats.f_frsize,
    }
    print(json.dumps(report))


if __name__ == "__main__":
    data_dir, free_bytes, config_file, release_dir, current_link = sys.argv[1:6]
    main(Path(data_dir), int(free_bytes), Path(config_file), Path(release_dir), Path(current_link))
