"""Content-addressed files for sealed documents: named by the sha256 of their ciphertext."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

from core.ports import StorageUnavailable
from store.files import fsync_folder, write_atomically

BLOBS_FOLDER = "blobs"


def blob_file(root: Path, digest: str) -> Path:
    """Where a blob with this hash lives below a blob folder (whether or not it exists)."""
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError(f"not a sha256 hex digest: {digest!r}")
    return root / digest[:2] / digest


class BlobMissing(LookupError):
    """No blob with that hash, or its bytes no longer match the hash."""


class BlobStore:
    """Writes each blob fully and fsyncs it (and its folder) before returning its hash."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        # Half-written files from a crash were never named by any event: clear them away.
        for leftover in self.root.glob("*/.incoming-*"):
            leftover.unlink(missing_ok=True)

    def path_for(self, digest: str) -> Path:
        """Where a blob with this hash lives (whether or not it exists)."""
        return blob_file(self.root, digest)

    def put(self, data: bytes) -> str:
        """Store bytes durably; returns their sha256. Storing the same bytes twice is a no-op."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path_for(digest)
        if target.exists():
            return digest
        try:
            # ".incoming-" names what start-up clears away after a crash (see __init__).
            incoming = f".incoming-{os.urandom(8).hex()}"
            write_atomically(target, data, 0o600, temporary=incoming)
            fsync_folder(self.root)  # the digest's folder may be new
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
                raise StorageUnavailable(f"blob store: {exc.strerror}") from exc
            raise
        return digest

    def get(self, digest: str) -> bytes:
        """The blob's bytes, checked against its hash."""
        try:
            data = self.path_for(digest).read_bytes()
        except FileNotFoundError:
            raise BlobMissing(digest) from None
        if hashlib.sha256(data).hexdigest() != digest:
            raise BlobMissing(f"{digest} (contents damaged)")
        return data

    def has(self, digest: str) -> bool:
        """True if a blob with this hash is stored."""
        return self.path_for(digest).exists()
