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

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from core.staff_cards import SignedInStaff, SignInResult, SignOutReason
from core.staff_door import StaffDoor, StaffDoorListener
from core.staff_permissions import StaffPermission, StaffPermissions
from ui.staff_door_signals import StaffDoorSignals
from ui.staff_sign_in import StaffSignInPanel
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
        self._card_in = False
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
        self.panel = StaffSignInPanel(window)
        self.signals = StaffDoorSignals(self)
        self.door = make_door(self.signals) if make_door is not None else None
        self.signals.inserted.connect(self._inserted)
        self.signals.removed.connect(self._removed)
        self.signals.pin_checked_signal.connect(self._pin_checked)
        self.signals.signed_out_signal.connect(self._signed_out)
        self.signals.trouble.connect(self._trouble)
        self.panel.pin_entered.connect(self._pin_entered)
        self.sign_in_button.clicked.connect(lambda: self.panel.open(self._card_in))
        self.sign_out_button.clicked.connect(self.sign_out)
        self.dashboard_button.clicked.connect(self.dashboard_wanted)
        self.sign_in_button.setVisible(self.door is not None)
        self._show()
        if self.door is not None:
            self.door.start()

    def may(self, permission: StaffPermission) -> bool:
        """Whether whoever is signed in here may do this."""
        return self._permissions.may(self.staff, permission)

    def sign_out(self) -> None:
        """Sign out now; the card is ignored until it is taken out."""
        if self.door is not None:
            self.door.sign_out(SignOutReason.HANDED_BACK)

    def stop(self) -> None:
        """Stop the door's thread (the desk is closing); whoever is in is signed out."""
        if self.door is not None:
            self.door.stop()
            self.door = None

    def _inserted(self) -> None:
        self._card_in = True
        if self.staff is None:
            self.panel.card_arrived()

    def _removed(self) -> None:
        self._card_in = False
        self.panel.card_left()

    def _pin_entered(self, pin: str) -> None:
        if self.door is not None:
            self.door.enter_pin(pin)

    def _pin_checked(self, result: SignInResult) -> None:
        if result.staff is None:
            self.panel.refused(result.message)
            return
        self.panel.close_panel()
        self.staff = result.staff
        self._show()
        self.changed.emit()

    def _signed_out(self, staff: SignedInStaff, reason: str) -> None:
        log.info("%s signed out at the desk (%s)", staff.staff_id, reason)
        self.staff = None
        self._show()
        self.changed.emit()

    def _trouble(self, message: str) -> None:
        if self.panel.isVisible():
            self.panel.trouble(message)

    def _show(self) -> None:
        staff = self.staff
        if staff is None:
            self.who.setText(
                self.tr("Staff: put your card in the reader to sign in.")
                if self.door is not None
                else ""
            )
        else:
            roles = ", ".join(role.value for role in staff.roles)
            self.who.setText(
                self.tr("Signed in: %1 (%2)").replace("%1", staff.name).replace("%2", roles)
            )
        set_text(self.sign_in_button, self.tr("Sign in"))
        set_text(self.dashboard_button, self.tr("Service dashboard"))
        set_text(self.sign_out_button, self.tr("Sign out"))
        self.sign_in_button.setVisible(self.door is not None and staff is None)
        self.sign_out_button.setVisible(staff is not None)
        self.dashboard_button.setVisible(self.may(StaffPermission.DASHBOARD))
