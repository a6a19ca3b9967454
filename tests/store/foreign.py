"""Events as another terminal would send them, for ingest tests."""

from __future__ import annotations

from core.clock import Hlc
from core.events import Event, JsonObject, Scope
from core.ids import uuid7

# 2026-03-02T09:00:00Z: a weekday morning, well after the epoch, so HLC text is realistic.
MORNING_MS = 1_772_442_000_000


def foreign_event(
    origin: str,
    seq: int,
    type_: str,
    payload: JsonObject | None = None,
    *,
    hlc: Hlc | None = None,
    recorded_at: str = "2026-03-02T09:00:00.000Z",
    site: str = "site-a",
    scope: Scope = Scope.SITE,
) -> Event:
    """An event recorded by terminal ``origin``, ready to ingest."""
    stamp = hlc or Hlc(MORNING_MS + seq, 0)
    return Event(
        id=uuid7(stamp.wall_ms),
        origin=origin,
        seq=seq,
        hlc=str(stamp),
        site=site,
        type=type_,
        scope=scope,
        payload=dict(payload or {}),
        recorded_at=recorded_at,
    )
