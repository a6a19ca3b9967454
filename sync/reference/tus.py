"""Sealed blobs arriving by tus 1.0.0 (core protocol, creation and checksum extensions).

A PATCH's body is streamed to disk in chunks, never held whole. Its bytes are fsynced
before the new offset is recorded and before 204 is sent. A connection cut mid-PATCH keeps
what arrived (so HEAD gives the offset to resume from); a chunk whose ``Upload-Checksum``
does not match is cut off again (460). When the last byte arrives the whole file must hash
to the declared sha256, or the upload is discarded (400).

A terminal signs a PATCH over the sha256 of its chunk, which is what ``Upload-Checksum``
declares; so the signature is checked before any byte is read, and the checksum check at
the end proves the bytes are the ones signed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from sync.reference.case_store import CaseStore, Upload
from sync.reference.web import ClientGone, Request, Response, problem

TUS_VERSION = "1.0.0"
MAX_SIZE = 1024 * 1024 * 1024
UPLOADS_PATH = "/case/v1/uploads"
CHUNK_BYTES = 64 * 1024
OFFSET_TYPE = "application/offset+octet-stream"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_DIGITS = re.compile(r"[0-9]{1,19}")


class TusProblem(ValueError):
    """A tus request that cannot be carried out: an HTTP status, a code and a message."""

    def __init__(
        self, status: int, code: str, message: str, headers: list[tuple[str, str]] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.headers = headers or []

    def answer(self) -> Response:
        """The error answer, with the tus headers (and the version spoken, on 412)."""
        headers = [*_tus_headers(), *self.headers]
        if self.status == 412:
            headers.append(("Tus-Version", TUS_VERSION))
        return problem(self.status, self.code, str(self), headers)


def _tus_headers() -> list[tuple[str, str]]:
    return [("Tus-Resumable", TUS_VERSION)]


def chunk_sha256_hex(request: Request) -> str:
    """The hex sha256 a PATCH's ``Upload-Checksum`` declares for its chunk."""
    algorithm, _, value = request.header("Upload-Checksum").strip().partition(" ")
    if not algorithm:
        raise TusProblem(400, "bad_checksum", "Upload-Checksum is required: sha256 <base64>")
    if algorithm != "sha256":
        raise TusProblem(400, "bad_checksum", f"checksum algorithm {algorithm!r} is not sha256")
    try:
        raw = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise TusProblem(400, "bad_checksum", "Upload-Checksum must be the base64 of 32 bytes")
    return raw.hex()


def _number(request: Request, name: str) -> int:
    text = request.header(name).strip()
    if not _DIGITS.fullmatch(text):
        raise TusProblem(400, "bad_upload", f"{name} must be a whole number of bytes")
    return int(text)


def _declared_sha256(request: Request) -> str:
    for pair in request.header("Upload-Metadata").split(","):
        key, _, value = pair.strip().partition(" ")
        if key != "sha256":
            continue
        try:
            text = base64.b64decode(value.strip(), validate=True).decode("ascii").lower()
        except (binascii.Error, ValueError):
            text = ""
        if _HEX64.fullmatch(text):
            return text
        break
    raise TusProblem(
        400, "bad_upload", "Upload-Metadata must carry sha256 <base64 of the hex digest>"
    )


class TusEndpoints:
    """The upload endpoints over one store."""

    def __init__(self, store: CaseStore) -> None:
        self._store = store
        self._busy: set[str] = set()
        self._busy_lock = threading.Lock()

    def options(self, request: Request) -> Response:
        """``OPTIONS /uploads``: what this server speaks."""
        return Response(
            204,
            headers=[
                *_tus_headers(),
                ("Tus-Version", TUS_VERSION),
                ("Tus-Extension", "creation,checksum"),
                ("Tus-Checksum-Algorithm", "sha256"),
                ("Tus-Max-Size", str(MAX_SIZE)),
            ],
        )

    def create(self, request: Request) -> Response:
        """``POST /uploads``: a new upload, or 200 when the blob is already held."""
        try:
            _check_resumable(request)
            if request.header("Upload-Defer-Length"):
                raise TusProblem(400, "bad_upload", "Upload-Defer-Length is not supported")
            length = _number(request, "Upload-Length")
            if length > MAX_SIZE:
                raise TusProblem(413, "too_large", f"an upload may be at most {MAX_SIZE} bytes")
            sha256 = _declared_sha256(request)
            assert request.signer is not None
            terminal = request.signer.terminal_id
            held = self._store.blob_size(sha256)
            if held is not None:
                if held != length:
                    raise TusProblem(
                        400,
                        "bad_upload",
                        f"a blob with that sha256 is held and is {held} bytes, not {length}",
                    )
                done = self._store.completed_upload(terminal, sha256)
                return Response(
                    200,
                    headers=[
                        *_tus_headers(),
                        ("Location", f"{UPLOADS_PATH}/{done.id}"),
                        ("Upload-Offset", str(held)),
                        ("Upload-Length", str(held)),
                    ],
                )
            upload = self._store.create_upload(terminal, sha256, length)
            if length == 0 and not self._store.finish_upload(upload):
                raise TusProblem(400, "blob_mismatch", "no bytes do not hash to that sha256")
        except TusProblem as exc:
            return exc.answer()
        return Response(201, headers=[*_tus_headers(), ("Location", f"{UPLOADS_PATH}/{upload.id}")])

    def head(self, request: Request) -> Response:
        """``HEAD /uploads/<id>``: how much is stored, so the client knows where to resume."""
        try:
            _check_resumable(request)
            upload = self._own_upload(request)
        except TusProblem as exc:
            return exc.answer()
        return Response(
            200,
            headers=[
                *_tus_headers(),
                ("Upload-Offset", str(upload.received)),
                ("Upload-Length", str(upload.length)),
                ("Upload-Metadata", _metadata(upload)),
                ("Cache-Control", "no-store"),
            ],
        )

    def patch(self, request: Request, chunk_sha256: str) -> Response:
        """``PATCH /uploads/<id>``: append one chunk at the current offset."""
        try:
            _check_resumable(request)
            if request.header("Content-Type").split(";")[0].strip().lower() != OFFSET_TYPE:
                raise TusProblem(415, "bad_content_type", f"Content-Type must be {OFFSET_TYPE}")
            offset = _number(request, "Upload-Offset")
            with self._only_writer(request.params["upload_id"]):
                upload = self._own_upload(request)
                return self._append(request, upload, offset, chunk_sha256)
        except TusProblem as exc:
            return exc.answer()

    def head_blob(self, request: Request) -> Response:
        """``HEAD /blobs/<sha256>``: 200 if that blob is stored complete, else 404."""
        sha256 = request.params["sha256"]
        if _HEX64.fullmatch(sha256) and self._store.blob_size(sha256) is not None:
            return Response(200, headers=[("Cache-Control", "no-store")])
        return problem(404, "not_found", "no blob with that sha256 is stored")

    @contextmanager
    def _only_writer(self, upload_id: str) -> Iterator[None]:
        with self._busy_lock:
            if upload_id in self._busy:
                raise TusProblem(
                    423, "upload_busy", "another request is writing this upload; try again"
                )
            self._busy.add(upload_id)
        try:
            yield
        finally:
            with self._busy_lock:
                self._busy.discard(upload_id)

    def _own_upload(self, request: Request) -> Upload:
        upload = self._store.upload(request.params["upload_id"])
        assert request.signer is not None
        if upload is None or upload.terminal != request.signer.terminal_id:
            raise TusProblem(404, "not_found", "there is no such upload")
        if upload.state == "discarded":
            raise TusProblem(410, "gone", "this upload was discarded; start a new one")
        return upload

    def _append(self, request: Request, upload: Upload, offset: int, digest: str) -> Response:
        if offset != upload.received:
            raise TusProblem(
                409,
                "offset_mismatch",
                f"the upload is at byte {upload.received}, not {offset}",
                [("Upload-Offset", str(upload.received))],
            )
        size = request.content_length or 0
        if offset + size > upload.length:
            raise TusProblem(
                400, "too_long", f"the chunk goes past the declared length of {upload.length}"
            )
        # A completed upload has no file left to append to; an empty PATCH there is a no-op.
        end = offset + (self._receive(request, upload, size, digest) if size else 0)
        complete = end == upload.length and upload.state == "receiving"
        if complete and not self._store.finish_upload(upload):
            raise TusProblem(
                400,
                "blob_mismatch",
                "the whole file does not hash to the declared sha256; it was discarded",
            )
        return Response(204, headers=[*_tus_headers(), ("Upload-Offset", str(end))])

    def _receive(self, request: Request, upload: Upload, size: int, digest: str) -> int:
        """Stream the chunk to disk; returns its length once it is durable and checked."""
        chunk_hash = hashlib.sha256()
        got = 0
        with self._store.open_partial(upload) as out:
            while got < size:
                try:
                    data = _read_some(request, min(CHUNK_BYTES, size - got))
                except OSError:
                    data = b""
                if not data:
                    break
                out.write(data)
                chunk_hash.update(data)
                got += len(data)
            if got < size:
                # Cut mid-PATCH: keep what arrived, as tus says, so the client resumes there.
                _make_durable(out)
                self._store.record_offset(upload.id, upload.received + got)
                raise ClientGone(f"upload {upload.id} cut after {got} of {size} bytes")
            if chunk_hash.hexdigest() != digest:
                out.truncate(upload.received)
                _make_durable(out)
                raise TusProblem(
                    460, "checksum_mismatch", "the chunk does not match its Upload-Checksum"
                )
            _make_durable(out)
        self._store.record_offset(upload.id, upload.received + got)
        return got


def _read_some(request: Request, most: int) -> bytes:
    """Whatever body bytes have arrived (up to ``most``), so a stall loses nothing read."""
    read1 = getattr(request.stream, "read1", None)
    data = read1(most) if read1 is not None else request.stream.read(most)
    return bytes(data)


def _make_durable(out: BinaryIO) -> None:
    out.flush()
    os.fsync(out.fileno())


def _check_resumable(request: Request) -> None:
    if request.header("Tus-Resumable") != TUS_VERSION:
        raise TusProblem(412, "tus_version", f"Tus-Resumable: {TUS_VERSION} is required")


def _metadata(upload: Upload) -> str:
    return "sha256 " + base64.b64encode(upload.sha256.encode("ascii")).decode("ascii")
