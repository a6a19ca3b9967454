"""Terminal configuration: one TOML file per terminal, laid over embedded demo defaults."""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.languages import LANGUAGE_CODES

ASSETS_DIR = Path(__file__).resolve().parent.parent / "assets"
DEMO_CATALOGUE = ASSETS_DIR / "catalogue" / "demo-idea-store.json"
DEMO_APPOINTMENTS = ASSETS_DIR / "demo" / "appointments.json"
DEMO_STAFF = ASSETS_DIR / "demo" / "staff.json"
DEMO_ADDRESSES = ASSETS_DIR / "demo" / "addresses.json"
SCANNERS = ("auto", "sane", "camera", "simulated", "none")
DEMO_PEER_KEY = "demo-site-key-change-me"
ROLES = ("kiosk", "desk", "board", "floorwalker")
STAFF_ROLES = ("floorwalker", "reception", "manager")
STAFF_PERMISSIONS = ("assist", "answer_help", "leave_kiosk", "dashboard")
# Keys older versions read, now ignored (with a warning) so an upgraded terminal still starts.
RETIRED_KEYS = {
    "kiosk.staff_exit_pin_hash": "staff leave kiosk mode by signing in with their staff card",
}
THEMES = ("normal", "large", "contrast")
SPEECH_ENGINES = ("auto", "speechd", "mock", "none")
PRINTER_KINDS = ("cups", "escpos-network", "escpos-serial", "escpos-usb", "file")

# The demo site runs offline with no case service. The public key is the demo council's;
# its private half lives only with the reference case service.
DEFAULTS: dict[str, dict[str, Any]] = {
    "terminal": {
        "id": "demo-kiosk-1",
        "site": "idea-store-whitechapel",
        "site_name": "Idea Store Whitechapel",
        "role": "kiosk",
        "timezone": "Europe/London",
        "ticket_block": 1,
    },
    "kiosk": {
        "languages": list(LANGUAGE_CODES),
        "default_language": "en",
        "idle_timeout_s": 90,
        "idle_grace_s": 20,
        "theme": "normal",
        "fullscreen": True,
        "speech_engine": "auto",
        "scanner": "auto",
    },
    # Staff sign in with their smart card (core/staff_cards.py); what each role may do here.
    "staff": {
        "card_reader": "auto",
        "floorwalker": ["assist", "answer_help", "leave_kiosk"],
        "reception": ["assist", "answer_help"],
        "manager": ["assist", "answer_help", "leave_kiosk", "dashboard"],
    },
    "catalogue": {"path": ""},
    "site": {
        "listen": "",
        "peers": [],
        "peer_key": "demo-site-key-change-me",
        "appointments_path": "",
        "staff_path": "",
        "addresses_path": "",
        "closing_time": "19:00",
    },
    "queue": {
        "usual_service_minutes": 8,
        "checkin_early_minutes": 30,
        "checkin_late_minutes": 15,
    },
    "desk": {"name": "Desk 1", "services": []},
    "board": {"recent_calls": 6, "chime": True, "announce": True},
    "sealing": {"council_public_key": "hKMuh25hH4KGUz0bnQu0Wo7kzjkHW46ul2HPjmSKdTg="},
    "case_service": {
        "url": "",
        "retention_days": 30,
        "pull_every_s": 300,
        "heartbeat_seconds": 60,
    },
}


def _loopback_http(url: str) -> bool:
    """http:// to this machine only (a case service on the same host, or tests)."""
    from urllib.parse import urlsplit

    split = urlsplit(url)
    return split.scheme == "http" and split.hostname in ("127.0.0.1", "localhost", "::1")


def _web_address(url: str) -> bool:
    """True when ``url`` reads as a web address with a host (and a port 0-65535, if any).

    urlsplit raises ValueError for a broken one (``https://cases.e[xample``, a port of
    ``99999``), which would otherwise surface later as the sync engine failing to start.
    """
    from urllib.parse import urlsplit

    try:
        split = urlsplit(url)
        _ = split.port
    except ValueError:
        return False
    return bool(split.hostname)


class ConfigError(ValueError):
    """A configuration problem, naming the file, the key and what is wrong."""

    def __init__(self, source: str, key: str, problem: str) -> None:
        super().__init__(f"{source}: {key}: {problem}")
        self.source = source
        self.key = key
        self.problem = problem


@dataclass(frozen=True, slots=True)
class TerminalConfig:
    """Everything one terminal needs to know about itself.

    Attributes:
        terminal_id: unique within the council; the journal's ``origin``.
        site: the site id shared by all terminals in one building.
        site_name: shown on screens and printouts.
        role: kiosk, desk, board or floorwalker.
        languages: offered in the language picker, first is the default.
        idle_timeout_s: quiet seconds before asking "Do you need more time?".
        idle_grace_s: seconds to answer before the session is wiped.
        theme: normal, large or contrast.
        fullscreen: kiosk mode; off only for development.
        speech_engine: Qt TextToSpeech engine: auto, speechd, mock or none.
        card_reader: the staff card reader: auto (the first PC/SC reader), none, or part of
            a reader's name.
        staff_permissions: for each staff role, what it may do here (core.staff_permissions).
        retired: keys in the file that this version ignores, with why, for a warning.
        catalogue_path: the service catalogue JSON.
        council_public_key: base64 X25519 key that resident data is sealed to.
        case_service_url: empty until a case service is configured.
        retention_days: sealed files central has acknowledged are deleted after this many days.
        pull_every_s: how often the catalogue, settings, appointments and roster are asked for.
        heartbeat_seconds: how often the terminal sends its health to the case service (10 to
            3600); the council's list flags a terminal silent after a few missed beats.
        timezone: the site's IANA time zone; the queue's day starts at local midnight.
        ticket_block: 1 to 9, unique among a site's ticket-issuing terminals; this terminal's
            ticket numbers end in this digit, so terminals never clash.
        listen: ``host:port`` this terminal serves its site events on; empty for none.
        peers: the other terminals' ``http://host:port`` addresses at this site.
        peer_key: the site's shared key that peers sign requests with.
        appointments_path: today's appointments (the demo site's list by default).
        staff_path: the staff directory visitors choose their host from.
        addresses_path: the gazetteer extract that postcode questions look addresses up in.
        scanner: the document scanner: auto (a SANE scanner if one is found, else the
            simulated one), sane (the first SANE scanner, or ``sane:<device>``), camera (a
            document camera, or ``camera:<name>``), simulated (demo) or none.
        closing_time: local time visitors still signed in are signed out.
        usual_service_minutes: a conversation's length before any finish today.
        checkin_early_minutes, checkin_late_minutes: the appointment check-in window.
        desk_name: how the board names this desk, e.g. "Desk 3".
        desk_services: services this desk is skilled for (empty means all).
        board_recent_calls: how many past calls the board lists.
        board_chime, board_announce: sound and speech for each call on the board.
        printers: ``[[printers]]`` tables (name, kind and the kind's own keys); empty means
            the demo's file printer in the data folder.
        source: where the configuration came from, for messages.
    """

    terminal_id: str
    site: str
    site_name: str
    role: str
    languages: tuple[str, ...]
    default_language: str
    idle_timeout_s: int
    idle_grace_s: int
    theme: str
    fullscreen: bool
    speech_engine: str
    catalogue_path: Path
    council_public_key: str
    case_service_url: str
    source: str
    printers: tuple[dict[str, Any], ...] = ()
    timezone: str = "Europe/London"
    ticket_block: int = 1
    listen: str = ""
    peers: tuple[str, ...] = ()
    peer_key: str = DEMO_PEER_KEY
    appointments_path: Path = DEMO_APPOINTMENTS
    staff_path: Path = DEMO_STAFF
    addresses_path: Path = DEMO_ADDRESSES
    scanner: str = "auto"
    closing_time: str = "19:00"
    usual_service_minutes: int = 8
    checkin_early_minutes: int = 30
    checkin_late_minutes: int = 15
    desk_name: str = "Desk 1"
    desk_services: tuple[str, ...] = ()
    board_recent_calls: int = 6
    board_chime: bool = True
    board_announce: bool = True
    retention_days: int = 30
    pull_every_s: int = 300
    heartbeat_seconds: int = 60
    card_reader: str = "auto"
    staff_permissions: dict[str, tuple[str, ...]] | None = None
    retired: tuple[str, ...] = ()


def default_data_dir(terminal_id: str) -> Path:
    """Where a terminal keeps its journal when no ``--data`` is given (XDG data home)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "civic-kiosk" / terminal_id


def load_config(path: Path | None = None) -> TerminalConfig:
    """Read a terminal's TOML file over the embedded defaults; no file means the demo site."""
    if path is None:
        return _build({}, "embedded defaults", ASSETS_DIR)
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(source, "(file)", "the file does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(source, "(file)", f"cannot be read: {exc}") from None
    import tomllib  # only terminals with a config file pay for the parser

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(source, "(syntax)", f"not valid TOML: {exc}") from None
    except RecursionError:  # a = [[[[... a thousand deep: no configuration nests like that
        raise ConfigError(source, "(syntax)", "lists or tables are nested too deeply") from None
    return _build(raw, source, path.parent)


def load_config_with(path: Path | None, settings: dict[str, dict[str, Any]]) -> TerminalConfig:
    """The terminal's file with remotely managed settings laid over it (they win key by key),
    checked exactly as the file is; ConfigError names the key (operations/content_checks.py
    decides which keys may be sent)."""
    own = load_config(path)  # the file alone must be sound first
    raw: dict[str, Any] = {}
    if path is not None:
        import tomllib

        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    for section, values in settings.items():
        table = raw.get(section, {})
        raw[section] = {**(table if isinstance(table, dict) else {}), **values}
    return _build(raw, own.source, path.parent if path is not None else ASSETS_DIR)


def _build(raw: dict[str, Any], source: str, base: Path) -> TerminalConfig:
    raw = dict(raw)
    printers = _printers(raw.pop("printers", []), source)
    retired = _drop_retired(raw)
    merged = _merge(raw, source)
    t, k = merged["terminal"], merged["kiosk"]
    check = _Checker(source)
    terminal_id = check.identifier("terminal.id", t["id"])
    site = check.identifier("terminal.site", t["site"])
    site_name = check.text("terminal.site_name", t["site_name"], max_len=80)
    role = check.choice("terminal.role", t["role"], ROLES)
    languages = check.languages("kiosk.languages", k["languages"])
    default_language = check.choice("kiosk.default_language", k["default_language"], languages)
    idle_timeout = check.whole("kiosk.idle_timeout_s", k["idle_timeout_s"], 15, 3600)
    idle_grace = check.whole("kiosk.idle_grace_s", k["idle_grace_s"], 5, 300)
    theme = check.choice("kiosk.theme", k["theme"], THEMES)
    fullscreen = check.boolean("kiosk.fullscreen", k["fullscreen"])
    speech = check.choice("kiosk.speech_engine", k["speech_engine"], SPEECH_ENGINES)
    staff_table = merged["staff"]
    permissions = {
        role: check.permissions(f"staff.{role}", staff_table[role]) for role in STAFF_ROLES
    }
    catalogue = check.text("catalogue.path", merged["catalogue"]["path"], max_len=4096)
    key = check.text("sealing.council_public_key", merged["sealing"]["council_public_key"], 100)
    url = check.text("case_service.url", merged["case_service"]["url"], max_len=2048)
    if url and not _web_address(url):
        raise ConfigError(
            source,
            "case_service.url",
            f"is not a web address such as https://cases.example, got {url!r}",
        )
    if url and not (url.startswith("https://") or _loopback_http(url)):
        raise ConfigError(
            source,
            "case_service.url",
            "must start with https:// (TLS is required; plain http only to this machine)",
        )
    site_table, queue, desk, board = (
        merged["site"],
        merged["queue"],
        merged["desk"],
        merged["board"],
    )
    appointments = check.text("site.appointments_path", site_table["appointments_path"], 4096)
    staff = check.text("site.staff_path", site_table["staff_path"], 4096)
    addresses = check.text("site.addresses_path", site_table["addresses_path"], 4096)
    return TerminalConfig(
        timezone=check.timezone("terminal.timezone", t["timezone"]),
        ticket_block=check.whole("terminal.ticket_block", t["ticket_block"], 1, 9),
        listen=check.listen("site.listen", site_table["listen"]),
        peers=check.peers("site.peers", site_table["peers"]),
        peer_key=check.text("site.peer_key", site_table["peer_key"], max_len=200),
        appointments_path=(base / appointments) if appointments else DEMO_APPOINTMENTS,
        staff_path=(base / staff) if staff else DEMO_STAFF,
        addresses_path=(base / addresses) if addresses else DEMO_ADDRESSES,
        scanner=check.scanner("kiosk.scanner", k["scanner"]),
        closing_time=check.clock("site.closing_time", site_table["closing_time"]),
        usual_service_minutes=check.whole(
            "queue.usual_service_minutes", queue["usual_service_minutes"], 1, 240
        ),
        checkin_early_minutes=check.whole(
            "queue.checkin_early_minutes", queue["checkin_early_minutes"], 0, 240
        ),
        checkin_late_minutes=check.whole(
            "queue.checkin_late_minutes", queue["checkin_late_minutes"], 0, 240
        ),
        desk_name=check.text("desk.name", desk["name"], max_len=24),
        desk_services=check.codes("desk.services", desk["services"]),
        board_recent_calls=check.whole("board.recent_calls", board["recent_calls"], 1, 20),
        board_chime=check.boolean("board.chime", board["chime"]),
        board_announce=check.boolean("board.announce", board["announce"]),
        terminal_id=terminal_id,
        site=site,
        site_name=site_name,
        role=role,
        languages=languages,
        default_language=default_language,
        idle_timeout_s=idle_timeout,
        idle_grace_s=idle_grace,
        theme=theme,
        fullscreen=fullscreen,
        speech_engine=speech,
        card_reader=check.text("staff.card_reader", staff_table["card_reader"], max_len=200),
        staff_permissions=permissions,
        retired=tuple(f"{key}: {why}" for key, why in RETIRED_KEYS.items() if key in retired),
        catalogue_path=(base / catalogue) if catalogue else DEMO_CATALOGUE,
        council_public_key=key,
        case_service_url=url,
        source=source,
        printers=printers,
        retention_days=check.whole(
            "case_service.retention_days", merged["case_service"]["retention_days"], 1, 3650
        ),
        pull_every_s=check.whole(
            "case_service.pull_every_s", merged["case_service"]["pull_every_s"], 1, 86400
        ),
        heartbeat_seconds=check.whole(
            "case_service.heartbeat_seconds",
            merged["case_service"]["heartbeat_seconds"],
            10,
            3600,
        ),
    )


def _printers(raw: object, source: str) -> tuple[dict[str, Any], ...]:
    """Check each ``[[printers]]`` table's name and kind; the kind's own keys are checked
    when the printer is built, with messages that name them."""
    if not isinstance(raw, list):
        raise ConfigError(source, "printers", "must be [[printers]] tables")
    check = _Checker(source)
    names: list[str] = []
    for index, table in enumerate(raw):
        where = f"printers[{index}]"
        if not isinstance(table, dict):
            raise ConfigError(source, where, "must be a [[printers]] table")
        if "name" not in table or "kind" not in table:
            raise ConfigError(source, where, "needs a name and a kind")
        names.append(check.identifier(f"{where}.name", table["name"]))
        check.choice(f"{where}.kind", table["kind"], PRINTER_KINDS)
    for name in names:
        if names.count(name) > 1:
            raise ConfigError(source, "printers", f"two printers are named {name!r}")
    return tuple(dict(t) for t in raw)


def _drop_retired(raw: dict[str, Any]) -> set[str]:
    """Take out keys this version no longer reads; which ones, for a warning."""
    found: set[str] = set()
    for dotted in RETIRED_KEYS:
        section, key = dotted.split(".", 1)
        table = raw.get(section)
        if isinstance(table, dict) and key in table:
            raw[section] = {k: v for k, v in table.items() if k != key}
            found.add(dotted)
    return found


def _merge(raw: dict[str, Any], source: str) -> dict[str, dict[str, Any]]:
    merged = {section: dict(values) for section, values in DEFAULTS.items()}
    for section, values in raw.items():
        if section not in DEFAULTS:
            raise ConfigError(source, section, _unknown(section, DEFAULTS))
        if not isinstance(values, dict):
            raise ConfigError(source, section, "must be a [section] table")
        for key, value in values.items():
            if key not in DEFAULTS[section]:
                raise ConfigError(source, f"{section}.{key}", _unknown(key, DEFAULTS[section]))
            merged[section][key] = value
    return merged


def _unknown(name: str, known: dict[str, Any]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    hint = f"; did you mean '{close[0]}'?" if close else f"; known: {', '.join(sorted(known))}"
    return f"unknown key{hint}"


class _Checker:
    """Type and range checks that name the key in every message."""

    def __init__(self, source: str) -> None:
        self.source = source

    def _fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(self.source, key, problem)

    def text(self, key: str, value: object, max_len: int) -> str:
        if not isinstance(value, str):
            raise self._fail(key, f"must be text in quotes, got {type(value).__name__} {value!r}")
        if len(value) > max_len:
            raise self._fail(key, f"must be at most {max_len} characters, got {len(value)}")
        return value

    def identifier(self, key: str, value: object) -> str:
        text = self.text(key, value, max_len=64)
        if not text or not all(c.isascii() and (c.isalnum() or c in "-_.") for c in text):
            raise self._fail(key, f"must be letters, digits, '-', '_' or '.', got {text!r}")
        return text

    def scanner(self, key: str, value: object) -> str:
        """One of SCANNERS, or ``sane:<device>`` / ``camera:<name>`` naming one."""
        if isinstance(value, str) and value.partition(":")[0] in ("sane", "camera"):
            kind, colon, name = value.partition(":")
            if colon and (not name.strip() or len(name) > 200 or not name.isprintable()):
                raise self._fail(key, f"names no {kind} device; got {value!r}")
            return value
        return self.choice(key, value, SCANNERS)

    def choice(self, key: str, value: object, options: tuple[str, ...]) -> str:
        if value not in options:
            raise self._fail(key, f"must be one of {', '.join(options)}; got {value!r}")
        return str(value)

    def whole(self, key: str, value: object, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._fail(key, f"must be a whole number, got {value!r}")
        if not low <= value <= high:
            raise self._fail(key, f"must be between {low} and {high}, got {value}")
        return value

    def boolean(self, key: str, value: object) -> bool:
        if not isinstance(value, bool):
            raise self._fail(key, f"must be true or false, got {value!r}")
        return value

    def timezone(self, key: str, value: object) -> str:
        name = self.text(key, value, max_len=64)
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            # OSError: a region's folder ("Europe") is a directory in the tz database.
            raise self._fail(
                key, f"unknown time zone {name!r}; use one like Europe/London"
            ) from None
        return name

    def clock(self, key: str, value: object) -> str:
        text = self.text(key, value, max_len=5)
        hours, _, minutes = text.partition(":")
        # isascii: "²" is a digit to isdigit(), but int() refuses it.
        digits = text.isascii() and hours.isdigit() and minutes.isdigit()
        if not (digits and int(hours) < 24 and int(minutes) < 60):
            raise self._fail(key, f"must be a 24-hour time such as 19:00, got {text!r}")
        return f"{int(hours):02d}:{int(minutes):02d}"

    def listen(self, key: str, value: object) -> str:
        text = self.text(key, value, max_len=100)
        if text:
            host, _, port = text.rpartition(":")
            if not (host and port.isascii() and port.isdigit() and 0 <= int(port) <= 65535):
                raise self._fail(key, f"must be host:port such as 0.0.0.0:8701, got {text!r}")
        return text

    def peers(self, key: str, value: object) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise self._fail(key, 'must be a list such as ["http://10.0.0.12:8701"]')
        for peer in value:
            if not isinstance(peer, str) or not peer.startswith(("http://", "https://")):
                raise self._fail(key, f"each peer must be an http:// address, got {peer!r}")
        return tuple(value)

    def permissions(self, key: str, value: object) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
            raise self._fail(key, 'must be a list such as ["assist", "leave_kiosk"]')
        for permission in value:
            if permission not in STAFF_PERMISSIONS:
                known = ", ".join(STAFF_PERMISSIONS)
                raise self._fail(key, f"{permission!r} is not a permission; use {known}")
        return tuple(value)

    def codes(self, key: str, value: object) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(c, str) and c for c in value):
            raise self._fail(key, 'must be a list of service codes such as ["housing"]')
        return tuple(value)

    def languages(self, key: str, value: object) -> tuple[str, ...]:
        if not isinstance(value, list) or not value:
            raise self._fail(key, 'must be a non-empty list such as ["en", "bn"]')
        for code in value:
            if code not in LANGUAGE_CODES:
                raise self._fail(key, f"{code!r} is not supported; use {', '.join(LANGUAGE_CODES)}")
        return tuple(value)
