"""How replication with each peer is going, in words staff can act on."""

from __future__ import annotations

from dataclasses import dataclass

CONNECTED = "connected"
UNREACHABLE = "unreachable"
REFUSED_OUR_KEY = "refused our key"
SENT_BAD_DATA = "sent bad data"
OTHER_SITE = "belongs to another site"


@dataclass(frozen=True, slots=True)
class PeerStatus:
    """How pulling from one peer is going, for staff to read.

    Attributes:
        url: the peer's address.
        state: ``connected``, ``unreachable``, ``refused our key``, ``sent bad data`` or
            ``belongs to another site``.
        last_ok: when a pull last succeeded (UTC, ISO 8601), if ever.
        last_error: the latest problem in plain English, if any.
        events_received: how many new events this peer has given us since start.
    """

    url: str
    state: str
    last_ok: str | None = None
    last_error: str | None = None
    events_received: int = 0
