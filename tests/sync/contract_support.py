"""Pieces for the contract tests: signing what schemathesis sends, and a seeded service.

Schemathesis builds each request from the OpenAPI document; the signature has to cover the
bytes that actually go out, so signing happens in a ``requests`` auth hook, on the prepared
request, with a fresh (strictly increasing) timestamp every time. That keeps the replay guard
happy when hypothesis sends the same case twice (shrinking, or a check sending it again).
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests
from nacl.signing import SigningKey

from core.clock import wall_clock_ms
from core.config import load_config
from sync.reference.auth import (
    SIGNATURE_HEADER,
    TERMINAL_HEADER,
    TIMESTAMP_HEADER,
    signing_message,
)
from sync.sealing import CouncilSealer
from tests.sync.case_service_support import (
    ADMIN_TOKEN,
    BASE,
    SITE,
    TUS,
    CaseClient,
    TerminalKey,
    wire_event,
)

KIOSK = "kiosk-contract"
OTHER_KIOSK = "kiosk-contract-2"
REVOKED = "kiosk-revoked"
STRANGER = "kiosk-not-registered"
REFERENCE = "MB-79RS-R1F2-F"


class TerminalSignature(requests.auth.AuthBase):
    """Signs a prepared request as ``key`` would, just before it is sent.

    The options make it sign wrongly on purpose: as another terminal id, over another target
    or body, at a skewed clock, or always with the same timestamp (so a resend is a replay).
    """

    def __init__(
        self,
        key: TerminalKey,
        *,
        terminal_id: str | None = None,
        signing_key: SigningKey | None = None,
        skew_ms: int = 0,
        fixed_ms: int | None = None,
        target: Callable[[str], str] = lambda target: target,
        extra_body: bytes = b"",
    ) -> None:
        self.key = key
        self.terminal_id = terminal_id or key.terminal_id
        self.signing_key = signing_key or key.signing_key
        self.skew_ms = skew_ms
        self.fixed_ms = fixed_ms
        self.target = target
        self.extra_body = extra_body
        self._last = 0
        self._lock = threading.Lock()

    def stamp(self) -> int:
        """The next timestamp: now (plus skew), and always later than the last one."""
        if self.fixed_ms is not None:
            return self.fixed_ms
        with self._lock:
            self._last = max(wall_clock_ms() + self.skew_ms, self._last + 1)
            return self._last

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        """Add X-Terminal, X-Timestamp and X-Signature for exactly this method, target and body."""
        assert request.method is not None
        stamp = str(self.stamp())
        message = signing_message(
            request.method, self.target(request.path_url), stamp, self._body_sha256(request)
        )
        signature = bytes(self.signing_key.sign(message).signature)
        request.headers[TERMINAL_HEADER] = self.terminal_id
        request.headers[TIMESTAMP_HEADER] = stamp
        request.headers[SIGNATURE_HEADER] = base64.b64encode(signature).decode("ascii")
        return request

    def _body_sha256(self, request: requests.PreparedRequest) -> str:
        """The body hash signed: a tus PATCH signs the chunk digest its Upload-Checksum declares."""
        if request.method == "PATCH" and not self.extra_body:
            declared = declared_chunk_sha256(request.headers.get("Upload-Checksum", ""))
            if declared is not None:
                return declared
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode("utf-8")
        assert isinstance(body, bytes), "only whole bodies are signed here"
        return hashlib.sha256(body + self.extra_body).hexdigest()


def declared_chunk_sha256(upload_checksum: str) -> str | None:
    """The hex digest in ``sha256 <base64>``, or None if the header does not say one."""
    algorithm, _, value = upload_checksum.strip().partition(" ")
    try:
        raw = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw.hex() if algorithm == "sha256" and len(raw) == 32 else None


def upload_checksum(chunk: bytes) -> str:
    """tus Upload-Checksum for a chunk."""
    return "sha256 " + base64.b64encode(hashlib.sha256(chunk).digest()).decode("ascii")


class AdminToken(requests.auth.AuthBase):
    """The back office's X-Admin-Token."""

    def __init__(self, token: str = ADMIN_TOKEN) -> None:
        self.token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        """Add the token header."""
        request.headers["X-Admin-Token"] = self.token
        return request


@dataclass(frozen=True)
class Seeds:
    """What the service holds before the generated requests start, for them to point at."""

    reference: str
    blob_sha256: str
    blob_length: int
    receiving_upload: str
    complete_upload: str


@functools.cache
def demo_sealer() -> CouncilSealer:
    """Seals to the demo council's public key, as a kiosk does."""
    return CouncilSealer(load_config(None).council_public_key)


def seed(kiosk: CaseClient) -> Seeds:
    """A case (from a real-shaped, sealed submission), a stored blob and a half-sent upload."""
    sealer = demo_sealer()
    page = sealer.seal_bytes(b"%PDF-1.7 the contract tests' scanned page")
    page_sha256 = hashlib.sha256(page).hexdigest()
    event = wire_event(
        KIOSK,
        1,
        type_="submission.finalised",
        scope="central",
        payload=submission_payload(sealer, REFERENCE, [page_sha256]),
    )
    stored = kiosk.post_events([event])
    assert stored.status_code == 200, stored.text
    complete = kiosk.upload(page)
    pending = b"0123456789"
    created = kiosk.create_upload(hashlib.sha256(pending).hexdigest(), len(pending))
    assert created.status_code == 201, created.text
    receiving = created.headers["Location"]
    assert kiosk.patch(receiving, 0, pending[:4]).status_code == 204
    return Seeds(
        REFERENCE,
        page_sha256,
        len(page),
        receiving.rsplit("/", 1)[1],
        complete.rsplit("/", 1)[1],
    )


def submission_payload(
    sealer: CouncilSealer, reference: str, blobs: Any, answers: bytes = b'{"answers":{}}'
) -> dict[str, Any]:
    """A submission.finalised payload as the document's SubmissionFinalisedPayload has it."""
    return {
        "form": "report-missed-bin",
        "version": "3",
        "reference": reference,
        "service": "waste-environment",
        "kind": "report",
        "language": "en",
        "assisted": False,
        "answers": sealer.seal(answers),
        "blobs": blobs,
    }


def upload_metadata(sha256_hex: str) -> str:
    """tus Upload-Metadata naming a blob's sha256."""
    return "sha256 " + base64.b64encode(sha256_hex.encode("ascii")).decode("ascii")


def case_random(*parts: Any) -> random.Random:
    """A random source fixed by a generated request's values: a replayed case steers the same."""
    text = json.dumps(parts, sort_keys=True, default=repr)
    return random.Random(hashlib.sha256(text.encode("utf-8")).digest())


def admin_reset_faults(url: str) -> None:
    """Switch every fault off (admin endpoints are never faulted, so this always works)."""
    answer = requests.post(
        url + BASE + "/admin/faults",
        json={"reset": True},
        headers={"X-Admin-Token": ADMIN_TOKEN},
        timeout=20,
    )
    assert answer.status_code == 200, answer.text


__all__ = [
    "KIOSK",
    "OTHER_KIOSK",
    "REFERENCE",
    "REVOKED",
    "SITE",
    "STRANGER",
    "TUS",
    "AdminToken",
    "Seeds",
    "TerminalSignature",
    "admin_reset_faults",
    "case_random",
    "declared_chunk_sha256",
    "demo_sealer",
    "seed",
    "submission_payload",
    "upload_checksum",
    "upload_metadata",
]
