"""The small interfaces core's services depend on; store, sync and ui provide them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from core.events import Event, EventDraft, JsonObject


class Journal(Protocol):
    """The terminal's append-only journal."""

    def append(self, draft: EventDraft, blobs: Sequence[bytes] = ()) -> Event:
        """Durably record an event (and fsync its blobs first); returns it once committed."""
        ...


class Sealer(Protocol):
    """Encrypts resident data to the council's public key. It cannot decrypt."""

    def seal(self, plaintext: bytes) -> JsonObject:
        """An envelope (algorithm, key id, ciphertext) safe to store and send."""
        ...

    def seal_bytes(self, plaintext: bytes) -> bytes:
        """Raw ciphertext, for sealed files kept in the blob store."""
        ...


class PinVerifier(Protocol):
    """Checks a staff PIN against a stored hash without keeping the PIN."""

    def verify(self, pin: str) -> bool:
        """True only for the right PIN."""
        ...


class StorageUnavailable(RuntimeError):
    """The journal could not save (disk full, read-only or failing). Nothing was recorded."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class JournalConflict(ValueError):
    """An event arrived with a known ``(origin, seq)`` but a different body."""


class JournalReader(Protocol):
    """Reads what the journal has stored since a cursor: local appends and peers' events."""

    def changes(self, after_rowid: int, limit: int = 2000) -> tuple[list[Event], int]:
        """Events stored after a cursor, in storage order, and the new cursor."""
        ...

    def rowid_before(self, hlc: str) -> int:
        """A cursor after which every event stamped at or after ``hlc`` is stored."""
        ...
