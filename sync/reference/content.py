"""What the case service hands out to terminals: catalogue, forms, appointments and roster.

The content folder has the layout of the repository's ``assets/`` folder, so the demo works
as it is; a council adds its own files per site::

    catalogue/demo-idea-store.json      the service catalogue
    catalogue/forms/*.json              form definitions (in file-name order)
    catalogue/life-events.json          life events
    catalogue/documents.json            document types residents send for their case (optional)
    demo/appointments.json              appointments for a site with none of its own
    demo/staff.json                     the roster for a site with none of its own
    sites/<site>/appointments/<YYYY-MM-DD>.json   a site's appointments on one day
    sites/<site>/staff.json             a site's roster
    sites/<site>/settings.json          a site's remotely managed settings (optional), e.g.
                                        {"settings": {"kiosk": {"idle_timeout_s": 60}}}

Files are read on every request, so a council can replace them while the service runs.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from core.events import JsonObject

CATALOGUE = Path("catalogue/demo-idea-store.json")
FORMS = Path("catalogue/forms")
LIFE_EVENTS = Path("catalogue/life-events.json")
DOCUMENTS = Path("catalogue/documents.json")
DEMO_APPOINTMENTS = Path("demo/appointments.json")
DEMO_ROSTER = Path("demo/staff.json")
SITES = Path("sites")
_SITE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


class ContentProblem(ValueError):
    """A content file is missing or is not the JSON it should be; names the file."""


class CouncilContent:
    """Reads the content folder; every answer is a fresh JSON object."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def check(self) -> None:
        """Read everything once, so a broken folder stops the service at start-up."""
        self.catalogue()
        self._read(DEMO_APPOINTMENTS, "appointments")
        self._read(DEMO_ROSTER, "staff")

    def catalogue(self) -> JsonObject:
        """``{"catalogue", "forms", "life_events"}``, and ``"documents"`` if the folder has them."""
        forms_dir = self.root / FORMS
        forms = [self._read(p.relative_to(self.root)) for p in sorted(forms_dir.glob("*.json"))]
        answer = {
            "catalogue": self._read(CATALOGUE),
            "forms": forms,
            "life_events": self._read(LIFE_EVENTS),
        }
        if (self.root / DOCUMENTS).is_file():
            answer["documents"] = self._read(DOCUMENTS, "documents")
        return answer

    def settings(self, site: str) -> JsonObject:
        """``{"settings": {section: {key: value}}}`` for the site; none set: an empty object.

        Only the shape is checked here: each terminal checks which keys it may take, and
        records a refusal with its reason, so a council sees what its terminals made of it.
        """
        own = SITES / _site_folder(site) / "settings.json"
        if not (self.root / own).is_file():
            return {"settings": {}}
        value = self._read(own)
        if not isinstance(value.get("settings"), dict):
            raise ContentProblem(f"{self.root / own}: should have a 'settings' object")
        return {"settings": value["settings"]}

    def appointments(self, site: str, day: date) -> JsonObject:
        """The site's appointments on ``day``, or the demo list when the site has none."""
        own = SITES / _site_folder(site) / "appointments" / f"{day.isoformat()}.json"
        if (self.root / own).is_file():
            return self._read(own, "appointments")
        return self._read(DEMO_APPOINTMENTS, "appointments")

    def roster(self, site: str) -> JsonObject:
        """``{"staff": [...]}`` for the site, or the demo roster when the site has none."""
        own = SITES / _site_folder(site) / "staff.json"
        if (self.root / own).is_file():
            return {"staff": self._read(own, "staff")["staff"]}
        return {"staff": self._read(DEMO_ROSTER, "staff")["staff"]}

    def _read(self, relative: Path, must_have: str | None = None) -> JsonObject:
        path = self.root / relative
        try:
            value: Any = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ContentProblem(f"{path}: the file is missing") from None
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise ContentProblem(f"{path}: cannot be read as JSON ({exc})") from None
        if not isinstance(value, dict):
            raise ContentProblem(f"{path}: should hold a JSON object")
        if must_have is not None and not isinstance(value.get(must_have), list):
            raise ContentProblem(f"{path}: should have a {must_have!r} list")
        return value


def _site_folder(site: str) -> str:
    """The site's folder name; a site id that could leave the folder is refused."""
    if not _SITE_NAME.fullmatch(site) or ".." in site:
        raise ContentProblem(f"{site!r} is not a site name")
    return site
