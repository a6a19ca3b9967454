"""The draining process for the central memory figure, and the bare terminal for the baselines.

As a program: ``python -m benchmarks.central_support DATA_DIR TERMINAL_ID SITE URL`` builds
the sync engine for that terminal, drains its backlog once with tracemalloc on, and prints
one JSON line: ``seconds``, ``backlog`` (left), ``error``, ``traced_peak_bytes`` (the
largest Python heap the drain held), ``rss_before_kb`` and ``rss_peak_kb`` (the process's
RSS high-water mark, VmHWM, before and after the drain).

``RawTerminal`` is the baselines' client: requests, a signature per request, nothing else.
"""

from __future__ import annotations

import base64
import hashlib
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import requests

EVENTS_PATH = "/case/v1/events"
UPLOADS_PATH = "/case/v1/uploads"
TIMEOUT_S = 300.0


class RawTerminal:
    """A registered terminal that signs its requests and does nothing more (the baseline)."""

    def __init__(self, url: str, terminal_id: str, signing_key: Any) -> None:
        self.url = url
        self.terminal_id = terminal_id
        self._key = signing_key
        self._last_ms = 0
        self.session = requests.Session()
        self.session.trust_env = False

    def close(self) -> None:
        """Close the HTTP session."""
        self.session.close()

    def signed(self, method: str, path: str, body_sha256: str) -> dict[str, str]:
        """The three signature headers (timestamps never repeat, so nothing looks replayed)."""
        self._last_ms = max(time.time_ns() // 1_000_000, self._last_ms + 1)
        stamp = str(self._last_ms)
        message = f"{method}\n{path}\n{stamp}\n{body_sha256}".encode()
        signature = base64.b64encode(self._key.sign(message).signature).decode("ascii")
        return {"X-Terminal": self.terminal_id, "X-Timestamp": stamp, "X-Signature": signature}

    def post_events(self, events: list[dict[str, Any]]) -> None:
        """One raw batch: JSON, signed, POSTed; the answer must be 200 JSON."""
        body = json.dumps({"terminal": self.terminal_id, "events": events}).encode()
        headers = {
            "Content-Type": "application/json",
            **self.signed("POST", EVENTS_PATH, hashlib.sha256(body).hexdigest()),
        }
        answer = self.session.post(self.url + EVENTS_PATH, data=body, headers=headers, timeout=60)
        if answer.status_code != 200:
            raise RuntimeError(f"raw batch refused: HTTP {answer.status_code} {answer.text[:200]}")
        answer.json()

    def upload(self, path: Path, digest: str) -> None:
        """tus: create, then ONE PATCH of the whole file streamed from disk.

        The file is named by its sha256, which is also the one chunk's checksum and what the
        signature covers, so this baseline never hashes anything.
        """
        size = path.stat().st_size
        location = self._create(digest, size)
        with path.open("rb") as body:
            self._patch(location, 0, body, size, bytes.fromhex(digest))

    def upload_in_chunks(self, path: Path, digest: str, chunk: int) -> None:
        """tus: create, then one PATCH per ``chunk`` bytes (each read, hashed and sent)."""
        size = path.stat().st_size
        location = self._create(digest, size)
        with path.open("rb") as source:
            offset = 0
            while offset < size:
                data = source.read(chunk)
                self._patch(location, offset, data, len(data), hashlib.sha256(data).digest())
                offset += len(data)

    def _create(self, digest: str, size: int) -> str:
        metadata = "sha256 " + base64.b64encode(digest.encode("ascii")).decode("ascii")
        headers = {
            "Tus-Resumable": "1.0.0",
            "Upload-Length": str(size),
            "Upload-Metadata": metadata,
            "Content-Length": "0",
            **self.signed("POST", UPLOADS_PATH, hashlib.sha256(b"").hexdigest()),
        }
        made = self.session.post(self.url + UPLOADS_PATH, headers=headers, timeout=60)
        if made.status_code != 201:
            raise RuntimeError(f"raw upload not created: HTTP {made.status_code} {made.text}")
        return str(made.headers["Location"])

    def _patch(self, location: str, offset: int, body: Any, size: int, sha256: bytes) -> None:
        headers = {
            "Tus-Resumable": "1.0.0",
            "Content-Type": "application/offset+octet-stream",
            "Upload-Offset": str(offset),
            "Upload-Checksum": "sha256 " + base64.b64encode(sha256).decode("ascii"),
            "Content-Length": str(size),
            **self.signed("PATCH", location, sha256.hex()),
        }
        sent = self.session.patch(
            self.url + location, data=body, headers=headers, timeout=TIMEOUT_S
        )
        if sent.status_code != 204 or sent.headers.get("Upload-Offset") != str(offset + size):
            raise RuntimeError(f"raw upload failed: HTTP {sent.status_code} {sent.text[:200]}")


def _rss_peak_kb() -> int:
    """This process's RSS high-water mark (VmHWM; ru_maxrss would carry the parent's from fork)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def main(argv: list[str]) -> None:
    """Drain once, with tracemalloc on, and print what it took."""
    from sync.central_sync import CentralSync

    folder, terminal_id, site, url = argv
    engine = CentralSync(Path(folder), terminal_id, site, url)
    before = _rss_peak_kb()
    tracemalloc.start()
    start = time.perf_counter()
    status = engine.drain_once()
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    after = _rss_peak_kb()
    engine.stop()
    report = {
        "seconds": seconds,
        "backlog": status.backlog,
        "error": status.last_error,
        "traced_peak_bytes": peak,
        "rss_before_kb": before,
        "rss_peak_kb": after,
    }
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
