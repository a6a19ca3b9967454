"""A display board in its own process, for the call-to-board benchmark.

``python -m benchmarks.board_process FOLDER PEER_URL PEER_KEY SITE`` opens its own journal
in FOLDER, pulls the site's events from PEER_URL with the real ``SiteReplicator``, and
refreshes its ``SiteQueueFeed`` from the replicator's ``on_ingested`` callback, as a board
screen does. It prints ``ready`` once replicating, then ``called <number>`` the moment each
new call appears in its queue. It stops when its standard input closes.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from core.queue_feed import SiteQueueFeed
from core.site_day import SiteCalendar
from store.journal import SqliteJournal
from sync.site_peers import SiteReplicator


def main(argv: list[str]) -> int:
    """Run the board until stdin closes."""
    folder, peer_url, peer_key, site = argv
    journal = SqliteJournal(Path(folder), "bench-board", site)
    feed = SiteQueueFeed(journal, SiteCalendar())
    lock = threading.Lock()
    shown = len(feed.queue.calls)

    def on_ingested(_count: int) -> None:
        nonlocal shown
        with lock:
            feed.refresh()
            calls = feed.queue.calls
            for call in calls[shown:]:
                print(f"called {call.number}", flush=True)
            shown = len(calls)

    replicator = SiteReplicator(
        journal,
        listen_host="127.0.0.1",
        listen_port=0,
        peers=[peer_url],
        peer_key=peer_key,
        on_ingested=on_ingested,
        wait_s=20.0,
    )
    replicator.start()
    print("ready", flush=True)
    try:
        sys.stdin.read()
    finally:
        replicator.stop()
        journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
