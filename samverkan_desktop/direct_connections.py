"""The pooled connections of Database.direct's units, kept between units.

On PostgreSQL a connection serving direct units plans their statements once: psycopg prepares
each at its first run (direct_sql.DirectUnit) and the server keeps one generic plan for it
(``plan_cache_mode``), where it would otherwise parse and plan the reception's lend, a
seven-table statement whose planning costs more than its execution, at each of a connection's
first five runs and plan it afresh at the next five. Twenty desks lending at once spent their
first ten lends so (tests/bench/lending.py). The statements are keyed by ids, so the generic
plan is the custom one. The setting is the connection's own while direct units keep it; going
back to the engine's pool it is reset, so a Session's queries are planned as before.

A kept connection also keeps what each unit would otherwise make again: its cursor (psycopg's
cursor brings a fresh adapter map, whose dumpers and loaders are looked up again per statement)
and, on PostgreSQL, autocommit as the last unit left it (setting it costs a lock and a state
check per unit, twice a lend). Both are undone when the connection goes back to the pool."""

from __future__ import annotations

import threading
import time
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.pool import PoolProxiedConnection


class DroppedConnection(Exception):
    """Database.direct: the kept connection was gone before anything was done."""


GENERIC_PLANS = "samverkan_generic_plans"  # in the pooled connection's info: the setting is on
CURSOR = "samverkan_direct_cursor"  # in the pooled connection's info: the units' cursor


class DirectConnections:
    """The pooled connections of direct units, kept between units instead of going back to the
    engine's pool: a unit then needs no checkout and, on PostgreSQL, no ping (a round trip per
    unit: a tenth of a lend's). A connection idle longer than IDLE_S goes back to the pool and
    is checked out again with its ping, as a Session's would be after a pause; one that failed
    is discarded."""

    IDLE_S = 30.0

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._postgres = engine.dialect.name == "postgresql"
        self._idle: list[tuple[float, PoolProxiedConnection]] = []
        self._lock = threading.Lock()

    def take(self, fresh: bool = False) -> tuple[PoolProxiedConnection, bool]:
        """A connection, and whether it was kept (not pinged)."""
        with self._lock:
            used, pooled = self._idle.pop() if self._idle and not fresh else (0.0, None)
        if pooled is not None:
            if time.monotonic() - used < self.IDLE_S:
                return pooled, True
            self._back_to_pool(pooled)
        pooled = self._engine.raw_connection()  # PostgreSQL: pinged, like a Session's
        if self._postgres and not pooled.info.get(GENERIC_PLANS):
            try:
                _plan_cache_mode(pooled, "SET plan_cache_mode = force_generic_plan")
            except BaseException:
                pooled.invalidate()  # dropped since its ping: Database.direct says so
                pooled.close()
                raise
            pooled.info[GENERIC_PLANS] = True
        return pooled, False

    def cursor(self, pooled: PoolProxiedConnection) -> Any:
        """PostgreSQL: the cursor the direct units of this connection share (one unit at a
        time). None on SQLite, whose cursors cost little and which never keeps one open over
        a statement not read to its end."""
        if not self._postgres:
            return None
        cursor = pooled.info.get(CURSOR)
        if cursor is None:
            driver = pooled.driver_connection
            assert driver is not None
            cursor = pooled.info[CURSOR] = driver.cursor()
        return cursor

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
            self._back_to_pool(pooled)

    def _back_to_pool(self, pooled: PoolProxiedConnection) -> None:
        cursor = pooled.info.pop(CURSOR, None)
        try:
            if cursor is not None:
                cursor.close()
            if pooled.info.pop(GENERIC_PLANS, False):
                _plan_cache_mode(pooled, "RESET plan_cache_mode")  # leaves autocommit off
            elif self._postgres:
                driver = pooled.driver_connection
                assert driver is not None
                driver.autocommit = False  # a Session's transactions again
        except self._engine.dialect.loaded_dbapi.Error:
            pooled.invalidate()  # not fit for a Session: the pool opens another
        pooled.close()


def _plan_cache_mode(pooled: PoolProxiedConnection, statement: str) -> None:
    """A session setting, outside a transaction (one rolled back would undo it); the
    connection is idle (checked out, or kept between units)."""
    driver = pooled.driver_connection
    assert driver is not None
    driver.autocommit = True
    try:
        driver.execute(statement)
    finally:
        driver.autocommit = False
