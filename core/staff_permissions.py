"""What each staff role may do at a terminal, as the terminal's configuration says.

The roles come from the site's staff roster (core/staff_cards.py); what a role may do comes
from the terminal's ``[staff]`` table, so a council can, say, let reception staff help at a
kiosk in a small library without changing anyone's card or the roster.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from core.staff_cards import SignedInStaff, StaffRole


class StaffPermission(StrEnum):
    """Something a signed-in member of staff may do."""

    ASSIST = "assist"  # start an assisted session at a kiosk, with the staff tools
    LEAVE_KIOSK = "leave_kiosk"  # close the kiosk app (maintenance)
    ANSWER_HELP = "answer_help"  # accept a kiosk's "help requested" alert at a desk
    DASHBOARD = "dashboard"  # see the service dashboard at a desk


DEFAULT_PERMISSIONS: dict[StaffRole, frozenset[StaffPermission]] = {
    StaffRole.FLOORWALKER: frozenset(
        {StaffPermission.ASSIST, StaffPermission.ANSWER_HELP, StaffPermission.LEAVE_KIOSK}
    ),
    StaffRole.RECEPTION: frozenset({StaffPermission.ASSIST, StaffPermission.ANSWER_HELP}),
    StaffRole.MANAGER: frozenset(StaffPermission),
}


class StaffPermissions:
    """Role to permissions, looked up for whoever is signed in."""

    def __init__(self, table: Mapping[StaffRole, Iterable[StaffPermission]] | None = None) -> None:
        source = DEFAULT_PERMISSIONS if table is None else table
        self._table = {role: frozenset(source.get(role, ())) for role in StaffRole}

    @classmethod
    def from_config(cls, table: Mapping[str, Iterable[str]]) -> StaffPermissions:
        """From ``{"floorwalker": ["assist", ...], ...}``, already checked by core.config."""
        return cls(
            {
                StaffRole(role): [StaffPermission(p) for p in permissions]
                for role, permissions in table.items()
            }
        )

    def of(self, staff: SignedInStaff | None) -> frozenset[StaffPermission]:
        """Everything any of a member of staff's roles allows (nothing when nobody)."""
        if staff is None:
            return frozenset()
        allowed: set[StaffPermission] = set()
        for role in staff.roles:
            allowed |= self._table[role]
        return frozenset(allowed)

    def may(self, staff: SignedInStaff | None, permission: StaffPermission) -> bool:
        """Whether this member of staff may do this."""
        return permission in self.of(staff)
