"""A damaged journal is quarantined, kept byte for byte, replaced, and reported; never dropped."""

from __future__ import annotations

import hashlib
import logging
import random
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from core.events import EventDraft, EventType
from store.connection import check_integrity, quarantined_journals
from store.inspect import inspect_journal
from store.journal import SqliteJournal

TERMINAL = "kiosk-1"
SEALED_DOCUMENT = b"sealed council tax letter" * 40


def open_journal(folder: Path) -> SqliteJournal:
    """Terminal kiosk-1's journal in ``folder``."""
    return SqliteJournal(folder, TERMINAL, "site-a")


def write_journal(folder: Path, events: int = 500) -> None:
    """A closed journal (checkpointed into the main file) with sizable events and a blob."""
    rng = random.Random(events)
    with closing(open_journal(folder)) as journal:
        journal.append(EventDraft("document.captured"), blobs=[SEALED_DOCUMENT])
        for n in range(events):
            journal.append(
                EventDraft(
                    EventType.FEEDBACK_GIVEN,
                    {"rating": n % 5 + 1, "note": rng.randbytes(300).hex()},
                )
            )


def damage_header(path: Path) -> bytes:
    """Overwrite the "SQLite format 3" magic; returns the file's new bytes."""
    data = bytearray(path.read_bytes())
    data[:16] = b"kiosk power cut!"
    path.write_bytes(bytes(data))
    return bytes(data)


def damage_pages(path: Path) -> bytes:
    """Fill two b-tree pages in the middle of the file with garbage; returns the new bytes."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    middle = len(data) // page_size // 2
    garbage = random.Random(7).randbytes(2 * page_size)
    data[middle * page_size : (middle + 2) * page_size] = garbage
    path.write_bytes(bytes(data))
    return bytes(data)


DAMAGE: dict[str, Callable[[Path], bytes]] = {"header": damage_header, "pages": damage_pages}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_journal_is_quarantined_kept_and_replaced(
    data_dir: Path, caplog: pytest.LogCaptureFixture, damage: str
) -> None:
    """The damaged file is kept as it was, a fresh journal starts, and the operator is told."""
    write_journal(data_dir)
    damaged = DAMAGE[damage](data_dir / "journal.db")
    problem = check_integrity(data_dir / "journal.db")
    assert problem != "ok"
    if damage == "header":
        assert problem.startswith("cannot be read as a database")
    beside = sorted(p.name for p in data_dir.iterdir() if p.name.startswith("journal.db"))

    with closing(open_journal(data_dir)) as journal:
        kept = journal.integrity.quarantined
        assert kept is not None and kept.read_bytes() == damaged
        assert not journal.integrity.ok and journal.integrity.result == problem
        # A new incarnation, so (origin, seq) pairs the damaged file may have shipped are
        # never reused.
        assert journal.origin == f"{TERMINAL}~2"
        [event] = list(journal.events())
        assert (event.type, event.origin, event.seq) == (
            EventType.JOURNAL_QUARANTINED,
            journal.origin,
            1,
        )
        assert event.payload == {"file": kept.name, "problem": problem[:200]}
        assert check_integrity(journal.path) == "ok"
        # Sealed documents live beside the database and survive its quarantine.
        assert journal.blobs.get(hashlib.sha256(SEALED_DOCUMENT).hexdigest()) == SEALED_DOCUMENT

    alerts = [r for r in caplog.records if r.levelno == logging.CRITICAL]
    assert any(kept.name in r.getMessage() for r in alerts)
    # Nothing deleted: the main file and any -wal/-shm beside it moved together.
    for name in beside:
        assert (data_dir / name.replace("journal.db", kept.name, 1)).exists()
    assert inspect_journal(data_dir).quarantined == (kept.name,)


def test_fresh_journal_after_quarantine_reopens_as_the_same_incarnation(data_dir: Path) -> None:
    """Once replaced, the fresh journal keeps its origin and is not quarantined again."""
    write_journal(data_dir, events=5)
    damage_header(data_dir / "journal.db")
    with closing(open_journal(data_dir)) as journal:
        journal.append(EventDraft(EventType.SESSION_STARTED))
    with closing(open_journal(data_dir)) as journal:
        assert journal.integrity.ok
        assert journal.origin == f"{TERMINAL}~2"
        assert [e.seq for e in journal.events(origin=journal.origin)] == [1, 2]
    assert len(quarantined_journals(data_dir)) == 1


def test_second_quarantine_takes_the_next_origin(data_dir: Path) -> None:
    """Each quarantine starts a new incarnation: kiosk-1, then kiosk-1~2, then kiosk-1~3."""
    write_journal(data_dir, events=5)
    first = damage_header(data_dir / "journal.db")
    with closing(open_journal(data_dir)) as journal:
        journal.append(EventDraft(EventType.SESSION_STARTED))
    second = damage_header(data_dir / "journal.db")

    with closing(open_journal(data_dir)) as journal:
        assert journal.origin == f"{TERMINAL}~3"
        kept = journal.integrity.quarantined
        assert kept is not None
        [event] = list(journal.events())
        assert event.payload["file"] == kept.name
    assert [p.read_bytes() for p in quarantined_journals(data_dir)] == [first, second]


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_status_reports_damage_without_moving_or_changing_the_file(
    data_dir: Path, damage: str
) -> None:
    """``main.py status`` on a damaged folder says so and leaves the evidence untouched."""
    write_journal(data_dir)
    path = data_dir / "journal.db"
    damaged = DAMAGE[damage](path)
    modified = path.stat().st_mtime_ns

    status = inspect_journal(data_dir)

    assert status.exists
    assert status.integrity == check_integrity(path) != "ok"
    assert path.read_bytes() == damaged
    assert path.stat().st_mtime_ns == modified
    assert quarantined_journals(data_dir) == []
    assert status.quarantined == ()
