"""Signing staff in with their card at any terminal: the door, the PIN panel, and the result.

``core.staff_door.StaffDoor`` does the card work on its own thread and reports to a
listener from there. ``StaffCardSignIn`` is that listener: it re-emits each report as a
signal queued to the UI thread, shows the PIN panel when a card arrives, passes the PIN to
the door, and tells its screen who signed in or out. The kiosk (assisted session) and the
desk (named help answers, the dashboard) both use it, deciding only what a signed-in
member of staff gets there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from core.staff_cards import SignedInStaff, SignInResult, SignOutReason
from core.staff_door import StaffDoor, StaffDoorListener
from ui.staff_sign_in import StaffSignInPanel

NO_READER = "This terminal has no staff card reader set up. Ask IT support."


class StaffCardSignIn(QObject):
    """The card sign-in at one terminal window.

    Signals:
        staff_signed_in(object): a ``SignedInStaff`` whose card and PIN were accepted.
        staff_signed_out(object, str): the ``SignedInStaff`` and why (a ``SignOutReason``
            value).
    """

    staff_signed_in = Signal(object)
    staff_signed_out = Signal(object, str)
    # The door's reports, from its thread; queued to this object's (the UI) thread.
    _inserted = Signal()
    _removed = Signal()
    _checked = Signal(object)
    _out = Signal(object, str)
    _trouble = Signal(str)

    def __init__(
        self, window: QWidget, make_door: Callable[[StaffDoorListener], StaffDoor] | None
    ) -> None:
        super().__init__(window)
        self.panel = StaffSignInPanel(window)
        self.door: StaffDoor | None = None
        self._make_door = make_door
        self._card_in = False
        self._problem = "" if make_door is not None else NO_READER
        self._inserted.connect(self._card_arrived)
        self._removed.connect(self._card_left)
        self._checked.connect(self._pin_checked)
        self._out.connect(self.staff_signed_out)
        self._trouble.connect(self._reader_trouble)
        self.panel.pin_entered.connect(self._enter_pin)

    @property
    def has_reader(self) -> bool:
        """Whether this terminal is set up with a card reader at all."""
        return self._make_door is not None or self.door is not None

    def start(self) -> None:
        """Start watching the reader (the driver is imported now: call it after first paint)."""
        if self.door is None and self._make_door is not None:
            self.door = self._make_door(self)
            self.door.start()

    def stop(self) -> None:
        """Stop the door's thread (the terminal is closing); whoever is in is signed out."""
        if self.door is not None:
            self.door.stop()
            self.door = None
        self._make_door = None

    def open(self) -> None:
        """Ask for the card, or for its PIN if it is already in."""
        self.panel.open(self._card_in)
        if self._problem:
            self.panel.trouble(self._problem)

    def sign_out(self, reason: SignOutReason) -> None:
        """Sign out; the card is ignored until it is taken out."""
        if self.door is not None:
            self.door.sign_out(reason)

    def refuse(self, message: str) -> None:
        """The card and PIN were right but this terminal has nothing for them: say why, and
        sign them straight out."""
        self.panel.refused(message)
        self.sign_out(SignOutReason.HANDED_BACK)

    # -- StaffDoorListener: called on the door's thread ------------------------------------

    def card_inserted(self) -> None:
        """From the door's thread."""
        self._inserted.emit()

    def card_removed(self) -> None:
        """From the door's thread."""
        self._removed.emit()

    def pin_checked(self, result: SignInResult) -> None:
        """From the door's thread."""
        self._checked.emit(result)

    def signed_out(self, staff: SignedInStaff, reason: SignOutReason) -> None:
        """From the door's thread."""
        self._out.emit(staff, reason.value)

    def reader_trouble(self, message: str) -> None:
        """From the door's thread."""
        self._trouble.emit(message)

    # -- on the UI thread ------------------------------------------------------------------

    def _card_arrived(self) -> None:
        self._card_in = True
        self.panel.card_arrived()

    def _card_left(self) -> None:
        self._card_in = False
        self.panel.card_left()

    def _enter_pin(self, pin: str) -> None:
        if self.door is not None:
            self.door.enter_pin(pin)

    def _pin_checked(self, result: SignInResult) -> None:
        if result.staff is None:
            self.panel.refused(result.message)
            return
        self.panel.close_panel()
        self.staff_signed_in.emit(result.staff)

    def _reader_trouble(self, message: str) -> None:
        self._problem = message
        if self.panel.isVisible():
            self.panel.trouble(message)
