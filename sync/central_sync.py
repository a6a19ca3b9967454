"""The central sync engine: ships this terminal's journal to the case service, pulls what it needs.

On its own thread, for ever: send the events central lacks, oldest first, in batches of up to
500 (the sealed blobs an event names go first); move the cursor only when the service
acknowledges; and pull the catalogue, today's appointments, the staff roster and the site's
remotely managed settings into ``central/`` whenever they change. Failures are recorded in
plain words and retried with jittered exponential backoff (0.5 s doubling to 60 s); the engine
never gives up.

It reads ``journal.db`` through its own read-only connection and keeps its cursors in
``central-sync.db`` (see store/sync_state.py), so it can be killed at any moment: it resends
what was not acknowledged, and the service stores each ``(origin, seq)`` once.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from core.central_status import CentralSyncStatus
from core.clock import wall_clock_ms
from core.config import TerminalConfig
from core.events import Event
from core.site_day import SiteCalendar
from core.sync_faults import SyncFaultLog
from store.files import write_atomically
from store.sync_state import Cursor, JournalReader, SyncState, blob_path, read_notes
from sync.central_blobs import BlobUploader, LocalBlobProblem
from sync.central_client import BAD_ANSWER, BASE_PATH, REFUSED, CentralClient, CentralProblem
from sync.terminal_identity import TerminalIdentity

log = logging.getLogger(__name__)

FIRST_BACKOFF_S = 0.5
MAX_BACKOFF_S = 60.0
BATCH_EVENTS = 500
BATCH_BYTES = 4 * 1024 * 1024
PULL_EVERY_S = 300.0
IDLE_CHECK_S = 5.0
CENTRAL_DIR = "central"
KEEP_DAYS = 7  # appointment lists older than this are deleted
SETTINGS_FILE = "settings.json"  # remotely managed settings (checked by operations/content_*)

# The engine's state, as staff read it.
STARTING = "not contacted yet"
SENDING = "sending"
UP_TO_DATE = "up to date"
RETRYING = "waiting to retry"
REFUSED_US = "refused by the case service"
STOPPED = "stopped"
LOCAL = "this terminal"  # the kind of a fault on this terminal's side (its journal or disk)


class CentralSync:
    """One terminal's link to the case service, on its own daemon thread.

    Attributes:
        data_dir: the terminal's data folder (journal, blobs, key, sync state, ``central/``).
        client: the signed HTTP client (its ``offset_ms`` is the learned clock correction).
        uploader: sends blobs; ``uploader.sent_bytes`` counts blob bytes sent.
    """

    def __init__(
        self,
        data_dir: Path,
        terminal_id: str,
        site: str,
        url: str,
        *,
        timezone: str = "Europe/London",
        identity: TerminalIdentity | None = None,
        pull_every_s: float = PULL_EVERY_S,
        idle_check_s: float = IDLE_CHECK_S,
        first_backoff_s: float = FIRST_BACKOFF_S,
        max_backoff_s: float = MAX_BACKOFF_S,
        batch_events: int = BATCH_EVENTS,
        on_pulled: Callable[[Path], None] | None = None,
        client_options: dict[str, Any] | None = None,
        retention_days: int | None = None,
        faults: SyncFaultLog | None = None,
    ) -> None:
        self.data_dir = data_dir
        self._faults = faults  # records each run of failures in the journal, for the dashboard
        self._retention_days = retention_days
        self.site = site
        self._calendar = SiteCalendar(timezone)
        self._identity = identity or TerminalIdentity.load_or_create(data_dir, terminal_id)
        self._state = SyncState(data_dir)
        notes = self._state.notes()
        self.client = CentralClient(
            url,
            self._identity,
            offset_ms=_int(notes.get("clock_offset_ms")),
            **(client_options or {}),
        )
        self._written: dict[str, str | None] = {}
        self.uploader = BlobUploader(self.client, self._state, data_dir)
        self._reader = JournalReader(data_dir, terminal_id)
        self._pull_every_s = pull_every_s
        self._idle_check_s = idle_check_s
        self._first_backoff_s = first_backoff_s
        self._max_backoff_s = max_backoff_s
        self._batch_events = min(batch_events, BATCH_EVENTS)
        self._on_pulled = on_pulled
        self._work = threading.Lock()  # one round at a time: the thread or drain_once
        self._stopping = threading.Event()
        self._wake = threading.Event()
        self._next_pull = 0.0
        self._pull_backoff_s = first_backoff_s
        self._pulled_day = ""
        self._push_error: str | None = None
        self._pull_error: str | None = None
        self._status_lock = threading.Lock()
        self._last_success = notes.get("last_success")
        backlog, oldest = self._reader.backlog(self._state.cursors())
        self._status = CentralSyncStatus(
            backlog, oldest, notes.get("last_success"), notes.get("last_error"), STARTING
        )
        self._thread: threading.Thread | None = None

    @classmethod
    def for_terminal(cls, config: TerminalConfig, data_dir: Path, **options: Any) -> CentralSync:
        """The engine for a configured terminal (its case_service.url must be set)."""
        return cls(
            data_dir,
            config.terminal_id,
            config.site,
            config.case_service_url,
            timezone=config.timezone,
            **options,
        )

    # -- running -----------------------------------------------------------------------------

    def start(self) -> None:
        """Start sending and pulling in the background."""
        self._thread = threading.Thread(target=self._run, name="central-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop the thread, cutting any request in flight, and close the engine's files."""
        self._stopping.set()
        self._wake.set()
        if not self.client.join_cutting(self._thread, timeout_s):
            log.warning("the central sync thread did not stop in %.1f s", timeout_s)
            return
        with self._work:
            self.client.close()
            self._reader.close()
            self._state.close()
        self._set_status(state=STOPPED)

    def wake(self) -> None:
        """Try now: after new events, or when staff press "send now"."""
        self._wake.set()

    def drain_once(self) -> CentralSyncStatus:
        """Pull once and send everything there is, in the caller's thread; stop at a failure.

        For ``main.py sync --once``: the returned status's ``last_error`` is None when all
        went well.
        """
        try:
            with self._work:
                self._pull_all()
                while self._push_batch():
                    pass
        except Exception as exc:
            self._record_problem(exc)
        return self.status()

    def status(self) -> CentralSyncStatus:
        """How sending is going, for the status screen."""
        with self._status_lock:
            return self._status

    def purge_acknowledged(self, older_than_days: int) -> int:
        """Delete sealed blob files central acknowledged over N days ago; see module function.

        "Now" is the case service's time as this engine has learned it (``client.now_ms``),
        not the bare terminal clock, which may have jumped a day ahead or back to 1970.
        """
        now = datetime.fromtimestamp(self.client.now_ms() / 1000, UTC)
        return purge_acknowledged(self.data_dir, self._identity.terminal_id, older_than_days, now)

    def _run(self) -> None:
        backoff = self._first_backoff_s
        while not self._stopping.is_set():
            try:
                with self._work:
                    if self._stopping.is_set():
                        break
                    if self._pull_due():
                        self._pull_all()
                        self._retain()
                    more = self._push_batch()
            except Exception as exc:
                if self._stopping.is_set():
                    break
                self._record_problem(exc)
                self._pause(backoff * (0.5 + secrets.SystemRandom().random() / 2))
                backoff = min(self._max_backoff_s, backoff * 2)
                continue
            backoff = self._first_backoff_s
            if not more:
                self._pause(min(self._idle_check_s, max(0.0, self._next_pull - time.monotonic())))
        self._set_status(state=STOPPED)

    def _retain(self) -> None:
        """Delete acknowledged sealed files past the retention age (with each pull round)."""
        if self._retention_days is None:
            return
        try:
            self.purge_acknowledged(self._retention_days)
        except OSError as exc:
            log.warning("retention: could not delete old sealed files: %s", exc)

    def _pull_due(self) -> bool:
        if time.monotonic() >= self._next_pull:
            return True
        # A new day needs its appointments at once (unless pulling is failing anyway).
        return self._pull_error is None and self._pulled_day != self._today()

    def _pause(self, seconds: float) -> None:
        """Wait, but wake at once for ``wake()`` or ``stop()``."""
        if self._wake.wait(seconds):
            self._wake.clear()

    # -- sending -----------------------------------------------------------------------------

    def _push_batch(self) -> bool:
        """Send one batch; False when there was nothing to send."""
        cursors = self._state.cursors()
        batch = self._reader.unsent(cursors, self._batch_events, BATCH_BYTES)
        if not batch:
            backlog, oldest = self._reader.backlog(cursors)
            self._settle(backlog, oldest, answered=False)
            return False
        if self._push_error is None:
            # While sending is failing, the status stays "waiting to retry" through each
            # attempt, rather than flickering to "sending" and back; a batch that goes
            # through settles it.
            self._set_status(state=SENDING)
        for event in batch:
            for digest in _blobs_of(event):
                try:
                    self.uploader.ensure(digest)
                except LocalBlobProblem as exc:
                    # Waiting cannot bring it back: send the event, which central should see.
                    log.error(
                        "event %s/%d: %s; sending the event without it",
                        event.origin,
                        event.seq,
                        exc,
                    )
        answer = self.client.post_events(batch)
        moved = _advance(cursors, batch, answer.results, answer.acknowledged)
        if all(moved[o] == cursors.get(o, Cursor()) for o in moved):
            conflicts = [k for k, v in answer.results.items() if v == "conflict"]
            if conflicts:
                origin, seq = conflicts[0]
                raise CentralProblem(
                    BAD_ANSWER,
                    f"the case service holds a different event under {origin}/{seq}; "
                    "IT support must look at it (sending is held there)",
                )
            raise CentralProblem(BAD_ANSWER, "the case service accepted none of a batch")
        backlog, oldest = self._reader.backlog({**cursors, **moved})
        self._settle(backlog, oldest, answered=True, moved=moved)
        return True

    # -- pulling -----------------------------------------------------------------------------

    def _pull_all(self) -> None:
        """Pull each document; a failure is noted and retried later, not raised."""
        day = self._today()
        site = quote(self.site, safe="")
        pulls = (
            ("catalogue.json", f"{BASE_PATH}/catalogue", catalogue_shape),
            (
                f"appointments-{day}.json",
                f"{BASE_PATH}/sites/{site}/appointments?date={day}",
                appointments_shape,
            ),
            ("roster.json", f"{BASE_PATH}/sites/{site}/roster", roster_shape),
            (SETTINGS_FILE, f"{BASE_PATH}/sites/{site}/settings", settings_shape),
        )
        try:
            for name, path, shape in pulls:
                self._pull_one(name, path, shape)
        except CentralProblem as exc:
            if exc.kind == REFUSED:
                raise  # sending will be refused too: one problem, one backoff
            self._pull_failed(str(exc), exc.kind)
            return
        except (OSError, sqlite3.Error) as exc:
            self._pull_failed(f"cannot keep what the case service sent ({exc})", LOCAL)
            return
        self._pull_error = None
        if self._faults is not None:
            self._faults.worked()
        self._last_success = _utc_now()
        if self._pulled_day != day:
            self._pulled_day = day
            self._forget_old_days(day)
        self._pull_backoff_s = self._first_backoff_s
        self._next_pull = time.monotonic() + self._pull_every_s

    def _pull_failed(self, reason: str, kind: str) -> None:
        """Note a failed pull and when to try again; sending carries on meanwhile."""
        self._pull_error = reason
        if self._faults is not None:
            self._faults.failed(kind, reason)
        self._next_pull = time.monotonic() + self._pull_backoff_s
        self._pull_backoff_s = min(self._max_backoff_s, self._pull_backoff_s * 2)
        log.warning("central pull failed: %s", reason)

    def _forget_old_days(self, today: str) -> None:
        """Delete appointment lists more than a week old (and their ETags)."""
        week_ago = (date.fromisoformat(today) - timedelta(days=KEEP_DAYS)).isoformat()
        for path in (self.data_dir / CENTRAL_DIR).glob("appointments-*.json"):
            if path.stem.removeprefix("appointments-") < week_ago:
                path.unlink(missing_ok=True)
                self._state.set_etag(path.name, None)

    def _pull_one(self, name: str, path: str, shape: Callable[[Any], None]) -> None:
        target = self.data_dir / CENTRAL_DIR / name
        etag = self._state.etag(name) if target.exists() else None
        answer = self.client.get_json(path, shape, etag=etag)
        if answer.status == 304:
            return
        if answer.status == 404 and name == SETTINGS_FILE:
            return  # a case service that manages no settings remotely
        if answer.status == 404:
            raise CentralProblem(BAD_ANSWER, f"the case service has no {name} for us", 404)
        if not target.exists() or target.read_bytes() != answer.content:
            write_atomically(target, answer.content)
            log.info("pulled a new %s from the case service", name)
            if self._on_pulled is not None:
                try:
                    self._on_pulled(target)
                except Exception:
                    log.exception("reloading %s failed", name)
        self._state.set_etag(name, answer.etag)

    def _today(self) -> str:
        return self._calendar.day_of_ms(wall_clock_ms())

    # -- status ------------------------------------------------------------------------------

    def _settle(
        self,
        backlog: int,
        oldest: str | None,
        *,
        answered: bool,
        moved: dict[str, Cursor] | None = None,
    ) -> None:
        """Record a round that went well (``answered``: the service answered it properly).

        New cursors and the notes commit in one transaction; notes that did not change are
        not written again (an idle engine does not fsync every few seconds).
        """
        self._push_error = None
        if answered:
            self._last_success = _utc_now()
            if self._faults is not None and self._pull_error is None:
                self._faults.worked()
        state = SENDING if backlog else UP_TO_DATE
        if self._pull_error is not None:
            state = RETRYING
        notes: dict[str, str | None] = {
            "last_success": self._last_success,
            "last_error": self._pull_error,
            "backlog": str(backlog),
            "oldest_unsent": oldest,
            "state": state,
            "clock_offset_ms": str(self.client.offset_ms),
        }
        if moved:
            self._state.record_answer(moved, notes)
        elif notes != self._written:
            self._state.note(notes)
        self._written = notes
        self._set_status(
            backlog=backlog,
            oldest_unsent=oldest,
            last_success=self._last_success,
            last_error=self._pull_error,
            state=state,
        )

    def _record_problem(self, exc: Exception) -> None:
        kind = LOCAL
        if isinstance(exc, CentralProblem):
            reason, state = str(exc), REFUSED_US if exc.kind == REFUSED else RETRYING
            kind = exc.kind
        elif isinstance(exc, sqlite3.Error | OSError):
            reason, state = f"cannot read this terminal's journal or sync records ({exc})", RETRYING
        else:
            log.exception("central sync failed unexpectedly")
            reason, state = f"an unexpected problem ({type(exc).__name__}: {exc})", RETRYING
        if self._faults is not None:
            self._faults.failed(kind, reason)
        level = logging.DEBUG if reason == self._push_error else logging.WARNING
        log.log(level, "central sync: %s", reason)
        self._push_error = reason
        with contextlib.suppress(sqlite3.Error):
            self._state.note({"last_error": reason, "state": state})
            self._written = {}
        self._set_status(last_error=reason, state=state)

    def _set_status(self, **changes: Any) -> None:
        with self._status_lock:
            old = self._status
            self._status = CentralSyncStatus(
                backlog=changes.get("backlog", old.backlog),
                oldest_unsent=changes.get("oldest_unsent", old.oldest_unsent),
                last_success=changes.get("last_success", old.last_success),
                last_error=changes.get("last_error", old.last_error),
                state=changes.get("state", old.state),
            )


def read_status(data_dir: Path) -> CentralSyncStatus | None:
    """The status the engine last stored, for ``main.py status`` in another process."""
    notes = read_notes(data_dir)
    if not notes:
        return None
    return CentralSyncStatus(
        backlog=_int(notes.get("backlog")),
        oldest_unsent=notes.get("oldest_unsent"),
        last_success=notes.get("last_success"),
        last_error=notes.get("last_error"),
        state=notes.get("state") or STARTING,
    )


def purge_acknowledged(
    data_dir: Path, terminal_id: str, older_than_days: int, now: datetime | None = None
) -> int:
    """Delete local sealed blob files whose events central acknowledged over N days ago.

    A blob goes only when every event naming it is this terminal's own, acknowledged by
    central, and recorded before the cut-off; journal rows are never touched. Returns how
    many files were deleted.
    """
    if older_than_days < 0:
        raise ValueError("older_than_days must be 0 or more")
    cutoff = ((now or datetime.now(UTC)) - timedelta(days=older_than_days)).astimezone(UTC)
    cutoff_text = cutoff.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    state, reader = SyncState(data_dir), JournalReader(data_dir, terminal_id)
    try:
        cursors, own = state.cursors(), set(reader.origins())
        done: set[str] = set()
        keep: set[str] = set()
        for ref in reader.blob_references():
            acked = cursors.get(ref.origin, Cursor()).acknowledged
            old = ref.recorded_at < cutoff_text
            (done if ref.origin in own and ref.seq <= acked and old else keep).update(ref.digests)
        removed: list[str] = []
        for digest in sorted(done - keep):
            with contextlib.suppress(ValueError, FileNotFoundError):
                blob_path(data_dir, digest).unlink()
                removed.append(digest)
        state.forget_uploads(removed)
    finally:
        reader.close()
        state.close()
    if removed:
        log.info("retention: deleted %d sealed files central acknowledged", len(removed))
    return len(removed)


def _advance(
    cursors: dict[str, Cursor],
    batch: list[Event],
    results: dict[tuple[str, int], str],
    acknowledged: dict[str, int],
) -> dict[str, Cursor]:
    """New cursors for the batch's origins from the service's answer.

    ``acknowledged`` is the service's word. ``confirmed`` moves over the batch's events up to
    the first one the service did not store (a conflict). A service whose acknowledgement
    went backwards (restored from a backup) is sent everything again from there.
    """
    moved: dict[str, Cursor] = {}
    for origin in dict.fromkeys(e.origin for e in batch):
        old = cursors.get(origin, Cursor())
        ack = acknowledged[origin]
        confirmed = old.confirmed
        for event in batch:
            if event.origin != origin:
                continue
            if results[(origin, event.seq)] == "conflict":
                break
            confirmed = max(confirmed, event.seq)
        if ack < old.acknowledged:
            log.warning(
                "the case service now acknowledges %s only to %d (was %d); resending from there",
                origin,
                ack,
                old.acknowledged,
            )
            confirmed = ack
        moved[origin] = Cursor(ack, confirmed)
    return moved


def _blobs_of(event: Event) -> list[str]:
    blobs = event.payload.get("blobs", [])
    return [d for d in blobs if isinstance(d, str)] if isinstance(blobs, list) else []


# -- the shapes of what is pulled ------------------------------------------------------------


def catalogue_shape(value: Any) -> None:
    """``{"catalogue": {...}, "forms": [{...}], "life_events": {...}}``."""
    _need(isinstance(value, dict), "not a JSON object")
    _need(isinstance(value.get("catalogue"), dict), "no 'catalogue' object")
    forms = value.get("forms")
    _need(isinstance(forms, list) and all(isinstance(f, dict) for f in forms), "no 'forms' list")
    _need(isinstance(value.get("life_events"), dict), "no 'life_events' object")


def appointments_shape(value: Any) -> None:
    """``{"salt": "...", "appointments": [{reference, service, time, minutes, person}]}``."""
    _need(isinstance(value, dict), "not a JSON object")
    _need(isinstance(value.get("salt"), str), "no 'salt'")
    rows = value.get("appointments")
    _need(isinstance(rows, list), "no 'appointments' list")
    for row in rows:
        _need(isinstance(row, dict), "an appointment is not an object")
        for key in ("reference", "service", "time", "person"):
            _need(isinstance(row.get(key), str) and bool(row[key]), f"an appointment has no {key}")
        time_text = row["time"]
        _need(len(time_text) == 5 and time_text[2] == ":", f"an appointment time {time_text!r}")
        minutes = row.get("minutes")
        _need(type(minutes) is int and minutes > 0, "an appointment has no length in minutes")
        _need(
            type(row.get("priority", False)) is bool, "an appointment's priority is not true/false"
        )


def settings_shape(value: Any) -> None:
    """``{"settings": {"kiosk": {"idle_timeout_s": 60}, ...}}``; which keys may be set is
    checked before they are applied, where a refusal is recorded with its reason."""
    _need(isinstance(value, dict), "not a JSON object")
    _need(isinstance(value.get("settings"), dict), "no 'settings' object")


def roster_shape(value: Any) -> None:
    """``{"staff": [{"id", "name", ...}]}``."""
    _need(isinstance(value, dict), "not a JSON object")
    staff = value.get("staff")
    _need(isinstance(staff, list), "no 'staff' list")
    for person in staff:
        _need(isinstance(person, dict), "a staff entry is not an object")
        for key in ("id", "name"):
            _need(
                isinstance(person.get(key), str) and bool(person[key]),
                f"a staff entry has no {key}",
            )


def _need(ok: bool, problem: str) -> None:
    if not ok:
        raise ValueError(problem)


def _int(text: str | None) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return 0


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
