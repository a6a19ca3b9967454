"""Updating a terminal whose records an earlier release wrote, and going back when it fails.

The earlier release is commit cfe466e, unpacked with git archive and made current; its
records are the fixture it wrote (tests/operations/fixtures/make_previous_release_data.py).
Today's ``main.py update`` moves the terminal to a copy of today's app, whose own selftest
opens (and migrates) the journal. Nothing may be lost or changed, and today's kiosk must be
able to carry on. A new release whose selftest fails must leave the terminal on the old
release with its records byte for byte as they were.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.events import EventType
from store.sync_state import SyncState
from tests.conftest import ROOT
from tests.operations.update_support import (
    FIXTURE,
    FIXTURE_COMMIT,
    TERMINAL,
    copy_of_today,
    digest,
    events,
    integrity,
    operator_env,
    point_current,
    run_update,
    terminal_data,
    unpack_commit,
    write_config,
)


@pytest.fixture(scope="module")
def previous_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The earlier release unpacked once for the module (a folder under releases/)."""
    return unpack_commit(tmp_path_factory.mktemp("old"), FIXTURE_COMMIT)


def _site(root: Path, old: Path) -> tuple[Path, Path, Path]:
    """A kiosk's layout: releases/<old> current, its data folder and its config."""
    releases = root / "releases"
    releases.mkdir()
    (releases / old.name).symlink_to(old, target_is_directory=True)
    return point_current(root, releases / old.name), terminal_data(root), write_config(root)


def test_the_journal_an_earlier_release_wrote_survives_the_update_whole(
    tmp_path: Path, previous_release: Path
) -> None:
    """Every event (ids, seq, payloads) is kept, the file is sound, and the kiosk carries on."""
    link, data, config = _site(tmp_path, previous_release)
    before = events(FIXTURE / "journal.db")
    assert len(before) == 9
    new = copy_of_today(tmp_path, "today")

    done = run_update(config, data, new, link, env=operator_env())

    assert done.returncode == 0, done.stdout + done.stderr
    assert "Updated to today" in done.stdout
    assert link.resolve() == new.resolve()
    after = events(data / "journal.db")
    assert integrity(data / "journal.db") == "ok"
    assert {key: after[key] for key in before} == before  # same ids, seq and payloads
    assert set(after) - set(before) == set(), "the update itself recorded nothing"
    [backup] = (data / "backups").iterdir()
    assert backup.name.endswith("-before-today")
    assert digest(backup / "journal.db") == digest(FIXTURE / "journal.db")
    assert digest(backup / "central-sync.db") == digest(FIXTURE / "central-sync.db")

    import main  # today's kiosk, composed as main.py composes it, on the updated folder
    from core.config import load_config

    services, journal = main.compose_kiosk(load_config(config), data)
    try:
        assert services.queue_site is not None
        ticket = services.queue_site.get().tickets.take("housing", "en")
        newest = max(journal.events(), key=lambda e: e.seq)
    finally:
        journal.close()
    assert (newest.origin, newest.seq, newest.type) == (TERMINAL, 10, EventType.TICKET_ISSUED)
    assert ticket.number
    cursors = SyncState(data)
    try:
        assert cursors.cursors()[TERMINAL].sent == 9, "sending resumes after the 9 already sent"
    finally:
        cursors.close()


def _broken_config_check(release: Path) -> None:
    """A release whose config check refuses every terminal: its selftest exits 2."""
    config = release / "core" / "config.py"
    text = config.read_text(encoding="utf-8")
    wrong = text.replace(
        'role = check.choice("terminal.role", t["role"], ROLES)',
        'role = check.choice("terminal.role", t["role"], ("nobody",))',
    )
    assert wrong != text, "core/config.py changed: update this test's deliberate break"
    config.write_text(wrong, encoding="utf-8")


def test_a_release_that_fails_its_selftest_is_rolled_back_byte_for_byte(
    tmp_path: Path, previous_release: Path
) -> None:
    """The old release stays current, and the journal and sync state are the same bytes."""
    link, data, config = _site(tmp_path, previous_release)
    journal_before = digest(data / "journal.db")
    sync_before = digest(data / "central-sync.db")
    broken = copy_of_today(tmp_path, "broken")
    _broken_config_check(broken)

    done = run_update(config, data, broken, link, env=operator_env())

    assert done.returncode == 1, done.stdout + done.stderr
    assert "UPDATE FAILED: broken failed its self-test (exit 2)" in done.stdout
    assert "terminal.role" in done.stdout, "the new release's own complaint is shown"
    assert f"ROLLED BACK: {previous_release.name} is the current release again" in done.stdout
    assert link.resolve() == previous_release.resolve()
    assert digest(data / "journal.db") == journal_before
    assert digest(data / "central-sync.db") == sync_before
    failed = [p for p in (data / "backups").iterdir() if p.name.endswith("-failed-broken")]
    assert len(failed) == 1, "the failed release's copies are kept for IT"


def test_a_folder_that_is_not_a_release_is_refused_and_nothing_changes(
    tmp_path: Path, previous_release: Path
) -> None:
    link, data, config = _site(tmp_path, previous_release)
    before = digest(data / "journal.db")
    not_a_release = tmp_path / "releases" / "9.9"
    not_a_release.mkdir()
    (not_a_release / "main.py").write_text("", encoding="utf-8")

    missing = run_update(config, data, tmp_path / "releases" / "nope", link, env=operator_env())
    no_venv = run_update(config, data, not_a_release, link, env=operator_env())

    assert missing.returncode == 2
    assert f"there is no release folder at {tmp_path / 'releases' / 'nope'}" in missing.stdout
    assert no_venv.returncode == 2
    assert "has no Python environment (.venv/bin/python is missing)" in no_venv.stdout
    for done in (missing, no_venv):
        assert "Nothing was changed." in done.stdout
    assert link.resolve() == previous_release.resolve()
    assert digest(data / "journal.db") == before
    assert not (data / "backups").exists()


def test_a_dry_run_tests_the_release_on_a_copy_and_changes_nothing(
    tmp_path: Path, previous_release: Path
) -> None:
    link, data, config = _site(tmp_path, previous_release)
    before = digest(data / "journal.db")
    broken = copy_of_today(tmp_path, "broken")
    _broken_config_check(broken)
    good = copy_of_today(tmp_path, "today")

    passes = run_update(config, data, good, link, "--dry-run", env=operator_env())
    fails = run_update(config, data, broken, link, "--dry-run", env=operator_env())

    assert passes.returncode == 0, passes.stdout + passes.stderr
    assert "Dry run: today passed its self-test on a copy of this terminal's records." in (
        passes.stdout
    )
    assert "OK      journal: integrity ok, 9 events" in passes.stdout
    assert fails.returncode == 1
    assert "Dry run: broken FAILED its self-test on a copy of the records (exit 2)" in fails.stdout
    for done in (passes, fails):
        assert "Nothing was changed." in done.stdout
    assert link.resolve() == previous_release.resolve()
    assert digest(data / "journal.db") == before
    assert not (data / "backups").exists()
    assert not (data / "printouts").exists(), "the demo printer printed into the scratch copy"


NOBODY = 65534  # the terminal's user stand-in: any user but root


def _python_for_all(stage: Path) -> list[str]:
    """How to run the update so that another user can run this checkout's Python.

    On a kiosk the venv's Python is /usr/bin/python3. Here it may live under /root (0700,
    pyenv), which the terminal's user cannot enter; then the update runs in a private mount
    namespace where /root is a 0711 folder holding only a bind mount of that Python's tree.
    Nothing changes outside that process tree.
    """
    real = (ROOT / ".venv" / "bin" / "python").resolve()
    if all(os.stat(p).st_mode & 0o001 for p in real.parents):
        return []
    inside_root = real.relative_to("/root").parts[0]
    (stage / inside_root).mkdir(parents=True)
    stage.chmod(0o711)
    script = 'mount --bind "/root/$2" "$1/$2" && mount --rbind "$1" /root && shift 2 && exec "$@"'
    return ["unshare", "--mount", "sh", "-c", script, "sh", str(stage), inside_root]


@pytest.fixture
def open_root() -> Iterator[Path]:
    """A folder other users may enter (pytest's own is root's alone), removed afterwards."""
    root = Path(tempfile.mkdtemp(prefix="civic-kiosk-update-"))
    root.chmod(0o755)
    yield root
    shutil.rmtree(root)


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can update for another user")
def test_root_updating_leaves_every_file_the_terminal_users(
    open_root: Path, previous_release: Path
) -> None:
    """The update runs as root; the kiosk runs as its own user and must still own its files."""
    link, data, config = _site(open_root, previous_release)
    for path in [data, *data.rglob("*")]:
        os.chown(path, NOBODY, NOBODY)
    data.chmod(0o700)
    new = copy_of_today(open_root, "today")

    done = run_update(
        config, data, new, link, env=operator_env(), prefix=_python_for_all(open_root / "stage")
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK      printer demo: test page printed" in done.stdout
    not_theirs = [str(p) for p in [data, *data.rglob("*")] if p.lstat().st_uid != NOBODY]
    assert not_theirs == []
