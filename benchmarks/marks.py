"""Phase marks a start-up child prints for its parent: ``mark <name> <unix time>``."""

from __future__ import annotations

import sys
import time

PREFIX = "mark"
INFO = "info"
PAINTED = "painted"


def mark(name: str) -> None:
    """Print that a phase just ended, with the wall-clock time (the parent's clock too)."""
    sys.stdout.write(f"{PREFIX} {name} {time.time():.6f}\n")
    sys.stdout.flush()


def info(key: str, value: str) -> None:
    """Print a fact about the run (one word each) for the parent: ``info <key> <value>``."""
    sys.stdout.write(f"{INFO} {key} {value}\n")
    sys.stdout.flush()


def parse_info(text: str) -> dict[str, str]:
    """Read the facts a child printed, by key."""
    return {
        parts[1]: parts[2]
        for parts in (line.split() for line in text.splitlines())
        if len(parts) == 3 and parts[0] == INFO
    }


def parse_marks(text: str) -> dict[str, float]:
    """Read the marks from a child's output, by name, in the order printed."""
    found: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == PREFIX:
            found[parts[1]] = float(parts[2])
    return found
