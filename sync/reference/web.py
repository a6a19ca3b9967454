"""Requests and answers inside the reference case service's WSGI app.

Every error answer is JSON ``{"error": code, "message": plain English}`` and also names its
code in an ``X-Error`` header, so an answer to HEAD (which has no body) can be told apart.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from core.events import canonical_json
from sync.reference.auth import Signer
from sync.reference.faults import DropConnection

JSON = "application/json"
READ_CHUNK = 64 * 1024


class ClientGone(DropConnection):
    """The client closed the connection before its body arrived: there is no one to answer."""


@dataclass
class Request:
    """One request, as the handlers see it.

    Attributes:
        method: GET, HEAD, POST, PATCH or OPTIONS.
        path: the decoded path, e.g. ``/case/v1/cases/MB-7K3M-9Q2D-X``.
        target: the path and query exactly as sent, which is what terminals sign.
        query: query parameters (first value of each).
        headers: request headers, names in lower case.
        content_length: the declared body length, or None when none was declared.
        stream: the body, never read past ``content_length``.
        request_id: the ``X-Request-Id`` given back with the answer.
        params: the path's named parts, e.g. ``{"reference": ...}``.
        signer: the terminal that signed it, once checked.
        body: the body, for JSON endpoints, once read.
    """

    method: str
    path: str
    target: str
    query: dict[str, str]
    headers: dict[str, str]
    content_length: int | None
    stream: BinaryIO
    request_id: str
    params: dict[str, str] = field(default_factory=dict)
    signer: Signer | None = None
    body: bytes = b""

    def header(self, name: str) -> str:
        """A request header's value, or empty text."""
        return self.headers.get(name.lower(), "")

    def read_body(self) -> bytes:
        """Read the whole (already size-checked) body; ClientGone if the client hung up."""
        wanted = self.content_length or 0
        parts: list[bytes] = []
        got = 0
        while got < wanted:
            try:
                data = self.stream.read(min(READ_CHUNK, wanted - got))
            except OSError:
                data = b""
            if not data:
                raise ClientGone("the client closed the connection while sending its body")
            parts.append(data)
            got += len(data)
        self.body = b"".join(parts)
        return self.body


@dataclass
class Response:
    """One answer, before the common headers are added."""

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)

    def header(self, name: str) -> str | None:
        """The value of a header already set on this answer."""
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), None)


def json_answer(status: int, value: Any, headers: list[tuple[str, str]] | None = None) -> Response:
    """A JSON answer (canonical JSON: compact, sorted keys, UTF-8)."""
    return Response(status, canonical_json(value).encode("utf-8"), JSON, list(headers or []))


def problem(
    status: int,
    code: str,
    message: str,
    headers: list[tuple[str, str]] | None = None,
    **extra: Any,
) -> Response:
    """An error answer: ``{"error", "message"}`` plus any extra fields."""
    answer = json_answer(status, {"error": code, "message": message, **extra}, headers)
    answer.headers.append(("X-Error", code))
    return answer


def empty_sha256() -> str:
    """The sha256 of no bytes, which a request without a body signs."""
    return hashlib.sha256(b"").hexdigest()
