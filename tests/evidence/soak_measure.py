"""What a long-running kiosk process holds: memory, widgets, Qt objects, open files.

A kiosk runs for weeks in one process, so anything a visit leaves behind adds up. The soak
test takes a :class:`Holdings` snapshot after a warm-up (caches filled, every screen built)
and another after many visits, with Qt's deferred deletions flushed first both times, and
compares them.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import statistics
from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")
_LIBC = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")


def give_back_free_memory() -> None:
    """Ask glibc to return freed heap to the system (``malloc_trim``).

    A scanned page is tens of megabytes; once freed, glibc may keep the space for the next
    one, or not, so without this the resident size swings by tens of megabytes with no
    leak at all. Trimmed, what remains resident is what the process still holds.
    """
    trim = getattr(_LIBC, "malloc_trim", None)
    if trim is not None:
        trim(0)


def flush_qt() -> None:
    """Run pending events and the deletions they queue, until no deletion is left.

    ``deleteLater`` only frees an object when control returns to an event loop; a kiosk
    does that between taps, so a snapshot must too or it counts what is already on its way
    out. Deleting one widget can queue another's deletion, hence the few rounds.
    """
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def resident_bytes() -> int:
    """This process's resident memory now, from /proc/self/statm (pages in RAM)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * PAGE_BYTES


def trimmed_resident_bytes() -> int:
    """Resident memory with Qt's pending deletions done and freed heap given back: cheap
    enough to sample after every visit."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    give_back_free_memory()
    return resident_bytes()


def median_growth(samples: list[int], window: int) -> int:
    """How much the median of the last ``window`` samples exceeds that of the first.

    One sample can be tens of megabytes off either way (the allocator keeps a scanned page's
    space or not); a leak moves the median, which those swings do not.
    """
    assert len(samples) >= 2 * window > 0
    return int(statistics.median(samples[-window:]) - statistics.median(samples[:window]))


def open_descriptors() -> int:
    """How many file descriptors this process has open (sockets, files, pipes)."""
    return len(os.listdir("/proc/self/fd"))


@dataclass(frozen=True)
class Holdings:
    """One snapshot of what the process holds."""

    rss_bytes: int
    widgets: int
    top_level_widgets: int
    qt_objects: int  # under the window, and the application's own (translators...)
    descriptors: int
    python_objects: int

    def minus(self, earlier: Holdings) -> Holdings:
        """How much each figure grew since ``earlier`` (negative if it shrank)."""
        return Holdings(*(getattr(self, f.name) - getattr(earlier, f.name) for f in fields(self)))


def take_snapshot(window: QWidget) -> Holdings:
    """Flush Qt's pending deletions and garbage, then count everything."""
    flush_qt()
    give_back_free_memory()
    app = QApplication.instance()
    assert app is not None
    return Holdings(
        rss_bytes=resident_bytes(),
        widgets=len(QApplication.allWidgets()),
        top_level_widgets=len(QApplication.topLevelWidgets()),
        qt_objects=len(window.findChildren(QObject)) + len(app.findChildren(QObject)),
        descriptors=open_descriptors(),
        python_objects=len(gc.get_objects()),
    )
