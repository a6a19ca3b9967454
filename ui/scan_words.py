"""What the scanning screens say when a scan stops, or a page has a problem, in plain words.

The messages belong to the "DocumentCapture" translation context, whichever screen shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.scanning import PageProblem, ScanProblem


def problem_words(problem: ScanProblem) -> str:
    """What to tell a resident when the scanner stopped."""
    words = {
        ScanProblem.UNPLUGGED: QCoreApplication.translate(
            "DocumentCapture", "The scanner is not connected."
        ),
        ScanProblem.JAMMED: QCoreApplication.translate(
            "DocumentCapture",
            "Paper is stuck in the feeder. Open the feeder cover, take the paper out gently, "
            "then scan again.",
        ),
        ScanProblem.FEEDER_EMPTY: QCoreApplication.translate(
            "DocumentCapture",
            "There is no paper in the feeder. Put your pages in face up, then scan again.",
        ),
        ScanProblem.COVER_OPEN: QCoreApplication.translate(
            "DocumentCapture", "The scanner's cover is open. Close it, then scan again."
        ),
        ScanProblem.BUSY: QCoreApplication.translate(
            "DocumentCapture", "The scanner is busy. Wait a moment, then scan again."
        ),
        ScanProblem.CORRUPT: QCoreApplication.translate(
            "DocumentCapture", "The scanner sent a page we could not read. Scan it again."
        ),
        ScanProblem.TOO_MANY_PAGES: QCoreApplication.translate(
            "DocumentCapture",
            "There are more pages in the feeder than this document can have. "
            "Take the rest out of the feeder.",
        ),
        ScanProblem.BROKEN: QCoreApplication.translate(
            "DocumentCapture", "The scanner is not working."
        ),
    }
    return words[problem]


def quality_words(problem: PageProblem) -> str:
    """What is wrong with a page, and what to do about it."""
    words = {
        PageProblem.BLANK: QCoreApplication.translate(
            "DocumentCapture",
            "This page looks blank. Check the page is face down on the glass, then scan it again.",
        ),
        PageProblem.TOO_DARK: QCoreApplication.translate(
            "DocumentCapture",
            "This page is too dark to read. Close the lid fully, then scan it again.",
        ),
        PageProblem.TOO_LIGHT: QCoreApplication.translate(
            "DocumentCapture", "This page is very faint. Check it can be read."
        ),
        PageProblem.BLURRED: QCoreApplication.translate(
            "DocumentCapture",
            "This page looks blurred. Keep the page flat and still, then scan it again.",
        ),
        PageProblem.CUT_OFF: QCoreApplication.translate(
            "DocumentCapture",
            "Part of this page may be cut off. Move the page into the corner, then scan it again.",
        ),
        PageProblem.SKEWED: QCoreApplication.translate(
            "DocumentCapture",
            "This page is very crooked. Line it up with the edge of the glass, then scan it again.",
        ),
    }
    return words[problem]
