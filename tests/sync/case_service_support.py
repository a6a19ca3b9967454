"""Case-service test pieces: the service on port 0, signing terminals, a contract check.

Every answer a ``CaseClient`` receives is checked against the OpenAPI document: its status
must be documented for that operation, and a JSON body must validate against the schema the
document gives (fastjsonschema, resolving ``#/components/...`` in the whole document).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import fastjsonschema
import requests
from nacl.signing import SigningKey

from core.clock import wall_clock_ms
from sync.reference import RunningService, TerminalEntry, start_reference_service
from sync.reference.auth import sign_request
from tests.conftest import ROOT, demo_private_key

OPENAPI = ROOT / "sync" / "openapi" / "case-service-v1.json"
ASSETS = ROOT / "assets"
ADMIN_TOKEN = "admin-token-for-the-tests-0123456789"
SITE = "idea-store-whitechapel"
OTHER_SITE = "idea-store-bow"
BASE = "/case/v1"
DEADLINE_S = 20.0
TUS = {"Tus-Resumable": "1.0.0"}


def wait_until(condition: Callable[[], bool], what: str, timeout_s: float = DEADLINE_S) -> None:
    """Check ``condition`` every 10 ms until it holds; fail the test, naming ``what``, if not."""
    pause = threading.Event()
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s} s waiting for {what}")
        pause.wait(0.01)


class Contract:
    """The OpenAPI document, and a check of one answer against it."""

    def __init__(self, path: Path = OPENAPI) -> None:
        self.doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        self._paths = [
            (template, re.compile(re.sub(r"\\\{(\w+)\\\}", r"[^/]+", re.escape(template))))
            for template in self.doc["paths"]
        ]
        self._validators: dict[str, Callable[[Any], Any]] = {}

    def operation(self, method: str, path: str) -> tuple[str, dict[str, Any]]:
        """The path template and operation object for a request."""
        for template, pattern in self._paths:
            if pattern.fullmatch(path):
                item = self.doc["paths"][template]
                assert method.lower() in item, f"{method} {template} is not in the OpenAPI document"
                return template, item[method.lower()]
        raise AssertionError(f"{path} is not in the OpenAPI document")

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """Follow one ``$ref`` within the document."""
        while "$ref" in node:
            target: Any = self.doc
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def validate(self, schema: dict[str, Any], value: Any) -> None:
        """Validate a value against a schema from the document (refs resolved in the document)."""
        key = json.dumps(schema, sort_keys=True)
        if key not in self._validators:
            self._validators[key] = fastjsonschema.compile(
                {**schema, "components": self.doc["components"]}
            )
        self._validators[key](value)

    def check(self, method: str, path: str, answer: requests.Response) -> None:
        """The answer's status is documented and its JSON body fits the documented schema."""
        assert answer.headers.get("X-Request-Id"), "every answer carries X-Request-Id"
        template, operation = self.operation(method, path)
        responses = operation["responses"]
        documented = responses.get(str(answer.status_code)) or responses.get("default")
        assert documented is not None, f"{method} {template} {answer.status_code} is undocumented"
        if answer.status_code >= 500:
            assert "default" in responses
        documented = self.resolve(documented)
        content = documented.get("content", {})
        if method == "HEAD" or answer.status_code in (204, 304):
            assert answer.content == b""
            return
        if "application/json" in content:
            assert answer.headers["Content-Type"] == "application/json", answer.headers
            self.validate(content["application/json"]["schema"], answer.json())
        else:
            assert answer.content == b"", f"{method} {template} answered an undocumented body"


@dataclass
class TerminalKey:
    """A terminal's identity: its id, site and Ed25519 key pair."""

    terminal_id: str
    site: str = SITE
    signing_key: Any = field(default_factory=SigningKey.generate)

    @property
    def public_key(self) -> str:
        """The base64 verify key, as the register holds it."""
        return base64.b64encode(bytes(self.signing_key.verify_key)).decode("ascii")

    def entry(self, *, revoked: bool = False) -> TerminalEntry:
        """This terminal's register entry."""
        return TerminalEntry(self.public_key, self.site, revoked)


class CaseClient:
    """A terminal talking to the service over real HTTP, signing every request.

    Attributes:
        offset_ms: added to this machine's clock when stamping requests (skew tests).
    """

    def __init__(
        self, service_url: Callable[[], str], key: TerminalKey, contract: Contract
    ) -> None:
        self._url = service_url
        self.key = key
        self.contract = contract
        self.offset_ms = 0

    def prepare(
        self,
        method: str,
        target: str,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        *,
        sign: bool = True,
        timestamp_ms: int | None = None,
        signed_hash_of: bytes | None = None,
        signer: Any = None,
    ) -> requests.PreparedRequest:
        """A request signed over exactly the target and body that will be sent."""
        prepared = requests.Request(
            method, self._url() + target, data=body, headers=dict(headers or {})
        ).prepare()
        if method in ("POST", "PATCH") and "Content-Length" not in prepared.headers:
            prepared.headers["Content-Length"] = "0"
        if sign:
            stamp = timestamp_ms if timestamp_ms is not None else wall_clock_ms() + self.offset_ms
            signed = sign_request(
                signer or self.key.signing_key,
                self.key.terminal_id,
                method,
                prepared.path_url,
                body if signed_hash_of is None else signed_hash_of,
                stamp,
            )
            prepared.headers.update(signed)
        return prepared

    def send(self, prepared: requests.PreparedRequest, *, check: bool = True) -> requests.Response:
        """Send a prepared request; check the answer against the contract."""
        with requests.Session() as session:
            answer = session.send(prepared, timeout=DEADLINE_S)
        if check:
            assert prepared.method is not None and prepared.path_url is not None
            self.contract.check(prepared.method, prepared.path_url.split("?")[0], answer)
        return answer

    def call(
        self,
        method: str,
        target: str,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        *,
        check: bool = True,
        **signing: Any,
    ) -> requests.Response:
        """Prepare, sign and send."""
        return self.send(self.prepare(method, target, body, headers, **signing), check=check)

    def post_events(self, events: list[dict[str, Any]], **options: Any) -> requests.Response:
        """``POST /events`` with a batch of this terminal's."""
        body = json.dumps({"terminal": self.key.terminal_id, "events": events}).encode()
        return self.call(
            "POST", BASE + "/events", body, {"Content-Type": "application/json"}, **options
        )

    def create_upload(self, sha256_hex: str, length: int) -> requests.Response:
        """tus creation for a blob."""
        metadata = "sha256 " + base64.b64encode(sha256_hex.encode()).decode()
        headers = {**TUS, "Upload-Length": str(length), "Upload-Metadata": metadata}
        return self.call("POST", BASE + "/uploads", b"", headers)

    def patch(
        self, location: str, offset: int, chunk: bytes, *, checksum_of: bytes | None = None
    ) -> requests.Response:
        """tus PATCH of one chunk, its checksum (of ``checksum_of`` to lie) signed over."""
        digest = hashlib.sha256(chunk if checksum_of is None else checksum_of).digest()
        headers = {
            **TUS,
            "Content-Type": "application/offset+octet-stream",
            "Upload-Offset": str(offset),
            "Upload-Checksum": "sha256 " + base64.b64encode(digest).decode(),
        }
        return self.call(
            "PATCH",
            location,
            chunk,
            headers,
            signed_hash_of=chunk if checksum_of is None else checksum_of,
        )

    def offset(self, location: str) -> int:
        """HEAD an upload and return its offset."""
        answer = self.call("HEAD", location, b"", TUS)
        assert answer.status_code == 200, answer.headers
        return int(answer.headers["Upload-Offset"])

    def upload(self, data: bytes, chunks: int = 1) -> str:
        """Upload a blob whole, in ``chunks`` PATCHes; returns its Location."""
        created = self.create_upload(hashlib.sha256(data).hexdigest(), len(data))
        assert created.status_code == 201, created.text
        location = created.headers["Location"]
        size = -(-len(data) // chunks)
        for start in range(0, len(data), size):
            answer = self.patch(location, start, data[start : start + size])
            assert answer.status_code == 204, answer.text
        return location


class Admin:
    """The back office: requests with the admin token, checked against the contract."""

    def __init__(self, service_url: Callable[[], str], contract: Contract) -> None:
        self._url = service_url
        self.contract = contract

    def call(
        self,
        method: str,
        target: str,
        value: Any = None,
        *,
        token: str = ADMIN_TOKEN,
        headers: dict[str, str] | None = None,
    ) -> requests.Response:
        """One admin request."""
        body = b"" if value is None else json.dumps(value).encode()
        all_headers = {"X-Admin-Token": token, **(headers or {})}
        if value is not None:
            all_headers["Content-Type"] = "application/json"
        answer = requests.request(
            method, self._url() + target, data=body, headers=all_headers, timeout=DEADLINE_S
        )
        self.contract.check(method, target.split("?")[0], answer)
        return answer

    def faults(self, **switches: Any) -> dict[str, Any]:
        """Set fault switches."""
        answer = self.call("POST", BASE + "/admin/faults", switches)
        assert answer.status_code == 200, answer.text
        result: dict[str, Any] = answer.json()
        return result


class Harness:
    """Starts the service on port 0 in a test's folder; restarts it on the same data."""

    def __init__(self, folder: Path, content_dir: Path = ASSETS) -> None:
        self.data_dir = folder / "case-service"
        self.content_dir = content_dir
        self.contract = Contract()
        self.service: RunningService | None = None
        self.register: dict[str, TerminalEntry] = {}
        self.admin = Admin(lambda: self.url, self.contract)

    @property
    def url(self) -> str:
        """The running service's base URL."""
        assert self.service is not None
        return self.service.url

    def start(self, terminals: dict[str, TerminalEntry] | None = None) -> RunningService:
        """Start (again) on the same data folder; ``terminals`` replaces the register."""
        if terminals is not None:
            self.register = terminals
        self.service = start_reference_service(
            self.data_dir,
            terminals=terminals,
            admin_token=ADMIN_TOKEN,
            private_key_b64=demo_private_key(),
            content_dir=self.content_dir,
        )
        return self.service

    def restart(self) -> RunningService:
        """Stop, then start on the same data with the register already stored."""
        self.stop()
        return self.start(None)

    def stop(self) -> None:
        """Stop the service if it runs."""
        if self.service is not None:
            self.service.stop()
            self.service = None

    def client(self, key: TerminalKey) -> CaseClient:
        """A terminal client for this service."""
        return CaseClient(lambda: self.url, key, self.contract)


def wire_event(
    origin: str,
    seq: int,
    *,
    type_: str = "ticket.issued",
    payload: dict[str, Any] | None = None,
    scope: str = "site",
    site: str = SITE,
) -> dict[str, Any]:
    """An event in the wire shape, as a terminal's journal would send it."""
    wall = 1_790_000_000_000 + seq
    # The same (origin, seq) always gets the same id, so sending it again is a true replay.
    same = hashlib.sha256(f"{origin}/{seq}".encode()).hexdigest()
    return {
        "id": f"{wall:012x}"[:8]
        + "-"
        + f"{wall:012x}"[8:]
        + "-7"
        + same[:3]
        + "-8"
        + same[3:6]
        + "-"
        + same[6:18],
        "origin": origin,
        "seq": seq,
        "hlc": f"{wall:015d}-000000",
        "site": site,
        "type": type_,
        "scope": scope,
        "payload": {"number": f"A{seq:03d}"} if payload is None else payload,
        "recorded_at": "2026-11-23T10:15:00.000Z",
    }


def raw_http(port: int, head: str, body: bytes = b"", *, read_answer: bool = True) -> bytes:
    """Send bytes over a plain socket (for what requests will not send); the raw answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=DEADLINE_S) as sock:
        sock.sendall(head.replace("\n", "\r\n").encode("latin-1") + b"\r\n" + body)
        if not read_answer:
            return b""
        parts = []
        while chunk := sock.recv(65536):
            parts.append(chunk)
    return b"".join(parts)
