"""Catalogue and settings versions pulled over real HTTP from the reference case service.

Qt-free. The reference service runs on loopback over a content folder the test edits, as a
council would; the terminal's real central sync engine pulls, on its own thread (or with
``drain_once``, as ``main.py sync --once`` does), and hands each pulled file to
``ContentUpdates.consider``, exactly as main.py wires it. Every answer of the settings
endpoint is also checked against the OpenAPI document (tests/sync/case_service_support.py).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.config import load_config
from core.document_types import load_document_types
from operations.content_updates import ContentUpdates
from sync.central_sync import CentralSync
from tests.operations.content_support import (
    BROKEN_CATALOGUES,
    HOUSING,
    SITE,
    copy_content,
    edit,
    publish_good_catalogue,
    publish_settings,
)
from tests.sync.case_service_support import BASE, OTHER_SITE, Harness, TerminalKey, wait_until
from tests.sync.central_support import Council


class Kiosk:
    """A registered terminal: its journal, its own file, content updates and sync engine."""

    def __init__(self, council: Council, folder: Path) -> None:
        self.journal = council.terminal("kiosk-1")
        self.file = folder / "kiosk-1.toml"
        self.file.write_text(
            f'[terminal]\nid = "kiosk-1"\n[case_service]\nurl = "{council.url}"\n',
            encoding="utf-8",
        )
        self.updates = ContentUpdates(self.journal.data_dir, self.file, load_config(self.file))
        self.updates.start_up()
        self.updates.opened(self.journal)
        self.engine: CentralSync = council.engine(self.journal, on_pulled=self.updates.consider)

    def sync(self) -> None:
        """Send and pull once; the round must go through."""
        status = self.engine.drain_once()
        assert status.last_error is None, status.last_error

    def events(self, kind: str) -> list[dict[str, Any]]:
        """Payloads of the terminal's events of one type."""
        return [e.payload for e in self.journal.events() if e.type == kind]

    def restart(self) -> Any:
        """Start again on the same folder (as the kiosk does to apply what waits)."""
        self.updates = ContentUpdates(self.journal.data_dir, self.file, load_config(self.file))
        config = self.updates.start_up()
        self.updates.opened(self.journal)
        return config


@pytest.fixture
def kiosk(council: Council, tmp_path: Path) -> Kiosk:
    """Kiosk 1 at the demo site, registered with the council's service."""
    return Kiosk(council, tmp_path)


def test_versions_published_by_the_council_arrive_checked_and_wait(
    council: Council, kiosk: Kiosk
) -> None:
    kiosk.sync()
    assert not kiosk.updates.waiting()  # the council sends what the kiosk was installed with
    assert json.loads((kiosk.journal.data_dir / "central" / "settings.json").read_text()) == {
        "settings": {}
    }
    publish_good_catalogue(council.content)
    publish_settings(council.content, {"kiosk": {"idle_timeout_s": 45}})
    kiosk.sync()

    assert kiosk.updates.waiting()
    assert sorted(e["kind"] for e in kiosk.events("content.staged")) == ["catalogue", "settings"]
    config = kiosk.restart()
    assert config.idle_timeout_s == 45
    housing = json.loads(config.catalogue_path.read_text())["services"][0]
    assert housing["name"]["en"] == HOUSING


def test_the_running_engine_checks_a_version_on_its_own_thread(
    council: Council, kiosk: Kiosk
) -> None:
    engine = council.engine(kiosk.journal, on_pulled=kiosk.updates.consider, pull_every_s=0.05)
    engine.start()
    publish_good_catalogue(council.content)
    wait_until(kiosk.updates.waiting, "the new catalogue to be checked and staged")
    assert kiosk.events("content.staged")[0]["label"] == "2026-12-01.1"


def test_a_broken_version_is_refused_while_sending_carries_on(
    council: Council, kiosk: Kiosk
) -> None:
    breaker, words = BROKEN_CATALOGUES["a service renamed but not its forms"]
    breaker(council.content)
    publish_settings(council.content, {"kiosk": {"fullscreen": False}})
    kiosk.sync()  # the round itself went through: a refusal is not a sync failure

    assert not kiosk.updates.waiting()
    reasons = {e["kind"]: e["reason"] for e in kiosk.events("content.refused")}
    assert words[0] in reasons["catalogue"]
    assert "kiosk.fullscreen: cannot be set remotely" in reasons["settings"]
    assert kiosk.restart() == load_config(kiosk.file)


def test_document_types_travel_with_the_catalogue(council: Council, kiosk: Kiosk) -> None:
    new_type = {
        "id": "council-tax-bill",
        "colour": False,
        "max_pages": 4,
        "name": {"en": "Council Tax bill"},
        "hint": {"en": "Scan every page of the bill."},
    }
    edit(
        council.content / "catalogue" / "documents.json",
        lambda documents: documents["documents"].append(new_type),
    )
    kiosk.sync()
    config = kiosk.restart()
    types = load_document_types(config.catalogue_path.parent / "documents.json")
    assert types[-1].title("en") == "Council Tax bill"


def test_the_settings_endpoint_serves_each_site_only_its_own(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    ours, theirs = TerminalKey("kiosk-1"), TerminalKey("desk-bow", OTHER_SITE)
    harness = Harness(tmp_path, content)
    harness.start({"kiosk-1": ours.entry(), "desk-bow": theirs.entry()})
    try:
        client = harness.client(ours)  # every answer is checked against the OpenAPI document
        target = f"{BASE}/sites/{SITE}/settings"
        assert client.call("GET", target).json() == {"settings": {}}
        publish_settings(content, {"kiosk": {"languages": ["en", "so"]}})
        assert client.call("GET", target).json() == {
            "settings": {"kiosk": {"languages": ["en", "so"]}}
        }
        assert harness.client(theirs).call("GET", target).status_code == 403
        (content / "sites" / SITE / "settings.json").write_text('{"settings": [1]}')
        assert client.call("GET", target).status_code == 503
    finally:
        harness.stop()


def test_a_case_service_that_manages_no_settings_is_no_sync_failure(
    council: Council, kiosk: Kiosk
) -> None:
    app = council.service.app  # as an older service would be: no settings route at all
    app.routes = [r for r in app.routes if not r.template.endswith("/settings")]
    publish_good_catalogue(council.content)
    kiosk.sync()  # the 404 for the settings is taken as "none"; the catalogue still comes
    assert kiosk.updates.waiting()
    assert not (kiosk.journal.data_dir / "central" / "settings.json").exists()
    assert [e["kind"] for e in kiosk.events("content.staged")] == ["catalogue"]
