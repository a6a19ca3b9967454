"""A real ``main.py kiosk`` that pulls from the reference case service every second.

It is the kill test's kiosk process (tests/evidence/kill_kiosk.py: offscreen, the automation
socket, the simulated scanner, a file printer), with a ``[case_service]`` table naming the
service on loopback and its key in the service's register. When it restarts itself onto a
new version, the process (and its PID) stays; only the automation socket goes quiet for the
moment it takes to start again, which ``screen`` rides over.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.config import DEMO_APPOINTMENTS
from store.inspect import inspect_journal
from sync.terminal_identity import TerminalIdentity
from tests.evidence.kill_kiosk import TERMINAL_ID, KioskGone, KioskProcess
from tests.sync.central_support import Council

HOME = "Welcome to Idea Store Whitechapel"
IDLE_S = 15
ASK_A_QUESTION_START = [
    ("tap", "homeTile_forms"),
    ("tap", "formTile_ask-a-question"),
    ("tap", "formContinue"),
    ("tap", "answer_service_housing"),
    ("tap", "formContinue"),
    ("type", "answer_question", "When does the housing surgery open?"),
    ("tap", "formContinue"),
    ("tap", "answer_reply_by_email"),
    ("tap", "formContinue"),
]
ASK_A_QUESTION_END = [
    ("type", "answer_full_name", "Ayesha Rahman"),
    ("tap", "formContinue"),
    ("type", "answer_email", "resident@example.com"),
    ("tap", "formContinue"),
    ("tap", "formContinue"),  # no phone number: the reply goes by email
    ("tap", "formContinue"),  # check your answers: send
]


class UpdatingKiosk(KioskProcess):
    """The kiosk process, registered with the council's service, pulling every second."""

    def __init__(self, root: Path, council: Council) -> None:
        self._url = council.url
        super().__init__(root, DEMO_APPOINTMENTS)
        council.register(TerminalIdentity.load_or_create(self.data, TERMINAL_ID))

    def _write_config(self, appointments: Path) -> None:
        super()._write_config(appointments)
        # The shortest idle time a council may set, so a test can keep a resident at a page
        # longer than the quiet time the kiosk waits for, answering "Do you need more time?".
        text = self.config.read_text(encoding="utf-8")
        text = text.replace("[kiosk]\n", f"[kiosk]\nidle_timeout_s = {IDLE_S}\n", 1)
        text += f'[case_service]\nurl = "{self._url}"\npull_every_s = 1\n'
        self.config.write_text(text, encoding="utf-8")

    def screen(self) -> list[str]:
        """What the screen shows now; nothing while the kiosk is starting again."""
        try:
            return self.texts()
        except KioskGone:
            if not self.alive():
                raise
            return []

    def shows(self, fragment: str) -> bool:
        """True if some visible text contains ``fragment``."""
        return any(fragment in text for text in self.screen())

    def events(self) -> dict[str, int]:
        """The kiosk's journal events by type, read read-only as ``main.py status`` does."""
        return dict(inspect_journal(self.data).counts)

    def walk(self, steps: list[tuple[str, ...]]) -> None:
        """Tap and type through steps, by widget name."""
        for step in steps:
            if step[0] == "tap":
                self.tap(step[1])
            else:
                self.type(step[1], step[2])

    def pulled_once(self) -> bool:
        """The engine has pulled the catalogue and the settings at least once."""
        central = self.data / "central"
        return (central / "catalogue.json").is_file() and (central / "settings.json").is_file()

    def ctl_ok(self, command: dict[str, Any]) -> bool:
        """An automation command that went through (False while the kiosk restarts)."""
        try:
            return bool(self.ctl(command).get("ok"))
        except KioskGone:
            return False
