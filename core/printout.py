"""What a printout is made of, for any renderer: lines, QR codes, bands and rules.

Layouts (printing/layouts.py) build a ``Printout``; renderers (PDF, ESC/POS) draw one. A
printout carries only what the resident needs to read: never a priority or vulnerability flag.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Size(StrEnum):
    """Text sizes, mapped by each renderer to its own units."""

    SMALL = "small"
    NORMAL = "normal"
    LARGE = "large"
    HUGE = "huge"  # the ticket number: readable at arm's length


@dataclass(frozen=True, slots=True)
class Line:
    """One line (or paragraph, wrapped by the renderer) of text in the printout's language."""

    text: str
    size: Size = Size.NORMAL
    bold: bool = False
    centred: bool = False


@dataclass(frozen=True, slots=True)
class Qr:
    """A QR code of ``data`` (a reference, never personal data), with a caption under it."""

    data: str
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Band:
    """Text reversed out of a solid bar across the full width, such as VISITOR."""

    text: str


@dataclass(frozen=True, slots=True)
class Rule:
    """A thin horizontal line between sections."""


Block = Line | Qr | Band | Rule


@dataclass(frozen=True, slots=True)
class Printout:
    """A whole printout.

    Attributes:
        kind: ticket, check-in-slip, visitor-badge, submission-receipt or drop-off-receipt.
        language: the code its text is in (en, bn, so, ur, zh_CN, pl); decides font,
            direction and whether a thermal printer must print lines as images.
        job_name: what the print queue shows; a reference, never a name.
        blocks: top to bottom.
    """

    kind: str
    language: str
    job_name: str
    blocks: tuple[Block, ...]

    def text(self) -> str:
        """Every piece of text in reading order, for tests and for screen readers."""
        parts: list[str] = []
        for block in self.blocks:
            if isinstance(block, Line | Band):
                parts.append(block.text)
            elif isinstance(block, Qr):
                parts.append(block.caption)
        return "\n".join(p for p in parts if p)

    def qr_codes(self) -> list[str]:
        """The data of every QR code on the printout."""
        return [b.data for b in self.blocks if isinstance(b, Qr)]
