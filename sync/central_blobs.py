"""Sends sealed blobs to the case service with tus 1.0.0 (creation and checksum extensions).

A blob goes up in 4 MiB PATCH chunks, each with ``Upload-Checksum``, streamed from its file
(never read whole into memory). The upload's address is remembered durably as soon as the
service makes it, so after a cut link, a crash or a restart the upload carries on from the
offset the service reports (HEAD), not from the start. A blob the service already holds
whole is not sent at all.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from store.sync_state import SyncState, blob_path
from sync.central_client import (
    BAD_ANSWER,
    UPLOADS_PATH,
    Answer,
    CentralClient,
    CentralProblem,
    Readable,
)

log = logging.getLogger(__name__)

CHUNK_BYTES = 4 * 1024 * 1024
READ_BYTES = 256 * 1024
TUS = {"Tus-Resumable": "1.0.0"}
MAX_CHECKSUM_RETRIES = 3


class LocalBlobProblem(Exception):
    """A blob this terminal should hold is missing or damaged here; retrying will not help."""


@dataclass(frozen=True, slots=True)
class FileRange:
    """``length`` bytes of a file from ``start``: a request body opened afresh per attempt."""

    path: Path
    start: int
    length: int
    sha256_hex: str

    def open(self) -> Readable:
        """The range as a readable stream with a length (so it goes with Content-Length)."""
        return _RangeReader(self.path, self.start, self.length)


class _RangeReader:
    """A file window: ``read`` stops at the end of the range; ``len`` is what is left."""

    def __init__(self, path: Path, start: int, length: int) -> None:
        self._file = path.open("rb")
        self._file.seek(start)
        self._left = length

    def __len__(self) -> int:
        return self._left

    def read(self, size: int = -1) -> bytes:
        want = self._left if size is None or size < 0 else min(size, self._left)
        data = self._file.read(want)
        self._left -= len(data)
        return data

    def close(self) -> None:
        self._file.close()


class BlobUploader:
    """Makes sure the case service holds given blobs whole.

    Attributes:
        sent_bytes: blob bytes this uploader has sent in PATCH bodies (for status and tests).
    """

    def __init__(
        self,
        client: CentralClient,
        state: SyncState,
        data_dir: Path,
        chunk_bytes: int = CHUNK_BYTES,
    ) -> None:
        self._client = client
        self._state = state
        self._data_dir = data_dir
        self._chunk = chunk_bytes
        self.sent_bytes = 0
        # Blobs the service confirmed it holds, in this process: a batch retried after a
        # failure does not hash and ask about them again (on a flaky link every extra
        # request is another chance to fail). Content-addressed, so this never goes stale.
        self._held: set[str] = set()

    def ensure(self, digest: str) -> None:
        """Upload one blob unless the service has it; raises CentralProblem or LocalBlobProblem.

        Only an upload of more than one chunk is remembered (its address, until it is done):
        a one-chunk upload cut short is simply made again, which saves two fsyncs per blob.
        """
        if digest in self._held:
            return
        path = blob_path(self._data_dir, digest)
        try:
            length = path.stat().st_size
        except FileNotFoundError:
            raise LocalBlobProblem(f"the sealed file {digest[:12]}… is missing here") from None
        location = self._state.upload(digest)
        offset: int | None = None
        if location is not None:
            offset = self._offset_of(location, length)
            if offset is None:
                location = None
        if location is None:
            # Not hashed here first: the service checks the bytes against their name, and
            # the file is only hashed if it refuses them (see _send_from).
            location, offset = self._create(digest, length)
            if location is None:
                self._held.add(digest)
                return
            if length > self._chunk:
                self._state.set_upload(digest, location)
        assert offset is not None
        self._send_from(digest, path, location, offset, length)
        self._held.add(digest)
        if length > self._chunk:
            self._state.forget_uploads([digest])

    def _create(self, digest: str, length: int) -> tuple[str | None, int]:
        """POST a new upload; (None, length) when the service already holds the blob."""
        metadata = "sha256 " + base64.b64encode(digest.encode("ascii")).decode("ascii")
        answer = self._client.request(
            "POST",
            UPLOADS_PATH,
            b"",
            {**TUS, "Upload-Length": str(length), "Upload-Metadata": metadata},
        )
        if answer.status == 200 and _offset_header(answer) == length:
            log.debug("case service already holds blob %s", digest[:12])
            return None, length
        if answer.status != 201:
            raise _strange(answer, "starting a file upload")
        location = answer.headers.get("Location")
        if not location:
            raise CentralProblem(BAD_ANSWER, "the case service made an upload but gave no address")
        return self._client.path_from_location(location), 0

    def _offset_of(self, location: str, length: int) -> int | None:
        """How much of an upload the service holds; None if it no longer knows the upload."""
        answer = self._client.request("HEAD", location, b"", dict(TUS))
        if answer.status in (404, 410):
            log.info("the case service forgot upload %s; starting again", location)
            return None
        if answer.status != 200:
            raise _strange(answer, "asking how much of a file arrived")
        offset = _offset_header(answer)
        stated = answer.headers.get("Upload-Length")
        if offset is None or offset > length or (stated is not None and stated != str(length)):
            raise CentralProblem(BAD_ANSWER, "the case service gave a strange upload offset")
        return offset

    def _send_from(self, digest: str, path: Path, location: str, offset: int, length: int) -> None:
        checksum_failures = 0
        while offset < length:
            # The rest of the file in one PATCH: the service keeps whatever arrives before a
            # cut, so resuming never needs small chunks, and each PATCH costs the service a
            # signature check and two fsyncs. From the start, the checksum is the file's own
            # name (already checked against its bytes); after a cut, the rest is hashed.
            size = length - offset
            raw = bytes.fromhex(digest) if offset == 0 else _file_digest(path, offset, size)
            body = FileRange(path, offset, size, raw.hex())
            answer = self._client.request(
                "PATCH",
                location,
                body,
                {
                    **TUS,
                    "Content-Type": "application/offset+octet-stream",
                    "Upload-Offset": str(offset),
                    "Upload-Checksum": "sha256 " + base64.b64encode(raw).decode("ascii"),
                },
            )
            if answer.status == 204 and _offset_header(answer) == offset + size:
                self.sent_bytes += size
                offset += size
            elif answer.status == 409:
                found = self._offset_of(location, length)
                if found is None:
                    self._state.forget_uploads([digest])
                    raise CentralProblem(BAD_ANSWER, "the case service lost a file upload", 409)
                log.info("upload %s: the service holds %d bytes, not %d", location, found, offset)
                offset = found
            elif answer.status == 460 and checksum_failures < MAX_CHECKSUM_RETRIES:
                checksum_failures += 1
                if _file_sha256(path, 0, length) != digest:
                    self._state.forget_uploads([digest])
                    raise LocalBlobProblem(f"the sealed file {digest[:12]}… is damaged here")
                log.warning("upload %s: a chunk arrived damaged; sending it again", location)
            elif answer.status in (400, 404, 410):
                # The whole file did not match its name, or the upload was dropped: begin anew.
                self._state.forget_uploads([digest])
                raise _strange(answer, "sending a file")
            else:
                raise _strange(answer, "sending a file")


def _offset_header(answer: Answer) -> int | None:
    text = answer.headers.get("Upload-Offset", "")
    # isascii: headers arrive as Latin-1 text, where "²" is a digit to isdigit() but not int().
    return int(text) if text.isascii() and text.isdigit() else None


def _strange(answer: Answer, what: str) -> CentralProblem:
    kind = answer.headers.get("Content-Type", "").split(";")[0].strip()
    if answer.status == 200 and kind != "application/json":
        reason = (
            f"{what}: a web page came back instead of the case service's answer (a network "
            "sign-in page or proxy may be in the way)"
        )
    else:
        reason = f"{what}: the case service answered HTTP {answer.status} unexpectedly"
    return CentralProblem(BAD_ANSWER, reason, answer.status)


def _file_digest(path: Path, start: int, length: int) -> bytes:
    hasher = hashlib.sha256()
    with path.open("rb") as source:
        source.seek(start)
        left = length
        while left > 0:
            block = source.read(min(READ_BYTES, left))
            if not block:
                raise LocalBlobProblem(f"the sealed file {path.name[:12]}… shrank while sending")
            hasher.update(block)
            left -= len(block)
    return hasher.digest()


def _file_sha256(path: Path, start: int, length: int) -> str:
    return _file_digest(path, start, length).hex()
