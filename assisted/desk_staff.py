"""Staff signed in at a desk with their card: who is here, the dashboard, answering help.

The desk works for the queue without anyone signed in (reception has always been able to
call the next ticket). Signing in with a staff card adds what is personal to a role:

- a manager gets "Service dashboard";
- a floorwalker (or whoever may answer help) who presses "I'm going" on a kiosk's help
  alert is recorded by name, and is shown which kiosk and which screen to go to.

Taking the card out signs out at once, as at a kiosk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from core.staff_cards import SignedInStaff, SignOutReason
from core.staff_door import StaffDoor, StaffDoorListener
from core.staff_permissions import StaffPermission, StaffPermissions
from ui.staff_card_sign_in import StaffCardSignIn
from ui.widgets import button, label, set_text

log = logging.getLogger(__name__)


class DeskStaff(QObject):
    """The desk's staff strip, sign-in panel and card door.

    Signals:
        changed(): someone signed in or out.
        dashboard_wanted(): a manager pressed "Service dashboard".
    """

    changed = Signal()
    dashboard_wanted = Signal()

    def __init__(
        self,
        window: QWidget,
        make_door: Callable[[StaffDoorListener], StaffDoor] | None,
        permissions: StaffPermissions,
    ) -> None:
        super().__init__(window)
        self._permissions = permissions
        self.staff: SignedInStaff | None = None
        self.strip = QFrame(window)
        self.strip.setObjectName("deskStaff")
        self.who = label("deskStaffWho", "secondary", self.strip)
        self.sign_in_button = button("deskSignIn", "", self.strip)
        self.dashboard_button = button("openDashboard", "primary", self.strip)
        self.sign_out_button = button("deskSignOut", "", self.strip)
        row = QHBoxLayout(self.strip)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.who, 1)
        for b in (self.sign_in_button, self.dashboard_button, self.sign_out_button):
            row.addWidget(b)
        self.card = StaffCardSignIn(window, make_door)
        self.card.staff_signed_in.connect(self._signed_in)
        self.card.staff_signed_out.connect(self._signed_out)
        self.sign_in_button.clicked.connect(self.card.open)
        self.sign_out_button.clicked.connect(lambda: self.card.sign_out(SignOutReason.HANDED_BACK))
        self.dashboard_button.clicked.connect(self.dashboard_wanted)
        self._show()
        # The card driver is imported as the door starts: after the desk's first paint.
        QTimer.singleShot(0, self.card.start)

    def may(self, permission: StaffPermission) -> bool:
        """Whether whoever is signed in here may do this."""
        return self._permissions.may(self.staff, permission)

    def stop(self) -> None:
        """Stop the door's thread (the desk is closing); whoever is in is signed out."""
        self.card.stop()

    def _signed_in(self, staff: SignedInStaff) -> None:
        self.staff = staff
        self._show()
        self.changed.emit()

    def _signed_out(self, staff: SignedInStaff, reason: str) -> None:
        log.info("%s signed out at the desk (%s)", staff.staff_id, reason)
        self.staff = None
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        staff = self.staff
        reader = self.card.has_reader
        if staff is None:
            self.who.setText(
                self.tr("Staff: put your card in the reader to sign in.") if reader else ""
            )
        else:
            roles = ", ".join(role.value for role in staff.roles)
            self.who.setText(
                self.tr("Signed in: %1 (%2)").replace("%1", staff.name).replace("%2", roles)
            )
        set_text(self.sign_in_button, self.tr("Sign in"))
        set_text(self.dashboard_button, self.tr("Service dashboard"))
        set_text(self.sign_out_button, self.tr("Sign out"))
        self.sign_in_button.setVisible(reader and staff is None)
        self.sign_out_button.setVisible(staff is not None)
        self.dashboard_button.setVisible(self.may(StaffPermission.DASHBOARD))
