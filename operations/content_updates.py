"""Remote catalogue and settings versions: checked in the sync thread, applied between residents.

How a version travels:

1. The central sync engine pulls ``central/catalogue.json`` or ``central/settings.json`` when
   the case service's copy changes, and calls ``consider`` on its own thread (never the UI's).
2. ``consider`` names the version by its content hash and checks it fully
   (operations/content_checks.py). A bad one is refused: ``content.refused`` goes in the
   journal with the version and the reason, ``refused.json`` keeps it for ``main.py status``,
   and the terminal carries on with what it runs. A good one is staged durably
   (operations/content_versions.py) and recorded as ``content.staged``.
3. The screen (a kiosk, a desk or a display board) is given ``waiting`` and, once nobody is
   using it, ends its event loop (ui/content_restart.py and each role's own rule);
   main.py closes the journal and calls ``restart_in_place``, which re-executes the same
   command line in the same process. ``main.py sync --once`` checks and stages too
   (operations/content_pull.py); a running terminal notices what it staged within a minute
   (``look_at_shelf``).
4. Start-up (``start_up``) makes the pending version the applied one and returns the
   configuration to run: the terminal's file, with the applied settings laid over it and the
   applied catalogue's folder. ``content.applied`` is journaled once the journal is open.

Why a re-exec rather than rebuilding the screens in place: every service, screen and lazy
build then starts exactly as at boot, from one code path that every test already exercises,
nothing of the old version (or of the last resident) can linger in memory, and the process
keeps its PID, so systemd's supervision and watchdog carry on undisturbed. Start-up takes
about a second or two (``python -m benchmarks.content_restart`` measures it).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import shutil
import sys
import threading
from pathlib import Path
from typing import Any, NoReturn

from core.catalogue import CatalogueError, load_catalogue
from core.config import TerminalConfig
from core.events import EventDraft, Scope
from core.ports import Journal, StorageUnavailable
from operations.content_checks import (
    CATALOGUE_FILE,
    SETTINGS_FILE,
    Refused,
    Settings,
    catalogue_files,
    catalogue_label,
    catalogue_problems,
    describe_settings,
    refusal_reason,
    remote_settings,
    same_catalogue,
    settings_config,
    version_of,
)
from operations.content_versions import (
    APPLIED,
    CATALOGUE,
    KINDS,
    PENDING,
    SETTINGS,
    ContentShelf,
    Pointer,
    utc_now,
)

log = logging.getLogger(__name__)

CONTENT_STAGED = "content.staged"
CONTENT_REFUSED = "content.refused"
CONTENT_APPLIED = "content.applied"
REASON_LIMIT = 500
LOOK_EVERY_S = 60.0  # how often a running terminal looks for a version staged by hand
PULLED = {"catalogue.json": CATALOGUE, SETTINGS_FILE: SETTINGS}


class ContentUpdates:
    """One terminal's remotely managed catalogue and settings.

    ``consider`` runs on the sync thread; ``waiting`` on the UI thread; ``start_up`` and
    ``opened`` at start, in that order, before either.
    """

    def __init__(self, data_dir: Path, config_file: Path | None, config: TerminalConfig) -> None:
        self.data_dir = data_dir
        self.shelf = ContentShelf(data_dir)
        self._config_file = config_file
        self._own = config  # the terminal's file alone
        self._running = config  # what this process runs (start_up sets it)
        self._journal: Journal | None = None
        self._lock = threading.Lock()
        self._waiting = threading.Event()
        self._stuck = False  # a pending version could not be applied: never restart for it
        self._unrecorded: list[EventDraft] = []

    # -- start-up ---------------------------------------------------------------------------

    def start_up(self) -> TerminalConfig:
        """Apply what is pending; the configuration to run (the file's, when nothing applies)."""
        for kind in KINDS:
            pending = self.shelf.waiting(kind)
            if pending is None:
                continue
            applied = Pointer(pending.version, pending.label, utc_now(), announced=False)
            try:
                self.shelf.set_pointer(kind, APPLIED, applied)
            except OSError as exc:
                log.error("the %s version %s could not be applied: %s", kind, pending.version, exc)
                self._stuck = True
        with contextlib.suppress(OSError):
            for gone in self.shelf.tidy():
                log.info("content: deleted the unused version %s", gone)
        config = self._own
        settings = self.shelf.pointer(SETTINGS, APPLIED)
        if settings is not None:
            try:
                config = settings_config(self._config_file, self._settings_of(settings.version))
            except (Refused, OSError, ValueError) as exc:
                self._fall_back(SETTINGS, settings, f"no longer fits this terminal: {exc}")
        catalogue = self.shelf.pointer(CATALOGUE, APPLIED)
        if catalogue is not None:
            path = self.shelf.folder(CATALOGUE, catalogue.version) / CATALOGUE_FILE
            try:
                load_catalogue(path)  # the forms were checked when it was staged
                config = dataclasses.replace(config, catalogue_path=path)
            except CatalogueError as exc:
                reason = f"no longer loads: {exc.where}: {exc.problem}"
                self._fall_back(CATALOGUE, catalogue, reason)
        self._running = config
        return config

    def opened(self, journal: Journal) -> None:
        """The journal is open: record what start-up applied or set aside, and check (on a
        thread of its own) what was pulled before, in case a kill came before its check."""
        self._journal = journal
        for draft in self._unrecorded:
            self._record(draft)
        self._unrecorded.clear()
        for kind in KINDS:
            applied = self.shelf.pointer(kind, APPLIED)
            if applied is None or applied.announced:
                continue
            payload: dict[str, Any] = {
                "kind": kind,
                "version": applied.version,
                "label": applied.label,
            }
            if kind == SETTINGS:
                with contextlib.suppress(OSError, ValueError):
                    payload["settings"] = describe_settings(self._settings_of(applied.version))
            log.info(
                "content: applied the %s version %s%s", kind, applied.version, _named(applied.label)
            )
            if self._record(EventDraft(CONTENT_APPLIED, payload, Scope.CENTRAL)):
                told = dataclasses.replace(applied, announced=True)
                with contextlib.suppress(OSError):
                    self.shelf.set_pointer(kind, APPLIED, told)
        if self._own.case_service_url:
            threading.Thread(target=self._keep_looking, name="content-check", daemon=True).start()

    def _keep_looking(self) -> None:
        self.check_kept()
        pause = threading.Event()  # never set: a daemon thread, it ends with the process
        while not pause.wait(LOOK_EVERY_S):
            self.look_at_shelf()

    def look_at_shelf(self) -> None:
        """Notice a version staged (or withdrawn) by another process: ``main.py sync --once``
        run by hand, whose pull leaves this terminal's engine nothing new to pull."""
        with self._lock:
            try:
                staged = any(self.shelf.waiting(kind) is not None for kind in KINDS)
            except OSError:
                return
            if staged and not self._stuck:
                self._waiting.set()
            elif not staged:
                self._waiting.clear()

    def check_kept(self) -> None:
        """Consider what the engine pulled before (a kill may have come before its check)."""
        for name in PULLED:
            path = self.data_dir / "central" / name
            if path.is_file():
                self.consider(path)

    # -- the sync thread --------------------------------------------------------------------

    def consider(self, path: Path) -> None:
        """Check a pulled catalogue or settings file; stage it, or refuse it with the reason."""
        kind = PULLED.get(path.name)
        if kind is None:
            return
        with self._lock:
            try:
                document = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                log.warning("content: cannot read %s: %s", path, exc)
                return
            if not isinstance(document, dict):
                return
            try:
                self._consider(kind, document)
            except OSError as exc:  # a full disk, say: the next pull tries again
                log.error("content: the %s version could not be staged: %s", kind, exc)

    def _consider(self, kind: str, document: dict[str, Any]) -> None:
        version = version_of(document)
        label = catalogue_label(document) if kind == CATALOGUE else ""
        if self._runs_now(kind, version, document):
            if self.shelf.pointer(kind, PENDING) is not None:
                self.shelf.set_pointer(kind, PENDING, None)  # the council went back to it
                self._waiting.clear()
            return
        pending = self.shelf.pointer(kind, PENDING)
        if pending is not None and pending.version == version:
            if self.shelf.waiting(kind) is not None and not self._stuck:
                self._waiting.set()
            return
        if self.shelf.is_refused(kind, version):
            return
        try:
            staged = self._check_and_stage(kind, version, label, document)
        except Refused as exc:
            self._refuse(kind, version, label, str(exc)[:REASON_LIMIT])
            return
        log.info("content: staged the %s version %s%s", kind, version, _named(label))
        payload = {"kind": kind, "version": staged.version, "label": staged.label}
        self._record(EventDraft(CONTENT_STAGED, payload, Scope.CENTRAL))
        if not self._stuck:
            self._waiting.set()

    def _check_and_stage(
        self, kind: str, version: str, label: str, document: dict[str, Any]
    ) -> Pointer:
        if kind == SETTINGS:
            settings = remote_settings(document)
            settings_config(self._config_file, settings)
            body = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
            return self.shelf.stage(kind, version, label, {SETTINGS_FILE: body})
        files = catalogue_files(document, self._running.catalogue_path.parent)
        staging = self.shelf.write_folder(kind, files)
        try:
            problems = catalogue_problems(staging)
            if problems:
                raise Refused(refusal_reason(problems))
            return self.shelf.publish(kind, version, label, staging)
        finally:
            shutil.rmtree(staging, ignore_errors=True)  # gone already once published

    def _runs_now(self, kind: str, version: str, document: dict[str, Any]) -> bool:
        applied = self.shelf.pointer(kind, APPLIED)
        if applied is not None:
            return applied.version == version
        if kind == SETTINGS:
            return document.get("settings") == {}
        return same_catalogue(document, self._running.catalogue_path)

    def _refuse(self, kind: str, version: str, label: str, reason: str) -> None:
        log.warning(
            "content: refused the %s version %s%s: %s", kind, version, _named(label), reason
        )
        self.shelf.refuse(kind, version, label, reason)
        payload = {"kind": kind, "version": version, "label": label, "reason": reason}
        self._record(EventDraft(CONTENT_REFUSED, payload, Scope.CENTRAL))

    def _fall_back(self, kind: str, applied: Pointer, reason: str) -> None:
        """Start-up: an applied version will not run here now; run the file's own instead."""
        log.error("content: the %s version %s %s", kind, applied.version, reason)
        with contextlib.suppress(OSError):
            self.shelf.refuse(kind, applied.version, applied.label, reason[:REASON_LIMIT])
            self.shelf.set_pointer(kind, APPLIED, None)
        payload = {
            "kind": kind,
            "version": applied.version,
            "label": applied.label,
            "reason": reason[:REASON_LIMIT],
        }
        self._unrecorded.append(EventDraft(CONTENT_REFUSED, payload, Scope.CENTRAL))

    def _record(self, draft: EventDraft) -> bool:
        if self._journal is None:
            self._unrecorded.append(draft)
            return False
        try:
            self._journal.append(draft)
        except StorageUnavailable as exc:
            log.error("content: %s not recorded in the journal: %s", draft.type, exc.detail)
            return False
        return True

    def _settings_of(self, version: str) -> Settings:
        path = self.shelf.folder(SETTINGS, version) / SETTINGS_FILE
        return remote_settings(json.loads(path.read_text(encoding="utf-8")))

    # -- the UI thread ----------------------------------------------------------------------

    def waiting(self) -> bool:
        """True while a checked version waits for the kiosk to be free (cheap: no disk)."""
        return self._waiting.is_set()


def _named(label: str) -> str:
    return f" ({label})" if label else ""


def restart_in_place() -> NoReturn:
    """Re-execute this very command line in this process (same PID, same environment).

    Called once the journal and every thread that writes have been closed. Python's own
    file descriptors are not inherited (PEP 446), so the new start opens everything afresh.
    """
    for handler in logging.getLogger().handlers:
        with contextlib.suppress(Exception):
            handler.flush()
    sys.stdout.flush()
    sys.stderr.flush()
    # The interpreter and arguments it was started with, not a shell's reading of them.
    os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])  # noqa: S606


def content_report(data_dir: Path) -> dict[str, str]:
    """What ``main.py status`` says about catalogue and settings versions (read-only)."""
    shelf = ContentShelf(data_dir)

    def named(pointer: Pointer) -> str:
        said = f"version {pointer.version}, since {pointer.at}"
        return f"{pointer.label} ({said})" if pointer.label else said

    catalogue = shelf.pointer(CATALOGUE, APPLIED)
    settings = shelf.pointer(SETTINGS, APPLIED)
    settings_text = "none: the terminal's own file"
    if settings is not None:
        try:
            path = shelf.folder(SETTINGS, settings.version) / SETTINGS_FILE
            detail = describe_settings(remote_settings(json.loads(path.read_text("utf-8"))))
        except (OSError, ValueError):
            detail = "unreadable"
        settings_text = f"{named(settings)}: {detail}"
    waiting = [f"{kind} {named(p)}" for kind in KINDS if (p := shelf.waiting(kind)) is not None]
    waiting_text = "none"
    if waiting:
        waiting_text = "; ".join(waiting) + ": applied when nobody is using the terminal"
    refusals = shelf.refusals()

    def last_refused(kind: str) -> str:
        mine = [r for r in refusals if r.kind == kind]
        if not mine:
            return "none"
        last = mine[-1]
        label = f" ({last.label})" if last.label else ""
        return f"version {last.version}{label} at {last.at}: {last.reason}"

    return {
        "catalogue_version": named(catalogue) if catalogue else "the one installed with it",
        "catalogue_refused": last_refused(CATALOGUE),
        "settings_version": settings_text,
        "settings_refused": last_refused(SETTINGS),
        "content_waiting": waiting_text,
    }
