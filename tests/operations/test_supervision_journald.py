"""A real kiosk's log entries in a real systemd-journald, as structured fields.

systemd-journald runs here as an ordinary process (PID 1 is not systemd, but journald needs no
manager) in a private mount namespace, with its own /run/systemd and /run/log, so nothing of
this machine's is touched. The kiosk (``main.py kiosk``, offscreen) is started with its stderr
on journald's stream socket (systemd-cat) and ``JOURNAL_STREAM`` naming that stream, as systemd
sets it for a unit with ``StandardError=journal``; main.py's logging then switches to the native
protocol. The entries are read back with journalctl.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(
    not Path("/lib/systemd/systemd-journald").exists() or shutil.which("unshare") is None,
    reason="needs systemd-journald and unshare (scripts/system-packages.sh installs them)",
)

# $1 folder, $2 python, $3 main.py, $4 config. Every wait is a deadline loop on a condition.
SCRIPT = r"""
set -eu
mount -t tmpfs tmpfs /run/systemd
mkdir -p /run/log && mount -t tmpfs tmpfs /run/log
mkdir -p /run/systemd/journal
/lib/systemd/systemd-journald >"$1/journald.log" 2>&1 &
journald=$! kiosk=""
trap 'kill $kiosk $journald 2>/dev/null || true' EXIT  # on every way out, timeouts too
until_true() {  # a condition, polled for up to 60 s
  end=$(( $(date +%s) + 60 ))
  until eval "$1"; do
    [ "$(date +%s)" -lt "$end" ] || { echo "timed out: $1" >&2; exit 3; }
    sleep 0.05
  done
}
until_true '[ -S /run/systemd/journal/socket ]'
QT_QPA_PLATFORM=offscreen CIVIC_KIOSK_AUTOMATION="$1/automation.sock" \
  systemd-cat -t civic-kiosk-test sh -c \
  'JOURNAL_STREAM=$(stat -L -c %d:%i /proc/self/fd/2) exec "$@"' sh \
  "$2" "$3" --config "$4" --data "$1/data" kiosk &
kiosk=$!
entries() {
  journalctl --sync
  journalctl -D /run/log/journal -o json --no-pager TERMINAL=journald-kiosk
}
until_true '[ "$(entries | grep -c "automation socket open")" -ge 1 ]'
kill "$kiosk"; wait "$kiosk" || true
entries
"""

CONFIG = """\
[terminal]
id = "journald-kiosk"
site = "idea-store-bow"
[kiosk]
speech_engine = "none"
scanner = "simulated"
fullscreen = false
staff_exit_pin_hash = "an old key this version ignores, with a warning"
[staff]
card_reader = "none"
"""


def test_the_kiosk_logs_structured_entries_to_journald(tmp_path: Path) -> None:
    config = tmp_path / "terminal.toml"
    config.write_text(CONFIG, encoding="utf-8")
    done = subprocess.run(
        [
            *("unshare", "--mount", "--propagation", "private", "sh", "-c", SCRIPT, "sh"),
            *(str(tmp_path), sys.executable, str(ROOT / "main.py"), str(config)),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr + (tmp_path / "journald.log").read_text()
    entries = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    (retired,) = [e for e in entries if e["MESSAGE"].startswith(f"{config}: ignored: kiosk.")]
    assert retired["PRIORITY"] == "4" and retired["LOGGER"] == "civic_kiosk"
    assert retired["CODE_FUNC"] == "cmd_kiosk" and retired["CODE_FILE"].endswith("main.py")
    assert retired["_TRANSPORT"] == "journal"  # the native protocol, not a line on stderr
    assert all(e["SITE"] == "idea-store-bow" for e in entries)
    assert all(e["SYSLOG_IDENTIFIER"] == "civic-kiosk" for e in entries)
    assert any(e["LOGGER"] == "ui.automation" for e in entries)
