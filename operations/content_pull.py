"""``main.py sync --once`` checks and stages the catalogue and settings it pulls, and says so.

An operator at a terminal pulls by hand to see, there and then, whether what the council
publishes will run here: the same full check as a running terminal makes (ContentUpdates),
a good version staged exactly as the running terminal stages it, a bad one refused with its
reason. Nothing is applied here: the terminal applies a staged version at its next quiet
moment (a running one notices it within a minute) or its next start.

The journal is not opened: the terminal may be running and owns it (a second writer would
have to check and possibly set aside a journal in use). So a version refused or staged by
hand is not recorded as ``content.refused`` or ``content.staged``; the operator reads it on
the console, and ``main.py status`` shows it from the content folder.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from core.config import TerminalConfig
from operations.content_checks import CATALOGUE_FILE, catalogue_label, same_catalogue, version_of
from operations.content_updates import PULLED, ContentUpdates
from operations.content_versions import APPLIED, CATALOGUE, SETTINGS, ContentShelf


@dataclasses.dataclass(frozen=True, slots=True)
class PulledVersion:
    """What became of one pulled file: its kind, version, the council's label and the verdict."""

    kind: str
    version: str
    label: str
    verdict: str
    refused: bool = False

    def line(self) -> str:
        """One line for the console, in the style of ``main.py sync``'s summary."""
        named = f"version {self.version}" + (f" ({self.label})" if self.label else "")
        return f"{self.kind:<14} {named}: {self.verdict}"


def check_pulled(
    data_dir: Path, config_file: Path | None, config: TerminalConfig
) -> list[PulledVersion]:
    """Check and stage what the engine has pulled into ``central/``; what became of each."""
    shelf = ContentShelf(data_dir)
    running = _as_running(shelf, config)
    ContentUpdates(data_dir, config_file, running).check_kept()
    found = []
    for name, kind in PULLED.items():
        path = data_dir / "central" / name
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            continue
        except (OSError, ValueError) as exc:
            found.append(PulledVersion(kind, "?", "", f"cannot be read: {exc}", refused=True))
            continue
        if not isinstance(document, dict):
            found.append(PulledVersion(kind, "?", "", "is not a JSON object", refused=True))
            continue
        version = version_of(document)
        label = catalogue_label(document) if kind == CATALOGUE else ""
        in_use = _in_use(shelf, kind, version, document, running)
        found.append(PulledVersion(kind, version, label, *_verdict(shelf, kind, version, in_use)))
    return found


def _as_running(shelf: ContentShelf, config: TerminalConfig) -> TerminalConfig:
    """The terminal's configuration with the catalogue it runs now (an applied version's
    document types are what a pulled catalogue without its own would keep)."""
    applied = shelf.pointer(CATALOGUE, APPLIED)
    if applied is None:
        return config
    path = shelf.folder(CATALOGUE, applied.version) / CATALOGUE_FILE
    return dataclasses.replace(config, catalogue_path=path) if path.is_file() else config


def _in_use(
    shelf: ContentShelf, kind: str, version: str, document: dict[str, Any], running: TerminalConfig
) -> bool:
    """Whether the terminal runs this version now (as ContentUpdates judges it)."""
    applied = shelf.pointer(kind, APPLIED)
    if applied is not None:
        return applied.version == version
    if kind == SETTINGS:
        return document.get("settings") == {}
    return same_catalogue(document, running.catalogue_path)


def _verdict(shelf: ContentShelf, kind: str, version: str, in_use: bool) -> tuple[str, bool]:
    refusal = next(
        (r for r in reversed(shelf.refusals()) if (r.kind, r.version) == (kind, version)), None
    )
    if refusal is not None:
        return f"refused: {refusal.reason}", True
    waiting = shelf.waiting(kind)
    if waiting is not None and waiting.version == version:
        return "checked and staged; the terminal applies it when nobody is using it", False
    if in_use:
        return "already in use here", False
    # Staging failed (a full disk, say): the log says why, and the next pull tries again.
    return "not staged: see the log above", True
