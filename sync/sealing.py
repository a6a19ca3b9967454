"""Sealing resident data to the council's public key (X25519 sealed box, libsodium).

The kiosk holds only the public key. A sealed box is authenticated encryption to a
recipient with a fresh ephemeral key per message, so nothing a kiosk seals can be
opened again by the kiosk, and any tampering makes opening fail.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import TYPE_CHECKING

from core.events import JsonObject

if TYPE_CHECKING:
    from nacl.public import PublicKey, SealedBox

# PyNaCl is imported on first use, not at start-up: loading libsodium's bindings costs
# about 27 ms, and a kiosk only seals once a resident finishes something.

ALGORITHM = "x25519-xsalsa20poly1305-sealedbox"


class SealingError(ValueError):
    """A key or envelope that cannot be used, with the reason."""


def key_id(public_key: bytes) -> str:
    """A short, stable name for a public key, stored with every envelope."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def _key_bytes(text: str, what: str) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError, TypeError) as exc:
        raise SealingError(f"{what} must be a base64 X25519 key (32 bytes)") from exc
    if len(raw) != 32:
        raise SealingError(f"{what} must be a base64 X25519 key (32 bytes), got {len(raw)}")
    return raw


class CouncilSealer:
    """Seals bytes to one council public key. Implements core's Sealer port."""

    def __init__(self, public_key_b64: str) -> None:
        self._raw = _key_bytes(public_key_b64, "sealing.council_public_key")
        self.key_id = key_id(self._raw)
        self._box: SealedBox[PublicKey] | None = None

    def seal_bytes(self, plaintext: bytes) -> bytes:
        """Ciphertext only the council's private key can open."""
        if self._box is None:
            from nacl.public import PublicKey, SealedBox

            self._box = SealedBox(PublicKey(self._raw))
        return bytes(self._box.encrypt(plaintext))

    def seal(self, plaintext: bytes) -> JsonObject:
        """An envelope for a journal payload."""
        return {
            "alg": ALGORITHM,
            "kid": self.key_id,
            "ct": base64.b64encode(self.seal_bytes(plaintext)).decode("ascii"),
        }


class CouncilOpener:
    """Opens sealed envelopes with the council's private key: the case service's side only."""

    def __init__(self, private_key_b64: str) -> None:
        from nacl.public import PrivateKey, SealedBox

        key = PrivateKey(_key_bytes(private_key_b64, "the council private key"))
        self.key_id = key_id(bytes(key.public_key))
        self._box = SealedBox(key)

    def open_bytes(self, ciphertext: bytes) -> bytes:
        """The plaintext, or SealingError if the ciphertext was altered or is for another key."""
        from nacl.exceptions import CryptoError

        try:
            return bytes(self._box.decrypt(ciphertext))
        except CryptoError as exc:
            raise SealingError("sealed data was altered or sealed to a different key") from exc

    def open(self, envelope: JsonObject) -> bytes:
        """Open a journal envelope made by CouncilSealer.seal."""
        if envelope.get("alg") != ALGORITHM:
            raise SealingError(f"unknown sealing algorithm {envelope.get('alg')!r}")
        if envelope.get("kid") != self.key_id:
            raise SealingError("sealed to a different council key")
        try:
            ciphertext = base64.b64decode(str(envelope["ct"]), validate=True)
        except (KeyError, ValueError) as exc:
            raise SealingError("envelope has no readable ciphertext") from exc
        return self.open_bytes(ciphertext)


def generate_council_keypair() -> tuple[str, str]:
    """A new (public, private) pair in base64, for a council setting up its case service."""
    from nacl.public import PrivateKey

    key = PrivateKey.generate()
    return (
        base64.b64encode(bytes(key.public_key)).decode("ascii"),
        base64.b64encode(bytes(key)).decode("ascii"),
    )
