"""What kiosk screens are given by main.py: services from core, never storage or drivers."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from core.case_status import CaseTracker
from core.catalogue import Catalogue
from core.config import TerminalConfig
from core.feedback import FeedbackBox
from core.help import HelpCall
from core.session import VisitLog
from core.staff_permissions import StaffPermissions

if TYPE_CHECKING:
    from core.assisted_visit import AssistedVisit
    from core.document_services import DocumentServices
    from core.form_services import FormServices
    from core.site_services import SiteServices
    from core.staff_door import StaffDoor, StaffDoorListener

Built = TypeVar("Built")


class Lazy(Generic[Built]):
    """Services built the first time they are used.

    A kiosk's home screen needs neither the site's queue nor the forms, so main.py hands
    them over unbuilt and the kiosk builds them in the idle moment after its first paint:
    start-up does not wait for the queue, appointments, printer or form catalogue. A
    failure is raised to the caller each time (nothing half-built is kept).
    """

    def __init__(self, build: Callable[[], Built]) -> None:
        self._build = build
        self._built: Built | None = None
        self._lock = threading.Lock()

    def peek(self) -> Built | None:
        """The services if they have been built, without building them."""
        return self._built

    def get(self) -> Built:
        """The services, building them now if this is the first use."""
        with self._lock:
            if self._built is None:
                self._built = self._build()
            return self._built


LazySite = Lazy["SiteServices"]


@dataclass(frozen=True, slots=True)
class KioskServices:
    """The services a kiosk's screens call.

    Attributes:
        config: this terminal's configuration.
        catalogue: the council's services and standards.
        feedback: records feedback, sealing comments.
        help_call: brings a floorwalker.
        assisted: the staff side of the visit: assisted sessions and their tools.
        visits: records visit starts and timeouts.
        speech_engine: the Qt TextToSpeech engine to use, or None.
        startup_warning: shown to staff when the journal was quarantined at start.
        queue_site: the queue, check-in and visitor services, built on first use (None only
            in narrow tests); read them through ``site``.
        form_desk: the guided forms and what finishes them, built on first use (None only in
            narrow tests); read them through ``forms``.
        tracker: looks up a case reference for "Track a request" (None: no tile).
        document_desk: "Send documents for my case", built on first use (None: no tile);
            read it through ``documents``.
        staff_door: makes the staff card door for a listener (None: no card reader, so
            staff cannot sign in here).
        staff_permissions: what each staff role may do at this kiosk.
    """

    config: TerminalConfig
    catalogue: Catalogue
    feedback: FeedbackBox
    help_call: HelpCall
    assisted: AssistedVisit
    visits: VisitLog
    speech_engine: str | None = None
    startup_warning: str = ""
    queue_site: Lazy[SiteServices] | None = None
    form_desk: Lazy[FormServices] | None = None
    tracker: CaseTracker | None = None
    document_desk: Lazy[DocumentServices] | None = None
    staff_door: Callable[[StaffDoorListener], StaffDoor] | None = None
    staff_permissions: StaffPermissions = field(default_factory=StaffPermissions)

    @property
    def has_site(self) -> bool:
        """True when this kiosk offers the queue journeys (tickets, check-in, visitors)."""
        return self.queue_site is not None

    @property
    def site(self) -> SiteServices | None:
        """The queue services, built now if not yet (see ``LazySite``)."""
        return self.queue_site.get() if self.queue_site is not None else None

    @property
    def has_forms(self) -> bool:
        """True when this kiosk offers the guided forms."""
        return self.form_desk is not None

    @property
    def forms(self) -> FormServices | None:
        """The form services, built now if not yet (see ``Lazy``)."""
        return self.form_desk.get() if self.form_desk is not None else None

    @property
    def has_documents(self) -> bool:
        """True when this kiosk offers "Send documents for my case"."""
        return self.document_desk is not None

    @property
    def documents(self) -> DocumentServices | None:
        """The document services, built now if not yet (see ``Lazy``)."""
        return self.document_desk.get() if self.document_desk is not None else None
