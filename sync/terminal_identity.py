"""This terminal's Ed25519 key pair, which signs every request it makes to the case service.

The private key lives in the data folder as ``terminal-key`` (mode 0600), made on first use.
The council registers the public key (``public_key_b64``) against the terminal id; a terminal
whose key file is lost makes a new pair and must be registered again.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nacl.signing import SigningKey

log = logging.getLogger(__name__)

KEY_FILE = "terminal-key"
_HEADER = "# civic-kiosk terminal signing key (Ed25519 seed, base64). Keep private.\n"


class IdentityError(RuntimeError):
    """The terminal's key file cannot be used; the message says what to do."""


class TerminalIdentity:
    """A terminal id with its signing key.

    Attributes:
        terminal_id: the id the case service knows this terminal by.
        key_path: where the private key is kept.
    """

    def __init__(self, terminal_id: str, signing_key: SigningKey, key_path: Path) -> None:
        self.terminal_id = terminal_id
        self.key_path = key_path
        self._key = signing_key

    @classmethod
    def load_or_create(cls, data_dir: Path, terminal_id: str) -> TerminalIdentity:
        """The terminal's identity, making and storing a new key pair if there is none yet."""
        from nacl.signing import SigningKey

        path = data_dir / KEY_FILE
        if not path.exists():
            _create(path, bytes(SigningKey.generate()))
        return cls(terminal_id, SigningKey(_read_seed(path)), path)

    def public_key_b64(self) -> str:
        """The public key, base64, as the council registers it for this terminal."""
        return base64.b64encode(bytes(self._key.verify_key)).decode("ascii")

    def sign(self, message: bytes) -> str:
        """A base64 Ed25519 signature of ``message``."""
        return base64.b64encode(self._key.sign(message).signature).decode("ascii")


def _create(path: Path, seed: bytes) -> None:
    """Write the key file whole (temp file, fsync, link); a rival writer's file wins."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{KEY_FILE}-{os.urandom(6).hex()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(_HEADER + base64.b64encode(seed).decode("ascii") + "\n")
            out.flush()
            os.fsync(out.fileno())
        # link, not rename: it refuses to replace a key another process made meanwhile.
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    log.warning("made a new terminal key in %s; register its public key with the council", path)


def _read_seed(path: Path) -> bytes:
    fix = (
        f"Move {path} aside to make a new key, then register the new public key with the "
        "council's case service."
    )
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        raise IdentityError(f"The terminal key file {path} cannot be read ({exc}). {fix}") from None
    if mode & 0o077:
        log.warning("terminal key %s was readable by others (mode %o); making it 0600", path, mode)
        path.chmod(0o600)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    body = [line for line in lines if not line.startswith("#")]
    try:
        seed = base64.b64decode(body[0], validate=True) if len(body) == 1 else b""
    except (binascii.Error, ValueError):
        seed = b""
    if len(seed) != 32:
        raise IdentityError(f"The terminal key file {path} is damaged. {fix}")
    return seed
