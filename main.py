"""civic-kiosk's composition root: reads config, opens the journal, wires services, starts a role.

Run ``python main.py --help`` for the commands.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.assisted_visit import AssistedJournal, AssistedVisit
from core.case_status import CaseStatusLookup, CaseTracker
from core.catalogue import Catalogue, CatalogueError, load_catalogue
from core.code_reader import CodeReader
from core.config import DEMO_PEER_KEY, ConfigError, TerminalConfig, default_data_dir, load_config
from core.feedback import FeedbackBox
from core.help import HelpCall
from core.kiosk_services import KioskServices, Lazy, LazySite
from core.ports import Journal
from core.session import VisitLog
from core.staff_permissions import StaffPermissions
from store.journal import SqliteJournal
from sync.sealing import CouncilSealer, SealingError, generate_council_keypair

if TYPE_CHECKING:
    from assisted.dashboard_window import DashboardWindow
    from core.dashboard_service import DashboardService
    from core.document_services import DocumentServices
    from core.form_catalogue import FormCatalogue
    from core.form_services import FormServices
    from core.printing import PrintDesk
    from core.scanning import PageScanner
    from core.site_services import PeerLink, SiteServices
    from core.staff_door import StaffDoor, StaffDoorListener
    from sync.central_sync import CentralSync
    from sync.site_peers import SiteReplicator

ROOT = Path(__file__).resolve().parent
log = logging.getLogger("civic_kiosk")

# Qt's own chatter that says nothing an operator can act on: missing optional multimedia
# back ends, and a QML style note inside Qt Virtual Keyboard.
QUIET_QT_LOGS = "qt.multimedia.symbolsresolver=false;qt.qml.propertyCache.append=false"
EXIT_CONFIG = 2
EXIT_NO_DISPLAY = 3  # distinct, so `make run` can treat it as advice rather than failure
NO_DISPLAY = (
    "No display found. On a kiosk, start civic-kiosk from its graphical session (see README, "
    "'Deploy on a kiosk'); to try it here, run: xvfb-run -a -s '-screen 0 1920x1080x24' make run"
)


def compose_kiosk(
    config: TerminalConfig, data_dir: Path, link: SiteLink | None = None
) -> tuple[KioskServices, SqliteJournal]:
    """Open the journal and build the services a kiosk's screens are given."""
    # Check the key and catalogue first, so a bad config leaves no journal behind.
    sealer = CouncilSealer(config.council_public_key)
    catalogue = load_catalogue(config.catalogue_path)
    for key, path in (
        ("site.appointments_path", config.appointments_path),
        ("site.staff_path", config.staff_path),
    ):
        if not path.is_file():
            raise ConfigError(config.source, key, f"there is no file at {path}")
    journal = SqliteJournal(data_dir, config.terminal_id, config.site)
    warning = ""
    if journal.integrity.quarantined is not None:
        warning = (
            "Staff: this kiosk's journal was damaged and has been set aside as "
            f"{journal.integrity.quarantined.name}. A fresh journal was started. Tell IT support."
        )
    engine = {"auto": "speechd", "none": None}.get(config.speech_engine, config.speech_engine)
    scanner = Lazy(lambda: compose_scanner(config))
    # Everything the kiosk records goes through the assisted session's journal, which flags
    # what is done in an assisted or priority visit.
    assisted = AssistedVisit(journal, sealer)
    kiosk = AssistedJournal(journal, assisted)
    site = LazySite(
        lambda: compose_site(config, journal, sealer, catalogue, link=link, appender=kiosk)
    )
    services = KioskServices(
        config=config,
        catalogue=catalogue,
        feedback=FeedbackBox(kiosk, sealer),
        help_call=HelpCall(kiosk, config.terminal_id),
        assisted=assisted,
        visits=VisitLog(kiosk),
        speech_engine=engine,
        startup_warning=warning,
        queue_site=site,
        form_desk=Lazy(
            lambda: compose_forms(
                config, journal, sealer, catalogue, site, scanner.get(), appender=kiosk
            )
        ),
        tracker=CaseTracker(_case_lookup(config, data_dir), journal.sent_from_here),
        document_desk=Lazy(
            lambda: compose_documents(config, journal, sealer, site, scanner.get(), kiosk)
        ),
        staff_door=compose_staff_door(config, journal, data_dir),
        staff_permissions=staff_permissions(config),
    )
    return services, journal


def start_central(
    config: TerminalConfig,
    data_dir: Path,
    site: Callable[[], SiteServices | None],
    journal: Journal,
    on_content: Callable[[Path], None] | None = None,
) -> CentralSync | None:
    """Start sending this terminal's events to the case service, if one is configured.

    A newer appointment list from the service is read at once by the site's services (if
    built); the roster it sends is read at the next start. ``on_content`` checks a pulled
    catalogue or settings file on the sync thread (operations/content_updates.py).
    """
    if not config.case_service_url:
        return None
    from core.sync_faults import SyncFaultLog
    from sync.central_sync import CentralSync

    def pulled(path: Path) -> None:
        services = site()
        if services is not None and path.name.startswith("appointments-"):
            services.appointments.reload()
        if on_content is not None:
            on_content(path)

    engine = CentralSync.for_terminal(
        config,
        data_dir,
        retention_days=config.retention_days,
        pull_every_s=config.pull_every_s,
        on_pulled=pulled,
        faults=SyncFaultLog(journal, config.terminal_id),
    )
    engine.start()
    return engine


def start_heartbeat(
    config: TerminalConfig, data_dir: Path, journal: SqliteJournal, central: CentralSync | None
) -> Callable[[], None]:
    """Send this terminal's health to the case service every case_service.heartbeat_seconds,
    on its own thread (sync/heartbeat.py; gathered by operations/health.py, never on the UI
    thread), when a case service is configured. Returns what stops it."""
    if central is None:
        return lambda: None
    import time

    from operations.health import HealthGatherer, journal_at_start
    from sync.heartbeat import Heartbeat

    gatherer = HealthGatherer(
        config,
        data_dir,
        config.printers or (demo_printer(data_dir),),
        in_app=True,
        started=time.monotonic(),
        sync_status=central.status,
        journal=journal_at_start(data_dir, journal.integrity),
    )
    heartbeat = Heartbeat.for_terminal(
        config.case_service_url,
        data_dir,
        config.terminal_id,
        gatherer.gather,
        every_s=config.heartbeat_seconds,
        on_stop=gatherer.close,
    )
    heartbeat.start()
    return heartbeat.stop


def cmd_sync(args: argparse.Namespace, config: TerminalConfig, data_dir: Path) -> int:
    """Send everything waiting to the case service and pull what changed, once."""
    if not config.case_service_url:
        print("sync: no case service is configured (case_service.url); nothing to do")
        return EXIT_CONFIG
    from sync.central_sync import CentralSync
    from sync.terminal_identity import IdentityError

    try:
        engine = CentralSync.for_terminal(config, data_dir, retention_days=config.retention_days)
    except IdentityError as exc:
        print(f"sync: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    try:
        status = engine.drain_once()
        purged = engine.purge_acknowledged(config.retention_days)
    finally:
        engine.stop()
    print(f"case service   {config.case_service_url}")
    print(f"state          {status.state}")
    print(f"still to send  {status.backlog} events (oldest {status.oldest_unsent or '-'})")
    print(f"last success   {status.last_success or 'never'}")
    print(f"last problem   {status.last_error or 'none'}")
    print(f"old sealed files deleted  {purged}")
    from operations.content_pull import check_pulled

    # The catalogue and settings pulled: checked and staged (or refused) as a running
    # terminal would, for it to apply when nobody is using it.
    pulled = check_pulled(data_dir, args.config, config)
    for version in pulled:
        print(version.line())
    refused = any(version.refused for version in pulled)
    return 0 if status.last_error is None and not refused else 1


def _case_lookup(config: TerminalConfig, data_dir: Path) -> CaseStatusLookup | None:
    """The case service's status look-up, or None while no case service is configured."""
    if not config.case_service_url:
        return None
    from sync.central_lookup import CentralCaseLookup

    return CentralCaseLookup(config, data_dir)


DOCUMENT_TYPES_FILE = "documents.json"


def compose_forms(
    config: TerminalConfig,
    journal: SqliteJournal,
    sealer: CouncilSealer,
    catalogue: Catalogue,
    site: Lazy[SiteServices] | None = None,
    scanner: PageScanner | None = None,
    appender: Journal | None = None,
) -> FormServices:
    """Load the forms (refusing broken ones, named) and wire what finishes them.

    ``appender``: what forms record through, as for ``compose_site``.
    """
    from core.addresses import load_address_book
    from core.form_catalogue import load_form_catalogue
    from core.form_services import FormServices
    from core.form_submission import FinalisedForm, FormSubmissions
    from core.printout import Printout
    from devices.scan_pipeline import ScanPipeline
    from printing.layouts import SubmissionReceipt

    forms = load_form_catalogue(config.catalogue_path.parent, [s.code for s in catalogue.services])
    pipeline = ScanPipeline()
    now = _site_now(config, journal)

    def receipt(done: FinalisedForm, language: str) -> Printout:
        from core.languages import localised

        return SubmissionReceipt(
            case_reference=done.reference,
            service=localised(done.title, language),
            what_happens_next=localised(done.what_happens_next, language),
            service_standard=localised(done.standard, language),
            submitted_at=done.submitted_at,
            site_name=config.site_name,
            language=language,
        ).printout()

    return FormServices(
        catalogue=forms,
        submissions=FormSubmissions(appender or journal, sealer, now, bind=pipeline.bind),
        addresses=load_address_book(config.addresses_path),
        scanner=scanner,
        processor=pipeline,
        journal=appender or journal,
        today=lambda: now().date(),
        receipt=receipt,
        print_desk=lambda: _print_desk(site),
    )


def _print_desk(site: Lazy[SiteServices] | None) -> PrintDesk | None:
    """The site's printer for receipts, or None (no site, or a printer that cannot be built)."""
    if site is None:
        return None
    try:
        return site.get().print_desk
    except (OSError, ValueError) as exc:
        log.warning("no printer for receipts: %s", exc)
        return None


def _site_now(config: TerminalConfig, journal: SqliteJournal) -> Callable[[], datetime]:
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(config.timezone)
    wall = _journal_wall(journal)
    return lambda: datetime.fromtimestamp(wall() / 1000, zone)


def _journal_wall(journal: SqliteJournal) -> Callable[[], int]:
    """The wall time a terminal judges "today" by: never behind its journal's own last stamp.

    After the wall clock jumps back (to yesterday, or to 1970 with a flat clock battery) the
    journal still stamps new events after its last one, so they belong to the day it was on.
    Judging the day by the raw wall clock instead put them outside "today's" queue: the
    resident was told "something went wrong" while their ticket was recorded, and the next
    number restarted, repeating one already handed out today.
    """
    clock = journal.clock
    return lambda: max(clock.wall(), clock.last.wall_ms)


def compose_scanner(config: TerminalConfig) -> PageScanner | None:
    """The scanner kiosk.scanner names. Built on the UI thread (a camera must be)."""
    kind, _, name = config.scanner.partition(":")
    if kind == "none":
        return None
    from devices.simulated_scanner import SimulatedScanner

    if kind == "simulated":
        return SimulatedScanner()
    if kind == "sane":  # in a worker process: a wedged driver cannot hang the kiosk
        from devices.sane_worker import IsolatedSaneScanner

        return IsolatedSaneScanner(name or None)
    if kind == "camera":
        from ui.camera_scanner import CameraScanner

        return CameraScanner(name or None)
    from devices.scanner_choice import FirstAvailableScanner, first_sane_scanner

    return FirstAvailableScanner(first_sane_scanner, SimulatedScanner())


def compose_documents(
    config: TerminalConfig,
    journal: SqliteJournal,
    sealer: CouncilSealer,
    site: Lazy[SiteServices] | None,
    scanner: PageScanner | None,
    appender: Journal | None = None,
) -> DocumentServices:
    """Send documents for my case: the council's document types, the scanner and sealing.

    ``appender``: what sending records through, as for ``compose_site``.
    """
    from core.case_documents import CaseDocuments, DocumentsSent
    from core.document_services import DocumentServices
    from core.document_types import load_document_types
    from core.printout import Printout
    from devices.scan_pipeline import ScanPipeline
    from printing.layouts import DropOffReceipt, DroppedDocument

    pipeline = ScanPipeline()
    types = load_document_types(config.catalogue_path.parent / DOCUMENT_TYPES_FILE)

    def receipt(sent: DocumentsSent, language: str) -> Printout:
        document = DroppedDocument(sent.document.title(language), sent.pages)
        return DropOffReceipt(
            sent.receipt, (document,), sent.sent_at, config.site_name, language
        ).printout()

    return DocumentServices(
        types=types,
        sending=CaseDocuments(appender or journal, sealer, pipeline, _site_now(config, journal)),
        scanner=scanner,
        processor=pipeline,
        receipt=receipt,
        print_desk=lambda: _print_desk(site),
    )


class SiteLink:
    """This terminal's part in site replication: started by a role, read by its screens."""

    def __init__(self, config: TerminalConfig) -> None:
        self.config = config
        self.replicator: SiteReplicator | None = None
        self._listeners: list[Callable[[int], None]] = []

    def listen(self, callback: Callable[[int], None]) -> None:
        """Call ``callback`` (from a replication thread) whenever peers' events are stored."""
        self._listeners.append(callback)

    def _ingested(self, count: int) -> None:
        for callback in list(self._listeners):
            callback(count)

    def start(self, journal: SqliteJournal) -> None:
        """Serve this terminal's site events and pull its peers' (when config names any)."""
        config = self.config
        if not config.listen and not config.peers:
            return
        from sync.site_peers import SiteReplicator

        host, _, port = (config.listen or "127.0.0.1:0").rpartition(":")
        if config.peer_key == DEMO_PEER_KEY and host not in ("127.0.0.1", "localhost"):
            log.warning("site.peer_key is the demo key; set a secret one on every terminal")
        self.replicator = SiteReplicator(
            journal,
            listen_host=host,
            listen_port=int(port),
            peers=config.peers,
            peer_key=config.peer_key,
            on_ingested=self._ingested,
        )
        self.replicator.start()
        if self.replicator.serving_problem is None:
            log.info("serving site events on %s:%d", host, self.replicator.port)

    def unreachable(self) -> str | None:
        """Why site peers cannot reach this terminal, for staff screens (None while they can)."""
        return self.replicator.serving_problem if self.replicator is not None else None

    def stop(self) -> None:
        """Stop serving and pulling."""
        if self.replicator is not None:
            self.replicator.stop()

    def links(self) -> list[PeerLink]:
        """Each peer link's state, for staff screens."""
        if self.replicator is None:
            return []
        from core.site_services import PeerLink

        return [
            PeerLink(p.url, p.state, p.last_ok or "", p.last_error or "")
            for p in self.replicator.status()
        ]


def compose_site(
    config: TerminalConfig,
    journal: SqliteJournal,
    sealer: CouncilSealer,
    catalogue: Catalogue,
    wall: Callable[[], int] | None = None,
    link: SiteLink | None = None,
    appender: Journal | None = None,
) -> SiteServices:
    """Wire the queue, check-in, visitor and printing services to this terminal's journal.

    ``appender``, when given, is what the queue and visitor services record through (a
    kiosk's ``AssistedJournal``, which flags assisted and priority visits).
    """
    from core.appointments import CheckInWindow, DailyAppointments, load_appointments
    from core.check_in import CheckInDesk
    from core.printing import PrintDesk
    from core.queue_feed import SiteQueueFeed
    from core.site_bookings import AppointmentBooking, WithSiteBookings
    from core.site_day import SiteCalendar
    from core.site_services import SiteServices
    from core.ticket_machine import TicketMachine
    from core.visitors import VisitorBook, load_staff
    from core.wait_estimate import WaitEstimator
    from printing.printers import build_printer
    from printing.slips import LayoutSlips

    calendar = SiteCalendar(config.timezone)
    feed = SiteQueueFeed(journal, calendar, wall or _journal_wall(journal))
    estimator = WaitEstimator(usual_minutes=config.usual_service_minutes)
    machine = TicketMachine(appender or journal, feed, catalogue, config.ticket_block, estimator)
    window = CheckInWindow(config.checkin_early_minutes, config.checkin_late_minutes)
    pulled = journal.data_dir / "central"

    def appointments_file(day: str) -> Path:
        # With a case service, the day's list it sent wins over the configured file.
        latest = pulled / f"appointments-{day}.json"
        return latest if config.case_service_url and latest.is_file() else config.appointments_path

    # The day's list plus the appointments booked at this site's terminals today.
    book = WithSiteBookings(
        DailyAppointments(
            lambda day: load_appointments(appointments_file(day), day, calendar),
            lambda: calendar.day_of_ms(feed.now_ms()),
        ),
        feed,
    )
    booking = AppointmentBooking(appender or journal, book, sealer, catalogue, config.closing_time)
    staff_file = staff_roster_file(config, journal.data_dir)
    _ = book.appointments  # a broken appointments file is refused at start-up, not later
    spec = config.printers[0] if config.printers else demo_printer(journal.data_dir)
    return SiteServices(
        catalogue=catalogue,
        calendar=calendar,
        feed=feed,
        tickets=machine,
        check_in=CheckInDesk(book, window, config.site, machine, calendar),
        appointments=book,
        window=window,
        visitors=VisitorBook(appender or journal, sealer, load_staff(staff_file)),
        estimator=estimator,
        slips=LayoutSlips(config.site, config.site_name, config.timezone),
        print_desk=PrintDesk(build_printer(dict(spec)), journal),
        code_reader=_code_reader(),
        closing_time=config.closing_time,
        peer_links=link.links if link is not None else list,
        unreachable=link.unreachable if link is not None else lambda: None,
        booking=booking,
    )


def compose_dashboard(
    config: TerminalConfig, journal: SqliteJournal, site: SiteServices
) -> DashboardService:
    """The manager's dashboard over this terminal's merged journal and this site's lists."""
    from core.appointments import Appointment, load_appointments
    from core.dashboard_service import DashboardService

    pulled = journal.data_dir / "central"

    def appointments_for(day: str) -> list[Appointment]:
        # Today: the list the desk checks residents in against. Another day: the list the
        # case service sent for it, if this terminal kept it (the demo file is today's only).
        if day == site.calendar.day_of_ms(site.feed.now_ms()):
            return list(site.appointments.appointments)
        kept = pulled / f"appointments-{day}.json"
        if not kept.is_file():
            return []
        return list(load_appointments(kept, day, site.calendar).appointments)

    return DashboardService(
        journal,
        site.catalogue,
        config.site,
        config.timezone,
        appointments_for=appointments_for,
        window=site.window,
        now_ms=site.feed.now_ms,
        read_names=lambda: form_titles(config, site.catalogue),
    )


def open_dashboard(
    config: TerminalConfig,
    journal: SqliteJournal,
    site: SiteServices,
    export_dir: Path | None = None,
) -> DashboardWindow:
    """The service dashboard window, with sites and forms by name (a manager opens it)."""
    from assisted.dashboard_window import EXPORT_DIR, DashboardWindow
    from ui.theme import Look

    service = compose_dashboard(config, journal, site)  # forms' titles: read off this thread
    look = Look.from_theme(config.theme)
    names = {config.site: config.site_name}
    return DashboardWindow(service, look, export_dir or EXPORT_DIR, names=names)


def form_titles(config: TerminalConfig, catalogue: Catalogue) -> dict[str, str]:
    """Each form's English title by id, for the dashboard (a broken catalogue: ids stay)."""
    from core.form_catalogue import load_form_catalogue
    from core.languages import localised

    try:
        forms = load_form_catalogue(
            config.catalogue_path.parent, [s.code for s in catalogue.services]
        )
    except CatalogueError as exc:
        log.warning("the dashboard shows form ids: the forms could not be read (%s)", exc)
        return {}
    return {form.id: localised(form.title, "en") for form in forms.forms}


def staff_roster_file(config: TerminalConfig, data_dir: Path) -> Path:
    """The site's staff list: the one the case service last sent, else the configured one."""
    roster = data_dir / "central" / "roster.json"
    return roster if config.case_service_url and roster.is_file() else config.staff_path


def staff_permissions(config: TerminalConfig) -> StaffPermissions:
    """What each staff role may do at this terminal (``[staff]`` in the config)."""
    if config.staff_permissions is None:
        return StaffPermissions()
    return StaffPermissions.from_config(config.staff_permissions)


def compose_staff_door(
    config: TerminalConfig, journal: SqliteJournal, data_dir: Path
) -> Callable[[StaffDoorListener], StaffDoor] | None:
    """How a screen gets its staff card door (None when ``staff.card_reader`` is none).

    The roster is read now, so a broken one is reported at start; the driver is imported
    only when the screen makes the door, after its first paint.
    """
    if config.card_reader == "none":
        return None
    from core.staff_cards import StaffRosterError, load_staff_roster

    try:
        roster = load_staff_roster(staff_roster_file(config, data_dir))
    except StaffRosterError as exc:
        log.error("staff cannot sign in with their cards: %s", exc)
        return None
    wanted = None if config.card_reader == "auto" else config.card_reader

    def make(listener: StaffDoorListener) -> StaffDoor:
        from core.staff_cards import StaffSignIn
        from core.staff_door import StaffDoor
        from devices.pcsc_staff_card import EcdsaCardSignatureCheck, PcscStaffCardReader

        sign_in = StaffSignIn(roster, EcdsaCardSignatureCheck(), journal)
        return StaffDoor(PcscStaffCardReader(wanted), sign_in, listener)

    return make


def _code_reader() -> CodeReader | None:
    from devices.qr import ZxingCodeReader

    if not ZxingCodeReader.available():
        log.info("no QR decoder installed; the camera check-in is not offered")
        return None
    return ZxingCodeReader()


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_kiosk(args: argparse.Namespace, config: TerminalConfig, data_dir: Path) -> int:
    """Run the resident-facing kiosk."""
    if not _has_display():
        print(NO_DISPLAY)
        return EXIT_NO_DISPLAY
    os.environ.setdefault("QT_LOGGING_RULES", QUIET_QT_LOGS)
    # Touch kiosks type with Qt Virtual Keyboard (it ships with PySide6); it appears when a
    # text field takes focus. An operator can choose another input method, or none.
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    from operations.content_updates import ContentUpdates, restart_in_place

    content = ContentUpdates(data_dir, args.config, config)
    config = content.start_up()  # the catalogue and settings versions applied, if any
    link = SiteLink(config)
    services, journal = compose_kiosk(config, data_dir, link)
    content.opened(journal)
    link.start(journal)
    lazy_site = services.queue_site
    central = start_central(
        config,
        data_dir,
        lambda: lazy_site.peek() if lazy_site else None,
        journal,
        on_content=content.consider,
    )
    stop_heartbeat = start_heartbeat(config, data_dir, journal, central)
    if journal.integrity.quarantined is not None:
        print(f"WARNING: {services.startup_warning}", file=sys.stderr)
    for retired in config.retired:
        log.warning("%s: ignored: %s", config.source, retired)
    from kiosk.app import run_kiosk  # Qt is imported only for roles with a screen

    _watch_ui_loop()
    try:
        status = run_kiosk(services, config.fullscreen and not args.windowed, content.waiting)
    finally:
        stop_heartbeat()
        if central is not None:
            central.stop()
        link.stop()
        journal.close()
    from kiosk.content_restart import RESTART_FOR_UPDATE

    if status == RESTART_FOR_UPDATE:  # a new version, and nobody at the kiosk: start again
        restart_in_place()
    return status


def compose_staff_terminal(
    config: TerminalConfig, data_dir: Path, link: SiteLink
) -> tuple[SiteServices, SqliteJournal]:
    """Open the journal and build the site services for a desk or a display board."""
    sealer = CouncilSealer(config.council_public_key)
    catalogue = load_catalogue(config.catalogue_path)
    journal = SqliteJournal(data_dir, config.terminal_id, config.site)
    if journal.integrity.quarantined is not None:
        log.critical("journal was damaged and set aside as %s", journal.integrity.quarantined)
    return compose_site(config, journal, sealer, catalogue, link=link), journal


def _staff_role(
    args: argparse.Namespace,
    config: TerminalConfig,
    data_dir: Path,
    run: Callable[[TerminalConfig, SiteServices, SqliteJournal, Any, Callable[[], bool]], int],
) -> int:
    """Start a desk or a board: ``run(config, site, journal, on_watch, update_waiting)``
    shows its screen; the config is the file's with any catalogue and settings versions
    applied (operations/content_updates.py), as at a kiosk."""
    if not _has_display():
        print(NO_DISPLAY)
        return EXIT_NO_DISPLAY
    os.environ.setdefault("QT_LOGGING_RULES", QUIET_QT_LOGS)
    from operations.content_updates import ContentUpdates, restart_in_place

    content = ContentUpdates(data_dir, args.config, config)
    config = content.start_up()
    link = SiteLink(config)
    site, journal = compose_staff_terminal(config, data_dir, link)
    content.opened(journal)
    link.start(journal)
    central = start_central(config, data_dir, lambda: site, journal, content.consider)
    if central is not None:
        site = dataclasses.replace(site, central=central.status)
    stop_heartbeat = start_heartbeat(config, data_dir, journal, central)
    from ui.automation import start_automation

    def on_watch(watch: Any) -> None:
        link.listen(watch.notify)
        start_automation(watch, site.feed.summary)

    _watch_ui_loop()
    try:
        status = run(config, site, journal, on_watch, content.waiting)
    finally:
        stop_heartbeat()
        if central is not None:
            central.stop()
        link.stop()
        journal.close()
    from ui.content_restart import RESTART_FOR_UPDATE

    if status == RESTART_FOR_UPDATE:  # a new version, and the screen free: start again
        restart_in_place()
    return status


def cmd_desk(args: argparse.Namespace, config: TerminalConfig, data_dir: Path) -> int:
    """Run the reception desk: queues, appointments, calls and outcomes."""

    def run(
        config: TerminalConfig,
        site: SiteServices,
        journal: SqliteJournal,
        on_watch: Any,
        waiting: Callable[[], bool],
    ) -> int:
        from assisted.desk_app import desk_identity, run_desk
        from core.desk_service import DeskService

        desk = DeskService(journal, site.tickets, desk_identity(config, site))
        door = compose_staff_door(config, journal, data_dir)
        permissions = staff_permissions(config)

        def dashboard() -> DashboardWindow:
            return open_dashboard(config, journal, site)

        return run_desk(site, desk, config, on_watch, door, permissions, dashboard, waiting)

    return _staff_role(args, config, data_dir, run)


def cmd_display(args: argparse.Namespace, config: TerminalConfig, data_dir: Path) -> int:
    """Run the waiting-area display board with its chime and announcements."""

    def run(
        config: TerminalConfig,
        site: SiteServices,
        _journal: SqliteJournal,
        on_watch: Any,
        waiting: Callable[[], bool],
    ) -> int:
        from kiosk.board_app import run_board

        engine = {"auto": "speechd", "none": None}.get(config.speech_engine, config.speech_engine)
        fullscreen = config.fullscreen and not args.windowed
        return run_board(site, config, engine, fullscreen, on_watch, waiting)

    return _staff_role(args, config, data_dir, run)


def cmd_simulate_day(args: argparse.Namespace, _config: TerminalConfig, _data_dir: Path) -> int:
    """Replay a day at one site and report estimate accuracy, standards met and throughput."""
    from core.day_simulation import run_from_cli

    try:
        print(run_from_cli(args.seed, args.visitors, args.desks, args.kiosks, args.json))
    except ValueError as exc:
        print(f"simulate-day: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    return 0


def cmd_status(args: argparse.Namespace, config: TerminalConfig, data_dir: Path) -> int:
    """Print the terminal's identity, journal, sending and health (operations/status.py),
    without writing."""
    from operations.status import as_json, as_text, status_report

    report, code = status_report(config, data_dir, config.printers or (demo_printer(data_dir),))
    from operations.content_updates import content_report

    report.update(content_report(data_dir))  # catalogue and settings versions, refusals
    print(as_json(report) if args.json else as_text(report))
    return code


def demo_printer(data_dir: Path) -> dict[str, object]:
    """The embedded demo's printer: PDFs on an 80 mm roll, written into the data folder."""
    return {"name": "demo", "kind": "file", "folder": str((data_dir / "printouts").resolve())}


def cmd_selftest(args: argparse.Namespace, config: TerminalConfig, data_dir: Path) -> int:
    """Check display, fonts, speech, journal, printers, scanner, card reader, clock and case
    service, one line each (operations/selftest.py); exit 1 if anything failed."""
    from operations.selftest import run_selftest

    return run_selftest(
        config,
        data_dir,
        compose_scanner=compose_scanner,
        demo_printer=demo_printer,
        skip=args.skip or (),
    )


def cmd_update(args: argparse.Namespace, config: TerminalConfig, data_dir: Path) -> int:
    """Update to the release in --release, migrating the journal, or roll back (operations)."""
    from operations.update import UpdateRequest, run_update
    from operations.update_service import SystemdUnit

    request = UpdateRequest(
        release=args.release,
        data_dir=data_dir,
        config=args.config,
        terminal_id=config.terminal_id,
        site=config.site,
        current=args.current,
        service=SystemdUnit(args.service) if args.service else None,
        skip=tuple(args.skip_check or ()),
        dry_run=args.dry_run,
    )
    return run_update(request)


def cmd_keygen(_args: argparse.Namespace, _config: TerminalConfig, _data_dir: Path) -> int:
    """Print a new council key pair: public half for kiosks, private for the case service."""
    public, private = generate_council_keypair()
    print(f'council_public_key = "{public}"   # sealing.council_public_key on every terminal')
    print(f'council_private_key = "{private}"  # the case service only; never on a kiosk')
    return 0


def cmd_catalogue(args: argparse.Namespace, config: TerminalConfig, _data_dir: Path) -> int:
    """Check or list the guided forms, or import an ODK XLSForm as a form definition."""
    from core.form_catalogue import form_catalogue_problems, load_form_catalogue

    folder = config.catalogue_path.parent
    codes = [s.code for s in load_catalogue(config.catalogue_path).services]
    if args.action == "import-xlsform":
        return _import_xlsform(args, folder)
    if args.action == "import-open311":
        return _import_open311(args, folder)
    if args.action == "check":
        problems = [str(p) for p in form_catalogue_problems(folder, codes)]
        if not problems:
            problems = _unfinishable(load_form_catalogue(folder, codes))
        for problem in problems:
            print(f"PROBLEM {problem}")
        forms = len(list((folder / "forms").glob("*.json")))
        print(f"{forms} form files checked in {folder / 'forms'}: {len(problems)} problems")
        return 1 if problems else 0
    catalogue = load_form_catalogue(folder, codes)
    for form in catalogue.forms:
        review = ", ".join(form.awaiting_review) or "none"
        print(f"{form.id:<32} {form.kind.value:<7} v{form.version:<14} awaiting review: {review}")
    for event in catalogue.life_events:
        print(f"life event {event.id}: {', '.join(event.forms)}")
    return 0


def _unfinishable(catalogue: FormCatalogue) -> list[str]:
    """Forms with a branch a resident could not finish: every option of every question is
    walked (core.form_walk), and a path that cannot reach check your answers is named."""
    from datetime import date

    from core.form_walk import branches

    problems = []
    for form in catalogue.forms:
        for path in branches(form, date.today()):
            if path.stuck_at is not None:
                problems.append(f"{form.source}: page {path.stuck_at}: no answer gets past it")
                break
    return problems


def _import_open311(args: argparse.Namespace, folder: Path) -> int:
    """A form skeleton from an Open311 service definition (GET /services/{code}.json)."""
    import requests

    from authoring.open311_services import Open311ImportError, import_service_definition

    if args.file is None or not args.code:
        print("catalogue import-open311: give the endpoint URL and --code", file=sys.stderr)
        return EXIT_CONFIG
    with requests.Session() as session:
        try:
            result = import_service_definition(
                args.file,
                args.code,
                session,
                jurisdiction_id=args.jurisdiction,
                form_id=args.id,
                service=args.service,
                reference_prefix=args.prefix,
            )
        except Open311ImportError as exc:
            print(f"Could not import {args.code}: {exc}", file=sys.stderr)
            return 1
    for note in result.notes:
        print(f"  NOTE {note}")
    out = args.out or folder / "forms" / f"{result.definition['id']}.json"
    text = json.dumps(result.definition, indent=2, ensure_ascii=False) + "\n"
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}; add to the case service's open311.services: {json.dumps(result.route)}")
    return 0


def _import_xlsform(args: argparse.Namespace, folder: Path) -> int:
    from authoring import XlsformImportError, import_xlsform
    from core.form_catalogue import parse_form

    if args.file is None:
        print("catalogue import-xlsform: give the XLSForm file to import", file=sys.stderr)
        return EXIT_CONFIG
    try:
        result = import_xlsform(
            Path(args.file), form_id=args.id, service=args.service, reference_prefix=args.prefix
        )
    except XlsformImportError as exc:
        print(f"Could not import {args.file}:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  ERROR {problem}", file=sys.stderr)
        return 1
    for note in result.notes:
        print(f"  NOTE {note}")
    definition = parse_form(result.definition, folder, str(args.file))
    out = args.out or folder / "forms" / f"{definition.id}.json"
    text = json.dumps(result.definition, indent=2, ensure_ascii=False) + "\n"
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({len(list(definition.questions()))} questions); edit the TO WRITE parts")
    return 0


def cmd_case_service(args: argparse.Namespace, _config: TerminalConfig, data_dir: Path) -> int:
    """Run the reference case service (the council's end of the contract) until stopped."""
    import signal
    import threading

    from sync.reference import (
        DEMO_PRIVATE_KEY_FILE,
        load_terminals_file,
        read_key_file,
        start_reference_service,
    )

    token = os.environ.get("CIVIC_CASE_ADMIN_TOKEN", "")
    if args.admin_token_file is not None:
        token = args.admin_token_file.read_text(encoding="utf-8").strip()
    key_file = args.private_key_file or DEMO_PRIVATE_KEY_FILE
    if args.private_key_file is None:
        log.warning("using the demo council's private key; give --private-key-file for real data")
    host, _, port = args.listen.rpartition(":")
    try:
        open311 = None
        if args.open311 is not None:
            from sync.open311_routes import Open311Settings

            raw = json.loads(args.open311.read_text(encoding="utf-8"))
            open311 = Open311Settings.from_config(
                raw.get("open311") if isinstance(raw, dict) else raw
            )
        service = start_reference_service(
            data_dir,
            host=host.strip("[]") or "127.0.0.1",
            port=int(port),
            terminals=load_terminals_file(args.terminals) if args.terminals else None,
            admin_token=token,
            private_key_b64=read_key_file(key_file),
            content_dir=args.content,
            open311=open311,
            silent_after_s=args.silent_after,
        )
    except (ValueError, OSError) as exc:
        print(f"case-service: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    print(f"case service listening on {service.url}/case/v1 (data in {data_dir})", flush=True)
    stop = threading.Event()
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: stop.set())
    stop.wait()
    service.stop()
    return 0


def cmd_terminal_key(_args: argparse.Namespace, config: TerminalConfig, data_dir: Path) -> int:
    """Print this terminal's public key, made on first use, for the case service's register."""
    from sync.terminal_identity import IdentityError, TerminalIdentity

    try:
        identity = TerminalIdentity.load_or_create(data_dir, config.terminal_id)
    except IdentityError as exc:
        print(f"terminal-key: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    entry = {"public_key": identity.public_key_b64(), "site": config.site, "revoked": False}
    print(json.dumps({"terminals": {config.terminal_id: entry}}, indent=2))
    return 0


def cmd_install(args: argparse.Namespace, _config: TerminalConfig, _data_dir: Path) -> int:
    """Install this checkout as a terminal run by systemd (operations/install_plan.py)."""
    from operations.install_plan import install

    return install(args.role, args.display, args.root, args.dry_run, ROOT)


def _watch_ui_loop() -> None:
    """Under a ``Type=notify`` unit: READY=1 after the first paint, WATCHDOG=1 from the UI loop."""
    from operations.sd_notify import ServiceNotifier

    notifier = ServiceNotifier.from_environment()
    if notifier is None:
        return
    from ui.watchdog import watch_ui_loop

    watch_ui_loop(notifier.ready, notifier.alive, notifier.ping_interval_s)


def parser() -> argparse.ArgumentParser:
    """The command line: one subcommand per role and operation."""
    top = argparse.ArgumentParser(
        prog="main.py", description="civic-kiosk: council self-service kiosks and staff desks."
    )
    config_help = "terminal TOML file (default: embedded demo site)"
    data_help = "data folder (default: XDG data home)"
    top.add_argument("--config", type=Path, help=config_help)
    top.add_argument("--data", type=Path, help=data_help)
    # Also accepted after the subcommand; SUPPRESS keeps a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, default=argparse.SUPPRESS, help=config_help)
    common.add_argument("--data", type=Path, default=argparse.SUPPRESS, help=data_help)
    sub = top.add_subparsers(dest="command", required=True)

    def command(
        name: str, run: Callable[..., int], summary: str, description: str
    ) -> argparse.ArgumentParser:
        made = sub.add_parser(name, parents=[common], help=summary, description=description)
        made.set_defaults(run=run)
        return made

    kiosk = command(
        "kiosk",
        cmd_kiosk,
        "run the resident kiosk",
        "Run the resident-facing kiosk in kiosk mode.",
    )
    kiosk.add_argument(
        "--windowed",
        action="store_true",
        help="a normal window instead of fullscreen kiosk mode (development)",
    )
    command(
        "desk",
        cmd_desk,
        "run the reception desk",
        "Run the reception desk: queues by service, today's appointments, call "
        "next, recall, hold, transfer, no-show, complete with an outcome, and alerts.",
    )
    display = command(
        "display",
        cmd_display,
        "run the display board",
        "Run the waiting-area board: current and recent calls, waiting counts, "
        "a chime and spoken announcements. Shows no personal data.",
    )
    display.add_argument(
        "--windowed", action="store_true", help="a normal window instead of fullscreen"
    )
    simulate = command(
        "simulate-day",
        cmd_simulate_day,
        "replay a day at one site and report on it",
        "Simulate a day of walk-ins, appointments and business visitors through "
        "the real queue code; report the wait estimate's mean absolute error, the share seen "
        "within 10 and 30 minutes, and throughput.",
    )
    simulate.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    simulate.add_argument("--visitors", type=int, default=400, help="visitors (default 400)")
    simulate.add_argument("--desks", type=int, default=4, help="desks (default 4)")
    simulate.add_argument("--kiosks", type=int, default=2, help="kiosks (default 2)")
    simulate.add_argument("--json", action="store_true", help="machine-readable output")
    status = command(
        "status",
        cmd_status,
        "show journal health and counts",
        "Show identity, integrity and event counts, sending to the case service, and the "
        "health the heartbeat sends (version, uptime, printers' paper and faults, scanner, "
        "card reader, disk space); read-only.",
    )
    status.add_argument("--json", action="store_true", help="machine-readable output")
    command(
        "keygen",
        cmd_keygen,
        "make a council sealing key pair",
        "Print a new X25519 council key pair.",
    )
    from operations.selftest_report import SKIPPABLE as SELFTEST_SKIPPABLE

    selftest = command(
        "selftest",
        cmd_selftest,
        "check the display, fonts, speech, devices, journal, clock and case service",
        "Check that a QGuiApplication starts on the configured display, a font draws each "
        "language, the speech engine has a voice for each language, the journal is sound "
        "(pending migrations are applied), a test page prints on each printer (the demo file "
        "printer if none), a page scans through the whole scan pipeline (nothing is kept), "
        "pcscd answers with the staff card reader, the clock is after the release's build "
        "and near the case service's, and the case service answers. One line per check: OK, "
        "FAILED or SKIPPED with the reason; printer faults are recorded for status. Exit 1 if "
        "anything failed.",
    )
    selftest.add_argument(
        "--skip",
        action="append",
        choices=SELFTEST_SKIPPABLE,
        help="leave a check out (repeatable), e.g. --skip printers to print no test page",
    )
    update = command(
        "update",
        cmd_update,
        "update to a new release, or roll back",
        "Update this terminal to the release in --release (a folder beside the current one "
        "under releases/, with its own .venv): stop the service, keep the journal and sync "
        "state as they were under <data>/backups/, run the new release's selftest against the "
        "data folder (which migrates the journal), switch the current link and start the "
        "service. If the selftest fails or the service does not come up, the old release and "
        "the records as they were are put back. Exit 0 updated, 1 rolled back, 2 not started "
        "(nothing changed).",
    )
    update.add_argument("--release", type=Path, required=True, help="the new release's folder")
    update.add_argument(
        "--current", type=Path, help="the current link (default: beside this release's folder)"
    )
    update.add_argument(
        "--service", help="the systemd unit to stop and start, e.g. civic-kiosk.service"
    )
    update.add_argument(
        "--skip-check",
        action="append",
        choices=SELFTEST_SKIPPABLE,
        help="leave a check out of the new release's selftest (repeatable)",
    )
    update.add_argument(
        "--dry-run",
        action="store_true",
        help="test the new release on a copy of the records; change nothing",
    )
    sync_cmd = command(
        "sync",
        cmd_sync,
        "send to the case service now",
        "Send everything waiting to the case service, pull the catalogue, today's "
        "appointments and the roster if they changed, delete acknowledged sealed files past "
        "case_service.retention_days, check and stage the catalogue and settings versions "
        "pulled (applied when nobody is using the terminal), and print a summary (exit 1 if "
        "a problem remains or a version was refused).",
    )
    sync_cmd.add_argument(
        "--once", action="store_true", required=True, help="drain once, then exit"
    )
    case = command(
        "case-service",
        cmd_case_service,
        "run the reference case service",
        "Run the reference case service: event batches exactly once, tus uploads of sealed "
        "files, appointments, catalogue and roster with ETags, case status, and a back office "
        "that opens submissions with the council's private key.",
    )
    case.add_argument("--listen", default="127.0.0.1:8642", help="host:port (default %(default)s)")
    case.add_argument("--terminals", type=Path, help="the register of terminals and their keys")
    case.add_argument(
        "--admin-token-file",
        type=Path,
        help="file holding the back office token (or set CIVIC_CASE_ADMIN_TOKEN)",
    )
    case.add_argument("--private-key-file", type=Path, help="the council's sealing private key")
    case.add_argument(
        "--content", type=Path, default=ROOT / "assets", help="catalogue, forms and site files"
    )
    case.add_argument(
        "--open311",
        type=Path,
        help='JSON {"open311": {"url", "api_key", "jurisdiction_id", "services": {form: code}}}: '
        "forward report cases to a GeoReport v2 endpoint",
    )
    case.add_argument(
        "--silent-after",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help="list a terminal as silent after this long without a heartbeat (default 300)",
    )
    command(
        "terminal-key",
        cmd_terminal_key,
        "print this terminal's public key",
        "Print this terminal's Ed25519 public key (made on first use, kept in the data "
        "folder) as a register entry for the case service.",
    )
    install = command(
        "install",
        cmd_install,
        "install this checkout as a terminal started by systemd",
        "Install on Debian or Ubuntu: a system user, the app and its venv under "
        "/opt/civic-kiosk, /etc/civic-kiosk/terminal.toml (only if absent), "
        "/var/lib/civic-kiosk, and an enabled systemd unit with a watchdog that runs the role "
        "on tty1 under cage (or Xorg with no window manager). Needs root.",
    )
    install.add_argument(
        "--role", required=True, help="kiosk, desk, display, or case-service (for pilots)"
    )
    install.add_argument(
        "--display", default="cage", help="cage (Wayland, the default) or x11 (Xorg, no WM)"
    )
    install.add_argument(
        "--dry-run", action="store_true", help="print every step and file; change nothing"
    )
    install.add_argument(
        "--root", type=Path, help="install into this staging folder (a system image) instead"
    )
    catalogue = command(
        "catalogue",
        cmd_catalogue,
        "check, list or import guided forms",
        "check: every problem in the form definitions (file, path, problem); "
        "list: the forms and life events; import-xlsform FILE: turn an ODK XLSForm into a "
        "form definition, reporting anything it cannot carry over; import-open311 URL --code "
        "CODE: a form skeleton from an Open311 GeoReport v2 service definition.",
    )
    catalogue.add_argument("action", choices=("check", "list", "import-xlsform", "import-open311"))
    catalogue.add_argument(
        "file", nargs="?", help="the XLSForm (.xlsx), or the Open311 endpoint URL"
    )
    catalogue.add_argument("--code", help="import-open311: the council's Open311 service code")
    catalogue.add_argument("--jurisdiction", help="import-open311: the jurisdiction_id, if any")
    catalogue.add_argument("--out", type=Path, help="where to write the definition")
    catalogue.add_argument("--id", help="the form's id (default: from the XLSForm)")
    catalogue.add_argument("--service", help="the catalogue service code it belongs to")
    catalogue.add_argument("--prefix", help="two capital letters for its case references")
    return top


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one command."""
    from operations.journal_log import name_terminal, start_logging

    start_logging(logging.INFO)  # the journal's native protocol under systemd, else stderr
    args = parser().parse_args(argv)
    from operations.process_memory import return_big_buffers_on_free

    return_big_buffers_on_free()  # weeks of scanned pages must not creep up the heap
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"Configuration problem: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    name_terminal(config.terminal_id, config.site)
    data_dir = args.data or default_data_dir(config.terminal_id)
    try:
        return int(args.run(args, config, data_dir))
    except (CatalogueError, SealingError, ConfigError) as exc:
        print(f"Configuration problem: {exc}", file=sys.stderr)
        return EXIT_CONFIG


if __name__ == "__main__":
    sys.exit(main())
