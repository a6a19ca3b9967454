#!/usr/bin/env bash
# Create .venv from the committed uv.lock, installing uv from PyPI first if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export UV_PYTHON_DOWNLOADS=never

find_uv() {
  if command -v uv >/dev/null 2>&1; then command -v uv; return; fi
  if [ -x build/uv-tool/bin/uv ]; then echo build/uv-tool/bin/uv; return; fi
  return 1
}

if ! UV="$(find_uv)"; then
  echo "python env: installing uv from PyPI"
  # A private tool venv works where the system pip is externally managed (PEP 668).
  if python3 -m venv build/uv-tool >/dev/null 2>&1; then
    build/uv-tool/bin/pip install --quiet --disable-pip-version-check uv
  else
    python3 -m pip install --quiet --disable-pip-version-check uv
  fi
  UV="$(find_uv)"
fi
"$UV" sync --frozen --quiet
touch .venv/.synced
echo "python env: .venv ready ($(.venv/bin/python --version))"
