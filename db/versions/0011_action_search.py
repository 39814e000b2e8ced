"""action search: a trigram index over the actions' titles and descriptions

Revision ID: 0011_action_search
Revises: 0010_plan_row_version
Create Date: 2026-11-30

The Actions list's search ("contains", any case) scanned all actions on every keystroke: no
ordinary index serves a text that may start anywhere. A trigram index does; the search
(services/action_list.py) takes its candidates from it and checks them with the same condition
as before, so what is found does not change, only how fast.

- SQLite: an FTS5 table with the trigram tokenizer over the actions table (external content:
  the text is not stored twice), kept up to date by triggers on insert, delete and an update of
  the title or description: by the database itself, whoever writes.
- PostgreSQL: GIN trigram indexes (pg_trgm) on the title and the description, which serve the
  search's ILIKE (PostgreSQL folds the case itself). pg_trgm is a trusted extension
  (PostgreSQL 13+): the database owner may create it. Where it cannot be created the indexes
  are left out and the search stays correct, only slower.

NOTE for later migrations: an SQLite batch operation that recreates the actions table drops
these triggers; create them again afterwards (tests/core/test_action_search.py fails if edits
stop showing up in the search).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from alembic import op
from sqlalchemy import exc

revision: str = "0011_action_search"
down_revision: str | None = "0010_plan_row_version"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)

# columnsize=0: no per-row column sizes (only ranking would use them; the search does not rank).
SQLITE_TABLE = """
CREATE VIRTUAL TABLE action_search USING fts5(
    title, description,
    content='actions', content_rowid='id', tokenize='trigram', columnsize=0
)
"""
# An external-content index must be told the old text to forget it ('delete' with old values).
SQLITE_TRIGGERS = {
    "trg_action_search_insert": """
    CREATE TRIGGER trg_action_search_insert AFTER INSERT ON actions BEGIN
        INSERT INTO action_search(rowid, title, description)
        VALUES (new.id, new.title, new.description);
    END
    """,
    "trg_action_search_delete": """
    CREATE TRIGGER trg_action_search_delete AFTER DELETE ON actions BEGIN
        INSERT INTO action_search(action_search, rowid, title, description)
        VALUES ('delete', old.id, old.title, old.description);
    END
    """,
    "trg_action_search_update": """
    CREATE TRIGGER trg_action_search_update AFTER UPDATE OF id, title, description ON actions
    BEGIN
        INSERT INTO action_search(action_search, rowid, title, description)
        VALUES ('delete', old.id, old.title, old.description);
        INSERT INTO action_search(rowid, title, description)
        VALUES (new.id, new.title, new.description);
    END
    """,
}
POSTGRESQL_INDEXES = {
    "ix_actions_title_trgm": "title",
    "ix_actions_description_trgm": "description",
}


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(SQLITE_TABLE)
        # Read every action once into the index (seconds for 100,000 actions).
        op.execute("INSERT INTO action_search(action_search) VALUES ('rebuild')")
        for statement in SQLITE_TRIGGERS.values():
            op.execute(statement)
        return
    if not _create_pg_trgm():
        return
    for name, column in POSTGRESQL_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON actions USING gin ({column} gin_trgm_ops)")


def _create_pg_trgm() -> bool:
    connection = op.get_bind()
    savepoint = connection.begin_nested()
    try:
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except exc.DBAPIError as error:  # not installed (contrib), or a role that may not
        savepoint.rollback()
        log.warning("pg_trgm unavailable, the actions search stays unindexed: %s", error.orig)
        return False
    savepoint.commit()
    return True


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS action_search")
        return
    # The extension stays: it may have been there before, and other objects may use it.
    for name in POSTGRESQL_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
