"""Searching the places a kiosk could leave a resident's details behind.

A ``Place`` is a named set of folders (or files). ``search`` reads every file in them, the
raw bytes and also what a person could read out of them: the text of a PDF (pdftotext,
since a PDF's page text is compressed) and the contents of a gzip file (CUPS may keep jobs
compressed). Sealed files are random-looking bytes, so a hit in one can only be plain text.

New files in the shared ``/tmp`` are told from old ones by their change time: a file
created or rewritten after the sweep began has a ctime after it (a copy cannot set ctime).
"""

from __future__ import annotations

import contextlib
import gzip
import os
import stat
import subprocess
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.evidence.privacy_resident import Needle

LARGEST_FILE = 64 * 1024 * 1024
# The session machinery's job outputs; nothing of the kiosk's is there.
NOT_OURS = ("/tmp/bash_jobs",)


@dataclass(frozen=True, slots=True)
class Hit:
    """A detail found in a file, as the report names it."""

    place: str
    path: str
    detail: str
    encoding: str
    layer: str

    def __str__(self) -> str:
        return f"{self.place}: {self.path} holds the {self.detail} ({self.encoding}, {self.layer})"


@dataclass
class Place:
    """A place to look: its name, and the folders or files that make it up.

    Attributes:
        changed_since: only files whose ctime is at or after this (seconds since the epoch)
            are read; None reads every file.
    """

    name: str
    roots: list[Path]
    changed_since: float | None = None
    skip: tuple[str, ...] = NOT_OURS
    files_read: int = 0
    too_large: list[str] = field(default_factory=list)

    def files(self) -> Iterator[Path]:
        """Every regular file under the roots (symlinks are not followed)."""
        for root in self.roots:
            if root.is_file():
                yield root
                continue
            for folder, dirs, names in os.walk(root, onerror=lambda _e: None):
                dirs[:] = [d for d in dirs if not os.path.join(folder, d).startswith(self.skip)]
                for name in names:
                    path = Path(folder, name)
                    try:
                        info = path.lstat()
                    except OSError:
                        continue  # gone already: another process's temporary file
                    if not stat.S_ISREG(info.st_mode):
                        continue
                    if self.changed_since is not None and info.st_ctime < self.changed_since:
                        continue
                    if info.st_size > LARGEST_FILE:
                        self.too_large.append(str(path))
                        continue
                    yield path


def layers(content: bytes) -> Iterator[tuple[str, bytes]]:
    """The file's bytes, then anything readable hidden in them (PDF text, gzip content)."""
    yield "raw bytes", content
    if content.startswith(b"\x1f\x8b"):
        with contextlib.suppress(OSError, EOFError, zlib.error):
            yield "gzip content", gzip.decompress(content)
    if b"%PDF-" in content[:1024]:
        done = subprocess.run(
            ["pdftotext", "-q", "-", "-"], input=content, capture_output=True, check=False
        )
        yield "PDF text", done.stdout
        yield "PDF streams", _inflated_streams(content)


def _inflated_streams(pdf: bytes) -> bytes:
    """Every Flate stream in a PDF, inflated: page text and metadata a viewer would draw."""
    out = []
    start = 0
    while (start := pdf.find(b"stream", start)) != -1:
        start += len(b"stream")
        begin = start + (2 if pdf[start : start + 2] == b"\r\n" else 1)
        try:
            out.append(zlib.decompressobj().decompress(pdf[begin : begin + LARGEST_FILE]))
        except zlib.error:
            continue
    return b"\n".join(out)


def details_in(content: bytes, needles: list[Needle]) -> dict[str, tuple[str, str]]:
    """Each detail found in a file's content, with the encoding and layer it was found in."""
    found: dict[str, tuple[str, str]] = {}
    for layer, data in layers(content):
        lowered = data.lower()
        for needle in needles:
            if needle.detail in found:
                continue
            key = needle.data if needle.case_sensitive else needle.data.lower()
            if key in (data if needle.case_sensitive else lowered):
                found[needle.detail] = (needle.encoding, layer)
    return found


def search(places: Iterable[Place], needles: list[Needle]) -> list[Hit]:
    """Every detail found in every file of every place (one hit per file and detail)."""
    hits: list[Hit] = []
    for place in places:
        for path in place.files():
            try:
                content = path.read_bytes()
            except OSError:
                continue
            place.files_read += 1
            for detail, (encoding, layer) in details_in(content, needles).items():
                hits.append(Hit(place.name, str(path), detail, encoding, layer))
    return hits
