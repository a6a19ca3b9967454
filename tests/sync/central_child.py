"""A central sync engine in its own process, for the SIGKILL test.

Usage: ``python -m tests.sync.central_child DATA_DIR TERMINAL_ID SITE URL BATCH_EVENTS``

Starts the engine, prints ``started``, and runs until a ``quit`` line on stdin (or a kill).
"""

from __future__ import annotations

import sys
from pathlib import Path

from sync.central_sync import CentralSync


def main(argv: list[str]) -> None:
    """Run the engine until told to quit (or killed)."""
    folder, terminal_id, site, url, batch = argv
    engine = CentralSync(
        Path(folder),
        terminal_id,
        site,
        url,
        batch_events=int(batch),
        first_backoff_s=0.02,
        max_backoff_s=0.2,
        idle_check_s=0.05,
    )
    engine.start()
    print("started", flush=True)
    for line in sys.stdin:
        if line.strip() == "quit":
            break
    engine.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
