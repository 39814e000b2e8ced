"""A SQLite connection that refuses long ``IN`` lists as a stricter build would.

This machine's libsqlite3 allows 250,000 bound values; a default build allows 32,766, and
SQLite before 3.32 (still shipped by some systems) 999. Lowering the limit shows a query that
passes every id at once, which only fails at a user's with many rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from samverkan_desktop.db import Database

# A default SQLite build (and the Windows and macOS Pythons').
DEFAULT_LIMIT = 32_766
# SQLite before 3.32: small enough that a test needs only a thousand or so ids to reach it.
OLD_LIMIT = 999


@contextmanager
def bound_value_limit(db: Database, limit: int) -> Iterator[Database]:
    """``db`` whose connections accept at most ``limit`` bound values in one statement."""

    def lower(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)

    event.listen(db.engine, "connect", lower)
    db.engine.dispose()  # reconnect with the lower limit
    try:
        yield db
    finally:
        event.remove(db.engine, "connect", lower)
        db.engine.dispose()
