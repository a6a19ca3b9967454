"""Live queue updates for screens: no screen ever needs a manual refresh.

The watch refreshes the site queue from the journal when a peer's events were stored (the
replicator calls ``notify`` from its thread) and on a short timer as a backstop, and emits
``changed`` on the UI thread whenever the queue is different.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from core.queue_feed import SiteQueueFeed


class QueueWatch(QObject):
    """Emits ``changed`` on the UI thread whenever today's site queue changes.

    Signals:
        changed(): the feed's queue has new events (read ``feed.queue``).
        _poke(): internal; carries a notification from any thread to the UI thread.
    """

    changed = Signal()
    _poke = Signal()

    def __init__(self, feed: SiteQueueFeed, parent: QObject | None = None, tick_ms: int = 250):
        super().__init__(parent)
        self.feed = feed
        self._poke.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def notify(self, _count: int = 0) -> None:
        """Safe from any thread: refresh on the UI thread as soon as it is free."""
        self._poke.emit()

    @Slot()
    def refresh(self) -> None:
        """Fold in new journal rows now; emits ``changed`` if anything is new."""
        if self.feed.refresh():
            self.changed.emit()

    def stop(self) -> None:
        """Stop the timer (the window is closing)."""
        self._timer.stop()
