"""Moving a test's database between revisions, as the migration tests do (data written between
the steps as another tool or an older version would have written it)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from samverkan_desktop.db import Database, _alembic_config
from tests.core.database_rules import rows


def migrate(db: Database, revision: str) -> None:
    """Up to "heads", or down to ``revision``."""
    with db.engine.begin() as conn:
        config = _alembic_config(conn)
        if revision == "heads":
            command.upgrade(config, revision)
        else:
            command.downgrade(config, revision)


def revision(db: Database) -> set[str]:
    return {str(r["version_num"]) for r in rows(db, "SELECT version_num FROM alembic_version")}


def table_names(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(inspect(conn).get_table_names())
