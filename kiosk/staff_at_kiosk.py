"""Staff at a kiosk: card sign-in over the resident's page, the assisted session, hand back.

A floorwalker puts their card in the kiosk's reader. The sign-in panel covers the screen and
asks for the card's PIN; the resident's page stays underneath. Once signed in:

- staff who may assist get the assisted bar ("Assisted by …" and the tools), and the visit
  is marked assisted from the page they joined on;
- staff who may leave kiosk mode get that button too (it replaces the old exit PIN).

Handing back, taking the card out or the visit ending closes the tools at once. Everything
is recorded off the UI thread; the card work happens on the staff door's own thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from core.assisted_visit import AssistedVisit, NoteProblem
from core.ports import StorageUnavailable
from core.site_services import SiteServices
from core.staff_cards import SignedInStaff, SignOutReason
from core.staff_door import StaffDoor, StaffDoorListener
from core.staff_permissions import StaffPermission, StaffPermissions
from kiosk.assisted_bar import AssistedBar
from kiosk.booking_panel import BookingPanel
from ui.background import BackgroundOp
from ui.screen import Screen
from ui.staff_card_sign_in import StaffCardSignIn

log = logging.getLogger(__name__)

NOT_HERE = "You have no staff role at kiosks on this site's staff list. Ask a manager."


class StaffAtKiosk(QObject):
    """Wires the staff door, the sign-in panel and the assisted bar to one kiosk window.

    Signals:
        leave_allowed(): a member of staff who may chose "Leave kiosk mode" (recorded).
        session_changed(bool): the staff tools opened (True) or closed (False).
    """

    leave_allowed = Signal()
    session_changed = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        make_door: Callable[[StaffDoorListener], StaffDoor] | None,
        visit: AssistedVisit,
        permissions: StaffPermissions,
        current_screen: Callable[[], Screen],
        site: Callable[[], SiteServices | None] | None = None,
    ) -> None:
        super().__init__(window)
        self._visit = visit
        self._permissions = permissions
        self._current_screen = current_screen
        self._site = site
        self._window = window
        self.booking: BookingPanel | None = None
        self.language = "en"
        self.card = StaffCardSignIn(window, make_door)
        self.panel = self.card.panel
        self.bar = AssistedBar(window)
        self.card.staff_signed_in.connect(self._signed_in)
        self.card.staff_signed_out.connect(self._signed_out)
        self.bar.assisted_toggled.connect(self._mark)
        self.bar.priority_toggled.connect(self._priority)
        self.bar.note_saved.connect(self._note)
        self.bar.override_asked.connect(self._override_asked)
        self.bar.override_given.connect(self._override)
        self.bar.book_wanted.connect(self._book)
        self.bar.hand_back.connect(self.hand_back)
        self.bar.leave_kiosk.connect(self._leave)

    def start(self) -> None:
        """Start watching the card reader (after the first paint: the driver takes a while)."""
        self.card.start()

    @property
    def staff(self) -> SignedInStaff | None:
        """Who has the staff tools open now."""
        return self._visit.staff

    def open_sign_in(self) -> None:
        """The "Staff" button: ask for the card (or its PIN if it is in)."""
        self.card.open()

    def hand_back(self) -> None:
        """Close the staff tools and sign out; the card is ignored until taken out."""
        self._close_tools("handed_back")
        self.card.sign_out(SignOutReason.HANDED_BACK)

    def visit_ended(self, idle: bool) -> None:
        """The resident's visit was wiped: nobody keeps staff tools into the next one."""
        self.panel.close_panel()
        if self._visit.staff is not None:
            self._close_tools("idle" if idle else "visit_ended")
            self.card.sign_out(SignOutReason.IDLE if idle else SignOutReason.HANDED_BACK)
        self._visit.end_visit()  # at once: the next resident's first tap must not be flagged

    def stop(self) -> None:
        """Stop the door's thread (the kiosk is closing)."""
        self.card.stop()

    def retranslate(self, language: str) -> None:
        """Texts for the kiosk's language (the resident's, which a booking slip prints in)."""
        self.language = language
        self.panel.retranslate()
        self.bar.retranslate()

    # -- signing in and out -------------------------------------------------------------

    def _signed_in(self, staff: SignedInStaff) -> None:
        may = self._permissions.of(staff)
        if not may & {StaffPermission.ASSIST, StaffPermission.LEAVE_KIOSK}:
            self.card.refuse(NOT_HERE)
            return
        page = self._current_page()
        # The tools act for the staff the visit records, which happens on a worker thread:
        # until it has, a tap on "Book an appointment" found nobody signed in and said
        # booking was not available here. So the tools open once the session is recorded.
        self.bar.tools_button.setEnabled(False)
        BackgroundOp(self, lambda: self._visit.begin(staff, page)).success(
            lambda _none: self.bar.tools_button.setEnabled(True)
        ).failure(self._not_saved).run()
        assists = StaffPermission.ASSIST in may
        for tool in (self.bar.mark, self.bar.priority, self.bar.add_note, self.bar.override):
            tool.setVisible(assists)
        self.bar.book.setVisible(assists and self._site is not None)
        self.bar.show_for(staff.name, StaffPermission.LEAVE_KIOSK in may)
        self.session_changed.emit(True)

    def _signed_out(self, staff: SignedInStaff, reason: str) -> None:
        if self._visit.staff is not None or self.bar.isVisible():
            self._close_tools(reason)
        log.info("%s signed out at the kiosk (%s)", staff.staff_id, reason)

    # -- the tools -------------------------------------------------------------------------

    def _mark(self, on: bool) -> None:
        BackgroundOp(self, lambda: self._visit.mark_assisted(on)).failure(self._not_saved).run()

    def _priority(self, on: bool) -> None:
        def refused(exc: Exception) -> None:
            self.bar.set_priority(not on)
            self._not_saved(exc)

        BackgroundOp(self, lambda: self._visit.raise_priority(on)).failure(refused).run()

    def _note(self, text: str) -> None:
        page = self._current_page()

        def refused(exc: Exception) -> None:
            if isinstance(exc, NoteProblem):
                self.bar.note_refused(str(exc))
            else:
                self.bar.note_refused(_not_saved_text(exc))

        BackgroundOp(self, lambda: self._visit.add_note(text, page)).success(
            lambda _id: self.bar.note_kept()
        ).failure(refused).run()

    def _book(self) -> None:
        staff = self._visit.staff
        site = self._site() if self._site is not None else None
        if staff is None or site is None or site.booking is None:
            self.bar.banner.setText("Booking is not available on this kiosk.")
            return
        if self.booking is None:
            self.booking = BookingPanel(
                self._window, site.booking, site.catalogue, site.slips, site.print_desk
            )
        self.booking.open_for(staff.staff_id, self.language)

    def _override_asked(self) -> None:
        check = self._current_screen().soft_check()
        if check is None:
            self.bar.nothing_to_override()
        else:
            self.bar.ask_override_reason(check)

    def _override(self, reason: str) -> None:
        staff = self._visit.staff
        if staff is None:
            return
        try:
            form, question = self._current_screen().override_check(staff.staff_id, reason)
        except ValueError as refused:
            self.bar.note_refused(str(refused))
            return
        self.bar.override_kept()
        op = BackgroundOp(self, lambda: self._visit.record_override(form, question, reason))
        op.failure(self._not_saved).run()

    def _current_page(self) -> str:
        return self._current_screen().current_page

    def _leave(self) -> None:
        def left(_: object) -> None:
            self.leave_allowed.emit()

        BackgroundOp(self, self._visit.leave_kiosk).success(left).failure(self._not_saved).run()

    def _close_tools(self, reason: str) -> None:
        was_open = self.bar.isVisible()
        self.bar.close_tools()
        if self.booking is not None:
            self.booking.close_panel()
        BackgroundOp(self, lambda: self._visit.hand_back(reason)).failure(self._not_saved).run()
        if was_open:
            self.session_changed.emit(False)

    def _not_saved(self, exc: Exception) -> None:
        log.error("a staff action was not recorded: %s", exc)
        self.bar.banner.setText(_not_saved_text(exc))


def _not_saved_text(exc: Exception) -> str:
    if isinstance(exc, StorageUnavailable):
        return "That was not saved: this kiosk's storage is failing. Tell IT support."
    return f"That was not saved ({exc})."
