#!/usr/bin/env bash
# Interface translations: regenerate assets/i18n/*.ts from the sources and compile them to .qm.
#
#   bash scripts/i18n.sh          update every .ts from kiosk/ and ui/, then release each to .qm
#   bash scripts/i18n.sh --check  change nothing; exit 1 if a message is unfinished, untranslated,
#                                 vanished (the sources moved on) or lost a %1/%2 placeholder,
#                                 or if a .qm is missing or out of date with its .ts
#
# Contexts are the Python class names, as PySide6's self.tr() uses. English is the source
# language and has no file. After an update, translate the new messages (Qt Linguist, or edit
# the XML), remove type="unfinished", keep %1 and %2 exactly, and run this again to release.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=.venv/bin
DIR=assets/i18n
LANGS=(bn so ur zh_CN pl)
mapfile -t SOURCES < <(find kiosk ui -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)

usage() {
    echo "usage: bash scripts/i18n.sh [--check]" >&2
    exit 2
}

update() {
    mkdir -p "$DIR"
    for lang in "${LANGS[@]}"; do
        "$BIN/pyside6-lupdate" -silent -no-obsolete -locations absolute \
            -source-language en -target-language "$lang" \
            "${SOURCES[@]}" -ts "$DIR/civic_kiosk_$lang.ts"
        "$BIN/pyside6-lrelease" -silent -nounfinished \
            "$DIR/civic_kiosk_$lang.ts" -qm "$DIR/civic_kiosk_$lang.qm"
    done
    echo "i18n: updated and released ${LANGS[*]} in $DIR"
}

# Lists every message in the given .ts files that is not a finished, non-empty translation
# keeping the source's %1/%2 placeholders.
# Prints "<file>: <context>: <state>: <source>" lines; exits 1 when there are any.
report_unfinished() {
    "$BIN/python" - "$@" <<'PY'
import re
import sys
import xml.etree.ElementTree as ET

bad = 0
for path, label in zip(sys.argv[1::2], sys.argv[2::2]):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            state = "missing" if translation is None else translation.get("type", "")
            if state == "obsolete":
                state = "vanished"
            text = "" if translation is None else "".join(translation.itertext()).strip()
            source = message.findtext("source") or ""
            if state in ("", "unfinished") and not text:
                state = "untranslated"
            elif not state and sorted(re.findall(r"%\d", source)) != sorted(
                re.findall(r"%\d", text)
            ):
                state = "placeholders differ"
            if state:
                bad += 1
                print(f"{label}: {name}: {state}: {source!r}")
sys.exit(1 if bad else 0)
PY
}

check() {
    local status=0
    TMP=$(mktemp -d)
    trap 'rm -rf "$TMP"' EXIT
    for lang in "${LANGS[@]}"; do
        local ts="$DIR/civic_kiosk_$lang.ts" qm="$DIR/civic_kiosk_$lang.qm"
        if [[ ! -f $ts ]]; then
            echo "$ts: missing (run: bash scripts/i18n.sh)"
            status=1
            continue
        fi
        # Merge today's sources into a copy. Without -no-obsolete, strings that left the code
        # come back as "vanished"; new or changed strings come back "unfinished".
        cp "$ts" "$TMP/civic_kiosk_$lang.ts"
        "$BIN/pyside6-lupdate" -silent -locations none "${SOURCES[@]}" \
            -ts "$TMP/civic_kiosk_$lang.ts"
        if ! report_unfinished "$TMP/civic_kiosk_$lang.ts" "$ts"; then
            status=1
        fi
        # The .qm must be what lrelease makes from the .ts now. Comparing bytes rather than
        # file times keeps a fresh clone (where git sets every time) from failing.
        if [[ ! -f $qm ]]; then
            echo "$qm: missing (run: bash scripts/i18n.sh)"
            status=1
        else
            "$BIN/pyside6-lrelease" -silent -nounfinished "$ts" -qm "$TMP/civic_kiosk_$lang.qm"
            if ! cmp -s "$qm" "$TMP/civic_kiosk_$lang.qm"; then
                if [[ $qm -ot $ts ]]; then
                    echo "$qm: older than $ts (run: bash scripts/i18n.sh)"
                else
                    echo "$qm: out of date with $ts (run: bash scripts/i18n.sh)"
                fi
                status=1
            fi
        fi
    done
    if ((status == 0)); then
        echo "i18n: ${LANGS[*]} translated and released; ${#SOURCES[@]} source files checked"
    else
        echo "i18n: translations need work (see above)" >&2
    fi
    return "$status"
}

case "${1:-}" in
    "") update ;;
    --check) check ;;
    *) usage ;;
esac
