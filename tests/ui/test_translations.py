"""The interface translations in assets/i18n: complete, faithful to placeholders, and loadable.

Each .ts file is the translators' source of truth; each .qm is what the kiosk loads. A string
added to kiosk/ or ui/ without translations fails ``scripts/i18n.sh --check``, which runs here.
"""

from __future__ import annotations

import ast
import dataclasses
import re
import subprocess
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from core.languages import LANGUAGES
from kiosk.language_picker import LanguagePicker
from ui.i18n import TRANSLATIONS_DIR, Translations

ROOT = Path(__file__).resolve().parents[2]
CODES = [lang.code for lang in LANGUAGES if lang.code != "en"]
PLACEHOLDER = re.compile(r"%\d")
# Labels on the touch buttons of the top and bottom bars have little room.
BAR_BUTTONS = (
    "Language",
    "Larger text",
    "High contrast",
    "Read aloud",
    "Back",
    "Start again",
    "Get help",
    "Staff",
)
BAR_LABEL_MAX = 18


@dataclasses.dataclass(frozen=True)
class Message:
    """One <message> of a .ts file."""

    context: str
    source: str
    translation: str
    state: str  # "" when finished; otherwise unfinished, vanished or obsolete


def ts_path(code: str) -> Path:
    return TRANSLATIONS_DIR / f"civic_kiosk_{code}.ts"


def qm_path(code: str) -> Path:
    return TRANSLATIONS_DIR / f"civic_kiosk_{code}.qm"


def messages(code: str) -> list[Message]:
    """Every message in the language's .ts file."""
    found = []
    for context in ET.parse(ts_path(code)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{code}: {name}: a message has no <translation>"
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    "".join(translation.itertext()),
                    translation.get("type", ""),
                )
            )
    return found


def load(code: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(qm_path(code))), f"{qm_path(code).name} does not load"
    return translator


def translated_classes() -> set[str]:
    """Names of the classes under kiosk/ and ui/ that call self.tr(...), and the contexts
    named outright in QCoreApplication.translate("Context", ...) calls."""
    names = set()
    for path in [*ROOT.glob("kiosk/**/*.py"), *ROOT.glob("ui/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                names.add(node.args[0].value)
            if isinstance(node, ast.ClassDef) and any(
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "tr"
                for call in ast.walk(node)
            ):
                names.add(node.name)
    return names


def test_every_offered_language_but_english_has_translations() -> None:
    """English is the source language; every other language in the picker has both files."""
    assert CODES == ["bn", "so", "ur", "zh_CN", "pl"]
    missing = [p.name for c in CODES for p in (ts_path(c), qm_path(c)) if not p.is_file()]
    assert not missing


@pytest.mark.parametrize("code", CODES)
def test_ts_file_declares_its_languages(code: str) -> None:
    root = ET.parse(ts_path(code)).getroot()
    assert (root.get("language"), root.get("sourcelanguage")) == (code, "en")


@pytest.mark.parametrize("code", CODES)
def test_qm_loads_and_is_not_empty(code: str) -> None:
    assert not load(code).isEmpty()


@pytest.mark.parametrize("code", CODES)
def test_contexts_are_the_classes_that_call_tr(code: str) -> None:
    """PySide6's self.tr() looks messages up under the Python class name."""
    contexts = {m.context for m in messages(code)}
    assert contexts == translated_classes()
    assert {"HomeScreen", "FeedbackPages", "KioskWindow", "StaffSignInPanel"} <= contexts


@pytest.mark.parametrize("code", CODES)
def test_every_message_is_finished_and_not_empty(code: str) -> None:
    found = messages(code)
    assert len(found) > 40
    not_done = [
        (m.context, m.source, m.state or "empty")
        for m in found
        if m.state or not m.translation.strip()
    ]
    assert not not_done


@pytest.mark.parametrize("code", CODES)
def test_translations_keep_the_placeholders(code: str) -> None:
    """The code fills %1 and %2 with str.replace, so each must survive exactly once as written."""
    wrong = [
        (m.context, m.source, m.translation)
        for m in messages(code)
        if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(m.translation))
    ]
    assert not wrong


@pytest.mark.parametrize("code", CODES)
def test_translations_are_not_left_in_english(code: str) -> None:
    same = [
        (m.context, m.source)
        for m in messages(code)
        if len(m.source) > 3 and m.translation.strip() == m.source.strip()
    ]
    assert not same


@pytest.mark.parametrize("code", CODES)
def test_bar_button_labels_are_short(code: str) -> None:
    labels = {m.source: m.translation for m in messages(code) if m.context == "KioskWindow"}
    assert set(BAR_BUTTONS) <= set(labels)
    long = {s: labels[s] for s in BAR_BUTTONS if len(labels[s]) > BAR_LABEL_MAX}
    assert not long


@pytest.mark.parametrize(
    ("context", "sentence", "label_context", "label"),
    [
        (
            "KioskWindow",
            "Read aloud is not available on this kiosk. Press Get help and a member of staff "
            "will come to help you.",
            "KioskWindow",
            "Get help",
        ),
        (
            "FeedbackPages",
            "Choose a service, or choose ‘Not about one service’.",
            "FeedbackPages",
            "Not about one service",
        ),
    ],
)
@pytest.mark.parametrize("code", CODES)
def test_sentences_name_buttons_as_the_buttons_say(
    code: str, context: str, sentence: str, label_context: str, label: str
) -> None:
    """A message that tells the resident which button to press quotes that button's own text."""
    translator = load(code)
    assert translator.translate(label_context, label) in translator.translate(context, sentence)


@pytest.mark.parametrize("code", CODES)
def test_qm_returns_every_translation_by_class_context(code: str) -> None:
    translator = load(code)
    wrong = [
        (m.context, m.source, translator.translate(m.context, m.source))
        for m in messages(code)
        if translator.translate(m.context, m.source) != m.translation
    ]
    assert not wrong


@pytest.mark.parametrize(
    ("context", "source"),
    [
        ("KioskWindow", "Get help"),
        ("KioskWindow", "Start again"),
        ("HomeScreen", "Welcome to %1"),
        ("FeedbackPages", "%1 of %2 characters"),
        ("IdlePrompt", "This screen will clear in %1 seconds to protect your privacy."),
        ("LanguagePicker", "Choose your language"),
        ("ServicesInfo", "Which service do you need?"),
        ("StaffSignInPanel", "Enter your card PIN."),
    ],
)
@pytest.mark.parametrize("code", CODES)
def test_sample_lookups(code: str, context: str, source: str) -> None:
    text = load(code).translate(context, source)
    assert text
    assert text != source
    assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source))
    # The wrong context finds nothing: contexts matter.
    assert load(code).translate("NoSuchClass", source) == ""


@pytest.fixture
def translations(qapp: object) -> Iterator[Translations]:
    """The kiosk's own translation switcher, put back to English afterwards."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    switcher = Translations(app)
    try:
        yield switcher
    finally:
        switcher.switch("en")


@pytest.mark.parametrize("code", CODES)
def test_a_screen_shows_the_translation_through_self_tr(
    code: str, qtbot: QtBot, translations: Translations
) -> None:
    """End to end: ui.i18n installs the .qm and a real screen's self.tr() picks it up."""
    picker = LanguagePicker(("en", code))
    qtbot.addWidget(picker)
    assert translations.switch(code)
    picker.retranslate(code)
    expected = load(code).translate("LanguagePicker", "Choose your language")
    assert picker.heading.text() == expected != "Choose your language"


def _snapshot() -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in TRANSLATIONS_DIR.iterdir()}


def test_i18n_check_passes_quickly_and_touches_nothing() -> None:
    """`scripts/i18n.sh --check` passes, so no string in kiosk/ or ui/ is left untranslated."""
    before = _snapshot()
    started = time.monotonic()
    result = subprocess.run(
        ["bash", "scripts/i18n.sh", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    took = time.monotonic() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert took < 10, f"--check took {took:.1f}s"
    assert _snapshot() == before, "--check changed files in assets/i18n"
