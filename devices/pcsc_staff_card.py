"""Staff cards in PC/SC readers (through pcscd and pyscard), and checking their signatures.

The staff card application (the commands a council staff card answers), all short APDUs:

- SELECT by AID: ``00 A4 04 00 08 F0 43 49 56 49 43 4B 01`` ("F0", "CIVICK", "01"; F0 is
  the proprietary range, so no registered application can clash). Any other card answers
  6A 82 and is "not a staff card".
- GET DATA, staff id: ``00 CA 01 01 00``, answered with the staff id in UTF-8.
- VERIFY: ``00 20 00 81 Lc <PIN in ASCII digits>``. 90 00 accepts it; 63 Cx is a wrong PIN
  with x tries left; 69 83 means the card is locked. With no PIN, 63 Cx tells the tries
  left without using one.
- INTERNAL AUTHENTICATE: ``00 88 00 00 20 <32-byte challenge> 00``, answered with the DER
  ECDSA P-256 signature over SHA-256 of the challenge; only after the PIN (else 69 82).
- The UID comes from the PC/SC pseudo-APDU ``FF CA 00 00 00``, for the audit trail only.

Card removal is watched with our own SCardGetStatusChange thread rather than pyscard's
CardMonitor: the CardMonitor is one thread for the whole process that cannot be stopped for
up to 60 s (it waits in SCardGetStatusChange without a cancel), whereas this one is woken by
SCardCancel at once, and it watches just the reader in use.

Every PC/SC failure becomes core.staff_cards.StaffCardProblem, with plain English for the
screen and the PC/SC error for IT.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import load_der_public_key
from smartcard import scard
from smartcard.CardRequest import CardRequest
from smartcard.Exceptions import CardRequestTimeoutException, SmartcardException
from smartcard.pcsc.PCSCExceptions import BaseSCardException
from smartcard.System import readers as list_readers

from core.staff_cards import CardTrouble, PinResult, StaffCardProblem

STAFF_CARD_AID = bytes.fromhex("F0") + b"CIVICK" + bytes.fromhex("01")
INS_SELECT = 0xA4
INS_VERIFY = 0x20
INS_INTERNAL_AUTHENTICATE = 0x88
INS_GET_DATA = 0xCA
STAFF_ID_TAG = 0x0101
PIN_REFERENCE = 0x81
GET_UID = bytes.fromhex("FFCA000000")
# pyscard raises these two unrelated families: SmartcardException from its object layer and
# BaseSCardException (for example when pcscd is not running) from its PC/SC wrapper.
PCSC_ERRORS = (SmartcardException, BaseSCardException)
MAX_STAFF_ID_BYTES = 64

SW_OK = 0x9000
SW_NOT_FOUND = 0x6A82
SW_AUTH_BLOCKED = 0x6983

# PC/SC errors and what they mean to the member of staff.
_SERVICE_GONE = {
    scard.SCARD_E_NO_SERVICE,
    scard.SCARD_E_SERVICE_STOPPED,
    scard.SCARD_F_COMM_ERROR,
    scard.SCARD_E_INVALID_HANDLE,
}
_READER_GONE = {
    scard.SCARD_E_NO_READERS_AVAILABLE,
    scard.SCARD_E_UNKNOWN_READER,
    scard.SCARD_E_READER_UNAVAILABLE,
}
_CARD_GONE = {
    scard.SCARD_W_REMOVED_CARD,
    scard.SCARD_E_NO_SMARTCARD,
    scard.SCARD_W_RESET_CARD,
    scard.SCARD_W_UNPOWERED_CARD,
    scard.SCARD_W_UNRESPONSIVE_CARD,
}


def trouble_for(hresult: int) -> CardTrouble:
    """The plain-English trouble for a PC/SC error code."""
    code = hresult & 0xFFFFFFFF
    for codes, trouble in (
        (_SERVICE_GONE, CardTrouble.NO_SERVICE),
        (_READER_GONE, CardTrouble.NO_READER),
        (_CARD_GONE, CardTrouble.CARD_REMOVED),
    ):
        if code in {c & 0xFFFFFFFF for c in codes}:
            return trouble
    return CardTrouble.CARD_FAULT


def _problem(exc: Exception, doing: str) -> StaffCardProblem:
    hresult = int(getattr(exc, "hresult", -1))
    return StaffCardProblem(trouble_for(hresult), f"{doing}: {exc}")


class PcscStaffCardReader:
    """A staff card reader reached through pcscd: the first reader whose name contains
    ``reader`` (case-insensitive), or the first reader of all when ``reader`` is None."""

    def __init__(self, reader: str | None = None) -> None:
        self._wanted = reader

    def reader_name(self) -> str:
        """The full PC/SC name of the reader in use (StaffCardProblem if there is none)."""
        try:
            names = [str(reader) for reader in list_readers()]
        except PCSC_ERRORS as exc:
            raise _problem(exc, "listing readers") from None
        wanted = (self._wanted or "").casefold()
        matching = [name for name in names if wanted in name.casefold()]
        if not matching:
            detail = f"no reader named like {self._wanted!r} among {names}"
            raise StaffCardProblem(CardTrouble.NO_READER, detail)
        return matching[0]

    def wait_for_card(self, timeout_s: float) -> PcscCardSession | None:
        """A session with the staff card in the reader, waiting up to ``timeout_s``.

        None if no card came in time. StaffCardProblem if pcscd or the reader is missing,
        or the card is not a staff card.
        """
        name = self.reader_name()
        try:
            service = CardRequest(timeout=timeout_s, readers=[name]).waitforcard()
        except CardRequestTimeoutException:
            return None
        except PCSC_ERRORS as exc:
            raise _problem(exc, "waiting for a card") from None
        try:
            service.connection.connect()
        except PCSC_ERRORS as exc:
            problem = _problem(exc, "connecting to the card")
            if problem.trouble is CardTrouble.CARD_REMOVED:
                return None  # taken out again as it arrived
            raise problem from None
        session = PcscCardSession(service)
        try:
            session.select()
        except StaffCardProblem:
            session.close()
            raise
        return session

    def watch_removal(self, on_removed: Callable[[], None]) -> Callable[[], None]:
        """Call ``on_removed`` once, from a watcher thread, when the card in the reader
        leaves it (or the reader or pcscd goes); returns a function that stops watching.

        If no card is in the reader when watching starts, ``on_removed`` is called at once.
        """
        watch = _RemovalWatch(self.reader_name(), on_removed)
        return watch.stop


class _RemovalWatch:
    """A thread blocked in SCardGetStatusChange on one reader, until the card goes.

    pcscd polls vpcd and USB readers about every 0.4 s, so removal is seen within ~0.5 s.
    The thread has its own PC/SC context: SCardCancel on it is the one call PC/SC allows
    from another thread, and it wakes the wait at once.
    """

    def __init__(self, reader: str, on_removed: Callable[[], None]) -> None:
        self._reader = reader
        self._on_removed = on_removed
        hresult, self._context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if hresult != scard.SCARD_S_SUCCESS:
            raise StaffCardProblem(trouble_for(hresult), scard.SCardGetErrorMessage(hresult))
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="staff-card-removal", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop watching (no callback after this returns)."""
        self._stopping.set()
        scard.SCardCancel(self._context)
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        try:
            if self._wait_until_removed() and not self._stopping.is_set():
                self._on_removed()
        finally:
            scard.SCardReleaseContext(self._context)

    def _wait_until_removed(self) -> bool:
        """True when the card left (or the reader or service went); False when cancelled."""
        state = scard.SCARD_STATE_UNAWARE
        first_count: int | None = None
        while not self._stopping.is_set():
            hresult, states = scard.SCardGetStatusChange(
                self._context, scard.INFINITE, [(self._reader, state)]
            )
            if hresult == scard.SCARD_E_CANCELLED:
                return False
            if hresult != scard.SCARD_S_SUCCESS:
                return True  # reader unplugged or pcscd stopped: the card is gone for us
            _name, event_state, _atr = states[0]
            # pcsc-lite counts card insertions and removals in the upper 16 bits, so a card
            # swapped for another between two polls still counts as the first one leaving.
            count = (event_state >> 16) & 0xFFFF
            if first_count is None:
                first_count = count
            if not event_state & scard.SCARD_STATE_PRESENT or count != first_count:
                return True
            state = event_state & ~scard.SCARD_STATE_CHANGED
        return False


class PcscCardSession:
    """A connected staff card with its application selected.

    It keeps pyscard's card service, not just its connection: the service disconnects the
    card when it is garbage collected.
    """

    def __init__(self, service: Any) -> None:
        self._service = service
        self._connection = service.connection
        self._lock = threading.Lock()

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        """Send one command APDU; the response data and status word."""
        with self._lock:
            try:
                data, sw1, sw2 = self._connection.transmit(list(apdu))
            except PCSC_ERRORS as exc:
                raise _problem(exc, f"sending INS {apdu[1]:02X}") from None
        return bytes(data), sw1 << 8 | sw2

    def select(self) -> None:
        """Select the staff card application (StaffCardProblem if it is not a staff card)."""
        apdu = bytes([0x00, INS_SELECT, 0x04, 0x00, len(STAFF_CARD_AID)]) + STAFF_CARD_AID
        _data, sw = self.transmit(apdu)
        if sw != SW_OK:
            raise StaffCardProblem(CardTrouble.NOT_A_STAFF_CARD, f"SELECT answered {sw:04X}")

    def uid(self) -> str:
        """The card's UID in hex (informational: UIDs can be copied)."""
        data, sw = self.transmit(GET_UID)
        _expect_ok(sw, "reading the UID")
        return data.hex().upper()

    def staff_id(self) -> str:
        """The staff id the card carries (a claim until it signs a challenge)."""
        data, sw = self.transmit(
            bytes([0x00, INS_GET_DATA, STAFF_ID_TAG >> 8, STAFF_ID_TAG & 0xFF, 0x00])
        )
        _expect_ok(sw, "reading the staff id")
        try:
            staff_id = data.decode("utf-8")
        except UnicodeDecodeError:
            raise StaffCardProblem(CardTrouble.NOT_A_STAFF_CARD, "staff id is not UTF-8") from None
        if not staff_id or len(data) > MAX_STAFF_ID_BYTES or not staff_id.isprintable():
            raise StaffCardProblem(CardTrouble.NOT_A_STAFF_CARD, "staff id is malformed")
        return staff_id

    def verify_pin(self, pin: str) -> PinResult:
        """Ask the card to check ``pin``; it counts wrong PINs and locks itself."""
        digits = pin.encode("ascii")
        _data, sw = self.transmit(
            bytes([0x00, INS_VERIFY, 0x00, PIN_REFERENCE, len(digits)]) + digits
        )
        if sw == SW_OK:
            return PinResult(ok=True)
        if sw == SW_AUTH_BLOCKED:
            return PinResult(ok=False, tries_left=0, blocked=True)
        if sw & 0xFFF0 == 0x63C0:  # wrong; 63 C0 means that was the last try
            return PinResult(ok=False, tries_left=sw & 0x0F)
        raise StaffCardProblem(CardTrouble.CARD_FAULT, f"VERIFY answered {sw:04X}")

    def authenticate(self, challenge: bytes) -> bytes:
        """The card's signature over ``challenge`` (DER ECDSA P-256, SHA-256)."""
        if not 1 <= len(challenge) <= 255:
            raise ValueError("a challenge is 1 to 255 bytes")
        apdu = bytes([0x00, INS_INTERNAL_AUTHENTICATE, 0x00, 0x00, len(challenge)])
        data, sw = self.transmit(apdu + challenge + b"\x00")
        _expect_ok(sw, "signing the challenge")
        return data

    def close(self) -> None:
        """Disconnect, leaving the card in the reader."""
        # Release disconnects and frees the PC/SC context; if the card or pcscd is already
        # gone there is nothing left to let go of.
        with self._lock, contextlib.suppress(*PCSC_ERRORS):
            self._connection.release()


def _expect_ok(sw: int, doing: str) -> None:
    if sw != SW_OK:
        raise StaffCardProblem(CardTrouble.CARD_FAULT, f"{doing}: the card answered {sw:04X}")


class EcdsaCardSignatureCheck:
    """Checks card signatures with ``cryptography``: ECDSA on P-256 with SHA-256."""

    def verify(self, public_key: bytes, challenge: bytes, signature: bytes) -> bool:
        """True only for a valid signature by that key; any malformed input gives False."""
        try:
            key = load_der_public_key(public_key)
            if not isinstance(key, ec.EllipticCurvePublicKey) or not isinstance(
                key.curve, ec.SECP256R1
            ):
                return False
            key.verify(signature, challenge, ec.ECDSA(hashes.SHA256()))
        except (InvalidSignature, UnsupportedAlgorithm, ValueError, TypeError):
            return False
        return True
