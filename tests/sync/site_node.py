"""One terminal in its own process, for the kill -9 test, driven by lines on stdin.

Usage: ``python -m tests.sync.site_node FOLDER TERMINAL_ID PORT [PEER_URL ...]``

Prints ``port N`` once serving. Then each stdin line is a command: ``append N`` appends N
site-scope tickets and prints ``appended SEQ``; ``cursors`` prints the site cursors as JSON;
``quit`` stops cleanly.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from store.journal import SqliteJournal
from sync.site_peers import SiteReplicator
from tests.sync.site_support import KEY, SITE, ticket


def main(argv: list[str]) -> None:
    """Run the terminal until told to quit (or killed)."""
    folder, terminal_id, port, *peers = argv
    journal = SqliteJournal(Path(folder), terminal_id, SITE)
    replicator = SiteReplicator(
        journal, listen_host="127.0.0.1", listen_port=int(port), peers=peers, peer_key=KEY
    )
    replicator.start()
    print(f"port {replicator.port}", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "append":
            last = None
            for _ in range(int(argument)):
                last = journal.append(ticket(0))
            print(f"appended {last.seq if last else 0}", flush=True)
        elif command == "cursors":
            print(json.dumps(journal.site_cursors()), flush=True)
        elif command == "quit":
            break
    replicator.stop()
    journal.close()


if __name__ == "__main__":
    main(sys.argv[1:])
