"""The kiosk shell: top bar, screens, bottom bar with "Get help", idle wipe and lockdown."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.feedback_journey import FeedbackJourney
from core.kiosk_services import KioskServices
from kiosk.feedback_pages import FeedbackPages
from kiosk.home import HomeScreen
from kiosk.idle_prompt import IdlePrompt
from kiosk.language_picker import LanguagePicker
from kiosk.services_info import ServicesInfo
from kiosk.staff_at_kiosk import StaffAtKiosk
from ui.background import BackgroundOp, operations_running
from ui.i18n import Translations
from ui.idle import IdleWatch
from ui.lockdown import Lockdown
from ui.screen import Screen
from ui.speech import ReadAloud
from ui.theme import Look, apply_theme, palette_for
from ui.widgets import ICON_INK, button, give_icon, label, recolour_icons, set_text
from ui.wipe import uncheck_all, wipe_clipboard, wipe_text_fields

if TYPE_CHECKING:
    from core.site_services import SiteServices

log = logging.getLogger(__name__)

# The journeys that exist, in home-screen order, with their tile icons.
JOURNEYS: list[tuple[str, str]] = [
    ("ticket", "ticket"),
    ("checkin", "appointment"),
    ("forms", "forms"),
    ("documents", "documents"),
    ("track", "track"),
    ("services", "services"),
    ("feedback", "feedback"),
    ("visitor", "visitor"),
]
# These need the site's queue; a kiosk without it (narrow tests) shows no tile for them.
QUEUE_JOURNEYS = frozenset({"ticket", "checkin", "visitor"})
# The guided forms need the form catalogue; a kiosk without one shows no tile for them.
FORM_JOURNEYS = frozenset({"forms"})
SPEECH_WARMUP_MS = 1500


class KioskWindow(QWidget):
    """The whole kiosk. Screens are in a stack; the bars are on every screen.

    Signals:
        wiped(): the visit was wiped and the kiosk is back home for the next person.
        screen_changed(str): a screen was shown, by name.
    """

    wiped = Signal()
    screen_changed = Signal(str)

    def __init__(self, services: KioskServices, app: QApplication) -> None:
        super().__init__()
        self.setObjectName("kioskWindow")
        self.setWindowTitle("civic-kiosk")
        self.services = services
        self._app = app
        self._config = services.config
        self._exit_allowed = False
        self._visit_active = False
        self.language = self._config.default_language
        self.look = Look.from_theme(self._config.theme)
        self.translations = Translations(app)
        self.speech = ReadAloud(services.speech_engine, self)
        self.speech.unavailable.connect(self._speech_unavailable)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        # Style and translations first, so widgets are polished once, as they are made.
        self.translations.switch(self.language)
        apply_theme(app, self.look, self.language)

        self.staff = StaffAtKiosk(
            self,
            services.staff_door,
            services.assisted,
            services.staff_permissions,
            lambda: self.current,
            (lambda: services.site) if services.has_site else None,
        )
        self.staff.leave_allowed.connect(self.leave_kiosk_mode)
        self.staff.session_changed.connect(lambda on: self.site_label.setVisible(not on))
        self.top_bar = self._build_top_bar()
        self.notice = label("noticeBanner", "banner", self)
        self.notice.hide()
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("screens")
        self.screens: dict[str, Screen] = {}
        journeys = [
            j
            for j in JOURNEYS
            if (services.has_site or j[0] not in QUEUE_JOURNEYS)
            and (services.has_forms or j[0] not in FORM_JOURNEYS)
            and (services.tracker is not None or j[0] != "track")
            and (services.has_documents or j[0] != "documents")
        ]
        self._factories: dict[str, Callable[[], Screen]] = {
            "home": lambda: HomeScreen(journeys, services.catalogue, self._config.site_name),
            "language": self._make_picker,
            "services": lambda: ServicesInfo(services.catalogue),
            "feedback": lambda: FeedbackPages(
                FeedbackJourney(services.feedback, self.language), services.catalogue
            ),
        }
        if services.has_site:
            # The queue journeys and their services are built after the home screen's first
            # paint (see _build_remaining_screens), so they add nothing to start-up.
            block = self._config.ticket_block

            def ticket() -> Screen:
                from kiosk.ticket_pages import TicketPages

                return TicketPages(self._site(), feedback=services.feedback)

            def checkin() -> Screen:
                from kiosk.checkin_pages import CheckInPages

                return CheckInPages(self._site(), feedback=services.feedback)

            def visitor() -> Screen:
                from kiosk.visitor_pages import VisitorPages

                return VisitorPages(self._site(), block, feedback=services.feedback)

            self._factories.update(ticket=ticket, checkin=checkin, visitor=visitor)
        if services.has_forms:

            def forms() -> Screen:
                from kiosk.forms_screen import FormsScreen

                form_services = services.forms
                assert form_services is not None
                return FormsScreen(form_services, lambda: services.site, feedback=services.feedback)

            self._factories["forms"] = forms
        if services.has_documents:

            def documents() -> Screen:
                from kiosk.documents_pages import DocumentsPages

                document_services = services.documents
                assert document_services is not None
                return DocumentsPages(document_services, feedback=services.feedback)

            self._factories["documents"] = documents
        tracker = services.tracker
        if tracker is not None:

            def track() -> Screen:
                from kiosk.track_pages import TrackPages

                return TrackPages(tracker)

            self._factories["track"] = track
        self.home = self.screen_named("home")
        self.bottom_bar = self._build_bottom_bar()
        self._first_shown = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.bottom_bar)

        self.idle_prompt = IdlePrompt(self._config.idle_grace_s * 1000, self)
        self.idle_prompt.more_time.connect(self._more_time)
        self.idle_prompt.expired.connect(self._timed_out)
        self.idle = IdleWatch(self._config.idle_timeout_s * 1000, self)
        self.idle.idle.connect(self._went_idle)
        self.lockdown = Lockdown(self)
        app.installEventFilter(self.lockdown)
        app.installEventFilter(self.idle)
        self.setLayoutDirection(app.layoutDirection())
        self.retranslate()
        self.show_screen("home")
        if services.startup_warning:
            self.show_notice(services.startup_warning)

    # -- building -------------------------------------------------------------------------

    def screen_named(self, name: str) -> Screen:
        """The screen with this name, built the first time it is needed."""
        if name not in self.screens:
            made = self._factories[name]()
            self.screens[name] = made
            self.stack.addWidget(made)
            made.go.connect(self.show_screen)
            made.finished.connect(self.end_visit)
            made.retranslate(self.language)
        return self.screens[name]

    def _make_picker(self) -> Screen:
        picker = LanguagePicker(self._config.languages)
        picker.chosen.connect(self._language_chosen)
        return picker

    def paintEvent(self, event: QPaintEvent) -> None:
        """After the first frame, build the other screens and warm up speech while idle."""
        super().paintEvent(event)
        if not self._first_shown:
            self._first_shown = True
            # Queued from the first paint, this runs once the whole first frame is out.
            QTimer.singleShot(0, self._build_remaining_screens)
            QTimer.singleShot(SPEECH_WARMUP_MS, self._warm_up_speech)

    def _site(self) -> SiteServices:
        site = self.services.site
        assert site is not None, "queue journeys are only offered with site services"
        return site

    def _build_remaining_screens(self) -> None:
        self.staff.start()
        self._build_next_screen()

    def _build_next_screen(self) -> None:
        """Build one screen not built yet, then let the event loop run before the next.

        Building them all at once held the screen still for about a second after a restart
        (the document and form screens import their scanning and PDF libraries), so a tap in
        that second waited; one at a time, taps and paints go in between. A screen someone
        opens before its turn is built then (``screen_named``).
        """
        name = next((n for n in self._factories if n not in self.screens), None)
        if name is None:
            return
        self._built(name)
        QTimer.singleShot(0, self, self._build_next_screen)  # not once the window is gone

    @property
    def screens_ready(self) -> bool:
        """True once every screen on offer is built (they follow the first paint)."""
        return all(name in self.screens for name in self._factories)

    def _built(self, name: str) -> Screen | None:
        """The screen, built now if need be; None if its journey is (now) withdrawn.

        A queue or form journey whose data will not load is withdrawn, its tile hidden and
        staff told, whether that is found in the building after first paint or by a resident
        who opened it before its turn.
        """
        if name not in self.screens and name not in self._factories:
            return None
        try:
            return self.screen_named(name)
        except Exception as exc:
            if name in QUEUE_JOURNEYS:
                self._queue_unavailable(exc)
            elif name in FORM_JOURNEYS:
                self._forms_unavailable(exc)
            else:
                raise
        return None

    def _queue_unavailable(self, exc: Exception) -> None:
        """The site's queue data would not load: withdraw those journeys and tell staff."""
        log.critical("queue journeys withdrawn: %s", exc)
        for name in QUEUE_JOURNEYS:
            self._factories.pop(name, None)
            tile = self.home.findChild(QWidget, f"homeTile_{name}")
            if tile is not None:
                tile.hide()
        self.notice.setText(
            "Staff: queue tickets, check-in and visitor sign-in are unavailable because the "
            f"site's data could not be read ({str(exc)[:160]}). Tell IT support."
        )
        self.notice.show()

    def _forms_unavailable(self, exc: Exception) -> None:
        """The form catalogue would not load: withdraw the forms and tell staff where it broke."""
        log.critical("guided forms withdrawn: %s", exc)
        self._factories.pop("forms", None)
        tile = self.home.findChild(QWidget, "homeTile_forms")
        if tile is not None:
            tile.hide()
        self.notice.setText(
            "Staff: the guided forms are unavailable because a form definition is broken "
            f"({str(exc)[:200]}). Run `main.py catalogue check` and tell IT support."
        )
        self.notice.show()

    def _warm_up_speech(self) -> None:
        # Starting an engine blocks the UI thread (the voice list is parsed while holding
        # the GIL), so do it only while nobody is using the kiosk.
        if self._visit_active:
            QTimer.singleShot(SPEECH_WARMUP_MS, self._warm_up_speech)
        else:
            self.speech.prepare()

    def _build_top_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("topBar")
        self.site_label = label("siteName", "heading", bar)
        self.site_label.setText(self._config.site_name)
        self.language_button = button("languageButton", "", bar)
        give_icon(self.language_button, "globe")
        self.language_button.clicked.connect(lambda: self.show_screen("language"))
        self.text_size_button = button("textSizeButton", "", bar)
        give_icon(self.text_size_button, "text-size")
        self.text_size_button.setCheckable(True)
        self.text_size_button.setChecked(self.look.large)
        self.text_size_button.toggled.connect(self._look_changed)
        self.contrast_button = button("contrastButton", "", bar)
        give_icon(self.contrast_button, "contrast")
        self.contrast_button.setCheckable(True)
        self.contrast_button.setChecked(self.look.contrast)
        self.contrast_button.toggled.connect(self._look_changed)
        self.read_aloud_button = button("readAloudButton", "", bar)
        give_icon(self.read_aloud_button, "speaker")
        self.read_aloud_button.setCheckable(True)
        self.read_aloud_button.toggled.connect(self._read_aloud_toggled)
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 12, 24, 12)
        row.addWidget(self.site_label, 1)
        row.addWidget(self.staff.bar, 1)
        for b in (
            self.language_button,
            self.text_size_button,
            self.contrast_button,
            self.read_aloud_button,
        ):
            row.addWidget(b)
        # Larger text, contrast or read aloud chosen on the home screen is a visit too, so
        # the idle wipe puts them back for the next resident (before, they stayed for good).
        for choice in (self.text_size_button, self.contrast_button, self.read_aloud_button):
            choice.clicked.connect(lambda _=False: self._begin_visit())
        return bar

    def _build_bottom_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("bottomBar")
        self.home_button = button("homeButton", "", bar)
        self.home_button.clicked.connect(self._home_pressed)
        self.back_button = button("backButton", "", bar)
        self.back_button.clicked.connect(self.go_back)
        self.help_button = button("helpButton", "primary", bar)
        self.help_button.clicked.connect(self.request_help)
        self.staff_button = button("staffButton", "link", bar)
        self.staff_button.clicked.connect(lambda: self.staff.open_sign_in())
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 12, 24, 12)
        row.addWidget(self.back_button)
        row.addWidget(self.home_button)
        row.addStretch(1)
        row.addWidget(self.staff_button)
        row.addWidget(self.help_button)
        return bar

    # -- navigation ---------------------------------------------------------------------

    @property
    def current(self) -> Screen:
        """The screen being shown."""
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def show_screen(self, name: str) -> None:
        """Show a screen by name; leaving home starts a visit."""
        screen = self._built(name)
        if screen is None:
            return  # withdrawn: its tile is gone and the notice says why
        if name != "home":
            self._begin_visit()
        self.stack.setCurrentWidget(screen)
        screen.setFocus()
        screen.entered()
        at_home = name == "home"
        self.back_button.setVisible(not at_home)
        self.home_button.setVisible(not at_home)
        self.screen_changed.emit(name)
        self._speak_current()

    def _begin_visit(self) -> None:
        """A resident has started using the kiosk: from now on walking away wipes the visit."""
        if not self._visit_active:
            self._visit_active = True
            self.idle.start()
            BackgroundOp(self, lambda: self.services.visits.started(self.language)).run()

    @property
    def visit_active(self) -> bool:
        """True from a resident's first choice until their visit is wiped."""
        return self._visit_active

    def between_sessions(self) -> bool:
        """True when nobody is using the kiosk: home, no visit, no staff, nothing being saved.

        The moment a new catalogue or settings version may be applied (kiosk/content_restart.py).
        """
        return (
            not self._visit_active
            and self.stack.currentWidget() is self.home
            and self.staff.staff is None
            and not self.staff.panel.isVisible()
            and not self.idle_prompt.isVisible()
            and operations_running() == 0
        )

    def go_back(self) -> None:
        """Back one page within the screen, or home from its first page."""
        if not self.current.back():
            self.current.wipe()
            self.show_screen("home")
        else:
            self._speak_current()

    def _home_pressed(self) -> None:
        self.current.wipe()
        self.show_screen("home")

    # -- language, look and speech --------------------------------------------------------

    def _language_chosen(self, code: str) -> None:
        self.set_language(code)
        self.show_screen("home")

    def set_language(self, code: str) -> None:
        """Switch the interface and catalogue text, direction and fonts to a language."""
        if not self.translations.switch(code):
            log.warning("no translation file for %s; showing English", code)
        self.language = code
        self.setLayoutDirection(self._app.layoutDirection())
        # The site's name is Latin text, which QLabel would align by its own direction;
        # in a right-to-left language it belongs on the right with the rest of the bar.
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.site_label.setAlignment(
            side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        )
        apply_theme(self._app, self.look, code)
        self.retranslate()
        self._relayout()

    def _relayout(self) -> None:
        """Lay everything out again now, so no frame is drawn half mirrored or clipped."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def retranslate(self) -> None:
        """Refresh every text on every screen for the current language."""
        set_text(self.language_button, self.tr("Language"))
        set_text(self.text_size_button, self.tr("Larger text"))
        set_text(self.contrast_button, self.tr("High contrast"))
        set_text(self.read_aloud_button, self.tr("Read aloud"))
        set_text(self.home_button, self.tr("Start again"))
        set_text(self.back_button, self.tr("Back"))
        set_text(self.help_button, self.tr("Get help"))
        set_text(self.staff_button, self.tr("Staff"))
        for screen in self.screens.values():
            screen.retranslate(self.language)
        self.idle_prompt.retranslate()
        self.staff.retranslate(self.language)

    def _look_changed(self) -> None:
        self.look = Look(self.text_size_button.isChecked(), self.contrast_button.isChecked())
        apply_theme(self._app, self.look, self.language)
        colours = palette_for(self.look)
        ink = colours.secondary if self.look.contrast else ICON_INK
        recolour_icons(self, ink, colours.primary_text)
        self._relayout()

    def _read_aloud_toggled(self, on: bool) -> None:
        self.speech.enabled = on
        if not on:
            self.speech.stop()
        elif self.speech.prepared or not self.speech.configured:
            self._speak_current()
        else:
            # Say so first: starting the engine can take a couple of seconds.
            self.show_notice(self.tr("Starting read aloud…"))
            QTimer.singleShot(50, self._start_speech_and_speak)

    def _start_speech_and_speak(self) -> None:
        if self.speech.prepare():
            self.notice.hide()
        self._speak_current()

    def _speak_current(self) -> None:
        if self.speech.enabled:
            self.speech.say(self.current.spoken_text(), self.language)

    def _speech_unavailable(self, _reason: str) -> None:
        self.read_aloud_button.setChecked(False)
        self.show_notice(
            self.tr(
                "Read aloud is not available on this kiosk. Press Get help and a member of staff "
                "will come to help you."
            )
        )

    def show_notice(self, text: str) -> None:
        """Show a message under the top bar until the visit ends."""
        self.notice.setText(text)
        self.notice.show()

    # -- help -------------------------------------------------------------------------------

    def request_help(self) -> None:
        """Record a help call for this screen and tell the resident someone is coming."""
        page = self.current.current_page
        self.help_button.setEnabled(False)
        BackgroundOp(self, lambda: self.services.help_call.request(page)).success(
            self._help_called
        ).failure(self._help_failed).run()

    def _help_called(self, _event_id: str) -> None:
        self.help_button.setEnabled(True)
        self.show_notice(
            self.tr(
                "Help is on the way. A member of staff will come to this kiosk. Please stay here."
            )
        )

    def _help_failed(self, _exc: Exception) -> None:
        self.help_button.setEnabled(True)
        self.show_notice(
            self.tr("We could not call for help from this kiosk. Please ask at the desk.")
        )

    # -- idle and wipe ----------------------------------------------------------------------

    def _went_idle(self) -> None:
        if not self._visit_active:
            return
        self.idle.pause()
        self.idle_prompt.ask()

    def _more_time(self) -> None:
        self.idle.start()

    def _timed_out(self) -> None:
        page = self.current.current_page
        BackgroundOp(self, lambda: self.services.visits.timed_out(page)).run()
        self.end_visit(idle=True)

    def end_visit(self, idle: bool = False) -> None:
        """Wipe everything from this visit and get ready for the next resident."""
        self.staff.visit_ended(idle)
        self.idle.pause()
        self.speech.stop()
        for screen in self.screens.values():
            screen.wipe()
        wipe_text_fields(self)
        uncheck_all(self.stack)
        wipe_clipboard()
        self.notice.clear()
        self.notice.hide()
        self._visit_active = False
        self.read_aloud_button.setChecked(False)
        default = Look.from_theme(self._config.theme)
        self.text_size_button.setChecked(default.large)
        self.contrast_button.setChecked(default.contrast)
        self.set_language(self._config.default_language)
        self.show_screen("home")
        self.wiped.emit()

    # -- lockdown ---------------------------------------------------------------------------

    def leave_kiosk_mode(self) -> None:
        """A signed-in member of staff who may chose to close the kiosk."""
        self._exit_allowed = True
        self.staff.stop()
        self._app.removeEventFilter(self.lockdown)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Refuse to close unless staff have signed out of kiosk mode."""
        if self._exit_allowed:
            self._app.removeEventFilter(self.idle)
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys that reach the window and nothing handled go nowhere."""
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the idle prompt covering the window."""
        super().resizeEvent(event)
        if self.idle_prompt.isVisible():
            self.idle_prompt.setGeometry(self.rect())
        if self.staff.panel.isVisible():
            self.staff.panel.setGeometry(self.rect())
        if self.staff.bar.tools.isVisible():
            self.staff.bar.place_tools()

    def enter_kiosk_mode(self) -> None:
        """Frameless, on top and fullscreen on the primary screen."""
        self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()
