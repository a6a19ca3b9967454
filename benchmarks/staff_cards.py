"""Staff card figures: card in the reader to signed in, and card out to signed out.

Ours: ``core.staff_door.StaffDoor`` as the kiosk runs it, on the real PC/SC driver
(``devices.pcsc_staff_card``), a real pcscd and a virtual staff card in vsmartcard's vpcd
reader (tests/devices/virtual_staff_card.py, a real P-256 key): from the card going in,
through the door noticing it, the PIN sent to the card, the challenge signed and checked
against the roster, to the sign-in recorded in a real SQLite journal. Card out: from the
card leaving to the sign-out recorded.

Baseline, in the same run, on the same reader and card: bare pyscard doing the card's part
only: wait for the card, connect, SELECT, VERIFY and INTERNAL AUTHENTICATE, no journal and
no signature check; and for removal, a bare SCardGetStatusChange noticing the card left.

Needs pcscd, vsmartcard-vpcd and root (as the tests do); says so and skips otherwise.
"""

from __future__ import annotations

import queue
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from core.staff_cards import SignedInStaff, SignInResult, SignOutReason, StaffSignIn
from core.staff_door import StaffDoor
from store.journal import SqliteJournal

STAFF = "s-amina-khatun"
PIN = "48153"
ROW = "{:<40}{:>12}{:>12}{:>12}{:>10}"


@dataclass(frozen=True, slots=True)
class CardFigure:
    name: str
    ours_p50: float
    ours_p95: float
    bare_p95: float

    @property
    def ratio(self) -> float:
        return self.ours_p95 / self.bare_p95 if self.bare_p95 else 0.0


class _Heard:
    def __init__(self) -> None:
        self.calls: queue.Queue[tuple[str, float]] = queue.Queue()

    def card_inserted(self) -> None:
        self.calls.put(("inserted", time.perf_counter()))

    def card_removed(self) -> None:
        self.calls.put(("removed", time.perf_counter()))

    def pin_checked(self, result: SignInResult) -> None:
        assert result.signed_in, result.message
        self.calls.put(("signed_in", time.perf_counter()))

    def signed_out(self, staff: SignedInStaff, reason: SignOutReason) -> None:
        self.calls.put(("signed_out", time.perf_counter()))

    def reader_trouble(self, message: str) -> None:
        pass

    def wait(self, what: str) -> float:
        while True:
            kind, at = self.calls.get(timeout=10)
            if kind == what:
                return at


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure_staff_cards(rounds: int = 30) -> list[CardFigure] | str:
    """The figures, or why they could not be taken here."""
    try:
        from tests.devices.pcsc_support import PcscdFailed, vpcd_pcscd
    except ImportError as exc:  # pyscard or the test helpers missing
        return f"staff cards not measured: {exc}"
    with tempfile.TemporaryDirectory() as folder:
        try:
            with vpcd_pcscd(Path(folder)):
                return _measure(Path(folder), rounds)
        except PcscdFailed as exc:
            return f"staff cards not measured: {exc}"


def _measure(folder: Path, rounds: int) -> list[CardFigure]:
    from core.staff_cards import load_staff_roster
    from devices.pcsc_staff_card import EcdsaCardSignatureCheck, PcscStaffCardReader
    from tests.devices.pcsc_support import READER, READER_PORT, wait_until_reader_empty
    from tests.devices.virtual_staff_card import VirtualStaffCard, new_card_key
    from tests.staff_card_support import spki, write_roster

    card = VirtualStaffCard(new_card_key(), STAFF, PIN, bytes.fromhex("04A1B2C3D4E5F6"))
    roster = write_roster(
        folder / "staff.json",
        [
            {
                "id": STAFF,
                "name": "Amina Khatun",
                "roles": ["floorwalker"],
                "card_public_key": spki(card.private_key),
            }
        ],
    )
    journal = SqliteJournal(folder / "data", "bench-kiosk", "bench-site")
    heard = _Heard()
    sign_in = StaffSignIn(load_staff_roster(roster), EcdsaCardSignatureCheck(), journal)
    door = StaffDoor(PcscStaffCardReader(READER), sign_in, heard)
    door.start()
    ours_in: list[float] = []
    ours_out: list[float] = []
    try:
        for _ in range(rounds):
            start = time.perf_counter()
            inserted = card.insert(READER_PORT)
            heard.wait("inserted")
            door.enter_pin(PIN)
            ours_in.append((heard.wait("signed_in") - start) * 1000)
            start = time.perf_counter()
            inserted.remove()
            ours_out.append((heard.wait("signed_out") - start) * 1000)
            heard.wait("removed")
            wait_until_reader_empty(READER)
    finally:
        door.stop()
        journal.close()
    bare_in, bare_out = _bare(card, rounds, READER, READER_PORT, wait_until_reader_empty)
    return [
        CardFigure(
            "card in to signed in",
            _percentile(ours_in, 0.5),
            _percentile(ours_in, 0.95),
            _percentile(bare_in, 0.95),
        ),
        CardFigure(
            "card out to signed out",
            _percentile(ours_out, 0.5),
            _percentile(ours_out, 0.95),
            _percentile(bare_out, 0.95),
        ),
    ]


def _bare(
    card: object, rounds: int, reader: str, port: int, empty: object
) -> tuple[list[float], list[float]]:
    """The card's part only, with bare pyscard."""
    from smartcard import scard
    from smartcard.CardRequest import CardRequest

    from devices.pcsc_staff_card import STAFF_CARD_AID

    select = bytes([0x00, 0xA4, 0x04, 0x00, len(STAFF_CARD_AID)]) + STAFF_CARD_AID
    verify = bytes([0x00, 0x20, 0x00, 0x81, len(PIN)]) + PIN.encode()
    auth = bytes([0x00, 0x88, 0x00, 0x00, 32]) + bytes(32) + b"\x00"
    ins: list[float] = []
    outs: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        inserted = card.insert(port)  # type: ignore[attr-defined]
        service = CardRequest(timeout=10, readers=[reader]).waitforcard()
        service.connection.connect()
        for apdu in (select, verify, auth):
            _, sw1, sw2 = service.connection.transmit(list(apdu))
            assert (sw1, sw2) == (0x90, 0x00), hex(sw1)
        ins.append((time.perf_counter() - start) * 1000)
        service.connection.disconnect()
        _, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        _, states = scard.SCardGetStatusChange(context, 0, [(reader, scard.SCARD_STATE_UNAWARE)])
        start = time.perf_counter()
        inserted.remove()
        while True:
            _, states = scard.SCardGetStatusChange(context, 10_000, states)
            if states[0][1] & scard.SCARD_STATE_EMPTY:
                break
        outs.append((time.perf_counter() - start) * 1000)
        scard.SCardReleaseContext(context)
        empty(reader)  # type: ignore[operator]
    return ins, outs


def staff_card_table(found: list[CardFigure] | str) -> str:
    """The figures as a table."""
    if isinstance(found, str):
        return found
    lines = [ROW.format("staff card", "ours p50", "ours p95", "bare p95", "ratio")]
    for f in found:
        lines.append(
            ROW.format(
                f.name,
                f"{f.ours_p50:.0f} ms",
                f"{f.ours_p95:.0f} ms",
                f"{f.bare_p95:.0f} ms",
                f"{f.ratio:.1f}x",
            )
        )
    return "\n".join(lines)


def staff_card_figures(found: list[CardFigure] | str) -> dict[str, object]:
    """For build/bench.json."""
    if isinstance(found, str):
        return {"skipped": found}
    return {
        f.name: {
            "ours_p50_ms": round(f.ours_p50, 1),
            "ours_p95_ms": round(f.ours_p95, 1),
            "bare_p95_ms": round(f.bare_p95, 1),
            "ratio_p95": round(f.ratio, 2),
        }
        for f in found
    }


if __name__ == "__main__":
    print(staff_card_table(measure_staff_cards()))
