#!/usr/bin/env bash
# Install the Debian/Ubuntu packages civic-kiosk and its tests need, but only those missing.
# Covers: Qt's runtime libraries (offscreen and xcb), Noto fonts for Bengali, Urdu and Chinese,
# Xvfb, speech, and the device stacks (PC/SC, SANE, CUPS) the later tests drive for real.
set -euo pipefail

PACKAGES=(
  # Qt 6 runtime (PySide6 wheels) for offscreen and X11
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-sync1
  libgssapi-krb5-2
  # a display for `make run` on a machine without one
  xvfb xauth
  # fonts: Bengali conjuncts, Urdu Nastaliq, Simplified Chinese
  fonts-noto-core fonts-noto-cjk
  # a TrueType Simplified Chinese font: reportlab cannot embed the CFF outlines of Noto CJK
  fonts-wqy-microhei
  # read aloud (Qt TextToSpeech speechd engine)
  libpulse0 libspeechd2 speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
  # devices: smart cards, scanners, printers (built against by pyscard, python-sane, pycups)
  libpcsclite-dev libsane-dev libcups2-dev pcscd vsmartcard-vpcd sane-utils cups cups-client
  # USB thermal printers (pyusb needs the libusb runtime)
  libusb-1.0-0
  # the Python venv module (Debian splits it out), and looking at what we build
  python3-venv
  imagemagick poppler-utils
  # the evidence suites: a kiosk process whose wall clock jumps (libfaketime), and a private
  # mount namespace for the small-disk test (unshare and nsenter come with util-linux)
  faketime util-linux
  # deploying: `main.py install` and its tests (useradd --root, systemctl --root, and
  # systemd-analyze verify, which checks that the units' compositors, cage and xinit, exist)
  systemd passwd cage xinit
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0  # quiet: `make run` on a machine with no display must print only the kiosk's advice
fi

echo "system packages: installing ${#missing[@]} missing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "error: run as root, or install these first: ${missing[*]}" >&2
    exit 1
  fi
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "system packages: done"
