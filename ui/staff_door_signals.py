"""The staff card door's news as Qt signals, delivered on the UI thread.

``core.staff_door.StaffDoor`` calls its listener from the door's own thread. This QObject
lives on the UI thread, so each signal emitted from the door's thread is queued and its
slots run on the UI thread, where screens may be touched.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.staff_cards import SignedInStaff, SignInResult, SignOutReason


class StaffDoorSignals(QObject):
    """A ``StaffDoorListener`` that re-emits every call.

    Signals:
        inserted(): a staff card is in the reader.
        removed(): the card left the reader.
        pin_checked(object): a ``SignInResult``.
        signed_out(object, str): the ``SignedInStaff`` and the ``SignOutReason`` value.
        trouble(str): the reader cannot be used (empty: it can again).
    """

    inserted = Signal()
    removed = Signal()
    pin_checked_signal = Signal(object)
    signed_out_signal = Signal(object, str)
    trouble = Signal(str)

    def card_inserted(self) -> None:
        """From the door's thread."""
        self.inserted.emit()

    def card_removed(self) -> None:
        """From the door's thread."""
        self.removed.emit()

    def pin_checked(self, result: SignInResult) -> None:
        """From the door's thread."""
        self.pin_checked_signal.emit(result)

    def signed_out(self, staff: SignedInStaff, reason: SignOutReason) -> None:
        """From the door's thread."""
        self.signed_out_signal.emit(staff, reason.value)

    def reader_trouble(self, message: str) -> None:
        """From the door's thread."""
        self.trouble.emit(message)
