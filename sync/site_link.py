"""The HTTP link to one peer: a requests session whose connections can be cut from outside.

A long-poll can sit in a socket read for many seconds; cutting the socket is what lets a
terminal stop at once instead of waiting for the peer to answer.
"""

from __future__ import annotations

import contextlib
import socket
import weakref
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPConnectionPool


class PeerLink:
    """Makes the session for one puller and can cut every connection it opened."""

    def __init__(self) -> None:
        self._live: weakref.WeakSet[object] = weakref.WeakSet()

    def session(self) -> requests.Session:
        """A session for plain-HTTP peers whose connections ``cut`` can reach."""
        live = self._live

        class _TrackedPool(HTTPConnectionPool):
            def _new_conn(self) -> Any:
                conn = super()._new_conn()
                live.add(conn)
                return conn

        adapter = HTTPAdapter(max_retries=0)
        adapter.poolmanager.pool_classes_by_scheme = {
            **adapter.poolmanager.pool_classes_by_scheme,
            "http": _TrackedPool,
        }
        session = requests.Session()
        session.trust_env = False  # a peer is on the site's own network, never via a proxy
        session.mount("http://", adapter)
        return session

    def cut(self) -> None:
        """Shut down every open connection; a read blocked on one returns at once."""
        for conn in list(self._live):
            sock = getattr(conn, "sock", None)
            if isinstance(sock, socket.socket):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
