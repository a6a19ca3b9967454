#!/usr/bin/env bash
# Create .venv from the committed uv.lock (installing uv from PyPI if it is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
export UV_PYTHON_DOWNLOADS=never
if ! command -v uv >/dev/null 2>&1; then
  echo "python env: installing uv from PyPI"
  python3 -m pip install --quiet --disable-pip-version-check uv
fi
UV="$(command -v uv || echo "python3 -m uv")"
$UV sync --frozen --quiet
touch .venv/.synced
echo "python env: .venv ready ($(.venv/bin/python --version))"
