"""``main.py update --release DIR``: move a terminal to a new release, or leave it as it was.

The steps, each said as it happens:

1. Check the new release (a folder with main.py and its own .venv) and find the current one
   (the ``current`` link; see operations/update_release.py).
2. Stop the terminal's service (``--service UNIT``), then make sure nothing has the journal
   open: from here until the switch nothing else writes, so nothing can be lost.
3. Keep the journal and sync state safe (operations/update_journal.py): the originals go
   under ``<data>/backups/`` untouched, a checked copy takes their place.
4. Run the new release's own ``main.py selftest`` against the data folder, as the data
   folder's owner. Opening the journal applies the new release's migrations; then every
   event kept in step 3 must still be there, unchanged. Its display check is left out: with
   the service stopped there is no compositor to open a window on, and step 5 checks the
   display for real (the unit is ready only once the first window has painted).
5. Point ``current`` at the new release (one rename), and start the service; with a
   ``Type=notify`` unit, started means its first window is up.

If step 4 or 5 fails, the update goes back: the service is stopped, ``current`` points at the
old release again, the original files are put back (byte for byte; events the new release
recorded are carried over), the old release is started, and the report says what failed.
Nothing is changed by a refusal before step 3 (a missing release, a running terminal, a full
disk). ``--dry-run`` does steps 1 and 4 only, against a scratch copy of the records, while
the terminal keeps running.

This runs from the *old* release (the one installed), so a broken new release cannot break
going back.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from operations.update_journal import (
    BACKUPS,
    SafekeepingProblem,
    Safekept,
    holders,
    keep_safe,
    prune_backups,
    restore,
    verify_migrated,
)
from operations.update_release import (
    Release,
    ReleaseProblem,
    current_link_for,
    current_release,
    point_current_at,
    read_release,
)
from operations.update_service import ServiceProblem, SystemdUnit

ROOT = Path(__file__).resolve().parent.parent
SELFTEST_TIMEOUT_S = 900.0
EXIT_UPDATED = 0
EXIT_ROLLED_BACK = 1
EXIT_REFUSED = 2


@dataclass(frozen=True)
class UpdateRequest:
    """What the operator asked for.

    Attributes:
        release: the new release's folder.
        data_dir: the terminal's data folder.
        config: the terminal's config file (None: the embedded demo).
        terminal_id, site: for carrying events over when going back.
        current: the ``current`` link (None: the one beside this release).
        service: the systemd unit to stop and start (None: check it is stopped, start nothing).
        skip: self-test checks to leave out (``selftest --skip``).
        dry_run: check and test only; change nothing.
    """

    release: Path
    data_dir: Path
    config: Path | None
    terminal_id: str
    site: str
    current: Path | None = None
    service: SystemdUnit | None = None
    skip: tuple[str, ...] = ()
    dry_run: bool = False


class Refused(Exception):
    """The update was not started; nothing was changed. The message says why."""


def run_update(request: UpdateRequest, say: Callable[[str], None] = print) -> int:
    """Carry out the update (see the module notes); the exit code says how it ended."""
    try:
        link, old, new = _releases(request)
    except Refused as why:
        say(f"Update not started: {why}. Nothing was changed.")
        return EXIT_REFUSED
    if new.folder == old.folder:
        say(f"{new.version} is already the current release ({link}); nothing to do.")
        return EXIT_UPDATED
    say(f"Updating {request.terminal_id} from {old.version} to {new.version}")
    if request.dry_run:
        return _dry_run(request, new, say)
    return _Update(request, link, old, new, say).run()


def _releases(request: UpdateRequest) -> tuple[Path, Release, Release]:
    link = request.current or current_link_for(ROOT)
    if link is None:
        raise Refused(
            f"this copy of civic-kiosk ({ROOT}) is not in a releases folder, so give the "
            "current link with --current"
        )
    try:
        return link, current_release(link), read_release(request.release)
    except ReleaseProblem as problem:
        raise Refused(str(problem)) from None


def run_selftest(release: Release, request: UpdateRequest, data_dir: Path) -> tuple[int, list[str]]:
    """The release's own ``main.py selftest`` on ``data_dir``: its exit code and report lines."""
    config = ["--config", str(request.config)] if request.config else []
    leave_out = ("display", *(name for name in request.skip if name != "display"))
    skips = [arg for name in leave_out for arg in ("--skip", name)]
    command = [str(release.python), str(release.main), *config, "--data", str(data_dir)]
    try:
        done = subprocess.run(
            [*command, "selftest", *skips],
            cwd=release.folder,
            capture_output=True,
            text=True,
            timeout=SELFTEST_TIMEOUT_S,
            check=False,
            **_as_owner_of(data_dir),
        )
    except subprocess.TimeoutExpired:
        return -1, [f"the self-test did not finish within {SELFTEST_TIMEOUT_S / 60:.0f} minutes"]
    except OSError as exc:
        return -1, [f"the new release's Python could not be run: {exc}"]
    lines = done.stdout.splitlines()
    if done.returncode != 0:  # a release that stops before its report says why on stderr
        lines += [line for line in done.stderr.splitlines() if not line.startswith("INFO ")]
    return done.returncode, lines


def _as_owner_of(data_dir: Path) -> dict[str, Any]:
    """Run as the data folder's owner (the terminal's user) when the update runs as root.

    Whatever the self-test makes in the data folder (the journal's side files, a printed
    test page) is then the terminal's own, as if the terminal had made it.
    """
    owner = data_dir.stat()
    if os.geteuid() != 0 or owner.st_uid == 0:
        return {}
    import pwd

    env = dict(os.environ)
    try:
        env["HOME"] = pwd.getpwuid(owner.st_uid).pw_dir
    except KeyError:
        env.pop("HOME", None)
    env.pop("XDG_RUNTIME_DIR", None)  # root's; the user's speech-dispatcher cannot use it
    return {"user": owner.st_uid, "group": owner.st_gid, "extra_groups": [], "env": env}


def _dry_run(request: UpdateRequest, new: Release, say: Callable[[str], None]) -> int:
    """Test the new release on a scratch copy of the records; change nothing."""
    from operations.update_journal import KEPT_FILES, backup_copy, own_like

    scratch = request.data_dir / BACKUPS / f"dry-run-{new.version}"
    shutil.rmtree(scratch, ignore_errors=True)
    try:
        scratch.mkdir(parents=True)
        for made in (scratch.parent, scratch):
            own_like(made, request.data_dir)
        for name in KEPT_FILES:
            if (request.data_dir / name).exists():
                backup_copy(request.data_dir / name, scratch / name)
                own_like(scratch / name, request.data_dir)
        code, lines = run_selftest(new, request, scratch)
    except SafekeepingProblem as why:
        say(f"Dry run: the records could not be copied for the test: {why}")
        return EXIT_REFUSED
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        with contextlib.suppress(OSError):
            scratch.parent.rmdir()  # only if the dry run made it and it is empty
    for line in lines:
        say(f"    {line}")
    busy = holders(request.data_dir)
    if code != 0:
        say(f"Dry run: {new.version} FAILED its self-test on a copy of the records (exit {code});")
        say("an update now would be rolled back. Nothing was changed.")
        return EXIT_ROLLED_BACK
    say(f"Dry run: {new.version} passed its self-test on a copy of this terminal's records.")
    if busy and request.service is None:
        say(f"The terminal is running ({busy[0]}): stop it, or give --service, to update.")
    say("Nothing was changed.")
    return EXIT_UPDATED


class _Update:
    """One update, step by step, with the way back ready from step 3 on."""

    def __init__(
        self,
        request: UpdateRequest,
        link: Path,
        old: Release,
        new: Release,
        say: Callable[[str], None],
    ) -> None:
        self.request, self.link, self.old, self.new, self.say = request, link, old, new, say
        self.stopped = False

    def run(self) -> int:
        try:
            self._stop()
            kept = keep_safe(self.request.data_dir, self.new.version)
        except (Refused, SafekeepingProblem, ServiceProblem) as problem:
            self.say(f"Update not started: {problem}.")
            self._start_old_again()
            return EXIT_REFUSED
        self.say(f"Kept the journal ({len(kept.events)} events) as it was, in {kept.folder}")
        self.say(f"Running {self.new.version}'s self-test against {self.request.data_dir}:")
        code, lines = run_selftest(self.new, self.request, self.request.data_dir)
        for line in lines:
            self.say(f"    {line}")
        if code != 0:
            failures = [line for line in lines if line.startswith("FAILED")]
            shown = "; ".join(failures[:3]) or (lines[-1] if lines else "no report")
            return self._go_back(
                kept, f"{self.new.version} failed its self-test (exit {code}): {shown}", False
            )
        lost = verify_migrated(kept)
        if lost is not None:
            return self._go_back(kept, lost, False)
        point_current_at(self.link, self.new)
        self.say(f"{self.link} now points at {self.new.folder}")
        if self.request.service is not None:
            down = self.request.service.start()
            if down is not None:
                return self._go_back(kept, f"{self.new.version} did not come up: {down}", True)
            self.say(f"{self.request.service.unit} is up on {self.new.version}")
        else:
            self.say("Start the terminal now (no --service was given, so it was not started).")
        pruned = prune_backups(self.request.data_dir)
        self.say(
            f"Updated to {self.new.version}. The records from before the update stay in "
            f"{kept.folder}" + (f" ({len(pruned)} older backups removed)" if pruned else "") + "."
        )
        return EXIT_UPDATED

    def _stop(self) -> None:
        service = self.request.service
        if service is not None:
            self.say(f"Stopping {service.unit}")
            service.stop()
            self.stopped = True
        busy = holders(self.request.data_dir)
        if busy:
            raise Refused(
                "the terminal's records are still open in another process "
                f"({'; '.join(busy)}): stop the terminal first (or give --service UNIT)"
            )

    def _start_old_again(self) -> None:
        if self.stopped and self.request.service is not None:
            why = self.request.service.start()
            self.say(
                f"{self.request.service.unit} started again on {self.old.version}"
                if why is None
                else f"{self.old.version} did not start again either: {why}. Tell IT support."
            )

    def _go_back(self, kept: Safekept, reason: str, switched: bool) -> int:
        """Undo the update: old release current, original records back, old release started."""
        self.say(f"UPDATE FAILED: {reason}")
        service = self.request.service
        if switched and service is not None:
            try:
                service.stop()
            except ServiceProblem as why:
                self.say(f"(stopping the failed release: {why})")
        if switched:
            point_current_at(self.link, self.old)
        back = restore(kept, self.request.terminal_id, self.request.site)
        count, were = (
            (f"{back.carried} events", "were") if back.carried != 1 else ("1 event", "was")
        )
        carried = f"; {count} the new release recorded {were} carried over" * bool(back.carried)
        self.say(
            f"ROLLED BACK: {self.old.version} is the current release again and the journal "
            f"and sync state are as they were before the update{carried}. The failed "
            f"release's copies are kept in {back.set_aside}."
        )
        if back.not_carried:
            self.say(f"WARNING: {back.not_carried}. Tell IT support.")
        self._start_old_again()
        return EXIT_ROLLED_BACK
