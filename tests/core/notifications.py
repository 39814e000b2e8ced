"""PostgreSQL notifications seen as another desk sees them, and the client's wire traffic
(tests of changes and announcer)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from psycopg import pq

from samverkan_desktop.db import Database


def driver_url(db: Database) -> str:
    return db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def payloads(listening: Any, seconds: float = 1.0) -> list[str]:
    return [notify.payload for notify in listening.notifies(timeout=seconds, stop_after=10)]


@contextmanager
def wire(driver: Any, trace: Path) -> Iterator[None]:
    """libpq's trace of what the client sends on ``driver``: the truth of what went in which
    transaction (the session's COMMIT goes through psycopg, not SQLAlchemy's events)."""
    with trace.open("w") as file:
        driver.pgconn.trace(file.fileno())
        driver.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
        try:
            yield
        finally:
            driver.pgconn.untrace()
