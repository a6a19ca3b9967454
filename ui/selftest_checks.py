"""The self-test's Qt checks: the display, a font for each language, and speech voices.

Each check runs in a child process (``python -m ui.selftest_checks display|fonts|speech``)
started by operations/selftest_qt.py, and prints one JSON object per line:
``{"check": ..., "outcome": "OK" | "FAILED" | "SKIPPED", "detail": ...}``. A child, because
Qt aborts the whole process (SIGABRT, no exception) when its platform plugin cannot reach a
display: the self-test must outlive that to say so. Fonts and speech need no display and run
on the offscreen platform, so they are still checked on a terminal whose display is down.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from core.languages import Language, language

OK, FAILED, SKIPPED = "OK", "FAILED", "SKIPPED"

# A few words each language's screens really show, in its own script: a font that lacks any
# of these letters would show residents boxes. Polish carries its accented letters.
SAMPLES = {
    "en": "Take a ticket",
    "bn": "টিকিট নিন, ক্ষমা",
    "so": "Qaado tigidh",
    "ur": "ٹکٹ لیں",
    "zh_CN": "取号排队",
    "pl": "Zażółć gęślą jaźń",
}
FONT_PACKAGES = {"Noto Sans CJK SC": "fonts-noto-cjk"}  # every other Noto family: fonts-noto-core


def result(check: str, outcome: str, detail: str) -> dict[str, str]:
    """One check's line of the report, as the child prints it."""
    return {"check": check, "outcome": outcome, "detail": detail}


def check_display() -> Iterator[dict[str, str]]:
    """Start a QGuiApplication on the platform the environment names; report its screen."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    assert isinstance(app, QGuiApplication)
    platform = QGuiApplication.platformName()
    if not QGuiApplication.screens():
        yield result("display", FAILED, f"Qt started on {platform} but found no screen")
        return
    size = app.primaryScreen().size()
    yield result("display", OK, f"{platform}, screen {size.width()} x {size.height()}")


def check_fonts(codes: list[str]) -> Iterator[dict[str, str]]:
    """For each language: its font family is installed and draws a sample of its script."""
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    installed = set(QFontDatabase.families())
    for code in codes:
        lang = language(code)
        name = f"font {code}"
        family = lang.font_family
        package = FONT_PACKAGES.get(family, "fonts-noto-core")
        if family not in installed:
            yield result(
                name,
                FAILED,
                f"the font {family!r} for {lang.english_name} is not installed, so residents "
                f"would see boxes or the wrong letter forms (install the package {package})",
            )
            continue
        raw = QRawFont.fromFont(QFont(family))
        sample = SAMPLES.get(code, lang.endonym)
        missing = sorted(
            {c for c in sample if not c.isspace() and not raw.supportsCharacter(ord(c))}
        )
        if raw.familyName() != family or missing:
            yield result(
                name,
                FAILED,
                f"{family!r} cannot draw {lang.english_name}: missing {''.join(missing)!r} "
                f"(got {raw.familyName()!r}; reinstall the package {package})",
            )
            continue
        yield result(name, OK, f"{family} draws {lang.english_name} ({sample})")


def check_speech(engine: str, codes: list[str]) -> Iterator[dict[str, str]]:
    """The speech engine starts, and each language has a voice (or falls back, said so)."""
    if not engine:
        yield result("speech", SKIPPED, "read aloud is off (kiosk.speech_engine = none)")
        return
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtTextToSpeech import QTextToSpeech

    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    engines = QTextToSpeech.availableEngines()
    if engine not in engines:
        yield result(
            "speech",
            FAILED,
            f"Qt's {engine} speech engine is not installed (found: {', '.join(engines) or 'none'})"
            "; read aloud cannot speak",
        )
        return
    tts = QTextToSpeech(engine)
    if tts.state() == QTextToSpeech.State.Error:
        yield result(
            "speech",
            FAILED,
            f"the {engine} engine did not start: {tts.errorString() or 'no reason given'} "
            "(is speech-dispatcher installed and allowed to start?); read aloud cannot speak",
        )
        return
    locales = {loc.name() for loc in tts.availableLocales()}
    yield result("speech", OK, f"the {engine} engine started with {len(locales)} languages")
    for code in codes:
        yield _voice(tts, language(code), locales, engine, QLocale)


def _voice(
    tts: object, lang: Language, locales: set[str], engine: str, locale_type: type
) -> dict[str, str]:
    name = f"voice {lang.code}"
    if not lang.speech_locale:
        return result(
            name,
            SKIPPED,
            f"no {lang.english_name} voice exists for any engine; read aloud speaks English "
            "and shows the text",
        )
    if lang.speech_locale not in locales:
        return result(
            name,
            FAILED,
            f"{engine} has no voice for {lang.speech_locale}: {lang.english_name} residents "
            "will hear English instead",
        )
    tts.setLocale(locale_type(lang.speech_locale))  # type: ignore[attr-defined]
    voice = tts.voice().name()  # type: ignore[attr-defined]
    return result(name, OK, f"{lang.english_name} is spoken by {voice!r} ({lang.speech_locale})")


def main(argv: list[str] | None = None) -> int:
    """Run one group of checks and print a JSON line per result."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("group", choices=("display", "fonts", "speech"))
    parser.add_argument("--languages", default="en", help="language codes, comma-separated")
    parser.add_argument("--engine", default="", help="speech engine (empty: read aloud off)")
    args = parser.parse_args(argv)
    codes = [c for c in args.languages.split(",") if c]
    if args.group == "display":
        found = check_display()
    elif args.group == "fonts":
        found = check_fonts(codes)
    else:
        found = check_speech(args.engine, codes)
    for line in found:
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
