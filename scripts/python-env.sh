#!/usr/bin/env bash
# Create .venv from the committed uv.lock, installing uv from PyPI first if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export UV_PYTHON_DOWNLOADS=never
# Trust the system's certificate store, as pip and curl do here: package registries reached
# through a TLS-inspecting proxy are signed by a CA that only the system store holds.
export UV_NATIVE_TLS=true UV_SYSTEM_CERTS=true
if [ -z "${SSL_CERT_FILE:-}" ] && [ -r /etc/ssl/certs/ca-certificates.crt ]; then
  export SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
fi

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
