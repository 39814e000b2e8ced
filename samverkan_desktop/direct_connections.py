"""The pooled connections of Database.direct's units, kept between units."""

from __future__ import annotations

import threading
import time

from sqlalchemy import Engine
from sqlalchemy.pool import PoolProxiedConnection


class DroppedConnection(Exception):
    """Database.direct: the kept connection was gone before anything was done."""


class DirectConnections:
    """The pooled connections of direct units, kept between units instead of going back to the
    engine's pool: a unit then needs no checkout and, on PostgreSQL, no ping (a round trip per
    unit: a tenth of a lend's). A connection idle longer than IDLE_S goes back to the pool and
    is checked out again with its ping, as a Session's would be after a pause; one that failed
    is discarded."""

    IDLE_S = 30.0

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._idle: list[tuple[float, PoolProxiedConnection]] = []
        self._lock = threading.Lock()

    def take(self, fresh: bool = False) -> tuple[PoolProxiedConnection, bool]:
        """A connection, and whether it was kept (not pinged)."""
        with self._lock:
            used, pooled = self._idle.pop() if self._idle and not fresh else (0.0, None)
        if pooled is not None:
            if time.monotonic() - used < self.IDLE_S:
                return pooled, True
            pooled.close()
        return self._engine.raw_connection(), False  # PostgreSQL: pinged, like a Session's

    def give_back(self, pooled: PoolProxiedConnection, healthy: bool) -> None:
        if not healthy:
            pooled.invalidate()
            pooled.close()
            return
        with self._lock:
            self._idle.append((time.monotonic(), pooled))

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for _used, pooled in idle:
            pooled.close()
