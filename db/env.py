"""Alembic environment. The program passes an open connection (config.attributes["connection"]);
the alembic command line may instead give a URL with -x db=URL or SAMVERKAN_DB."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from samverkan_desktop.models import Base
from samverkan_desktop.paths import default_database_url

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("db") or default_database_url()
    engine = create_engine(url)
    with engine.begin() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Offline migrations are not supported; give a database.")
run_migrations_online()
