"""The base for every full-window screen: a name for help calls, text refresh, and wipe."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class Screen(QWidget):
    """One page-filling screen in a terminal's stack.

    Signals:
        go(str): ask the shell to show another screen, by its ``screen_name``.
        finished(): the resident is done; the shell wipes the visit and returns home.
    """

    go = Signal(str)
    finished = Signal()
    screen_name = "screen"

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName(f"{self.screen_name}Screen")
        self.language = "en"

    def retranslate(self, language: str) -> None:
        """Set every text for the interface language (called after a language switch)."""
        self.language = language

    def wipe(self) -> None:
        """Forget everything the resident entered or chose on this screen."""

    def back(self) -> bool:
        """Go back within the screen; False means leave it."""
        return False

    def entered(self) -> None:
        """The screen has just been shown."""

    def spoken_text(self) -> str:
        """What read-aloud says for this screen as it stands."""
        return ""

    @property
    def current_page(self) -> str:
        """The page within the screen, for help calls and timeout figures."""
        return self.screen_name

    def soft_check(self) -> str | None:
        """The message of a check on this page that staff may override, if there is one."""
        return None

    def override_check(self, staff_id: str, reason: str) -> tuple[str, str]:
        """Staff override this page's soft check (``reason`` kept with the answer) and the
        page goes on; returns (form id, question) for the audit trail.

        Raises ValueError (with a message for staff) when there is nothing to override.
        """
        raise ValueError("There is no check on this page that staff can override.")
