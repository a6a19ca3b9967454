"""An update that runs out of disk while copying the records changes nothing and says why.

The data folder is a real small disk (a tmpfs in a private mount namespace, as the durability
evidence's full-disk kiosk uses; see tests/evidence/small_disk.py), filled so that the copy of
the journal, or the copy of the sync state after it, cannot be written.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.evidence.small_disk import mount_way
from tests.operations.update_support import (
    FIXTURE,
    FIXTURE_COMMIT,
    copy_of_today,
    point_current,
    unpack_commit,
    write_config,
)

MOUNT_THEN_RUN = 'mount -t tmpfs -o size="$1",mode=0700 tmpfs "$2" && shift 2 && exec "$@"'
DISK = "1m"


JOURNAL_BYTES = (FIXTURE / "journal.db").stat().st_size
SYNC_BYTES = (FIXTURE / "central-sync.db").stat().st_size


@pytest.mark.parametrize(
    ("free", "runs_out_copying"),
    [
        (JOURNAL_BYTES // 2, "journal.db"),  # no room for the journal's copy
        (JOURNAL_BYTES + SYNC_BYTES // 2, "central-sync.db"),  # room for it, not for the next
    ],
    ids=["journal", "sync-state"],
)
def test_a_full_disk_while_copying_leaves_everything_as_it_was(
    tmp_path: Path, free: int, runs_out_copying: str
) -> None:
    way = mount_way()
    if isinstance(way, str):
        pytest.skip(way)
    _, prefix = way
    old = unpack_commit(tmp_path, FIXTURE_COMMIT)
    new = copy_of_today(tmp_path, "today")
    link = point_current(tmp_path, old)
    config = write_config(tmp_path)
    data = tmp_path / "data"
    data.mkdir()
    inside = [sys.executable, "-m", "tests.operations.update_small_disk", str(data), str(free)]
    mount = [*prefix, "sh", "-c", MOUNT_THEN_RUN, "sh", DISK, str(data)]
    done = subprocess.run(
        [*mount, *inside, str(config), str(new), str(link)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    report = json.loads(done.stdout)

    assert report["returncode"] == 2, report
    said = report["stdout"]
    assert f"Update not started: the disk is full: a copy of {runs_out_copying} needs" in said
    assert "Nothing was changed; free some space and run the update again" in said
    assert link.resolve() == old.resolve()
    for name in ("journal.db", "central-sync.db"):
        fixture = hashlib.sha256((FIXTURE / name).read_bytes()).hexdigest()
        assert report["digests"][name] == fixture, f"{name} changed"
    leftovers = [f for f in report["files"] if f not in ("journal.db", "central-sync.db")]
    assert [f for f in leftovers if not f.endswith(("-wal", "-shm", "filler.bin"))] == []
