"""A central sync engine in its own process that drains once per command, for the chaos test.

Usage: ``python -m tests.sync.central_chaos_child DATA_DIR TERMINAL_ID SITE URL BATCH_EVENTS``

Prints ``ready``. Then each ``drain`` line on stdin runs one ``drain_once()`` and prints one
JSON line ``{"backlog": N, "state": "...", "error": "..." or null}``; ``quit`` stops the
engine cleanly. The test kills it with SIGKILL whenever it likes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sync.central_sync import CentralSync

# Short waits, so a held or dripped answer costs the test well under a second.
CLIENT = {"connect_timeout_s": 2.0, "read_timeout_s": 0.3, "deadline_s": 0.6}


def main(argv: list[str]) -> None:
    """Drain once per ``drain`` line until ``quit`` (or a kill)."""
    folder, terminal_id, site, url, batch = argv
    engine = CentralSync(
        Path(folder), terminal_id, site, url, batch_events=int(batch), client_options=CLIENT
    )
    print("ready", flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "quit":
            break
        if command == "drain":
            status = engine.drain_once()
            answer = {"backlog": status.backlog, "state": status.state, "error": status.last_error}
            print(json.dumps(answer), flush=True)
    engine.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
