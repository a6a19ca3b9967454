"""Builds real site terminals for tests: a journal file, the real services, a settable clock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.catalogue import load_catalogue
from core.clock import HybridLogicalClock
from core.config import TerminalConfig, load_config
from core.site_services import SiteServices
from store.journal import SqliteJournal
from sync.sealing import CouncilSealer

# 10:00 on Monday 23 November 2026 in London (GMT): the demo appointments run 09:30–16:20.
MONDAY_10AM_MS = 1_795_428_000_000


class Wall:
    """A wall clock tests move by hand; the journal's HLC and the queue both read it."""

    def __init__(self, ms: int = MONDAY_10AM_MS) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms

    def advance(self, minutes: float = 0, seconds: float = 0) -> None:
        """Move time forward."""
        self.ms += int(minutes * 60_000 + seconds * 1000)


@dataclass
class Terminal:
    """One terminal of a test site."""

    config: TerminalConfig
    journal: SqliteJournal
    site: SiteServices
    wall: Wall


def terminal_config(folder: Path, terminal_id: str, block: int = 1, extra: str = "") -> Path:
    """Write a terminal's TOML (demo site, file printer in its folder) and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "terminal.toml"
    path.write_text(
        f'[terminal]\nid = "{terminal_id}"\nticket_block = {block}\n{extra}\n'
        f'[[printers]]\nname = "roll"\nkind = "file"\nfolder = "{folder / "printouts"}"\n',
        encoding="utf-8",
    )
    return path


def open_terminal(
    folder: Path, terminal_id: str, block: int = 1, wall: Wall | None = None, extra: str = ""
) -> Terminal:
    """A terminal with a real journal in ``folder`` and the services main.py would give it."""
    from main import compose_site

    wall = wall or Wall()
    config = load_config(terminal_config(folder, terminal_id, block, extra))
    journal = SqliteJournal(
        folder / "data", config.terminal_id, config.site, HybridLogicalClock(wall)
    )
    catalogue = load_catalogue(config.catalogue_path)
    site = compose_site(config, journal, CouncilSealer(config.council_public_key), catalogue, wall)
    return Terminal(config, journal, site, wall)
