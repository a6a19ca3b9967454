"""Scanning a document, for a stranger at a touchscreen.

One widget serves "Send documents for my case" and the document questions in forms:
a picture of where the paper goes, one big Scan button, a large preview of the page just
scanned, and for each page "Scan this page again" and "Remove this page", with a plain
count of pages. Each page's quality problems (blank, dark, blurred, cut off) are said in
plain words next to the offer to scan it again.

Scanning runs off the UI thread (``ui.background``). Pages live only in memory, in the
capture session; ``wipe`` drops them and their pictures, and a scan still running when
the visit is wiped is thrown away when it ends.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.scan_capture import Captured, CaptureSession, capture
from core.scanning import (
    CapturedPage,
    PageScanner,
    ScanFailed,
    ScanProblem,
    ScanProcessor,
    ScanSource,
)
from ui.background import BackgroundOp
from ui.page_strip import PageStrip, scaled
from ui.placement_picture import PlacementPicture
from ui.scan_words import problem_words, quality_words
from ui.widgets import button, label, set_text

PREVIEW_HEIGHT = 360


class _Progress(QObject):
    """Carries "page N is done" from the scanning thread to the screen (a queued signal)."""

    page_done = Signal(int)


def picture_of(page: CapturedPage) -> QImage:
    """The page's preview as an image (or the page itself, if it came with no preview)."""
    return QImage.fromData(page.preview or page.jpeg)


def _pictures(captured: Captured) -> tuple[Captured, list[QImage]]:
    """Decode the previews while still off the UI thread (QImage is safe there)."""
    return captured, [picture_of(page) for page in captured.pages]


class DocumentCapture(QWidget):
    """Where the paper goes, Scan, the pages so far, and what to do about each.

    Signals:
        changed(): pages were added, replaced or removed.
        scanning_changed(bool): a scan started or ended (screens hold Continue meanwhile).
    """

    changed = Signal()
    scanning_changed = Signal(bool)

    def __init__(
        self,
        prefix: str,
        scanner: PageScanner | None,
        processor: ScanProcessor | None,
        parent: QWidget | None = None,
    ) -> None:
        """``scanner`` None (or no ``processor``): the widget says to bring it to a desk."""
        super().__init__(parent)
        self.setObjectName(f"{prefix}_capture")
        self.prefix = prefix
        self.scanner = scanner if processor is not None else None
        self.processor = processor
        self.session = CaptureSession(colour=False, max_pages=10)
        self.source = ScanSource.FLATBED
        self.sources: tuple[ScanSource, ...] = (ScanSource.FLATBED,)
        self.scanning = False
        self.selected = -1
        self.failure: ScanFailed | None = None
        self.dropped = 0  # pages the last feeder scan brought beyond the document's limit
        self._generation = 0
        self._scanned_so_far = 0
        self._images: list[QImage] = []
        self._progress = _Progress(self)
        self._progress.page_done.connect(self._page_done)
        self._build()
        self._ask_sources()
        self._update()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        """Two columns: what to do on the reading side, the page as scanned on the other.

        Both fit a 1080p screen without scrolling, so the resident sees the Scan button and
        the large preview at once.
        """
        p = self.prefix
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(32)
        column = QVBoxLayout()
        column.setSpacing(10)
        row.addLayout(column, 1)

        how = QHBoxLayout()
        self.picture = PlacementPicture(f"{p}_placement", self)
        self.how_to = label(f"{p}_how", "", self)
        how.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        how.addWidget(self.how_to, 1)
        column.addLayout(how)

        sources = QHBoxLayout()
        self.source_group = QButtonGroup(self)
        self.source_buttons: dict[ScanSource, QPushButton] = {}
        for source in (ScanSource.FLATBED, ScanSource.FEEDER, ScanSource.CAMERA):
            choice = button(f"{p}_source_{source.value}", "choice", self)
            choice.setCheckable(True)
            choice.setChecked(source is ScanSource.FLATBED)
            choice.clicked.connect(lambda _=False, s=source: self.choose_source(s))
            self.source_group.addButton(choice)
            self.source_buttons[source] = choice
            sources.addWidget(choice)
        column.addLayout(sources)

        self.no_scanner = label(f"{p}_no_scanner", "error", self)
        self.scan_button = button(f"{p}_scan", "primary", self)
        self.scan_button.setMinimumHeight(80)
        self.scan_button.clicked.connect(self.scan)
        self.status = label(f"{p}_status", "secondary", self)
        self.problem = label(f"{p}_problem", "error", self)
        self.count = label(f"{p}_count", "subheading", self)
        self.quality = label(f"{p}_quality", "error", self)
        self.straightened = label(f"{p}_straightened", "secondary", self)
        for part in (
            self.no_scanner,
            self.scan_button,
            self.status,
            self.problem,
            self.count,
            self.quality,
            self.straightened,
        ):
            column.addWidget(part)
        actions = QHBoxLayout()
        self.rescan_button = button(f"{p}_rescan", "secondary", self)
        self.rescan_button.clicked.connect(self.rescan_selected)
        self.remove_button = button(f"{p}_remove", "secondary", self)
        self.remove_button.clicked.connect(self.remove_selected)
        actions.addWidget(self.rescan_button)
        actions.addWidget(self.remove_button)
        self.page_actions = QWidget(self)
        self.page_actions.setObjectName(f"{p}_actions")
        self.page_actions.setLayout(actions)
        actions.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.page_actions)
        column.addStretch(1)

        self.shown = QWidget(self)
        self.shown.setObjectName(f"{p}_shown")
        shown = QVBoxLayout(self.shown)
        shown.setContentsMargins(0, 0, 0, 0)
        self.page_title = label(f"{p}_page_title", "subheading", self.shown)
        shown.addWidget(self.page_title)
        self.preview = QLabel(self.shown)
        self.preview.setObjectName(f"{p}_preview")
        self.preview.setFixedHeight(PREVIEW_HEIGHT + 24)
        self.preview.setProperty("role", "scan-preview")  # a white page shows on a tinted tray
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        shown.addWidget(self.preview)
        self.thumbnails = PageStrip(p, self.shown)
        self.thumbnails.chosen.connect(self.select)
        shown.addWidget(self.thumbnails)
        shown.addStretch(1)
        row.addWidget(self.shown, 1)

    # -- what the resident does -------------------------------------------------------------

    def start(self, colour: bool, max_pages: int) -> None:
        """A new document: gray or colour, at most ``max_pages``; anything held is dropped."""
        self.wipe()
        self.session = CaptureSession(colour=colour, max_pages=max_pages)
        self._ask_sources()
        self._update()

    def set_pages(self, pages: list[CapturedPage]) -> None:
        """Show pages kept from before (Back or Change in a form)."""
        self._drop_pictures()
        self.session.wipe()
        self.session.pages.extend(pages[: self.session.max_pages])
        self._images = [picture_of(page) for page in self.session.pages]
        self.selected = len(self._images) - 1
        self._rebuild_thumbnails()
        self._update()

    @property
    def pages(self) -> list[CapturedPage]:
        return list(self.session.pages)

    def choose_source(self, source: ScanSource) -> None:
        if source not in self.sources or self.scanning:
            return
        self.source = source
        self.source_buttons[source].setChecked(True)
        self._update()

    def scan(self) -> None:
        """Scan (or scan again) off the UI thread; the pages come back to ``_scanned``."""
        scanner, processor = self.scanner, self.processor
        if scanner is None or processor is None or self.scanning or self.session.full:
            return
        source = self.source if self.session.rescanning is None else ScanSource.FLATBED
        if self.source is ScanSource.CAMERA:
            source = ScanSource.CAMERA
        settings = self.session.settings(source)
        room = self.session.room
        self.scanning = True
        self.failure = None
        self.dropped = 0
        self._scanned_so_far = 0
        generation = self._generation
        progress = self._progress

        def work() -> tuple[Captured, list[QImage]]:
            return _pictures(capture(scanner, processor, settings, room, progress.page_done.emit))

        BackgroundOp(self, work).success(lambda result: self._scanned(generation, result)).failure(
            lambda exc: self._scan_failed(generation, exc)
        ).run()
        self.scanning_changed.emit(True)
        self._update()

    def rescan_selected(self) -> None:
        if 0 <= self.selected < len(self.session.pages) and not self.scanning:
            self.session.rescan(self.selected)
            self.scan()

    def remove_selected(self) -> None:
        if not 0 <= self.selected < len(self.session.pages) or self.scanning:
            return
        self.session.remove(self.selected)
        del self._images[self.selected]
        self.selected = min(self.selected, len(self._images) - 1)
        self.failure = None
        self._rebuild_thumbnails()
        self._update()
        self.changed.emit()

    def select(self, index: int) -> None:
        if 0 <= index < len(self._images):
            self.selected = index
            self._update()

    def wipe(self) -> None:
        """Drop every page and picture; a scan still running is discarded when it ends."""
        self._generation += 1
        if self.scanning:
            self.scanning = False
            self.scanning_changed.emit(False)
        self.session.wipe()
        self.failure = None
        self.dropped = 0
        self._drop_pictures()
        self._update()

    # -- results ----------------------------------------------------------------------------

    def _page_done(self, count: int) -> None:
        self._scanned_so_far = count
        self._update()

    def _scanned(self, generation: int, result: tuple[Captured, list[QImage]]) -> None:
        if generation != self._generation:
            return  # the visit was wiped while the scanner worked: nothing is kept
        captured, images = result
        replacing = self.session.rescanning
        kept = self.session.take(captured)
        self.scanning = False
        self.failure = captured.failure
        if replacing is not None and kept:
            self._images[replacing] = images[0]
            self.selected = replacing
        else:
            self._images.extend(images[:kept])
            self.dropped = len(captured.pages) - kept
            if kept:
                self.selected = len(self._images) - 1
        self.session.rescanning = None
        self._rebuild_thumbnails()
        self.scanning_changed.emit(False)
        self._update()
        if kept:
            self.changed.emit()

    def _scan_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.scanning = False
        self.session.rescanning = None
        self.failure = exc if isinstance(exc, ScanFailed) else ScanFailed(ScanProblem.BROKEN)
        self.scanning_changed.emit(False)
        self._update()

    def _ask_sources(self) -> None:
        """Which sources the scanner has, and whether it is there at all (either may block
        on USB): asked off the UI thread whenever a document starts."""
        scanner = self.scanner
        if scanner is None:
            return
        generation = self._generation

        def ask() -> tuple[tuple[ScanSource, ...], str | None]:
            return scanner.sources(), scanner.availability()

        BackgroundOp(self, ask).success(
            lambda answer: self._scanner_known(generation, *answer)
        ).failure(lambda _exc: None).run()

    def _scanner_known(
        self, generation: int, sources: tuple[ScanSource, ...], missing: str | None
    ) -> None:
        self.sources = tuple(sources) or (ScanSource.FLATBED,)
        if self.source not in self.sources:
            self.source = self.sources[0]
            self.source_buttons[self.source].setChecked(True)
        if missing is not None and generation == self._generation and not self.scanning:
            # Said before the resident tries; Scan stays, in case it is plugged back in.
            self.failure = ScanFailed(ScanProblem.UNPLUGGED, missing)
        self._update()

    # -- showing it -------------------------------------------------------------------------

    def _drop_pictures(self) -> None:
        self._images = []
        self.selected = -1
        self.preview.clear()
        self._rebuild_thumbnails()

    def _rebuild_thumbnails(self) -> None:
        self.thumbnails.show_pages(self._images, self.selected)

    def _update(self) -> None:
        pages = len(self.session.pages)
        has_scanner = self.scanner is not None
        for source, choice in self.source_buttons.items():
            choice.setVisible(has_scanner and len(self.sources) > 1 and source in self.sources)
            choice.setEnabled(not self.scanning)
        self.picture.show_source(self.source)
        self.no_scanner.setVisible(not has_scanner)
        self.scan_button.setVisible(has_scanner)
        self.scan_button.setEnabled(has_scanner and not self.scanning and not self.session.full)
        self.status.setVisible(self.scanning)
        self.problem.setVisible(self.failure is not None or self.dropped > 0)
        has_page = 0 <= self.selected < pages
        self.shown.setVisible(has_page)
        for part in (self.page_title, self.page_actions, self.quality, self.straightened):
            part.setVisible(has_page)  # retranslate then hides what the page does not need
        self.thumbnails.setVisible(pages > 1)
        if 0 <= self.selected < len(self._images):
            self.preview.setPixmap(scaled(self._images[self.selected], PREVIEW_HEIGHT))
            self.thumbnails.check(self.selected)
        self.rescan_button.setEnabled(not self.scanning)
        self.remove_button.setEnabled(not self.scanning)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the interface language (the translator is switched by the shell)."""
        pages = len(self.session.pages)
        most = self.session.max_pages
        how = {
            ScanSource.FLATBED: self.tr(
                "Put the page face down on the glass, in the corner with the mark. "
                "Close the lid, then tap Scan."
            ),
            ScanSource.FEEDER: self.tr(
                "Put the pages face up in the feeder, top edge first. Then tap Scan."
            ),
            ScanSource.CAMERA: self.tr(
                "Put the page face up under the camera, inside the marked area. Then tap Scan."
            ),
        }
        self.how_to.setText(how[self.source])
        set_text(self.source_buttons[ScanSource.FLATBED], self.tr("One page on the glass"))
        set_text(self.source_buttons[ScanSource.FEEDER], self.tr("Several pages in the feeder"))
        set_text(self.source_buttons[ScanSource.CAMERA], self.tr("Under the camera"))
        self.no_scanner.setText(
            self.tr("The scanner is not working. You can bring this document to a desk instead.")
        )
        if self.session.rescanning is not None:
            scan = self.tr("Scanning page %1 again").replace("%1", str(self.session.rescanning + 1))
        elif self.source is ScanSource.FEEDER:
            scan = self.tr("Scan the pages in the feeder")
        elif pages:
            scan = self.tr("Scan another page")
        else:
            scan = self.tr("Scan")
        set_text(self.scan_button, scan)
        self.status.setText(
            self.tr("Scanning. Please wait.")
            if self._scanned_so_far == 0
            else self.tr("Scanning. %1 pages done so far.").replace("%1", str(self._scanned_so_far))
        )
        problem = []
        if self.failure is not None:
            problem.append(problem_words(self.failure.problem))
            if pages and self.failure.problem is not ScanProblem.TOO_MANY_PAGES:
                problem.append(self.tr("The pages you scanned before are kept."))
            if self.failure.problem in (ScanProblem.UNPLUGGED, ScanProblem.BROKEN):
                problem.append(self.tr("Please ask a member of staff for help."))
        if self.dropped:
            problem.append(
                self.tr(
                    "This document can have up to %1 pages, so we kept the first ones."
                ).replace("%1", str(most))
            )
        self.problem.setText(" ".join(problem))
        if pages == 0:
            count = self.tr("No pages scanned yet. This document can have up to %1 pages.")
        elif pages == 1:
            count = self.tr("1 page scanned. This document can have up to %1 pages.")
        else:
            count = self.tr("%2 pages scanned. This document can have up to %1 pages.")
        self.count.setText(count.replace("%1", str(most)).replace("%2", str(pages)))
        if 0 <= self.selected < pages:
            page = self.session.pages[self.selected]
            self.page_title.setText(
                self.tr("Page %1 of %2")
                .replace("%1", str(self.selected + 1))
                .replace("%2", str(pages))
            )
            self.quality.setText("\n".join(quality_words(q) for q in page.problems))
            self.quality.setVisible(bool(page.problems))
            self.straightened.setText(self.tr("We straightened this page for you."))
            self.straightened.setVisible(abs(page.straightened_by) >= 0.5 and not page.problems)
            self.preview.setAccessibleName(self.page_title.text())
        set_text(self.rescan_button, self.tr("Scan this page again"))
        set_text(self.remove_button, self.tr("Remove this page"))
        for index, thumb in enumerate(self.thumbnails.buttons):
            thumb.setAccessibleName(self.tr("Page %1").replace("%1", str(index + 1)))
