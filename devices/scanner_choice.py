"""The kiosk's default scanner: a real SANE scanner when one is attached, else the simulated one.

Looking for SANE scanners probes every backend and can take seconds, so it is not done at
start-up: the choice is made the first time the scanner is used, which is always off the UI
thread (the scan screens and selftest call scanners from a worker).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator

from core.scanning import PageScanner, RawPage, ScanSettings, ScanSource

log = logging.getLogger(__name__)


class FirstAvailableScanner:
    """Implements PageScanner by handing over to the first candidate found, once."""

    def __init__(self, find: Callable[[], PageScanner | None], fallback: PageScanner) -> None:
        self._find = find
        self._fallback = fallback
        self._chosen: PageScanner | None = None
        self._lock = threading.Lock()

    def chosen(self) -> PageScanner:
        """The scanner in use, looking for a real one the first time (blocking)."""
        with self._lock:
            if self._chosen is None:
                try:
                    found = self._find()
                except Exception as exc:  # no SANE at all must not stop the kiosk scanning
                    log.warning("no scanner could be looked for: %s", type(exc).__name__)
                    found = None
                self._chosen = found if found is not None else self._fallback
                log.info("scanner in use: %s", self._chosen.name)
            return self._chosen

    @property
    def name(self) -> str:
        return self.chosen().name

    def sources(self) -> tuple[ScanSource, ...]:
        return self.chosen().sources()

    def availability(self) -> str | None:
        return self.chosen().availability()

    def scan(self, settings: ScanSettings, max_pages: int) -> Iterator[RawPage]:
        return self.chosen().scan(settings, max_pages)


def first_sane_scanner() -> PageScanner | None:
    """SANE's first scanner, run in a worker process; None when it lists none (or SANE is missing).

    The device is not pinned by name: a USB scanner gets a new name when replugged, and a
    SaneScanner with no name lists the devices again when its device has gone. The listing
    is asked of the same worker that then scans (see devices.sane_worker for why SANE runs
    in a process of its own).
    """
    from devices.sane_worker import IsolatedSaneScanner

    scanner = IsolatedSaneScanner()
    if scanner.devices():
        return scanner
    scanner.close()
    return None
