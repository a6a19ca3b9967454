"""Checking a catalogue or settings version from the case service before a kiosk runs it.

A catalogue version is checked the way ``main.py catalogue check`` checks a folder: the
service catalogue, every form definition against the schema this software ships, the links
between forms, services and life events, every branch of every form walked to its end, the
document types, and (beyond ``check``) that each service's icon exists on this kiosk, since
a missing icon would stop the screens being built. It is checked as the very files that will
be run: written into a staging folder first, then loaded from there.

A settings version may set only the keys in ``REMOTE_SETTINGS``: what a council sensibly
manages from the centre (languages offered, idle times, the look, closing time, queue and
check-in times, the board). Identity, keys, addresses, devices and the case service itself
stay in each terminal's own file. The result is checked by building the whole terminal
configuration it would give (core/config.py's own checks), so a version that does not fit a
terminal (say, languages without the terminal's default language) is refused there.

Every refusal is one plain sentence naming the file or key and what is wrong.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.catalogue import CatalogueError, load_catalogue
from core.config import ASSETS_DIR, DEFAULTS, ConfigError, TerminalConfig, load_config_with
from core.events import canonical_json

if TYPE_CHECKING:
    from core.form_catalogue import FormCatalogue

# The form catalogue's names, here so that start-up need not import its schema checker.
FORM_SCHEMA = "form.schema.json"
LIFE_EVENTS_SCHEMA = "life-events.schema.json"
FORMS_FOLDER = "forms"
LIFE_EVENTS_FILE = "life-events.json"

CATALOGUE_FILE = "catalogue.json"
DOCUMENTS_FILE = "documents.json"
SETTINGS_FILE = "settings.json"
SHIPPED_CATALOGUE = ASSETS_DIR / "catalogue"
ICONS_DIR = ASSETS_DIR / "icons"
_FORM_ID = re.compile(r"[a-z][a-z0-9-]{1,47}")
_ICON = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")

# What a council may set from the centre, by section of the terminal's TOML file.
REMOTE_SETTINGS: dict[str, tuple[str, ...]] = {
    "kiosk": ("languages", "default_language", "idle_timeout_s", "idle_grace_s", "theme"),
    "site": ("closing_time",),
    "queue": ("usual_service_minutes", "checkin_early_minutes", "checkin_late_minutes"),
    "board": ("recent_calls", "chime", "announce"),
}

Settings = dict[str, dict[str, Any]]


class Refused(ValueError):
    """A version that must not be run; ``str()`` is the plain reason."""


def version_of(document: object) -> str:
    """A version's id: the hash of its content, whatever its layout or key order."""
    return hashlib.sha256(canonical_json(document).encode("utf-8")).hexdigest()[:16]


def _dump(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# -- the catalogue ---------------------------------------------------------------------------


def catalogue_label(document: dict[str, Any]) -> str:
    """The council's own name for a catalogue version (its ``catalogue_version``), or ""."""
    label = document.get("catalogue", {}).get("catalogue_version")
    return label[:80] if isinstance(label, str) else ""


def catalogue_files(document: dict[str, Any], running: Path) -> dict[str, bytes]:
    """A pulled catalogue as the files of a catalogue folder (the layout of assets/catalogue).

    Document types come with it when the service sends them, else they stay as ``running``
    (the catalogue folder in use) has them. The schemas are this software's own.
    """
    files = {
        CATALOGUE_FILE: _dump(document["catalogue"]),
        LIFE_EVENTS_FILE: _dump(document["life_events"]),
        FORM_SCHEMA: (SHIPPED_CATALOGUE / FORM_SCHEMA).read_bytes(),
        LIFE_EVENTS_SCHEMA: (SHIPPED_CATALOGUE / LIFE_EVENTS_SCHEMA).read_bytes(),
    }
    for index, form in enumerate(document["forms"]):
        form_id = form.get("id")
        if not isinstance(form_id, str) or not _FORM_ID.fullmatch(form_id):
            raise Refused(
                f"forms[{index}].id: {form_id!r} is not a form id (small letters, digits "
                "and dashes, starting with a letter)"
            )
        name = f"{FORMS_FOLDER}/{form_id}.json"
        if name in files:
            raise Refused(f"forms[{index}].id: two forms have the id {form_id!r}")
        files[name] = _dump(form)
    documents = document.get("documents")
    if documents is not None:
        files[DOCUMENTS_FILE] = _dump(documents)
    elif (running / DOCUMENTS_FILE).is_file():
        files[DOCUMENTS_FILE] = (running / DOCUMENTS_FILE).read_bytes()
    return files


def catalogue_problems(folder: Path) -> list[str]:
    """Every problem found in a catalogue folder, in plain words; empty when it is sound."""
    from core.document_types import load_document_types
    from core.form_catalogue import form_catalogue_problems, load_form_catalogue

    try:
        catalogue = load_catalogue(folder / CATALOGUE_FILE)
    except CatalogueError as exc:
        return [_plain(exc, folder)]
    codes = [s.code for s in catalogue.services]
    problems = [_plain(p, folder) for p in form_catalogue_problems(folder, codes)]
    if not problems:
        problems = _unfinishable(load_form_catalogue(folder, codes), folder)
    for index, service in enumerate(catalogue.services):
        if not _ICON.fullmatch(service.icon) or not (ICONS_DIR / f"{service.icon}.svg").is_file():
            problems.append(
                f"{CATALOGUE_FILE}: services[{index}].icon: this kiosk has no icon "
                f"{service.icon!r} (its icons are the .svg files in assets/icons)"
            )
    if (folder / DOCUMENTS_FILE).is_file():
        try:
            load_document_types(folder / DOCUMENTS_FILE)
        except CatalogueError as exc:
            problems.append(_plain(exc, folder))
    return problems


def same_catalogue(document: dict[str, Any], catalogue_path: Path) -> bool:
    """True when a pulled catalogue holds exactly what the folder of ``catalogue_path`` holds."""
    folder = catalogue_path.parent

    def read(path: Path) -> Any:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    here: dict[str, Any] = {
        "catalogue": read(catalogue_path),
        "forms": [read(p) for p in sorted((folder / FORMS_FOLDER).glob("*.json"))],
        "life_events": read(folder / LIFE_EVENTS_FILE),
    }
    if "documents" in document:
        here["documents"] = read(folder / DOCUMENTS_FILE)
    there = {key: document.get(key) for key in here}
    return canonical_json(here) == canonical_json(there)


def refusal_reason(problems: list[str]) -> str:
    """The first problem, and how many more, as one line."""
    more = len(problems) - 1
    return problems[0] + (f" (and {more} more problem{'s' if more > 1 else ''})" if more else "")


def _unfinishable(catalogue: FormCatalogue, folder: Path) -> list[str]:
    """Forms with a page no answer gets past (every branch walked, as catalogue check does)."""
    from core.form_walk import branches

    problems = []
    for form in catalogue.forms:
        for path in branches(form, date.today()):
            if path.stuck_at is not None:
                problems.append(
                    f"{_relative(form.source, folder)}: page {path.stuck_at}: "
                    "no answer gets past it"
                )
                break
    return problems


def _plain(exc: CatalogueError, folder: Path) -> str:
    return f"{_relative(exc.source, folder)}: {exc.where}: {exc.problem}"


def _relative(source: str, folder: Path) -> str:
    try:
        return Path(source).relative_to(folder).as_posix()
    except ValueError:
        return source


# -- settings --------------------------------------------------------------------------------


def remote_settings(document: dict[str, Any]) -> Settings:
    """The settings a version sets, if every one of them may be set remotely."""
    settings = document.get("settings")
    if not isinstance(settings, dict):
        raise Refused('settings: must be an object such as {"kiosk": {"idle_timeout_s": 60}}')
    for section, table in settings.items():
        if section not in DEFAULTS:
            raise Refused(f"{section}: {_unknown(section, list(DEFAULTS), 'section')}")
        if not isinstance(table, dict):
            raise Refused(f"{section}: must be an object of settings, got {table!r}")
        for key in table:
            if key not in DEFAULTS[section]:
                raise Refused(f"{section}.{key}: {_unknown(key, list(DEFAULTS[section]), 'key')}")
            if key not in REMOTE_SETTINGS.get(section, ()):
                allowed = ", ".join(f"{s}.{k}" for s, keys in REMOTE_SETTINGS.items() for k in keys)
                raise Refused(
                    f"{section}.{key}: cannot be set remotely; it stays in each terminal's own "
                    f"file (remotely: {allowed})"
                )
    return settings


def settings_config(config_file: Path | None, settings: Settings) -> TerminalConfig:
    """The terminal configuration these settings give, checked whole; Refused if it is not."""
    try:
        return load_config_with(config_file, settings)
    except ConfigError as exc:
        raise Refused(f"{exc.key}: {exc.problem}") from None


def describe_settings(settings: Settings) -> str:
    """``kiosk.idle_timeout_s=60, kiosk.languages=['en', 'so']``, for staff."""
    pairs = [f"{s}.{k}={v!r}" for s, t in sorted(settings.items()) for k, v in sorted(t.items())]
    return ", ".join(pairs) or "none (each terminal's own file)"


def _unknown(name: str, known: list[str], what: str) -> str:
    close = difflib.get_close_matches(name, known, n=1)
    hint = f"did you mean '{close[0]}'?" if close else f"known: {', '.join(sorted(known))}"
    return f"unknown {what}; {hint}"
