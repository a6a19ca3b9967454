"""A virtual council staff card, inserted into vsmartcard's vpcd reader over loopback TCP.

pcscd's vpcd driver listens on a TCP port per reader (35963 for ``Virtual PCD 00 00``); a
"card" is whatever connects to it. Connecting inserts the card and closing the socket takes
it out. The wire protocol is a 2-byte big-endian length and a payload. A 1-byte payload is
a control message (0 power off, 1 power on, 2 reset, 4 send the ATR, which is answered);
anything longer is a command APDU, answered with a response APDU.

The card speaks the staff-card protocol that devices/pcsc_staff_card.py expects (its AID
and instructions are defined there): SELECT by AID, GET DATA for the staff id, VERIFY with
three tries and then a block, INTERNAL AUTHENTICATE signing with a real P-256 key, and the
PC/SC "get UID" pseudo-APDU. Every command it receives is kept in ``commands``, so a test
can show what was (or was not) sent to the card.

Use it in a test (``VirtualStaffCard(...).insert(port)``, then ``remove()``), or run it:
``python -m tests.devices.virtual_staff_card --port 35963 --key-file card.pem
--staff-id s-amina-khatun --pin 1234`` (``--new-key`` writes a fresh key and prints the
public key for the roster).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import hmac
import socket
import struct
import sys
import threading
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from devices.pcsc_staff_card import (
    INS_GET_DATA,
    INS_INTERNAL_AUTHENTICATE,
    INS_SELECT,
    INS_VERIFY,
    PIN_REFERENCE,
    STAFF_CARD_AID,
    STAFF_ID_TAG,
)
from tests.staff_card_support import public_key_der

DEFAULT_PORT = 35963  # vpcd's first reader, "Virtual PCD 00 00"
PIN_TRIES = 3

POWER_OFF, POWER_ON, RESET, GET_ATR = 0, 1, 2, 4

OK = b"\x90\x00"
WRONG_LENGTH = b"\x67\x00"
SECURITY_NOT_SATISFIED = b"\x69\x82"
AUTH_BLOCKED = b"\x69\x83"
CONDITIONS_NOT_SATISFIED = b"\x69\x85"
WRONG_PARAMETERS = b"\x6a\x86"
NOT_FOUND = b"\x6a\x82"
DATA_NOT_FOUND = b"\x6a\x88"
INS_NOT_SUPPORTED = b"\x6d\x00"
CLA_NOT_SUPPORTED = b"\x6e\x00"


def staff_card_atr() -> bytes:
    """An ISO 7816-3 ATR offering T=1, with "CIVICKIOSK" as its historical bytes."""
    historical = b"CIVICKIOSK"
    body = bytes([0x80 | len(historical), 0x80, 0x01]) + historical  # T0, TD1 (T=0), TD2 (T=1)
    check = 0
    for byte in body:
        check ^= byte
    return b"\x3b" + body + bytes([check])


class VirtualStaffCard:
    """One staff card: its key, staff id, PIN and tries counter, and what it was sent.

    The tries counter is the card's own memory, so it survives taking the card out and
    putting it back; being selected and a verified PIN do not (as on a real card).
    """

    def __init__(
        self,
        private_key: ec.EllipticCurvePrivateKey,
        staff_id: str,
        pin: str,
        uid: bytes = b"\x04\xa1\xb2\xc3\xd4\xe5\xf6",
        aid: bytes = STAFF_CARD_AID,
        max_tries: int = PIN_TRIES,
    ) -> None:
        self.private_key = private_key
        self.staff_id = staff_id
        self.pin = pin.encode()
        self.uid = uid
        self.aid = aid
        self.max_tries = max_tries  # up to 15 (SW 63Cx); more than 3: a card personalised too lax
        self.tries_left = max_tries
        self.commands: list[bytes] = []
        self._lock = threading.Lock()
        self._selected = False
        self._pin_verified = False

    @property
    def public_key_der(self) -> bytes:
        """The card's public key as SubjectPublicKeyInfo DER, as the roster holds it."""
        return public_key_der(self.private_key)

    def verify_commands(self) -> int:
        """How many VERIFY (PIN) commands the card has been sent."""
        with self._lock:
            return sum(1 for apdu in self.commands if apdu[1:2] == bytes([INS_VERIFY]))

    def power_cycle(self) -> None:
        """Forget the selection and the verified PIN (power off, reset, or taken out)."""
        with self._lock:
            self._selected = False
            self._pin_verified = False

    def respond(self, apdu: bytes) -> bytes:
        """The response APDU (data and status word) to one command APDU."""
        with self._lock:
            self.commands.append(apdu)
            if len(apdu) < 4:
                return WRONG_LENGTH
            cla, ins, p1, p2 = apdu[:4]
            data = _command_data(apdu)
            if data is None:
                return WRONG_LENGTH
            if cla == 0xFF and ins == 0xCA and p1 == 0x00:  # PC/SC "get UID"
                return self.uid + OK
            if cla != 0x00:
                return CLA_NOT_SUPPORTED
            if ins == INS_SELECT:
                return self._select(p1, data)
            if not self._selected:
                return CONDITIONS_NOT_SATISFIED if ins in _KNOWN else INS_NOT_SUPPORTED
            if ins == INS_GET_DATA:
                if (p1 << 8 | p2) != STAFF_ID_TAG:
                    return DATA_NOT_FOUND
                return self.staff_id.encode() + OK
            if ins == INS_VERIFY:
                return self._verify(p1, p2, data)
            if ins == INS_INTERNAL_AUTHENTICATE:
                if not self._pin_verified:
                    return SECURITY_NOT_SATISFIED
                if len(data) != 32:
                    return WRONG_LENGTH
                return self.private_key.sign(data, ec.ECDSA(hashes.SHA256())) + OK
            return INS_NOT_SUPPORTED

    def _select(self, p1: int, aid: bytes) -> bytes:
        self._pin_verified = False
        if p1 != 0x04:
            return WRONG_PARAMETERS
        self._selected = aid == self.aid
        return OK if self._selected else NOT_FOUND

    def _verify(self, p1: int, p2: int, pin: bytes) -> bytes:
        if p1 != 0x00 or p2 != PIN_REFERENCE:
            return WRONG_PARAMETERS
        if self.tries_left == 0:
            return AUTH_BLOCKED
        if not pin:  # asks how many tries are left, without using one
            return bytes([0x63, 0xC0 | self.tries_left])
        if hmac.compare_digest(pin, self.pin):
            self.tries_left = self.max_tries
            self._pin_verified = True
            return OK
        self.tries_left -= 1
        self._pin_verified = False
        return bytes([0x63, 0xC0 | self.tries_left])

    def insert(self, port: int = DEFAULT_PORT, host: str = "127.0.0.1") -> InsertedCard:
        """Put the card into the vpcd reader listening on ``port``; serves it in a thread."""
        connection = socket.create_connection((host, port), timeout=5)
        connection.settimeout(None)
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return InsertedCard(self, connection)


_KNOWN = {INS_GET_DATA, INS_VERIFY, INS_INTERNAL_AUTHENTICATE}


def _command_data(apdu: bytes) -> bytes | None:
    """The data field of a short command APDU, or None when its length byte is wrong."""
    if len(apdu) <= 5:
        return b""  # case 1 (header only) or case 2 (header and Le)
    length = apdu[4]
    if len(apdu) not in (5 + length, 6 + length):
        return None
    return apdu[5 : 5 + length]


class InsertedCard:
    """A card in a vpcd reader: answers vpcd until removed or vpcd hangs up."""

    def __init__(self, card: VirtualStaffCard, connection: socket.socket) -> None:
        self.card = card
        self._connection = connection
        self._thread = threading.Thread(target=self._serve, name="virtual-staff-card", daemon=True)
        self._thread.start()

    def remove(self) -> None:
        """Take the card out: close the connection, and wait for the serving thread to end."""
        with contextlib.suppress(OSError):  # vpcd may have hung up first
            self._connection.shutdown(socket.SHUT_RDWR)
        self._thread.join(timeout=5)
        self._connection.close()
        self.card.power_cycle()

    def wait(self) -> None:
        """Serve until vpcd hangs up (the command-line use)."""
        self._thread.join()

    def _serve(self) -> None:
        while True:
            payload = self._receive()
            if payload is None:
                return
            if len(payload) == 1:
                if payload[0] == GET_ATR:
                    self._send(staff_card_atr())
                elif payload[0] in (POWER_OFF, RESET):
                    self.card.power_cycle()
                continue  # power on needs no answer
            self._send(self.card.respond(payload))

    def _receive(self) -> bytes | None:
        header = self._exactly(2)
        if header is None:
            return None
        (length,) = struct.unpack(">H", header)
        return self._exactly(length)

    def _exactly(self, count: int) -> bytes | None:
        chunks = bytearray()
        while len(chunks) < count:
            try:
                chunk = self._connection.recv(count - len(chunks))
            except OSError:
                return None
            if not chunk:
                return None
            chunks += chunk
            # vpcd writes a length and its payload separately, and Nagle holds the payload
            # until the length is acknowledged: acknowledging at once saves ~40 ms per APDU.
            with contextlib.suppress(OSError):
                self._connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        return bytes(chunks)

    def _send(self, payload: bytes) -> None:
        with contextlib.suppress(OSError):  # removed while answering: the next receive ends
            self._connection.sendall(struct.pack(">H", len(payload)) + payload)


def new_card_key() -> ec.EllipticCurvePrivateKey:
    """A fresh P-256 key, as a card generates on issue."""
    return ec.generate_private_key(ec.SECP256R1())


def write_key(key: ec.EllipticCurvePrivateKey, path: Path) -> None:
    """Save a card key as unencrypted PKCS#8 PEM (test cards only)."""
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def read_key(path: Path) -> ec.EllipticCurvePrivateKey:
    """Load a card key written by ``write_key``."""
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError(f"{path} does not hold an elliptic-curve key")
    return key


def main(argv: list[str] | None = None) -> int:
    """Insert a virtual staff card into vpcd until vpcd hangs up or Ctrl-C."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="vpcd's port")
    parser.add_argument("--host", default="127.0.0.1", help="vpcd's address (loopback only)")
    parser.add_argument("--key-file", type=Path, required=True, help="the card's PEM key")
    parser.add_argument("--new-key", action="store_true", help="write a new key to --key-file")
    parser.add_argument("--staff-id", required=True)
    parser.add_argument("--pin", required=True)
    parser.add_argument("--uid", default="04A1B2C3D4E5F6", help="the card's UID, in hex")
    args = parser.parse_args(argv)
    if args.new_key:
        write_key(new_card_key(), args.key_file)
    card = VirtualStaffCard(
        read_key(args.key_file), args.staff_id, args.pin, bytes.fromhex(args.uid)
    )
    print("card_public_key:", base64.b64encode(card.public_key_der).decode(), flush=True)
    inserted = card.insert(args.port, args.host)
    print(f"card inserted into vpcd on {args.host}:{args.port}; Ctrl-C takes it out", flush=True)
    try:
        inserted.wait()
    except KeyboardInterrupt:
        inserted.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main())
