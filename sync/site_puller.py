"""Pulls from one peer terminal, for ever, the site-scope events this terminal lacks.

Each round asks the peer for everything past our per-origin cursors and holds the request
open until the peer has something (a long-poll). Failures are recorded in plain English and
retried with jittered backoff; the puller never gives up.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import requests

from core.ports import JournalConflict
from store.journal import SqliteJournal
from sync import site_wire as wire
from sync.site_link import PeerLink
from sync.site_status import (
    CONNECTED,
    OTHER_SITE,
    REFUSED_OUR_KEY,
    SENT_BAD_DATA,
    UNREACHABLE,
    PeerStatus,
)

log = logging.getLogger(__name__)

FIRST_BACKOFF_S = 0.2
MAX_BACKOFF_S = 2.0  # a site LAN: a returning peer is caught up within ~2 s
CONNECT_TIMEOUT_S = 5.0
# A peer answer is at most 1000 events of 64 kB each, plus room for the JSON around them.
MAX_ANSWER_BYTES = wire.MAX_BATCH * wire.MAX_EVENT_BYTES + 1024 * 1024

OnIngested = Callable[[int], None]


class PeerProblem(Exception):
    """A failed pull: ``state`` for the status, the message for staff."""

    def __init__(self, state: str, reason: str) -> None:
        super().__init__(reason)
        self.state = state


class SitePuller:
    """One daemon thread pulling from one peer into the journal."""

    def __init__(
        self,
        journal: SqliteJournal,
        url: str,
        peer_key: str,
        *,
        wait_s: float = 20.0,
        on_ingested: OnIngested | None = None,
    ) -> None:
        self.journal = journal
        self.url = url.rstrip("/")
        self._key = peer_key
        self._wait_s = min(wait_s, wire.MAX_WAIT_S)
        self._on_ingested = on_ingested
        self._stopping = threading.Event()
        self._status_lock = threading.Lock()
        self._status = PeerStatus(self.url, UNREACHABLE, last_error="not contacted yet")
        self._link = PeerLink()
        self._thread = threading.Thread(target=self._run, name=f"site-pull {self.url}", daemon=True)

    def start(self) -> None:
        """Start pulling in the background."""
        self._thread.start()

    def signal_stop(self) -> None:
        """Ask the thread to stop, without waiting (``stop`` waits)."""
        self._stopping.set()

    def stop(self, timeout_s: float = 1.5) -> None:
        """Stop pulling, cutting any long-poll in flight, and wait for the thread to end."""
        self._stopping.set()
        while self._thread.is_alive() and timeout_s > 0:
            self._link.cut()
            self._thread.join(0.05)
            timeout_s -= 0.05

    def status(self) -> PeerStatus:
        """How pulling from this peer is going."""
        with self._status_lock:
            return self._status

    def _run(self) -> None:
        backoff = FIRST_BACKOFF_S
        # The first pull after starting or after a failure does not wait at the peer, so the
        # status shows "connected" at once; from then on each pull is a long-poll.
        wait_s = 0.0
        with self._link.session() as session:
            while not self._stopping.is_set():
                try:
                    self._pull_once(session, wait_s)
                except PeerProblem as problem:
                    if self._stopping.is_set():
                        break
                    self._record_problem(problem.state, str(problem))
                except Exception as exc:
                    if self._stopping.is_set():
                        break
                    log.exception("pulling from site peer %s failed unexpectedly", self.url)
                    self._record_problem(SENT_BAD_DATA, f"could not store what it sent ({exc})")
                else:
                    # Straight back to the peer: either it has more, or the next pull long-polls.
                    backoff, wait_s = FIRST_BACKOFF_S, self._wait_s
                    continue
                wait_s = 0.0
                self._stopping.wait(backoff * (0.5 + secrets.SystemRandom().random() / 2))
                backoff = min(MAX_BACKOFF_S, backoff * 2)

    def _pull_once(self, session: requests.Session, wait_s: float) -> bool:
        """One round trip; returns whether the peer said it has more for us."""
        path = wire.PULL_PATH
        body = wire.encode(
            {
                "site": self.journal.site,
                "cursors": self.journal.site_cursors(),
                "wait_s": wait_s,
            }
        )
        headers = {
            "Content-Type": "application/json",
            wire.AUTH_HEADER: wire.sign(self._key, "POST", path, body),
        }
        try:
            with session.post(
                self.url + path,
                data=body,
                headers=headers,
                timeout=(CONNECT_TIMEOUT_S, wait_s + 10),
                stream=True,
            ) as answer:
                content = _read_capped(answer)
        except requests.Timeout:
            raise PeerProblem(UNREACHABLE, "the peer did not answer in time") from None
        except requests.RequestException as exc:
            raise PeerProblem(UNREACHABLE, f"cannot reach the peer ({_short(exc)})") from None
        self._check_answer(answer, path, content)
        try:
            reply = _object(wire.parse_json(content))
            events = wire.events_from_wire(reply.get("events"), self.journal.site)
        except wire.BadSiteData as exc:
            raise PeerProblem(SENT_BAD_DATA, f"the peer sent data we refused: {exc}") from None
        more = reply.get("more")
        if not isinstance(more, bool):
            raise PeerProblem(SENT_BAD_DATA, "the peer's answer did not say whether there is more")
        try:
            new = self.journal.ingest_many(events)
        except JournalConflict as exc:
            raise PeerProblem(
                SENT_BAD_DATA, f"the peer sent an event that contradicts ours: {exc}"
            ) from None
        self._record_success(new)
        if new and self._on_ingested is not None:
            try:
                self._on_ingested(new)
            except Exception:
                log.exception("the site refresh callback failed")
        return more

    def _check_answer(self, answer: requests.Response, path: str, content: bytes) -> None:
        if answer.status_code == 401:
            raise PeerProblem(
                REFUSED_OUR_KEY,
                "the peer refused our site key; check that both terminals have the same peer key",
            )
        if answer.status_code == 409:
            theirs = _object(_quiet_json(content)).get("site")
            raise PeerProblem(
                OTHER_SITE, f"the peer belongs to site {theirs!r}, not ours ({self.journal.site!r})"
            )
        if answer.status_code == 503:
            raise PeerProblem(UNREACHABLE, "the peer is shutting down")
        if answer.status_code != 200:
            raise PeerProblem(SENT_BAD_DATA, f"the peer answered HTTP {answer.status_code}")
        given = answer.headers.get(wire.AUTH_HEADER)
        if not wire.signature_ok(self._key, wire.RESPONSE, path, content, given):
            raise PeerProblem(SENT_BAD_DATA, "the peer's answer was not signed with our site key")

    def _record_success(self, new: int) -> None:
        with self._status_lock:
            old = self._status
            self._status = PeerStatus(
                self.url, CONNECTED, _utc_now(), None, old.events_received + new
            )

    def _record_problem(self, state: str, reason: str) -> None:
        with self._status_lock:
            old = self._status
            # Every retry fails the same way while a peer is down; log only what is news.
            level = logging.DEBUG if reason == old.last_error else logging.WARNING
            log.log(level, "site peer %s: %s", self.url, reason)
            self._status = PeerStatus(self.url, state, old.last_ok, reason, old.events_received)


def _read_capped(answer: requests.Response) -> bytes:
    chunks, size = [], 0
    for chunk in answer.iter_content(64 * 1024):
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            raise PeerProblem(SENT_BAD_DATA, "the peer's answer was far too large")
        chunks.append(chunk)
    return b"".join(chunks)


def _object(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PeerProblem(SENT_BAD_DATA, "the peer's answer was not a JSON object")
    return value


def _quiet_json(content: bytes) -> object:
    try:
        return wire.parse_json(content)
    except wire.BadSiteData:
        return {}


def _short(exc: Exception) -> str:
    text = str(exc)
    for plain in ("Connection refused", "timed out", "Connection reset", "Name or service"):
        if plain.lower() in text.lower():
            return plain.lower()
    return type(exc).__name__


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
