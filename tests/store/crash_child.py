"""The process the crash test kills: ``python -m tests.store.crash_child DATA_DIR``.

It imports the journal once, then serves the test over a pipe. For each ``go`` line on
stdin it forks a writer that opens the journal and appends events until it is killed
with SIGKILL; for each ``reap PID`` line it collects that writer and reports how it died.
Forking from an already-imported process keeps 200 kills to seconds, not minutes, and
every writer still opens the database from scratch, as a restarted kiosk would.

Lines written to stdout (each with one ``os.write``, so lines never interleave):
    ``pid N``            a writer started;
    ``ack SEQ``          an append returned (the event is committed);
    ``reaped N STATUS``  the writer is gone; STATUS is the raw ``waitpid`` status.
"""

from __future__ import annotations

import os
import random
import sys
import traceback
from pathlib import Path

from core.events import EventDraft, Scope
from store.journal import SqliteJournal

TERMINAL = "crash-kiosk"
SITE = "site-x"
BLOB_EVERY = 5


def say(line: str) -> None:
    """Write one whole line straight to the pipe, bypassing Python's buffers."""
    os.write(sys.stdout.fileno(), f"{line}\n".encode())


def write_until_killed(data_dir: Path) -> None:
    """Append events for ever, acknowledging each one after ``append`` returns."""
    say(f"pid {os.getpid()}")
    rng = random.Random()
    journal = SqliteJournal(data_dir, TERMINAL, SITE)
    mine = [row for row in journal.projection("origins") if row[0] == journal.origin]
    last = int(str(mine[0][1])) if mine else 0
    while True:
        seq = last + 1
        # Some events span several pages, so a kill can land inside a multi-frame commit.
        padding = rng.randbytes(rng.choice((0, 40, 3000, 9000))).hex()
        draft = EventDraft("crash.test_event", {"n": seq, "padding": padding}, Scope.SITE)
        blobs = [rng.randbytes(rng.randint(1, 20_000))] if seq % BLOB_EVERY == 0 else []
        event = journal.append(draft, blobs=blobs)
        if event.seq != seq:
            raise SystemExit(f"appended seq {event.seq}, expected {seq}")
        say(f"ack {event.seq}")
        last = event.seq


def serve(data_dir: Path) -> None:
    """Fork a writer per ``go``; reap it on ``reap PID``; stop at end of input."""
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "go":
            if os.fork() == 0:
                try:
                    write_until_killed(data_dir)
                except BaseException:
                    traceback.print_exc()
                finally:
                    os._exit(70)  # never fall back into the serving loop
        elif command == "reap":
            pid, status = os.waitpid(int(argument), 0)
            say(f"reaped {pid} {status}")


if __name__ == "__main__":
    serve(Path(sys.argv[1]))
