"""Terminal requests signed with the terminal's Ed25519 key, checked against the register.

A terminal signs the UTF-8 bytes of::

    METHOD "\\n" PATH_WITH_QUERY "\\n" X-Timestamp "\\n" sha256_hex(body)

and sends ``X-Terminal``, ``X-Timestamp`` (Unix ms) and ``X-Signature`` (base64). The path
is the request target exactly as sent on the request line. The service refuses, with a
code: a terminal it does not know (``unknown_terminal``), a revoked one
(``revoked_terminal``), a signature that does not verify (``bad_signature``), a timestamp
more than 5 minutes from its clock (``stale_timestamp``) and a signature it has seen in the
last 10 minutes (``replayed``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import sqlite3
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.clock import wall_clock_ms
from sync.reference.case_store import TerminalEntry

TERMINAL_HEADER = "X-Terminal"
TIMESTAMP_HEADER = "X-Timestamp"
SIGNATURE_HEADER = "X-Signature"
MAX_SKEW_MS = 300_000
REPLAY_WINDOW_MS = 600_000
REPLAY_FILE = "signatures.db"
_PRUNE_EVERY = 256

UNKNOWN_TERMINAL = "unknown_terminal"
REVOKED_TERMINAL = "revoked_terminal"
BAD_SIGNATURE = "bad_signature"
STALE_TIMESTAMP = "stale_timestamp"
REPLAYED = "replayed"


class AuthFailure(Exception):
    """A refused terminal request: ``code`` for programs, the message for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Signer:
    """The terminal a request came from, once its signature checked out."""

    terminal_id: str
    site: str


@dataclass(frozen=True, slots=True)
class Claim:
    """A registered terminal's request whose signature is still to be checked."""

    terminal_id: str
    entry: TerminalEntry
    timestamp: str
    signature: bytes


def signing_message(method: str, target: str, timestamp: str, body_sha256_hex: str) -> bytes:
    """The bytes a terminal signs for one request."""
    return f"{method}\n{target}\n{timestamp}\n{body_sha256_hex}".encode()


def sign_request(
    signing_key: Any, terminal_id: str, method: str, target: str, body: bytes, now_ms: int
) -> dict[str, str]:
    """The three signature headers for a request (``signing_key`` is a nacl SigningKey)."""
    timestamp = str(now_ms)
    message = signing_message(method, target, timestamp, hashlib.sha256(body).hexdigest())
    signature = bytes(signing_key.sign(message).signature)
    return {
        TERMINAL_HEADER: terminal_id,
        TIMESTAMP_HEADER: timestamp,
        SIGNATURE_HEADER: base64.b64encode(signature).decode("ascii"),
    }


class ReplayGuard:
    """Signatures seen recently, kept in their own small SQLite file so a restart keeps them.

    ``synchronous=NORMAL``: losing the last few entries in a power cut is acceptable here,
    and it spares every request an fsync.
    """

    def __init__(self, path: Path) -> None:
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS seen (signature BLOB PRIMARY KEY, forget_ms INTEGER)"
        )
        self._count = 0

    def first_sight(self, signature: bytes, now_ms: int) -> bool:
        """Record a signature; False if it was already seen within the replay window."""
        with self._lock:
            self._count += 1
            if self._count % _PRUNE_EVERY == 0:
                self._conn.execute("DELETE FROM seen WHERE forget_ms < ?", (now_ms,))
            row = self._conn.execute(
                "SELECT forget_ms FROM seen WHERE signature = ?", (signature,)
            ).fetchone()
            if row is not None and int(row[0]) >= now_ms:
                return False
            self._conn.execute(
                "INSERT OR REPLACE INTO seen (signature, forget_ms) VALUES (?, ?)",
                (signature, now_ms + REPLAY_WINDOW_MS),
            )
            return True

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._conn.close()


class TerminalAuthenticator:
    """Checks signed requests in two steps: who claims to send it, then the signature.

    The first step needs only the headers, so a long upload is refused before its bytes
    are read; the second needs the body's sha256.
    """

    def __init__(
        self,
        register: Callable[[str], TerminalEntry | None],
        replay: ReplayGuard,
        now_ms: Callable[[], int] = wall_clock_ms,
    ) -> None:
        self._register = register
        self._replay = replay
        self.now_ms = now_ms
        self._keys: dict[str, Any] = {}
        self._keys_lock = threading.Lock()

    def claim(self, headers: Mapping[str, str]) -> Claim:
        """The registered, unrevoked terminal the headers name; raises AuthFailure."""
        terminal_id = headers.get(TERMINAL_HEADER.lower(), "")
        entry = self._register(terminal_id) if terminal_id else None
        if entry is None:
            raise AuthFailure(
                UNKNOWN_TERMINAL, f"terminal {terminal_id[:100]!r} is not in the register"
            )
        if entry.revoked:
            raise AuthFailure(REVOKED_TERMINAL, f"terminal {terminal_id!r} has been revoked")
        timestamp = headers.get(TIMESTAMP_HEADER.lower(), "")
        if not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 16:
            raise AuthFailure(BAD_SIGNATURE, "X-Timestamp must be Unix time in milliseconds")
        try:
            signature = base64.b64decode(headers.get(SIGNATURE_HEADER.lower(), ""), validate=True)
        except (binascii.Error, ValueError):
            signature = b""
        if len(signature) != 64:
            raise AuthFailure(BAD_SIGNATURE, "X-Signature must be a base64 Ed25519 signature")
        return Claim(terminal_id, entry, timestamp, signature)

    def confirm(self, claim: Claim, method: str, target: str, body_sha256_hex: str) -> Signer:
        """Check the signature, the timestamp and replays; raises AuthFailure."""
        from nacl.exceptions import BadSignatureError

        message = signing_message(method, target, claim.timestamp, body_sha256_hex)
        try:
            self._verify_key(claim).verify(message, claim.signature)
        except (BadSignatureError, ValueError):
            raise AuthFailure(
                BAD_SIGNATURE, "the signature does not match this request and terminal key"
            ) from None
        now = self.now_ms()
        if abs(now - int(claim.timestamp)) > MAX_SKEW_MS:
            raise AuthFailure(
                STALE_TIMESTAMP,
                "the request's timestamp is more than 5 minutes from the service's clock",
            )
        if not self._replay.first_sight(claim.signature, now):
            raise AuthFailure(REPLAYED, "this exact signed request was already received")
        return Signer(claim.terminal_id, claim.entry.site)

    def _verify_key(self, claim: Claim) -> Any:
        from nacl.signing import VerifyKey

        with self._keys_lock:
            cached = self._keys.get(claim.entry.public_key)
            if cached is None:
                try:
                    raw = base64.b64decode(claim.entry.public_key, validate=True)
                    cached = VerifyKey(raw)
                except (binascii.Error, ValueError, TypeError):
                    raise AuthFailure(
                        BAD_SIGNATURE, "the register holds no usable key for this terminal"
                    ) from None
                self._keys[claim.entry.public_key] = cached
            return cached


def check_public_key(text: str) -> None:
    """Raise ValueError unless ``text`` is a base64 Ed25519 verify key (32 bytes)."""
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("a public key must be base64") from None
    if len(raw) != 32:
        raise ValueError(f"a public key must be 32 bytes, not {len(raw)}")
