"""Catalogue and settings versions on one terminal: checked, staged, applied at the next start.

Qt-free. The terminal is real where it matters: its own TOML file, a real SQLite journal,
real files in its data folder; each "restart" is what main.py does at start-up (a fresh
``ContentUpdates`` over the same folder, ``start_up``, then ``opened`` with the journal).
What the sync engine would have pulled is the reference case service's own answer for the
content folder (tests/operations/content_support.py); test_content_updates_sync.py pulls it
over HTTP instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from core.catalogue import load_catalogue
from core.config import DEMO_CATALOGUE, TerminalConfig, load_config
from operations.content_checks import CATALOGUE_FILE, catalogue_files
from operations.content_updates import ContentUpdates, content_report
from operations.content_versions import CATALOGUE
from store.journal import SqliteJournal
from tests.operations.content_support import (
    BAD_SETTINGS,
    BROKEN_CATALOGUES,
    COUNCIL,
    HOUSING,
    SITE,
    copy_content,
    publish_good_catalogue,
    publish_settings,
    pulled,
)

TERMINAL_FILE = (
    '[terminal]\nid = "kiosk-7"\n'
    '[kiosk]\nidle_grace_s = 30\nspeech_engine = "none"\nscanner = "simulated"\n'
)


@dataclass
class Terminal:
    """One terminal's folder, its own file and content updates, restartable."""

    root: Path
    content: Path
    config_file: Path
    data: Path
    updates: ContentUpdates | None = None
    journal: SqliteJournal | None = None
    config: TerminalConfig | None = None
    journals: list[SqliteJournal] = field(default_factory=list)

    def start(self) -> TerminalConfig:
        """Start as main.py does: apply what is pending, open the journal, record it."""
        if self.journal is not None:
            self.journal.close()
        self.updates = ContentUpdates(self.data, self.config_file, load_config(self.config_file))
        self.config = self.updates.start_up()
        self.journal = SqliteJournal(self.data, "kiosk-7", SITE)
        self.journals.append(self.journal)
        self.updates.opened(self.journal)
        return self.config

    def pull(self, name: str = "catalogue.json") -> None:
        """The sync engine pulled the content as it is now, and hands it over to be checked."""
        assert self.updates is not None
        self.updates.consider(pulled(self.content, self.data, name))

    def events(self, kind: str) -> list[dict[str, Any]]:
        """Payloads of this terminal's journal events of one type."""
        assert self.journal is not None
        return [e.payload for e in self.journal.events() if e.type == kind]

    def waiting(self) -> bool:
        """What the kiosk screen is told: a checked version waits to be applied."""
        assert self.updates is not None
        return self.updates.waiting()

    def close(self) -> None:
        """Close every journal the test opened."""
        for journal in self.journals:
            journal.close()


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    """A started terminal with the demo catalogue, and the council's content folder."""
    config_file = tmp_path / "terminal.toml"
    config_file.write_text(TERMINAL_FILE, encoding="utf-8")
    made = Terminal(tmp_path, copy_content(tmp_path), config_file, tmp_path / "data")
    made.start()
    try:
        yield made
    finally:
        made.close()


def services_named(config: TerminalConfig) -> dict[str, str]:
    """Each service's English name, as the kiosk's screens read them from the catalogue."""
    return {s.code: s.name["en"] for s in load_catalogue(config.catalogue_path).services}


def test_a_good_catalogue_waits_then_runs_from_the_next_start(terminal: Terminal) -> None:
    publish_good_catalogue(terminal.content)
    terminal.pull()
    assert terminal.waiting()
    staged = terminal.events("content.staged")
    assert [(e["kind"], e["label"]) for e in staged] == [("catalogue", "2026-12-01.1")]
    assert terminal.config is not None  # the running kiosk is untouched until it restarts
    assert services_named(terminal.config)["housing"] == "Housing"

    config = terminal.start()
    assert services_named(config)["housing"] == HOUSING
    assert load_catalogue(config.catalogue_path).council["en"] == COUNCIL
    assert config.catalogue_path.parent != DEMO_CATALOGUE.parent
    assert not terminal.waiting()
    applied = terminal.events("content.applied")
    assert [(e["kind"], e["version"]) for e in applied] == [("catalogue", staged[0]["version"])]
    assert "2026-12-01.1" in content_report(terminal.data)["catalogue_version"]

    again = terminal.start()  # and every start after: the same version, recorded once
    assert services_named(again)["housing"] == HOUSING
    assert len(terminal.events("content.applied")) == 1


def test_the_catalogue_the_kiosk_already_runs_is_not_staged(terminal: Terminal) -> None:
    terminal.pull()
    assert not terminal.waiting()
    assert terminal.events("content.staged") == []
    assert not (terminal.data / "content" / "catalogue").exists()
    assert content_report(terminal.data)["catalogue_version"] == "the one installed with it"


@pytest.mark.parametrize("broken", list(BROKEN_CATALOGUES))
def test_a_broken_catalogue_is_refused_with_its_reason_and_the_old_one_kept(
    terminal: Terminal, broken: str
) -> None:
    publish_good_catalogue(terminal.content)
    terminal.pull()
    terminal.start()  # the kiosk runs the good version now
    breaker, words = BROKEN_CATALOGUES[broken]
    breaker(terminal.content)
    terminal.pull()

    assert not terminal.waiting()
    [refused] = terminal.events("content.refused")
    assert refused["kind"] == "catalogue" and refused["label"] == "2026-12-01.1"
    for word in words:
        assert word in refused["reason"], refused["reason"]
    report = content_report(terminal.data)
    assert words[0] in report["catalogue_refused"]
    assert report["settings_refused"] == "none"
    assert report["content_waiting"] == "none"

    config = terminal.start()
    assert services_named(config)["housing"] == HOUSING  # still the good one
    terminal.pull()  # pulled again after the restart: not checked, or recorded, twice
    assert len(terminal.events("content.refused")) == 1
    assert [e["kind"] for e in terminal.events("content.applied")] == ["catalogue"]


def test_good_settings_apply_over_the_terminals_own_file(terminal: Terminal) -> None:
    publish_settings(terminal.content, {"kiosk": {"languages": ["en", "so"], "idle_timeout_s": 60}})
    terminal.pull("settings.json")
    assert terminal.waiting()
    assert terminal.config is not None and terminal.config.idle_timeout_s == 90

    config = terminal.start()
    assert config.languages == ("en", "so")
    assert config.idle_timeout_s == 60
    assert config.idle_grace_s == 30  # the terminal's own file, untouched by the council
    assert config.terminal_id == "kiosk-7"
    [applied] = terminal.events("content.applied")
    assert applied["settings"] == "kiosk.idle_timeout_s=60, kiosk.languages=['en', 'so']"
    assert "kiosk.idle_timeout_s=60" in content_report(terminal.data)["settings_version"]


@pytest.mark.parametrize("bad", list(BAD_SETTINGS))
def test_bad_settings_are_refused_with_their_reason(terminal: Terminal, bad: str) -> None:
    settings, words = BAD_SETTINGS[bad]
    publish_settings(terminal.content, settings)
    terminal.pull("settings.json")

    assert not terminal.waiting()
    [refused] = terminal.events("content.refused")
    assert refused["kind"] == "settings"
    for word in words:
        assert word in refused["reason"], refused["reason"]
    config = terminal.start()
    assert config == load_config(terminal.config_file)


def test_no_settings_from_the_council_take_a_terminal_back_to_its_own_file(
    terminal: Terminal,
) -> None:
    publish_settings(terminal.content, {"kiosk": {"idle_timeout_s": 60}})
    terminal.pull("settings.json")
    assert terminal.start().idle_timeout_s == 60
    publish_settings(terminal.content, {})
    terminal.pull("settings.json")
    assert terminal.waiting()
    assert terminal.start().idle_timeout_s == 90


def test_a_council_going_back_before_it_applied_cancels_the_waiting_version(
    terminal: Terminal,
) -> None:
    before = (terminal.content / "catalogue" / "demo-idea-store.json").read_bytes()
    publish_good_catalogue(terminal.content)
    terminal.pull()
    assert terminal.waiting()
    (terminal.content / "catalogue" / "demo-idea-store.json").write_bytes(before)
    terminal.pull()
    assert not terminal.waiting()
    assert services_named(terminal.start())["housing"] == "Housing"
    assert terminal.events("content.applied") == []


def test_a_kill_while_staging_leaves_no_half_version_and_the_next_start_stages_it(
    terminal: Terminal,
) -> None:
    publish_good_catalogue(terminal.content)
    kept = pulled(terminal.content, terminal.data)  # pulled, then killed mid-check:
    assert terminal.updates is not None
    document = json.loads(kept.read_text(encoding="utf-8"))
    files = catalogue_files(document, DEMO_CATALOGUE.parent)
    half = terminal.updates.shelf.write_folder(CATALOGUE, dict(list(files.items())[:3]))

    config = terminal.start()
    assert not half.exists()  # the half-written folder is gone
    assert services_named(config)["housing"] == "Housing"
    terminal.updates.check_kept()  # what opened() starts on its thread with a case service
    assert terminal.waiting()
    assert services_named(terminal.start())["housing"] == HOUSING


def test_a_kill_between_applying_and_recording_records_it_at_the_next_start(
    terminal: Terminal,
) -> None:
    publish_good_catalogue(terminal.content)
    terminal.pull()
    updates = ContentUpdates(terminal.data, terminal.config_file, load_config(terminal.config_file))
    updates.start_up()  # applied... and killed before the journal was open

    config = terminal.start()
    assert services_named(config)["housing"] == HOUSING
    assert [e["label"] for e in terminal.events("content.applied")] == ["2026-12-01.1"]
    terminal.start()
    assert len(terminal.events("content.applied")) == 1


def test_an_applied_catalogue_that_no_longer_loads_gives_way_to_the_installed_one(
    terminal: Terminal,
) -> None:
    publish_good_catalogue(terminal.content)
    terminal.pull()
    config = terminal.start()
    assert terminal.data in config.catalogue_path.parents  # never the installed one's file
    # Say a software update made the kept version unreadable (here: its file is cut short).
    config.catalogue_path.write_text('{"catalogue_version": "2026-12', encoding="utf-8")

    fallen_back = terminal.start()
    assert fallen_back.catalogue_path == DEMO_CATALOGUE
    assert not terminal.waiting()  # and no restart loop for it
    [refused] = terminal.events("content.refused")
    assert refused["reason"].startswith("no longer loads") and "not valid JSON" in refused["reason"]
    assert content_report(terminal.data)["catalogue_version"] == "the one installed with it"
    assert terminal.start().catalogue_path == DEMO_CATALOGUE
    assert len(terminal.events("content.refused")) == 1


def test_settings_that_no_longer_fit_the_terminals_file_give_way_to_it(terminal: Terminal) -> None:
    publish_settings(terminal.content, {"kiosk": {"languages": ["en", "so"]}})
    terminal.pull("settings.json")
    assert terminal.start().languages == ("en", "so")
    # IT then sets the terminal's own default language to one the council's list leaves out.
    terminal.config_file.write_text(TERMINAL_FILE + 'default_language = "bn"\n', encoding="utf-8")
    config = terminal.start()
    assert config == load_config(terminal.config_file)  # all six languages, Bengali first
    [refused] = terminal.events("content.refused")
    assert "kiosk.default_language" in refused["reason"]


def test_only_the_named_versions_stay_on_disk(terminal: Terminal) -> None:
    publish_good_catalogue(terminal.content, "one")
    terminal.pull()
    terminal.start()
    publish_good_catalogue(terminal.content, "two")
    terminal.pull()
    terminal.start()
    kept = sorted(p.name for p in (terminal.data / "content" / "catalogue").iterdir())
    assert len(kept) == 1
    assert (terminal.data / "content" / "catalogue" / kept[0] / CATALOGUE_FILE).is_file()


def test_the_checks_name_the_catalogue_files_as_the_form_catalogue_does() -> None:
    """content_checks keeps its own copy of these names (so start-up skips the schema code)."""
    from core import form_catalogue
    from operations import content_checks

    for name in ("FORM_SCHEMA", "LIFE_EVENTS_SCHEMA", "FORMS_FOLDER", "LIFE_EVENTS_FILE"):
        assert getattr(content_checks, name) == getattr(form_catalogue, name)


def test_how_often_a_terminal_asks_for_new_versions_is_checked(tmp_path: Path) -> None:
    from core.config import ConfigError

    file = tmp_path / "terminal.toml"
    file.write_text("[case_service]\npull_every_s = 60\n", encoding="utf-8")
    assert load_config(file).pull_every_s == 60
    file.write_text("[case_service]\npull_every_s = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"case_service.pull_every_s: must be between 1 and"):
        load_config(file)
