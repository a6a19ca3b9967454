"""The site endpoints one terminal serves to its peers, spoken to over real loopback HTTP."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from core.events import EventDraft, Scope
from sync import site_wire as wire
from tests.sync.site_support import KEY, SITE, Site, events_in, raw_pull, ticket, wait_until


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    """Terminals for one test, stopped and closed afterwards."""
    made = Site(tmp_path)
    yield made
    made.close()


def test_a_pull_returns_site_events_and_never_central_ones(site: Site) -> None:
    """Central-scope events (feedback, quarantine notes) stay on the terminal."""
    kiosk = site.terminal("kiosk-1")
    issued = [kiosk.journal.append(ticket(i)) for i in range(3)]
    kiosk.journal.append(EventDraft("feedback.given", {"rating": 5}, Scope.CENTRAL))
    answer = raw_pull(kiosk.url, {"site": SITE, "cursors": {}, "wait_s": 0})
    assert answer.status_code == 200
    assert events_in(answer) == issued
    assert answer.json()["more"] is False
    assert wire.signature_ok(
        KEY, wire.RESPONSE, wire.PULL_PATH, answer.content, answer.headers[wire.AUTH_HEADER]
    )


def test_a_pull_gives_only_what_the_peer_lacks(site: Site) -> None:
    """Cursors say what the peer holds; only later events come back."""
    kiosk = site.terminal("kiosk-1")
    issued = [kiosk.journal.append(ticket(i)) for i in range(4)]
    answer = raw_pull(kiosk.url, {"site": SITE, "cursors": {"kiosk-1": 2}, "wait_s": 0})
    assert events_in(answer) == issued[2:]


def test_a_long_poll_answers_as_soon_as_a_ticket_is_issued(site: Site) -> None:
    """Nothing new: the pull waits, and returns the moment an event is stored."""
    kiosk = site.terminal("kiosk-1")
    answers: list[requests.Response] = []
    asking = threading.Thread(
        target=lambda: answers.append(
            raw_pull(kiosk.url, {"site": SITE, "cursors": {}, "wait_s": 25})
        )
    )
    asking.start()
    kiosk.journal.append(EventDraft("feedback.given", {"rating": 4}, Scope.CENTRAL))
    issued = kiosk.journal.append(ticket(1))
    asking.join(timeout=20)
    assert not asking.is_alive()
    assert events_in(answers[0]) == [issued]


def test_a_long_poll_with_nothing_new_ends_after_wait_s(site: Site) -> None:
    """The peer gets an empty answer when its wait is over."""
    kiosk = site.terminal("kiosk-1")
    answer = raw_pull(kiosk.url, {"site": SITE, "cursors": {}, "wait_s": 0.2})
    assert answer.json() == {"events": [], "more": False}


def test_a_big_backlog_comes_in_batches_with_more(site: Site) -> None:
    """At most 500 events an answer; ``more`` tells the peer to ask again at once."""
    kiosk = site.terminal("kiosk-1")
    for i in range(520):
        kiosk.journal.append(ticket(i))
    first = raw_pull(kiosk.url, {"site": SITE, "cursors": {}, "wait_s": 0})
    assert len(events_in(first)) == 500
    assert first.json()["more"] is True
    rest = raw_pull(kiosk.url, {"site": SITE, "cursors": {"kiosk-1": 500}, "wait_s": 0})
    assert [e.seq for e in events_in(rest)] == list(range(501, 521))
    assert rest.json()["more"] is False


def test_status_reports_origin_site_and_cursors(site: Site) -> None:
    """``GET /site/v1/status`` says who the terminal is and what it holds."""
    kiosk = site.terminal("kiosk-1")
    kiosk.journal.append(ticket(1))
    signature = wire.sign(KEY, "GET", wire.STATUS_PATH, b"")
    answer = requests.get(
        kiosk.url + wire.STATUS_PATH, headers={wire.AUTH_HEADER: signature}, timeout=10
    )
    assert answer.json() == {
        "origin": "kiosk-1",
        "site": SITE,
        "cursors": {"kiosk-1": 1},
        "last_rowid": 1,
    }


@pytest.mark.parametrize("key", ["someone-elses-key", None])
def test_a_wrong_or_missing_key_is_refused(site: Site, key: str | None) -> None:
    """Without the site's key nothing is served."""
    kiosk = site.terminal("kiosk-1")
    kiosk.journal.append(ticket(1))
    if key is None:
        answer = requests.post(kiosk.url + wire.PULL_PATH, data=b"{}", timeout=10)
    else:
        answer = raw_pull(kiosk.url, {"site": SITE, "cursors": {}, "wait_s": 0}, key=key)
    assert answer.status_code == 401
    assert "site key" in answer.json()["error"]
    assert "events" not in answer.json()


def test_a_terminal_of_another_site_is_told_so(site: Site) -> None:
    """A pull naming a different site gets 409 and the site this terminal belongs to."""
    kiosk = site.terminal("kiosk-1")
    answer = raw_pull(kiosk.url, {"site": "barking-learning-centre", "cursors": {}, "wait_s": 0})
    assert answer.status_code == 409
    assert answer.json()["site"] == SITE


def test_oversized_unknown_and_malformed_requests(site: Site) -> None:
    """413 for a huge body, 404 for an unknown path, 400 for bad JSON or bad cursors."""
    kiosk = site.terminal("kiosk-1")
    huge = raw_pull(kiosk.url, b"x" * (1024 * 1024 + 1))
    assert huge.status_code == 413
    assert requests.get(kiosk.url + "/site/v1/other", timeout=10).status_code == 404
    assert raw_pull(kiosk.url, b"{not json").status_code == 400
    deep = raw_pull(kiosk.url, b"[" * 100_000 + b"]" * 100_000)  # a peer's garbage, not a 500
    assert deep.status_code == 400 and "nested too deeply" in deep.json()["error"]
    bad = raw_pull(kiosk.url, {"site": SITE, "cursors": {"kiosk-1": "lots"}, "wait_s": 0})
    assert bad.status_code == 400
    assert "cursor" in bad.json()["error"]


def test_payloads_never_reach_the_log(site: Site, caplog: pytest.LogCaptureFixture) -> None:
    """Request logging names the endpoint, never what the events say."""
    caplog.set_level(logging.DEBUG)
    kiosk = site.terminal("kiosk-1")
    kiosk.journal.append(EventDraft("ticket.issued", {"secret": "PAYLOAD-MARKER"}, Scope.SITE))
    raw_pull(kiosk.url, {"site": SITE, "cursors": {}, "wait_s": 0})
    raw_pull(kiosk.url, {"site": SITE, "cursors": {}, "wait_s": 0}, key="wrong")
    assert "/site/v1/pull" in caplog.text
    assert "PAYLOAD-MARKER" not in caplog.text


def test_stopping_ends_a_long_poll_in_flight_promptly(site: Site) -> None:
    """A peer waiting on us does not hold up shutting this terminal down."""
    kiosk = site.terminal("kiosk-1")
    answers: list[requests.Response] = []
    asking = threading.Thread(
        target=lambda: answers.append(
            raw_pull(kiosk.url, {"site": SITE, "cursors": {}, "wait_s": 25})
        )
    )
    asking.start()
    wait_until(lambda: kiosk.replicator.peers_waiting == 1, "the long-poll to arrive")
    started = time.monotonic()
    kiosk.replicator.stop()
    assert time.monotonic() - started < 2
    asking.join(timeout=10)
    assert answers[0].json() == {"events": [], "more": False}
