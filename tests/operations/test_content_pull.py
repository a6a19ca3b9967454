"""``main.py sync --once`` pulls, checks and stages catalogue and settings versions by hand.

Qt-free. The reference case service runs on loopback over a content folder the test edits,
as a council would; ``main.py sync --once`` runs as the operator runs it, in its own process.
A terminal already running on the same folder (its ContentUpdates, as main.py makes it)
notices what was staged by hand when it next looks at its shelf, and applies it at its next
start.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from core.config import load_config
from operations.content_updates import ContentUpdates
from store.journal import SqliteJournal
from tests.cli_support import run_main
from tests.operations.content_support import (
    BROKEN_CATALOGUES,
    HOUSING,
    publish_good_catalogue,
    publish_settings,
)
from tests.sync.central_support import Council


class Terminal:
    """Kiosk 1's folder and own file, registered with the council's service."""

    def __init__(self, council: Council, folder: Path) -> None:
        journal: SqliteJournal = council.terminal("kiosk-1")
        self.data = journal.data_dir
        self.file = folder / "kiosk-1.toml"
        self.file.write_text(
            f'[terminal]\nid = "kiosk-1"\n[case_service]\nurl = "{council.url}"\n',
            encoding="utf-8",
        )

    def running(self) -> ContentUpdates:
        """The terminal's content updates as a running terminal has them after start-up."""
        updates = ContentUpdates(self.data, self.file, load_config(self.file))
        updates.start_up()
        return updates

    def main(self, *command: str) -> subprocess.CompletedProcess[str]:
        """``python main.py COMMAND`` on this terminal's file and folder."""
        return run_main("--config", str(self.file), "--data", str(self.data), *command)

    def said(self, result: subprocess.CompletedProcess[str], kind: str) -> str:
        """What a command printed about one kind of content."""
        return next(line for line in result.stdout.splitlines() if line.startswith(kind + " "))


@pytest.fixture
def terminal(council: Council, tmp_path: Path) -> Terminal:
    """Kiosk 1 at the demo site."""
    return Terminal(council, tmp_path)


def test_a_good_version_pulled_by_hand_is_staged_and_the_running_terminal_takes_it(
    council: Council, terminal: Terminal
) -> None:
    running = terminal.running()
    publish_good_catalogue(council.content)
    publish_settings(council.content, {"kiosk": {"idle_timeout_s": 45}})

    result = terminal.main("sync", "--once")
    assert result.returncode == 0, result.stdout + result.stderr
    catalogue = terminal.said(result, "catalogue")
    assert "(2026-12-01.1): checked and staged" in catalogue, catalogue
    assert "checked and staged" in terminal.said(result, "settings")
    waiting = terminal.said(terminal.main("status"), "content_waiting")
    assert "catalogue 2026-12-01.1" in waiting and "settings version" in waiting, waiting
    assert waiting.endswith("applied when nobody is using the terminal")

    assert not running.waiting()  # its own engine will find nothing new to pull
    running.look_at_shelf()  # as it does every minute
    assert running.waiting()  # so it restarts onto it when nobody is using it
    config = ContentUpdates(terminal.data, terminal.file, load_config(terminal.file)).start_up()
    assert HOUSING in config.catalogue_path.read_text(encoding="utf-8")
    assert config.idle_timeout_s == 45

    again = terminal.main("sync", "--once")
    assert again.returncode == 0
    assert "already in use here" in terminal.said(again, "catalogue")


def test_a_bad_version_pulled_by_hand_is_refused_with_its_reason_and_nothing_waits(
    council: Council, terminal: Terminal
) -> None:
    running = terminal.running()
    breaker, words = BROKEN_CATALOGUES["a form nobody can finish"]
    breaker(council.content)
    publish_settings(council.content, {"kiosk": {"fullscreen": True}})

    result = terminal.main("sync", "--once")
    assert result.returncode == 1  # the operator is told something is wrong
    catalogue = terminal.said(result, "catalogue")
    assert "refused:" in catalogue and all(word in catalogue for word in words), catalogue
    assert "kiosk.fullscreen: cannot be set remotely" in terminal.said(result, "settings")
    assert "case service" in result.stdout and "last problem   none" in result.stdout

    again = terminal.main("sync", "--once")  # still published: still said, not checked again
    assert again.returncode == 1
    assert terminal.said(again, "catalogue") == catalogue
    running.look_at_shelf()
    assert not running.waiting()
    refused = terminal.said(terminal.main("status"), "catalogue_refused")
    assert "page question: no answer gets past it" in refused
