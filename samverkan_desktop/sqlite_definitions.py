"""A table's stored definition on SQLite rewritten in place, for a migration that loosens a
CHECK (a list of allowed values grows): SQLite cannot alter a constraint, and rebuilding a
table in a batch copies every row and, with foreign keys on, runs the ON DELETE actions of the
tables that refer to it. Every stored row still passes a loosened rule, which is what makes the
rewrite safe (sqlite.org lang_altertable.html, "making other kinds of table schema changes")."""

from __future__ import annotations

from sqlalchemy import Connection


def rewrite_definition(bind: Connection, table: str, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in ``table``'s CREATE TABLE, in the caller's transaction;
    refused, nothing changed, when ``old`` is not found there."""
    sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).scalar_one()
    if old not in sql:
        raise RuntimeError(f"{table}: {old} is not in its definition; left untouched")
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.exec_driver_sql(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
        (sql.replace(old, new), table),
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")
