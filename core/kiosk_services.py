"""What kiosk screens are given by main.py: services from core, never storage or drivers."""

from __future__ import annotations

from dataclasses import dataclass

from core.catalogue import Catalogue
from core.config import TerminalConfig
from core.feedback import FeedbackBox
from core.help import HelpCall
from core.session import VisitLog
from core.site_services import SiteServices
from core.staff_exit import StaffExit


@dataclass(frozen=True, slots=True)
class KioskServices:
    """The services a kiosk's screens call.

    Attributes:
        config: this terminal's configuration.
        catalogue: the council's services and standards.
        feedback: records feedback, sealing comments.
        help_call: brings a floorwalker.
        staff_exit: checks the staff PIN to leave kiosk mode.
        visits: records visit starts and timeouts.
        speech_engine: the Qt TextToSpeech engine to use, or None.
        startup_warning: shown to staff when the journal was quarantined at start.
        site: the queue, check-in and visitor services (None only in narrow tests).
    """

    config: TerminalConfig
    catalogue: Catalogue
    feedback: FeedbackBox
    help_call: HelpCall
    staff_exit: StaffExit
    visits: VisitLog
    speech_engine: str | None = None
    startup_warning: str = ""
    site: SiteServices | None = None
