"""Fixtures of the core tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from samverkan_desktop import changes
from samverkan_desktop.db import Database, open_database
from tests.core.notifications import driver_url


@pytest.fixture
def pg_desks(pg_url: str) -> Iterator[tuple[Database, Any]]:
    """A database and a raw connection LISTENing on it (any client id is another desk's)."""
    db = open_database(pg_url)
    listening = psycopg.connect(driver_url(db), autocommit=True)
    listening.execute(f"LISTEN {changes.CHANNEL}")
    yield db, listening
    listening.close()
    db.dispose()
