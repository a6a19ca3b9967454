"""A council's content folder for the content-update tests, and the changes a council makes.

The folder has the layout the reference case service reads (sync/reference/content.py),
copied from the repository's assets, so a test changes what the service hands out exactly
as a council would: by editing the files while the service runs.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sync.reference.content import CouncilContent
from tests.conftest import ROOT

SITE = "idea-store-whitechapel"
HOUSING = "Housing advice and homelessness"  # the new name of the housing service
COUNCIL = "Tower Hamlets Council"  # the council's new name in the catalogue


def copy_content(folder: Path) -> Path:
    """A copy of the demo content (catalogue, forms, life events, documents, demo lists)."""
    content = folder / "content"
    for part in ("catalogue", "demo"):
        shutil.copytree(ROOT / "assets" / part, content / part)
    return content


def edit(path: Path, change: Callable[[Any], None]) -> None:
    """Change one JSON file, as a council's editor would, replacing it whole (the service
    reads files on every request, and must never read one half written)."""
    value = json.loads(path.read_text(encoding="utf-8"))
    change(value)
    write(path, json.dumps(value, ensure_ascii=False, indent=2))


def write(path: Path, text: str) -> None:
    """Replace a content file whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = path.with_name(path.name + ".new")
    fresh.write_text(text, encoding="utf-8")
    fresh.replace(path)


def catalogue_file(content: Path) -> Path:
    """The service catalogue the case service hands out."""
    return content / "catalogue" / "demo-idea-store.json"


def form_file(content: Path, form_id: str) -> Path:
    """One form definition the case service hands out."""
    return content / "catalogue" / "forms" / f"{form_id}.json"


def publish_good_catalogue(content: Path, label: str = "2026-12-01.1") -> None:
    """Rename the housing service and the council, as a new catalogue version."""

    def change(catalogue: dict[str, Any]) -> None:
        catalogue["catalogue_version"] = label
        catalogue["council"] = {"en": COUNCIL}
        for service in catalogue["services"]:
            if service["code"] == "housing":
                service["name"] = {"en": HOUSING}

    edit(catalogue_file(content), change)


def publish_settings(content: Path, settings: dict[str, Any], site: str = SITE) -> None:
    """The site's remotely managed settings, as the case service hands them out."""
    write(content / "sites" / site / "settings.json", json.dumps({"settings": settings}))


def pulled(content: Path, data_dir: Path, name: str = "catalogue.json") -> Path:
    """What the sync engine keeps in ``central/`` after pulling the content as it is now.

    The document is the reference service's own answer (its content reader), so these
    Qt-free tests check what a terminal would be sent, without the network in between.
    """
    reader = CouncilContent(content)
    document = reader.catalogue() if name == "catalogue.json" else reader.settings(SITE)
    target = data_dir / "central" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return target


# Broken catalogues a council could publish, each with what its refusal must name.


def _form_without_title(content: Path) -> None:
    edit(form_file(content, "order-bins"), lambda form: form.pop("title"))


def _form_with_an_unknown_question(content: Path) -> None:
    def change(form: dict[str, Any]) -> None:
        form["items"][1]["relevant"] = "${no_such_question} = 'yes'"

    edit(form_file(content, "ask-a-question"), change)


def _form_nobody_can_finish(content: Path) -> None:
    def change(form: dict[str, Any]) -> None:
        question = form["items"][1]
        question["constraint"] = ". = 'yes' and . = 'no'"
        question.setdefault("messages", {})["constraint"] = {"en": "Say yes and no at once."}

    edit(form_file(content, "ask-a-question"), change)


def _service_renamed_but_not_its_forms(content: Path) -> None:
    def change(catalogue: dict[str, Any]) -> None:
        for service in catalogue["services"]:
            if service["code"] == "waste-environment":
                service["code"] = "waste"

    edit(catalogue_file(content), change)


def _life_event_with_a_missing_form(content: Path) -> None:
    def change(events: dict[str, Any]) -> None:
        events["life_events"][0]["forms"].append("apply-for-a-bus-pass")

    edit(content / "catalogue" / "life-events.json", change)


def _service_with_an_unknown_icon(content: Path) -> None:
    def change(catalogue: dict[str, Any]) -> None:
        catalogue["services"][0]["icon"] = "house-with-garden"

    edit(catalogue_file(content), change)


def _document_type_with_too_many_pages(content: Path) -> None:
    edit(
        content / "catalogue" / "documents.json",
        lambda documents: documents["documents"][0].update(max_pages=500),
    )


BROKEN_CATALOGUES: dict[str, tuple[Callable[[Path], None], list[str]]] = {
    "a form breaks the schema": (_form_without_title, ["forms/order-bins.json", "title"]),
    "a form names a question that does not exist": (
        _form_with_an_unknown_question,
        ["forms/ask-a-question.json", "no_such_question"],
    ),
    "a form nobody can finish": (
        _form_nobody_can_finish,
        ["forms/ask-a-question.json", "page question: no answer gets past it"],
    ),
    "a service renamed but not its forms": (
        _service_renamed_but_not_its_forms,
        ["no catalogue service 'waste-environment'"],
    ),
    "a life event offers a form that does not exist": (
        _life_event_with_a_missing_form,
        ["moving-in", "no form 'apply-for-a-bus-pass'"],
    ),
    "a service's icon is not on the kiosk": (
        _service_with_an_unknown_icon,
        ["services[0].icon", "house-with-garden"],
    ),
    "a document type allows 500 pages": (
        _document_type_with_too_many_pages,
        ["documents.json", "max_pages"],
    ),
}

# Settings a council could publish that a terminal must refuse, and what the reason names.
BAD_SETTINGS: dict[str, tuple[dict[str, Any], list[str]]] = {
    "an unknown key": (
        {"kiosk": {"idle_timeut_s": 60}},
        ["kiosk.idle_timeut_s", "did you mean 'idle_timeout_s'"],
    ),
    "a key of the wrong type": (
        {"kiosk": {"idle_timeout_s": "sixty"}},
        ["kiosk.idle_timeout_s", "must be a whole number"],
    ),
    "a value out of range": (
        {"kiosk": {"idle_timeout_s": 3}},
        ["kiosk.idle_timeout_s", "between 15 and 3600"],
    ),
    "a key not set remotely": (
        {"case_service": {"url": "https://cases.example"}},
        ["case_service.url", "cannot be set remotely"],
    ),
    "languages without the terminal's default": (
        {"kiosk": {"languages": ["so", "bn"]}},
        ["kiosk.default_language", "must be one of so, bn"],
    ),
    "an unknown section": ({"screen": {"brightness": 3}}, ["screen", "unknown section"]),
}
