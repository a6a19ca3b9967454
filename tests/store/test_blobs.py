"""Sealed files in the content-addressed blob store, alone and alongside journal events."""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import IO, Any

import pytest

from core.events import Event, EventDraft
from core.ports import StorageUnavailable
from store import projections
from store.blobs import BlobMissing, BlobStore
from store.journal import SqliteJournal
from tests.store.foreign import foreign_event

SCAN = b"%PDF-1.7 sealed proof of address " * 300


@pytest.fixture
def journal(data_dir: Path) -> Iterator[SqliteJournal]:
    """Terminal kiosk-1's real journal, closed after the test."""
    with closing(SqliteJournal(data_dir, "kiosk-1", "site-a")) as opened:
        yield opened


def stored_files(store: BlobStore) -> list[Path]:
    """Every file under the blob folder, temp files included."""
    return sorted(p for p in store.root.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    "data", [b"", b"\x00", SCAN, os.urandom(1 << 20)], ids=["empty", "nul", "scan", "1MiB"]
)
def test_put_then_get_returns_the_same_bytes(tmp_path: Path, data: bytes) -> None:
    """A stored blob reads back exactly, under the sha256 of its bytes."""
    store = BlobStore(tmp_path / "blobs")
    digest = store.put(data)
    assert digest == hashlib.sha256(data).hexdigest()
    assert store.has(digest)
    assert store.get(digest) == data


def test_same_bytes_twice_are_stored_once(tmp_path: Path) -> None:
    """Storing a document again returns the same hash and keeps one file."""
    store = BlobStore(tmp_path / "blobs")
    assert store.put(SCAN) == store.put(SCAN)
    assert stored_files(store) == [store.path_for(hashlib.sha256(SCAN).hexdigest())]


def test_put_leaves_no_temporary_files(tmp_path: Path) -> None:
    """Only finished blobs remain after put; no ``.incoming-`` files."""
    store = BlobStore(tmp_path / "blobs")
    digests = {store.put(os.urandom(n)) for n in (1, 100, 70_000)}
    assert {p.name for p in stored_files(store)} == digests


def test_get_refuses_a_damaged_or_missing_blob(tmp_path: Path) -> None:
    """A file whose bytes no longer match its hash is reported, not handed out."""
    store = BlobStore(tmp_path / "blobs")
    digest = store.put(SCAN)
    damaged = bytearray(SCAN)
    damaged[len(damaged) // 2] ^= 0xFF
    store.path_for(digest).write_bytes(bytes(damaged))
    with pytest.raises(BlobMissing, match="damaged"):
        store.get(digest)
    store.path_for(digest).unlink()
    with pytest.raises(BlobMissing):
        store.get(digest)


@pytest.mark.parametrize(
    "name",
    ["A" * 64, "g" * 64, "a" * 63, "a" * 65, "../" + "a" * 61, "/etc/passwd".ljust(64, "a")],
)
def test_path_for_rejects_anything_but_a_lowercase_sha256(tmp_path: Path, name: str) -> None:
    """A hash from a peer can never name a path outside the blob folder."""
    store = BlobStore(tmp_path / "blobs")
    with pytest.raises(ValueError, match="sha256"):
        store.path_for(name)
    with pytest.raises(ValueError):
        store.has(name)


def test_append_with_blobs_lists_their_hashes_in_the_event(journal: SqliteJournal) -> None:
    """The event names each blob by hash, and each file is whole when the event is stored."""
    letters = [SCAN, b"second page"]
    event = journal.append(EventDraft("document.captured", {"pages": 2}), blobs=letters)
    assert event.payload == {"pages": 2, "blobs": [hashlib.sha256(b).hexdigest() for b in letters]}
    [stored] = list(journal.events())
    assert stored == event
    assert [journal.blobs.get(d) for d in stored.payload["blobs"]] == letters


def test_blobs_are_on_disk_before_their_event_is_written(
    journal: SqliteJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inside the event's own transaction, every blob it names can already be read back."""
    seen_inside: list[bytes] = []
    fold = projections.apply

    def fold_and_look(conn: Any, event: Event) -> None:
        seen_inside.extend(journal.blobs.get(d) for d in event.payload.get("blobs", []))
        fold(conn, event)

    monkeypatch.setattr(projections, "apply", fold_and_look)
    journal.append(EventDraft("document.captured"), blobs=[SCAN])
    assert seen_inside == [SCAN]


def test_ingest_refuses_an_event_whose_blob_has_not_arrived(journal: SqliteJournal) -> None:
    """A peer's event naming a blob we lack is refused whole, and accepted once it arrives."""
    digest = hashlib.sha256(SCAN).hexdigest()
    event = foreign_event("kiosk-2", 1, "document.captured", {"blobs": [digest]})
    with pytest.raises(BlobMissing, match=digest):
        journal.ingest(event)
    assert list(journal.events()) == []
    assert journal.counts_by_type() == {}
    assert journal.projection("origins") == []

    journal.blobs.put(SCAN)
    assert journal.ingest(event) is True
    assert journal.counts_by_type() == {"document.captured": 1}


class DiskFillsUp:
    """A real file that takes half of a write, then fails as a full disk does."""

    def __init__(self, real: IO[Any]) -> None:
        self.real = real

    def __enter__(self) -> DiskFillsUp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()

    def write(self, data: bytes) -> int:
        self.real.write(data[: len(data) // 2])
        self.real.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def fill_disk_on_write(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make files opened with os.fdopen fail with ENOSPC partway through a write."""
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: DiskFillsUp(real_fdopen(fd, *a, **k)))


# A real full filesystem (a tiny loop-mounted volume) needs root; that test comes in a
# later issue. Here the write itself fails with ENOSPC partway through.
def test_full_disk_while_storing_a_blob_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk is reported as StorageUnavailable and leaves no half-written blob."""
    store = BlobStore(tmp_path / "blobs")
    with monkeypatch.context() as patch:
        fill_disk_on_write(patch)
        with pytest.raises(StorageUnavailable):
            store.put(SCAN)
    assert stored_files(store) == []
    assert not store.has(hashlib.sha256(SCAN).hexdigest())


def test_full_disk_during_append_records_nothing(
    journal: SqliteJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If a document cannot be saved, its event is not recorded and no seq is used up."""
    with monkeypatch.context() as patch:
        fill_disk_on_write(patch)
        with pytest.raises(StorageUnavailable):
            journal.append(EventDraft("document.captured"), blobs=[SCAN])
    assert list(journal.events()) == []
    assert stored_files(journal.blobs) == []
    assert journal.append(EventDraft("document.captured"), blobs=[SCAN]).seq == 1
