"""The central sync engine against the real reference case service over loopback HTTP.

What matters is what the SERVICE ends up holding: every event of the terminal exactly once,
byte for byte, whatever the link did (cut mid-upload, captive portal, skewed clock, answers
lost after commit, a killed engine process). Waits poll their condition; none sleeps.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import queue
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO

import pytest

from core.clock import wall_clock_ms
from core.events import Event, EventDraft, Scope
from store.journal import SqliteJournal
from store.sync_state import JournalReader, SyncState, blob_path
from sync.central_blobs import CHUNK_BYTES
from sync.central_client import BatchAnswer, CentralClient
from sync.central_sync import (
    REFUSED_US,
    RETRYING,
    UP_TO_DATE,
    CentralSync,
    purge_acknowledged,
    read_status,
)
from sync.terminal_identity import KEY_FILE, IdentityError, TerminalIdentity
from tests.conftest import ROOT
from tests.sync.central_support import (
    SITE,
    TERMINAL,
    Council,
    blobs_of,
    council_fixture,
    fill,
)
from tests.sync.fault_proxy import BAD_GATEWAY, CAPTIVE_PORTAL, canned
from tests.sync.site_support import DEADLINE_S, wait_until

TWO_HOURS_MS = 2 * 60 * 60 * 1000


@pytest.fixture
def council(tmp_path: Path) -> Iterator[Council]:
    """The reference case service, stopped (with every engine and proxy) afterwards."""
    yield from council_fixture(tmp_path)


# -- the terminal's key ------------------------------------------------------------------------


def test_the_terminal_key_is_made_once_private_and_reused(tmp_path: Path) -> None:
    first = TerminalIdentity.load_or_create(tmp_path, "kiosk-7")
    key_file = tmp_path / KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    again = TerminalIdentity.load_or_create(tmp_path, "kiosk-7")
    assert again.public_key_b64() == first.public_key_b64()
    assert again.sign(b"x") == first.sign(b"x")
    assert len(first.public_key_b64()) == 44  # base64 of 32 bytes


def test_a_damaged_key_file_is_refused_with_a_plain_message(tmp_path: Path) -> None:
    (tmp_path / KEY_FILE).write_text("# civic-kiosk\nnot-a-key!!\n", encoding="ascii")
    with pytest.raises(IdentityError, match=r"is damaged\. Move .* aside to make a new key"):
        TerminalIdentity.load_or_create(tmp_path, "kiosk-7")


# -- draining ------------------------------------------------------------------------------------


def test_a_backlog_of_1200_events_with_blobs_arrives_exactly_once(council: Council) -> None:
    journal = council.terminal()
    events = fill(journal, 1200, blob_every=10)
    engine = council.engine(journal)
    assert engine.status().backlog == 1200

    status = engine.drain_once()

    assert status.last_error is None
    assert (status.backlog, status.oldest_unsent, status.state) == (0, None, UP_TO_DATE)
    store = council.service.store
    assert store.event_count() == 1200
    assert store.acknowledged(TERMINAL) == 1200
    assert council.held(journal) == 1200
    for digest in blobs_of(events):
        assert store.blob_size(digest) == 1500
    # Nothing more to send: a second drain sends nothing and stays up to date.
    assert engine.drain_once().state == UP_TO_DATE
    assert store.event_count() == 1200
    stored = read_status(journal.data_dir)
    assert stored is not None and stored.backlog == 0 and stored.last_success is not None


def test_answers_lost_after_commit_503s_and_duplicate_delivery_lose_and_double_nothing(
    council: Council,
) -> None:
    journal = council.terminal()
    events = fill(journal, 700, blob_every=50)
    proxy = council.proxy()
    proxy.duplicate(True)  # every request reaches the service twice
    council.faults(drop_after_commit_next=3, fail_next=3, status=503)
    engine = council.engine(journal, proxy.url, batch_events=200)
    engine.start()
    wait_until(lambda: engine.status().backlog == 0, "the backlog to drain")
    store = council.service.store
    assert store.event_count() == 700 and store.acknowledged(TERMINAL) == 700
    assert council.held(journal) == 700
    assert all(store.blob_size(d) == 1500 for d in blobs_of(events))


def test_a_captive_portal_page_on_200_is_not_success_and_the_backlog_stays(
    council: Council,
) -> None:
    journal = council.terminal()
    fill(journal, 30)
    proxy = council.proxy()
    proxy.answer_with(CAPTIVE_PORTAL)
    engine = council.engine(journal, proxy.url)

    status = engine.drain_once()

    assert status.backlog == 30
    assert status.last_success is None
    assert status.last_error is not None and "web page came back" in status.last_error
    assert "sign-in page" in status.last_error
    assert council.service.store.event_count() == 0
    assert not (journal.data_dir / "central" / "catalogue.json").exists()

    # The service's own sign-in-page fault, on the events request itself.
    proxy.heal()
    council.faults(html_next=4)
    status = engine.drain_once()
    assert status.backlog == 30 and "web page" in (status.last_error or "")

    council.faults(reset=True)
    status = engine.drain_once()
    assert (status.backlog, status.last_error) == (0, None)
    assert council.held(journal) == 30


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        (canned("200 OK", "application/json", b'{"ok":true}'), "one result per event"),
        (canned("200 OK", "application/json", b"{not json"), "not valid JSON"),
        (canned("200 OK", "text/plain", b""), "web page came back"),
        (BAD_GATEWAY, "HTTP 502, a web page"),
        (canned("302 Found", "text/html", b""), "redirected"),
        (canned("404 Not Found", "text/html", b"<h1>Not Found</h1>"), "HTTP 404"),
    ],
    ids=["wrong-shape", "garbage", "empty-text", "bad-gateway", "redirect", "html-404"],
)
def test_only_a_correct_answer_counts_as_success(
    council: Council, answer: bytes, words: str
) -> None:
    journal = council.terminal()
    fill(journal, 3)
    proxy = council.proxy()
    proxy.answer_with(answer)
    status = council.engine(journal, proxy.url).drain_once()
    assert status.backlog == 3 and status.last_success is None
    assert status.last_error is not None and words in status.last_error


def test_an_answer_that_only_drips_in_is_given_up_on_and_retried(council: Council) -> None:
    journal = council.terminal()
    fill(journal, 5)
    proxy = council.proxy()
    proxy.drip(0.05)  # 16 bytes every 50 ms: headers alone take seconds
    engine = council.engine(journal, proxy.url, client_options={"deadline_s": 0.5})
    status = engine.drain_once()
    assert status.backlog == 5
    assert "took too long" in (status.last_error or "") or "in time" in (status.last_error or "")
    proxy.heal()
    assert engine.drain_once().backlog == 0
    assert council.held(journal) == 5


def test_a_clock_two_hours_fast_is_corrected_and_remembered(council: Council) -> None:
    journal = council.terminal()
    fill(journal, 10)
    fast = {"clock_ms": lambda: wall_clock_ms() + TWO_HOURS_MS}
    engine = council.engine(journal, client_options=fast)

    status = engine.drain_once()

    assert (status.backlog, status.last_error) == (0, None)
    assert abs(engine.client.offset_ms + TWO_HOURS_MS) < 60_000
    engine.stop()
    # A restarted engine starts with the learned correction: its first request is accepted.
    fill(journal, 1)
    again = council.engine(journal, client_options=fast)
    assert abs(again.client.offset_ms + TWO_HOURS_MS) < 60_000
    assert again.drain_once().backlog == 0
    assert council.held(journal) == 11


def test_an_unknown_terminal_is_told_plainly_and_retried_until_registered(
    council: Council,
) -> None:
    journal = council.terminal(register=False)
    fill(journal, 20)
    engine = council.engine(journal)
    engine.start()
    wait_until(lambda: engine.status().state == REFUSED_US, "the refusal to show")
    status = engine.status()
    assert status.last_error == (
        f"the case service does not know this terminal ({TERMINAL}); ask IT to register its "
        "public key"
    )
    assert status.backlog == 20
    assert engine._thread is not None and engine._thread.is_alive()

    council.register(TerminalIdentity.load_or_create(journal.data_dir, TERMINAL))
    engine.wake()
    wait_until(lambda: engine.status().backlog == 0, "sending once registered")
    assert engine.status().last_error is None
    assert council.held(journal) == 20


def test_retries_back_off_from_half_a_second_doubling_to_a_minute(tmp_path: Path) -> None:
    waits: list[float] = []
    done = threading.Event()

    class Recorded(CentralSync):
        def _pause(self, seconds: float) -> None:
            waits.append(seconds)
            if len(waits) == 10:
                self._stopping.set()
                done.set()

    journal = SqliteJournal(tmp_path, TERMINAL, SITE)
    fill(journal, 1)
    journal.close()
    dead = "http://127.0.0.1:9"  # the discard port: nothing listens
    engine = Recorded(tmp_path, TERMINAL, SITE, dead, client_options={"connect_timeout_s": 1})
    engine.start()
    assert done.wait(DEADLINE_S)
    engine.stop()
    for n, wait in enumerate(waits):
        ceiling = min(60.0, 0.5 * 2**n)
        assert ceiling / 2 <= wait <= ceiling, (n, wait)
    status = engine.status()
    assert "cannot reach the case service (connection refused)" in (status.last_error or "")
    assert (status.backlog, status.last_success) == (1, None)


# -- resuming ------------------------------------------------------------------------------------


def test_a_restarted_engine_resumes_from_the_acknowledged_cursor(council: Council) -> None:
    journal = council.terminal()
    fill(journal, 1200, blob_every=25)
    council.faults(slow_ms=20)
    first = council.engine(journal, batch_events=100)
    first.start()
    store = council.service.store
    wait_until(lambda: store.acknowledged(TERMINAL) >= 400, "part of the backlog to arrive")
    first.stop()
    state = SyncState(journal.data_dir)
    acknowledged = state.cursors()[TERMINAL].acknowledged
    state.close()
    # The last batch may have been cut after the service stored it: the cursor then lags by
    # one batch, which is resent (as duplicates), never skipped.
    assert 300 <= acknowledged < 1200

    council.faults(reset=True)
    second = council.engine(journal, batch_events=100)
    sent: list[int] = []
    post = second.client.post_events

    def counted(events: Sequence[Event]) -> BatchAnswer:
        sent.extend(e.seq for e in events)
        return post(events)

    second.client.post_events = counted  # type: ignore[method-assign]
    second.start()
    wait_until(lambda: second.status().backlog == 0, "the rest of the backlog")

    assert sent[0] == acknowledged + 1
    assert sorted(sent) == list(range(acknowledged + 1, 1201))
    assert store.event_count() == 1200 and council.held(journal) == 1200


class Child:
    """A sync engine in another process (tests/sync/central_child.py)."""

    def __init__(self, data_dir: Path, url: str, batch: int) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.sync.central_child",
                str(data_dir),
                TERMINAL,
                SITE,
                url,
                str(batch),
            ],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        assert self.process.stdout is not None
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()
        assert self._lines.get(timeout=DEADLINE_S) == "started"

    def _read(self, stdout: IO[str]) -> None:
        for line in stdout:
            self._lines.put(line.strip())

    def kill(self) -> None:
        """SIGKILL: no chance to finish a request or close a file."""
        self.process.kill()
        self.process.wait(timeout=DEADLINE_S)
        self._close_pipes()

    def quit(self) -> int:
        """Ask it to stop cleanly; its exit status."""
        assert self.process.stdin is not None
        self.process.stdin.write("quit\n")
        self.process.stdin.flush()
        code = self.process.wait(timeout=DEADLINE_S)
        self._close_pipes()
        return code

    def _close_pipes(self) -> None:
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def children() -> Iterator[list[Child]]:
    """Child engines started by the test, killed afterwards if still running."""
    started: list[Child] = []
    yield started
    for child in started:
        if child.process.poll() is None:
            child.kill()


def test_an_engine_killed_mid_drain_and_restarted_leaves_every_event_held_once(
    council: Council, children: list[Child]
) -> None:
    journal = council.terminal()
    events = fill(journal, 1200, blob_every=20)
    council.faults(slow_ms=15)
    store = council.service.store
    killed = Child(journal.data_dir, council.url, 50)
    children.append(killed)
    wait_until(lambda: store.acknowledged(TERMINAL) >= 300, "part of the backlog to arrive")
    killed.kill()
    assert store.acknowledged(TERMINAL) < 1200

    council.faults(reset=True)
    restarted = Child(journal.data_dir, council.url, 50)
    children.append(restarted)
    wait_until(lambda: store.acknowledged(TERMINAL) == 1200, "the rest of the backlog")
    # The service may hold the last batch before the engine has read its answer: wait for
    # the engine to record it too (a quit mid-answer would rightly send that batch again).
    wait_until(lambda: _backlog_recorded(journal.data_dir) == 0, "the engine to record it")
    assert restarted.quit() == 0
    assert store.event_count() == 1200 and council.held(journal) == 1200
    assert all(store.blob_size(d) == 1500 for d in blobs_of(events))
    stored = read_status(journal.data_dir)
    assert stored is not None and stored.backlog == 0


def _backlog_recorded(data_dir: Path) -> int | None:
    stored = read_status(data_dir)
    return None if stored is None else stored.backlog


def test_a_50_mb_blob_cut_at_60_percent_resumes_from_the_services_offset(
    council: Council,
) -> None:
    journal = council.terminal()
    size = 50 * 1024 * 1024
    data = os.urandom(size)
    digest = hashlib.sha256(data).hexdigest()
    journal.append(EventDraft("document.scanned", {"pages": 40}, Scope.CENTRAL), [data])
    del data
    proxy = council.proxy()
    engine = council.engine(journal, proxy.url)
    proxy.cut_after(int(size * 0.6))

    status = engine.drain_once()

    assert not proxy.cut_pending
    assert status.backlog == 1 and "cannot reach the case service" in (status.last_error or "")
    assert council.service.app.wait_idle(DEADLINE_S)
    state = SyncState(journal.data_dir)
    location = state.upload(digest)
    state.close()
    assert location is not None
    upload = council.service.store.upload(location.rsplit("/", 1)[1])
    assert upload is not None and 0.55 * size < upload.received <= 0.6 * size
    before = proxy.upstream_bytes

    status = engine.drain_once()

    assert (status.backlog, status.last_error) == (0, None)
    resent = proxy.upstream_bytes - before
    assert 0.39 * size < resent < 0.42 * size, resent / size  # about 40%, not 100%
    assert council.service.store.blob_size(digest) == size
    state = SyncState(journal.data_dir)
    assert state.upload(digest) is None  # done: forgotten
    state.close()
    stored = council.service.store.blobs.path_for(digest)
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == digest
    assert CHUNK_BYTES == 4 * 1024 * 1024


def test_an_engine_killed_mid_upload_resumes_the_upload_after_restart(
    council: Council, children: list[Child]
) -> None:
    journal = council.terminal()
    size = 24 * 1024 * 1024
    data = os.urandom(size)
    digest = hashlib.sha256(data).hexdigest()
    journal.append(EventDraft("document.scanned", {"pages": 20}, Scope.CENTRAL), [data])
    del data
    proxy = council.proxy()
    council.faults(slow_ms=60)  # each 4 MiB chunk's answer waits: the kill lands mid-upload
    killed = Child(journal.data_dir, proxy.url, 500)
    children.append(killed)
    wait_until(lambda: proxy.upstream_bytes > size // 2, "half the file to go up")
    killed.kill()
    council.faults(reset=True)
    assert council.service.app.wait_idle(DEADLINE_S)
    assert council.service.store.blob_size(digest) is None
    before = proxy.upstream_bytes

    restarted = Child(journal.data_dir, proxy.url, 500)
    children.append(restarted)
    wait_until(lambda: council.service.store.blob_size(digest) == size, "the whole file")
    wait_until(lambda: council.service.store.acknowledged(TERMINAL) == 1, "the event")
    assert restarted.quit() == 0
    assert proxy.upstream_bytes - before < 0.55 * size  # resumed, not started again


# -- pulling -------------------------------------------------------------------------------------


def test_pulled_files_are_written_once_and_left_alone_on_304(council: Council) -> None:
    journal = council.terminal()
    engine = council.engine(journal)
    day = engine._today()
    central = journal.data_dir / "central"
    names = ("catalogue.json", f"appointments-{day}.json", "roster.json")

    assert engine.drain_once().last_error is None
    first = {n: (central / n).stat() for n in names}
    roster = (central / "roster.json").read_bytes()
    assert roster.startswith(b'{"staff":[')

    assert engine.drain_once().last_error is None
    again = {n: (central / n).stat() for n in names}
    for n in names:
        assert (again[n].st_ino, again[n].st_mtime_ns) == (first[n].st_ino, first[n].st_mtime_ns)

    # The council changes the site's roster: only roster.json is replaced (atomically).
    staff = council.content / "sites" / SITE / "staff.json"
    staff.parent.mkdir(parents=True)
    staff.write_text('{"staff": [{"id": "s-new", "name": "New Person"}]}', encoding="utf-8")
    assert engine.drain_once().last_error is None
    changed = {n: (central / n).stat() for n in names}
    assert changed["roster.json"].st_ino != first["roster.json"].st_ino
    assert b"s-new" in (central / "roster.json").read_bytes()
    for n in names[:2]:
        assert changed[n].st_ino == first[n].st_ino
    assert not [p for p in central.iterdir() if p.name.startswith(".")]  # no temp files left

    # A week-old appointment list is cleared away when a new day's arrives; yesterday's stays.
    old_day = central / "appointments-2000-01-01.json"
    old_day.write_text("{}", encoding="utf-8")
    yesterday = central / f"appointments-{date.fromisoformat(day) - timedelta(days=1)}.json"
    yesterday.write_text("{}", encoding="utf-8")
    engine._pulled_day = ""
    assert engine.drain_once().last_error is None
    assert not old_day.exists() and yesterday.exists()

    # A 304 is what the service really answered: ask with the stored ETag directly.
    client = CentralClient(council.url, TerminalIdentity.load_or_create(journal.data_dir, TERMINAL))
    state = SyncState(journal.data_dir)
    etag = state.etag("roster.json")
    state.close()
    answer = client.get_json(f"/case/v1/sites/{SITE}/roster", lambda v: None, etag=etag)
    client.close()
    assert answer.status == 304


def test_a_failing_pull_does_not_hold_up_sending(council: Council) -> None:
    journal = council.terminal()
    fill(journal, 40)
    (council.content / "catalogue" / "life-events.json").unlink()  # the service answers 503
    engine = council.engine(journal)
    status = engine.drain_once()
    assert status.backlog == 0 and council.held(journal) == 40
    assert status.state == RETRYING
    assert status.last_error == "the case service had a problem (HTTP 503)"
    assert not (journal.data_dir / "central" / "catalogue.json").exists()


# -- retention -----------------------------------------------------------------------------------


def test_retention_deletes_only_blobs_central_acknowledged_long_enough_ago(
    council: Council,
) -> None:
    journal = council.terminal()
    sent = fill(journal, 6, blob_every=2)  # 3 events with blobs
    shared = os.urandom(900)
    both = journal.append(EventDraft("document.scanned", {"n": "a"}, Scope.CENTRAL), [shared])
    engine = council.engine(journal)
    assert engine.drain_once().backlog == 0
    unsent = fill(journal, 4, blob_every=2)  # 2 more, never sent
    journal.append(EventDraft("document.scanned", {"n": "b"}, Scope.CENTRAL), [shared])
    folder = journal.data_dir

    assert purge_acknowledged(folder, TERMINAL, 7) == 0  # acknowledged, but too recent
    later = datetime.now(UTC) + timedelta(days=8)
    assert purge_acknowledged(folder, TERMINAL, 7, now=later) == 3

    for digest in blobs_of(sent):
        assert not blob_path(folder, digest).exists()
    for digest in blobs_of(unsent):
        assert blob_path(folder, digest).exists()  # not acknowledged: kept
    shared_digest = both.payload["blobs"][0]
    assert blob_path(folder, shared_digest).exists()  # also named by an unsent event
    assert blob_path(folder, shared_digest) == journal.blobs.path_for(shared_digest)
    assert len(list(journal.events())) == 12  # journal rows are never touched
    # What is still to send goes as before.
    assert engine.drain_once().backlog == 0
    assert all(council.service.store.blob_size(d) is not None for d in blobs_of(unsent))


def test_an_old_incarnations_missing_events_do_not_hold_sending_forever(
    council: Council,
) -> None:
    """A quarantined journal's events that reached us again from site peers have gaps."""
    journal = council.terminal()
    fill(journal, 3)
    donor = council.terminal("donor", register=False)
    old = [e for e in fill(donor, 6) if e.seq in (2, 5, 6)]
    journal.ingest_many([dataclasses.replace(e, origin=f"{TERMINAL}~2") for e in old])
    engine = council.engine(journal)
    status = engine.drain_once()
    assert (status.backlog, status.last_error) == (0, None)
    store = council.service.store
    assert store.acknowledged(TERMINAL) == 3
    assert store.acknowledged(f"{TERMINAL}~2") == 0  # 1, 3 and 4 were never here
    assert [store.event_body(f"{TERMINAL}~2", s) is not None for s in (2, 5, 6)] == [True] * 3
    reader = JournalReader(journal.data_dir, TERMINAL)
    assert reader.origins() == [TERMINAL, f"{TERMINAL}~2"]
    reader.close()
    assert engine.drain_once().backlog == 0
