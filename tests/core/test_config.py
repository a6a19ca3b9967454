"""Terminal configuration: demo defaults, TOML overrides, and messages that say what to fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.config import DEMO_CATALOGUE, ConfigError, load_config
from core.languages import LANGUAGE_CODES


def write(folder: Path, text: str, name: str = "terminal.toml") -> Path:
    """A TOML file in the folder, written as UTF-8."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_embedded_defaults_run_the_demo_site() -> None:
    """With no file, the terminal is the offline demo kiosk at Idea Store Whitechapel."""
    config = load_config(None)
    assert config.site == "idea-store-whitechapel"
    assert config.role == "kiosk"
    assert config.languages == ("en", "bn", "so", "ur", "zh_CN", "pl")
    assert len(config.languages) == 6
    assert (config.idle_timeout_s, config.idle_grace_s) == (90, 20)
    assert config.default_language == "en"
    assert config.catalogue_path == DEMO_CATALOGUE
    assert config.catalogue_path.is_file()
    assert config.case_service_url == ""
    assert config.card_reader == "auto" and config.retired == ()
    assert config.source == "embedded defaults"


def test_a_toml_file_overrides_only_the_keys_it_names(tmp_path: Path) -> None:
    """Keys in the file win; everything else keeps the demo default."""
    path = write(
        tmp_path,
        '[terminal]\nid = "bow-kiosk-2"\nsite = "idea-store-bow"\n'
        '[kiosk]\nidle_timeout_s = 120\nlanguages = ["bn", "en"]\ndefault_language = "bn"\n'
        'theme = "contrast"\n'
        '[case_service]\nurl = "https://cases.example.gov.uk/api"\n',
    )
    config = load_config(path)
    assert config.terminal_id == "bow-kiosk-2"
    assert config.site == "idea-store-bow"
    assert config.idle_timeout_s == 120
    assert config.idle_grace_s == 20
    assert config.languages == ("bn", "en")
    assert config.default_language == "bn"
    assert config.theme == "contrast"
    assert config.case_service_url == "https://cases.example.gov.uk/api"
    assert config.role == "kiosk"
    assert config.source == str(path)


def test_relative_catalogue_path_is_found_beside_the_config_file(tmp_path: Path) -> None:
    """catalogue.path is read relative to the config file's folder, not the working folder."""
    site = tmp_path / "site"
    site.mkdir()
    path = write(site, '[catalogue]\npath = "catalogues/bow.json"\n')
    assert load_config(path).catalogue_path == site / "catalogues" / "bow.json"


def test_absolute_catalogue_path_is_kept(tmp_path: Path) -> None:
    """An absolute catalogue.path is used as given."""
    target = tmp_path / "elsewhere" / "c.json"
    path = write(tmp_path, f'[catalogue]\npath = "{target.as_posix()}"\n')
    assert load_config(path).catalogue_path == target


A_HASH = "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"

BAD_SETTINGS = [
    pytest.param(
        "[kiosk]\nidel_timeout_s = 30\n",
        "kiosk.idel_timeout_s",
        "did you mean 'idle_timeout_s'",
        id="misspelt-key",
    ),
    pytest.param("[kiosks]\nidle_timeout_s = 30\n", "kiosks", "did you mean 'kiosk'", id="section"),
    pytest.param(
        '[kiosk]\nidle_timeout_s = "ninety"\n',
        "kiosk.idle_timeout_s",
        "whole number",
        id="wrong-type",
    ),
    pytest.param(
        "[kiosk]\nidle_timeout_s = 90.5\n", "kiosk.idle_timeout_s", "whole number", id="fraction"
    ),
    pytest.param(
        "[kiosk]\nidle_timeout_s = true\n",
        "kiosk.idle_timeout_s",
        "whole number",
        id="boolean-as-number",
    ),
    pytest.param(
        "[kiosk]\nidle_timeout_s = 2\n",
        "kiosk.idle_timeout_s",
        "between 15 and 3600",
        id="too-small",
    ),
    pytest.param(
        "[kiosk]\nidle_grace_s = 100000\n",
        "kiosk.idle_grace_s",
        "between 5 and 300",
        id="too-large",
    ),
    pytest.param(
        '[terminal]\nrole = "manager"\n', "terminal.role", "kiosk, desk, board", id="bad-role"
    ),
    pytest.param(
        '[kiosk]\nlanguages = ["en", "fr"]\n',
        "kiosk.languages",
        "'fr' is not supported",
        id="unsupported-language",
    ),
    pytest.param(
        "[kiosk]\nlanguages = []\n", "kiosk.languages", "non-empty list", id="no-languages"
    ),
    pytest.param(
        '[kiosk]\ndefault_language = "ur"\nlanguages = ["en"]\n',
        "kiosk.default_language",
        "must be one of en",
        id="default-not-offered",
    ),
    pytest.param(
        '[staff]\nfloorwalker = ["assist", "fly"]\n',
        "staff.floorwalker",
        "'fly' is not a permission",
        id="unknown-permission",
    ),
    pytest.param(
        '[staff]\nmanager = "dashboard"\n', "staff.manager", "must be a list", id="not-a-list"
    ),
    pytest.param(
        '[case_service]\nurl = "http://cases.example.gov.uk"\n',
        "case_service.url",
        "https://",
        id="plain-http",
    ),
    pytest.param(
        '[terminal]\nid = "kiosk 1/../x"\n', "terminal.id", "letters, digits", id="bad-terminal-id"
    ),
    pytest.param(
        '[kiosk]\nfullscreen = "yes"\n', "kiosk.fullscreen", "true or false", id="bad-boolean"
    ),
    pytest.param(
        '[terminal]\ntimezone = "Mars/Olympus_Mons"\n',
        "terminal.timezone",
        "unknown time zone 'Mars/Olympus_Mons'; use one like Europe/London",
        id="unknown-time-zone",
    ),
    pytest.param(
        '[terminal]\ntimezone = "Europe"\n',
        "terminal.timezone",
        "unknown time zone 'Europe'; use one like Europe/London",
        id="time-zone-region-only",
    ),
    pytest.param(
        '[terminal]\ntimezone = "../../etc/passwd"\n',
        "terminal.timezone",
        "unknown time zone",
        id="time-zone-path",
    ),
    pytest.param("kiosk = 5\n", "kiosk", "[section] table", id="section-not-table"),
    pytest.param("[kiosk\nidle_timeout_s = 30\n", "(syntax)", "not valid TOML", id="bad-toml"),
    pytest.param(
        '[terminal]\nid = "a"\nid = "b"\n', "(syntax)", "not valid TOML", id="duplicate-key"
    ),
]


@pytest.mark.parametrize(("text", "key", "problem"), BAD_SETTINGS)
def test_each_bad_setting_is_named_with_its_problem(
    tmp_path: Path, text: str, key: str, problem: str
) -> None:
    """The error names the file, the key and what is wrong, so staff can fix it."""
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.key == key
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"{path}: {key}: ")


def test_the_old_exit_pin_is_ignored_with_a_reason_so_an_upgraded_kiosk_still_starts(
    tmp_path: Path,
) -> None:
    """Staff now sign in with their cards; a config from before still loads."""
    config = load_config(write(tmp_path, f'[kiosk]\nstaff_exit_pin_hash = "{A_HASH}"\n'))
    assert config.retired == (
        "kiosk.staff_exit_pin_hash: staff leave kiosk mode by signing in with their staff card",
    )


def test_what_each_staff_role_may_do_comes_from_the_config(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, '[staff]\ncard_reader = "OMNIKEY"\nreception = []\n'))
    assert config.card_reader == "OMNIKEY"
    assert config.staff_permissions is not None
    assert config.staff_permissions["reception"] == ()
    assert "dashboard" in config.staff_permissions["manager"]


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    """A path that does not exist says so."""
    path = tmp_path / "nowhere.toml"
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.key == "(file)"
    assert "does not exist" in caught.value.problem
    assert str(path) in str(caught.value)


def test_a_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    """A file saved in a legacy encoding is refused with a reason, not a traceback."""
    path = tmp_path / "latin1.toml"
    path.write_bytes('[terminal]\nsite_name = "Caf\u00e9 hub"\n'.encode("latin-1"))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.key == "(file)"
    assert "cannot be read" in caught.value.problem


def test_a_folder_given_as_the_config_is_named(tmp_path: Path) -> None:
    """Pointing --config at a folder is a readable error."""
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert caught.value.key == "(file)"


def test_every_supported_language_can_be_offered(tmp_path: Path) -> None:
    """Each language code in LANGUAGE_CODES is accepted on its own."""
    for code in LANGUAGE_CODES:
        text = f'[kiosk]\nlanguages = ["{code}"]\ndefault_language = "{code}"\n'
        assert load_config(write(tmp_path, text)).languages == (code,)


def test_printers_are_read_in_order_with_their_own_keys(tmp_path: Path) -> None:
    """[[printers]] tables keep their kind-specific keys for the printing package to check."""
    path = write(
        tmp_path,
        '[[printers]]\nname = "desk-roll"\nkind = "cups"\nqueue = "kiosk_roll"\n'
        'paper = "roll80"\n\n[[printers]]\nname = "thermal"\nkind = "escpos-network"\n'
        'host = "127.0.0.1"\nport = 9100\n',
    )
    config = load_config(path)
    assert [p["name"] for p in config.printers] == ["desk-roll", "thermal"]
    assert config.printers[0]["queue"] == "kiosk_roll"
    assert config.printers[1]["port"] == 9100
    assert load_config(None).printers == ()


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        ('[[printers]]\nname = "p"\nkind = "laser"\n', "printers[0].kind", "must be one of"),
        ('[[printers]]\nkind = "cups"\n', "printers[0]", "needs a name and a kind"),
        ('[[printers]]\nname = "bad name"\nkind = "cups"\n', "printers[0].name", "letters"),
        (
            '[[printers]]\nname = "p"\nkind = "file"\n[[printers]]\nname = "p"\nkind = "cups"\n',
            "printers",
            "two printers are named 'p'",
        ),
        ('printers = "cups"\n', "printers", "must be [[printers]] tables"),
    ],
)
def test_bad_printer_tables_are_named(tmp_path: Path, text: str, key: str, problem: str) -> None:
    """A broken [[printers]] table is refused with its index, key and the problem."""
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text))
    assert caught.value.key == key
    assert problem in caught.value.problem
