"""A folder standing in for a printer: each job becomes a file, for demos and screenshots.

Each job is written to a hidden temporary file, flushed to disk, then linked to its final
name, so a file with a job's name is always whole and an existing file is never replaced.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from pathlib import Path

from core.printing import PrinterFault, PrinterState, PrintResult
from printing.backends.backend import DocumentFormat

log = logging.getLogger(__name__)

_SUFFIXES = {DocumentFormat.PDF: ".pdf", DocumentFormat.ESCPOS: ".bin"}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_stem(job_name: str) -> str:
    """A file name stem from a job name: letters, digits, '.', '_' and '-' only."""
    stem = _UNSAFE.sub("-", job_name).strip("-.")[:60]
    return stem or "printout"


class FileSink:
    """Writes each job as ``<job-name>-<n>.pdf`` or ``.bin`` in a folder.

    Attributes:
        folder: where the files go; made if missing.
        label: for staff and logs.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.label = f"folder {folder}"
        self._last: dict[str, int] = {}  # the last number used per name, to start looking after

    def send(self, data: bytes, job_name: str, document_format: DocumentFormat) -> PrintResult:
        """Write the job whole under the first free number; a disk problem is a fault."""
        try:
            path = self._write(data, safe_stem(job_name), _SUFFIXES[document_format])
        except OSError as exc:
            detail = f"cannot write to {self.folder}: {exc.strerror or exc}"
            return PrintResult(False, fault=PrinterFault.ERROR, detail=detail)
        log.info("%s: wrote %s", self.label, path.name)
        return PrintResult(True, job=path.name)

    def state(self) -> PrinterState:
        """Ready when the folder exists (or can be made) and is writable."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            detail = f"cannot make {self.folder}: {exc.strerror or exc}"
            return PrinterState(self.label, False, PrinterFault.OFFLINE, detail)
        if not os.access(self.folder, os.W_OK | os.X_OK):
            detail = f"cannot write to {self.folder}"
            return PrinterState(self.label, False, PrinterFault.OFFLINE, detail)
        return PrinterState(self.label, True)

    def _write(self, data: bytes, stem: str, suffix: str) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".printing-", dir=self.folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            number = self._last.get(stem + suffix, 0) + 1
            while True:
                path = self.folder / f"{stem}-{number}{suffix}"
                try:
                    path.hardlink_to(temporary)
                except FileExistsError:
                    number += 1
                    continue
                break
            self._last[stem + suffix] = number
        finally:
            Path(temporary).unlink()
        _fsync_folder(self.folder)
        return path


def _fsync_folder(folder: Path) -> None:
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
