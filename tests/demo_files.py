"""The example district in a test's database, from a copy made once per day (see the
``sqlite_demo_files`` fixture in tests/conftest.py)."""

from __future__ import annotations

import pytest

from samverkan_desktop.db import Database


def load_demo(database: Database, request: pytest.FixtureRequest) -> None:
    """Load the example district into ``database`` (empty), as ``demo.load`` does, by
    copying today's example (``sqlite_demo_files``, ``pg_demo_templates``) in its place."""
    from samverkan_desktop.empty import is_empty

    with database.session() as session:
        assert is_empty(session), "the example district is loaded into an empty database"
    # Nothing has run on the database's direct connections yet: emptying the engine's pool
    # is enough for its next connection to open the copy.
    database.engine.dispose()
    copier = "sqlite_demo_files" if database.is_sqlite else "pg_demo_templates"
    request.getfixturevalue(copier)(str(database.engine.url.database))
