"""How long a kiosk is gone while it restarts onto a new catalogue, vs a cold start.

``python -m benchmarks.content_restart [--rounds N]``. A real ``main.py kiosk`` (offscreen,
with the test-only automation socket) pulls every second from the reference case service on
loopback. Each round the council renames itself in the catalogue; the kiosk checks the
version, waits for its quiet time on the home screen, and re-executes itself in place. The
figure is the gap a resident could see: from the last answer of the old screen to the first
answer of the new one showing the new name, polled every 10 ms. The baseline, in the same
run, is a cold start of the same kiosk: from starting the process to its first answer.

Not part of ``python -m benchmarks`` (which other figures own); run it on its own.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from tests.site_processes import automation_call

ROOT = Path(__file__).resolve().parent.parent
SITE = "idea-store-whitechapel"
TERMINAL = "bench-kiosk"


def _ask(path: str, command: dict[str, Any]) -> dict[str, Any] | None:
    """One automation command, or None while nothing answers."""
    try:
        return automation_call(path, command, timeout_s=10)
    except OSError:
        return None


def _shows(path: str, fragment: str) -> bool | None:
    reply = _ask(path, {"op": "texts"})
    if reply is None:
        return None
    return any(fragment in text for text in reply.get("texts", []))


def _wait(what: str, check: Any, timeout_s: float = 120.0) -> Any:
    pause = threading.Event()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        pause.wait(0.01)
    raise RuntimeError(f"timed out waiting for {what}")


def measure(rounds: int) -> dict[str, Any]:
    """Cold starts and in-place restarts of one kiosk; seconds for each."""
    from sync.reference.case_store import TerminalEntry
    from sync.terminal_identity import TerminalIdentity
    from tests.sync.central_support import start_council

    folder = Path(tempfile.mkdtemp(prefix="content-restart-"))
    council = start_council(folder)
    service, content = council.service, council.content
    data = folder / "kiosk"
    identity = TerminalIdentity.load_or_create(data, TERMINAL)
    service.store.put_terminal(TERMINAL, TerminalEntry(identity.public_key_b64(), SITE, False))
    config = folder / "terminal.toml"
    config.write_text(
        f'[terminal]\nid = "{TERMINAL}"\n[kiosk]\nfullscreen = false\nspeech_engine = "none"\n'
        'scanner = "simulated"\n[staff]\ncard_reader = "none"\n'
        f'[case_service]\nurl = "{service.url}"\npull_every_s = 1\n',
        encoding="utf-8",
    )
    sock = str(folder / "automation.sock")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.multimedia.symbolsresolver=false",
        "CIVIC_KIOSK_AUTOMATION": sock,
        "PYTHONPYCACHEPREFIX": str(ROOT / "build" / "kill-test-pycache"),
    }
    command = [sys.executable, str(ROOT / "main.py"), "kiosk", "--config", str(config)]
    command += ["--data", str(data)]
    cold: list[float] = []
    gaps: list[float] = []
    closing: list[float] = []  # the old loop's end to the re-exec (sync, journal closed)
    starting: list[float] = []  # the re-exec to the new screen answering
    log = (folder / "kiosk.log").open("ab")
    process: subprocess.Popen[bytes] | None = None
    try:
        for _ in range(rounds):  # the baseline: cold starts of the same kiosk
            began = time.monotonic()
            process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
            _wait("the kiosk to answer", lambda: _ask(sock, {"op": "texts"}))
            cold.append(time.monotonic() - began)
            process.terminate()
            process.wait(30)
        process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
        _wait("the kiosk to answer", lambda: _ask(sock, {"op": "texts"}))
        for number in range(1, rounds + 1):
            name = f"Bench Council {number}"
            _rename_council(content, name)
            last_seen = time.monotonic()
            while _ask(sock, {"op": "texts"}) is not None:  # the old screen, until it goes
                last_seen = time.monotonic()
            gone = time.monotonic()  # its socket closed: the process has re-executed itself
            _wait("the new name", lambda name=name: _shows(sock, name))
            back = time.monotonic()
            gaps.append(back - last_seen)
            closing.append(gone - last_seen)
            starting.append(back - gone)
    finally:
        if process is not None and process.poll() is None:
            process.terminate()
            process.wait(30)
        log.close()
        service.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "cold_start_s": cold,
        "restart_gap_s": gaps,
        "closing_s": closing,
        "starting_s": starting,
    }


def _rename_council(content: Path, name: str) -> None:
    path = content / "catalogue" / "demo-idea-store.json"
    catalogue = json.loads(path.read_text(encoding="utf-8"))
    catalogue["council"] = {"en": name}
    fresh = path.with_name(path.name + ".new")
    fresh.write_text(json.dumps(catalogue, ensure_ascii=False), encoding="utf-8")
    fresh.replace(path)


def main(argv: list[str] | None = None) -> int:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.content_restart")
    parser.add_argument("--rounds", type=int, default=3, help="restarts and cold starts (3)")
    args = parser.parse_args(argv)
    figures = measure(args.rounds)
    cold = statistics.median(figures["cold_start_s"])
    gap = statistics.median(figures["restart_gap_s"])
    print(f"cold start to first answer        median {cold:6.2f} s  {figures['cold_start_s']}")
    print(f"restart onto a new version (gap)  median {gap:6.2f} s  {figures['restart_gap_s']}")
    for part, key in (("closing down", "closing_s"), ("starting again", "starting_s")):
        print(f"  of which {part:<23} median {statistics.median(figures[key]):6.2f} s")
    print(f"ratio gap / cold start            {gap / cold:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
