#!/usr/bin/env bash
# The whole test suite: lint, types, layer contracts, Qt-free tests without Qt, then everything.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="qt.multimedia.symbolsresolver=false"
export PYTHONDONTWRITEBYTECODE=1
BIN=.venv/bin
QT_FREE=(core store sync printing devices authoring)

step() { printf '\n== %s\n' "$*"; }

step "uv.lock matches pyproject.toml"
UV="$(command -v uv || echo build/uv-tool/bin/uv)"
UV_PYTHON_DOWNLOADS=never UV_NATIVE_TLS=true "$UV" lock --check

step "ruff (lint and format)"
$BIN/ruff check .
$BIN/ruff format --check .

step "mypy (Qt-free packages, strict)"
$BIN/mypy "${QT_FREE[@]}" evidence operations main.py

step "import-linter (layers of DESIGN.md)"
$BIN/lint-imports

step "Qt-free tests with PySide6 made unimportable"
$BIN/python -m pytest --strict-config -p tests.without_qt -p no:pytest-qt -q tests/core tests/store tests/sync tests/printing tests/devices tests/authoring tests/evidence/test_evidence_report.py

step "the whole suite, offscreen"
$BIN/python -m pytest --strict-config -q --ignore=tests/evidence/test_soak.py "$@"

# The soak counts one kiosk process's memory, widgets and descriptors over many visits, so it
# gets a process of its own: inside the one above it measured a heap shaped by 2,800 other
# tests (a 27 MB step once, flat before and after, that a run on its own never shows).
step "the soak, in a process of its own"
$BIN/python -m pytest --strict-config -q tests/evidence/test_soak.py
