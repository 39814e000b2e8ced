"""composed text: text saved before the services composed it is composed (NFC), once

Revision ID: 0018_composed_text
Revises: 0017_exercise_and_caption_rules
Create Date: 2026-12-01

Since session 12 the services store text composed (samverkan_desktop/composed_text.py, through
services.validation.clean) and compose search terms. A name saved before that, pasted from a Mac
or a PDF ("A" + a combining ring), is still stored decomposed: a typed search for "Åberg" and the
duplicate-name checks miss it. This composes the stored text.

- Which columns: every text column of the models' tables that exists in the database at this
  revision (a column a later migration adds is not there yet), except enums (identifiers) and
  EXCLUDED_TABLES / EXCLUDED_COLUMNS below, each with its reason.
- PostgreSQL 13+: one ``normalize(c, NFC)`` UPDATE per column, of the rows that need it.
  SQLite (and an older PostgreSQL): in Python, reading only rows holding a character beyond
  ASCII, in batches, writing back only what composing changes.
- A column under a unique constraint (a group's, an organisation's, a place's name ...) goes
  row by row: composing may make a row equal to another. Nothing is merged and the upgrade does
  not fail: the decomposed row keeps its place with " (2)" (" (3)" ...) after its name, so the
  coordinator sees two rows and decides (a number reads the same in every language; the
  composed row keeps the name).
- The exercise rules of 0017 refuse a new evaluation of an exercise not held, and an objective's
  comment changed on a planned exercise counts as one. Composing changes no meaning, so that
  rule is lifted while the comments are composed and put back as it was.
- Like 0017's repairs: raw SQL, so no audit rows (a migration is not a user's edit) and row
  versions and ``updated_at`` are left as they were (an open form's save is not refused for a
  change nobody can see). SQLite's action search index follows through its own triggers.

The downgrade has nothing to undo: decomposed text meant the same, and is not restored.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0018_composed_text"
down_revision: str | None = "0017_exercise_and_caption_rules"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EXCLUDED_TABLES: Mapping[str, str] = {
    "audit_log": "history: each row says what a change stored, as it stored it",
    "settings": "keys and numbers or choice identifiers (services/settings.py), no prose",
}
_FILE = "where the file lies in the data folder: a composed path may name no file"
_FILE_NAME = "the file's own name as its folder gave it (macOS: decomposed), kept as given"
_CODE = (
    "a code compared as written (unit codes are A-Z, digits and hyphens; checklist codes line "
    "a walk's observations up with the default checklist's)"
)
EXCLUDED_COLUMNS: Mapping[tuple[str, str], str] = {
    ("observation_photos", "original_path"): _FILE,
    ("observation_photos", "display_path"): _FILE,
    ("plan_attachments", "stored_path"): _FILE,
    ("observation_photos", "file_name"): _FILE_NAME,
    ("plan_attachments", "file_name"): _FILE_NAME,
    ("observation_photos", "image_format"): "a format code (JPEG, PNG)",
    ("alarm_units", "code"): _CODE,
    ("courses", "code"): _CODE,
    ("priority_areas", "code"): _CODE,
    ("checklist_template_items", "code"): _CODE,
    ("walk_checklist_items", "code"): _CODE,
    ("agenda_template_items", "standing_key"): "the identifier of a standing agenda item",
    ("agenda_items", "standing_key"): "the identifier of a standing agenda item",
    ("meeting_rules", "rrule"): "an iCalendar recurrence rule, read by dateutil",
    ("meeting_rules", "exdates"): "the dates a rule leaves out, in ISO form",
}

# Rows holding a character beyond ASCII: only they can need composing.
SQLITE_NON_ASCII = "*[^\x01-\x7f]*"  # GLOB
POSTGRESQL_NON_ASCII = "[^\x01-\x7f]"  # a regular expression (~)
DISTINGUISHED = " ({number})"

# 0017's rule that an objective's comment is not changed while the exercise is not held.
SQLITE_EVALUATION_TRIGGER = "trg_exercise_objectives_evaluated_when_held_on_update"
POSTGRESQL_EVALUATION_TRIGGER = "trg_exercise_objectives_rules_on_update"


def prose_columns(conn: sa.Connection) -> dict[str, list[sa.Column[str]]]:
    """Per table, its text columns to compose (the models' columns present in the database)."""
    from samverkan_desktop.models import Base

    inspector = sa.inspect(conn)
    present = set(inspector.get_table_names())
    found: dict[str, list[sa.Column[str]]] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in EXCLUDED_TABLES or table.name not in present:
            continue
        stored = {column["name"] for column in inspector.get_columns(table.name)}
        columns = [
            column
            for column in table.columns
            if isinstance(column.type, sa.String)
            and not isinstance(column.type, sa.Enum)
            and (table.name, column.name) not in EXCLUDED_COLUMNS
            and column.name in stored
        ]
        if columns:
            found[table.name] = columns
    return found


def _unique_sets(inspector: sa.Inspector, table: str) -> list[list[str]]:
    """The column lists of the table's unique constraints and unique indexes, as stored."""
    sets = [list(u["column_names"]) for u in inspector.get_unique_constraints(table)]
    sets += [
        [str(name) for name in index["column_names"]]
        for index in inspector.get_indexes(table)
        if index["unique"] and None not in index["column_names"]
    ]
    return sets


def _postgresql_normalizes(conn: sa.Connection) -> bool:
    """``normalize`` and ``IS NFC NORMALIZED`` came with PostgreSQL 13."""
    version = conn.dialect.server_version_info
    return version is not None and version >= (13,)


@contextmanager
def _evaluation_rule_lifted(conn: sa.Connection) -> Iterator[None]:
    if conn.dialect.name == "sqlite":
        definition = conn.execute(
            sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
            {"name": SQLITE_EVALUATION_TRIGGER},
        ).scalar_one()
        conn.execute(sa.text(f"DROP TRIGGER {SQLITE_EVALUATION_TRIGGER}"))
        yield
        conn.execute(sa.text(definition))  # exactly as 0017 created it
        return
    # No finally: a failure rolls the whole upgrade back, the trigger's state with it.
    table = "exercise_objectives"
    conn.execute(sa.text(f"ALTER TABLE {table} DISABLE TRIGGER {POSTGRESQL_EVALUATION_TRIGGER}"))
    yield
    conn.execute(sa.text(f"ALTER TABLE {table} ENABLE TRIGGER {POSTGRESQL_EVALUATION_TRIGGER}"))


def _non_ascii(conn: sa.Connection, column: str) -> str:
    operator = "GLOB" if conn.dialect.name == "sqlite" else "~"
    return f"{column} {operator} :non_ascii"


def _taken(
    conn: sa.Connection,
    table: sa.Table,
    column: str,
    candidate: str,
    row: Mapping[str, Any],
    unique_sets: list[list[str]],
) -> bool:
    """Whether another row holds ``candidate`` where a unique constraint on ``column`` says
    only one row may."""
    (key,) = table.primary_key.columns
    for names in (s for s in unique_sets if column in s):
        others = {name: row[name] for name in names if name != column}
        if any(value is None for value in others.values()):
            continue  # NULLs are never equal: no collision
        same = "".join(f" AND {name} = :other_{name}" for name in others)
        statement = (
            f"SELECT 1 FROM {table.name} WHERE {column} = :candidate AND {key.name} <> :key{same}"
        )
        params = {f"other_{name}": value for name, value in others.items()}
        found = conn.execute(
            sa.text(statement), {"candidate": candidate, "key": row[key.name], **params}
        ).first()
        if found is not None:
            return True
    return False


def _free_value(
    conn: sa.Connection,
    table: sa.Table,
    column: sa.Column[str],
    value: str,
    row: Mapping[str, Any],
    unique_sets: list[list[str]],
) -> str:
    """``value``, or it with " (2)", " (3)" ... where another row holds it already (cut to
    the column's length first: composing may leave a name as long as it was)."""
    length = column.type.length if isinstance(column.type, sa.String) else None
    candidate, number = value, 1
    while _taken(conn, table, column.name, candidate, row, unique_sets):
        number += 1
        suffix = DISTINGUISHED.format(number=number)
        candidate = (value[: length - len(suffix)] if length else value) + suffix
    return candidate


def _compose_in_python(
    conn: sa.Connection,
    table: sa.Table,
    columns: list[sa.Column[str]],
    unique_sets: list[list[str]],
) -> None:
    from samverkan_desktop.composed_text import composed
    from samverkan_desktop.services.id_batches import batches

    (key,) = table.primary_key.columns
    read = sorted({c.name for c in columns} | {n for s in unique_sets for n in s} | {key.name})
    condition = " OR ".join(_non_ascii(conn, c.name) for c in columns)
    pattern = SQLITE_NON_ASCII if conn.dialect.name == "sqlite" else POSTGRESQL_NON_ASCII
    keys = conn.execute(
        sa.text(f"SELECT {key.name} FROM {table.name} WHERE {condition}"),
        {"non_ascii": pattern},
    ).scalars()
    for batch in batches(list(keys)):
        rows = conn.execute(
            sa.text(
                f"SELECT {', '.join(read)} FROM {table.name} WHERE {key.name} IN :keys"
            ).bindparams(sa.bindparam("keys", expanding=True)),
            {"keys": batch},
        ).mappings()
        for row in [dict(r) for r in rows]:
            changed = {
                c.name: _free_value(conn, table, c, composed(value), row, unique_sets)
                for c in columns
                if isinstance(value := row[c.name], str) and composed(value) != value
            }
            if changed:
                assignments = ", ".join(f"{name} = :{name}" for name in changed)
                conn.execute(
                    sa.text(f"UPDATE {table.name} SET {assignments} WHERE {key.name} = :key"),
                    {**changed, "key": row[key.name]},
                )


def _compose_in_postgresql(conn: sa.Connection, table: str, column: str) -> None:
    conn.execute(
        sa.text(
            f"UPDATE {table} SET {column} = normalize({column}, NFC) "
            f"WHERE {column} IS NOT NFC NORMALIZED"
        )
    )


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        encoding = conn.execute(sa.text("SHOW server_encoding")).scalar()
        if encoding != "UTF8":
            return  # no other server encoding holds combining marks to compose
    in_sql = conn.dialect.name == "postgresql" and _postgresql_normalizes(conn)
    inspector = sa.inspect(conn)
    with _evaluation_rule_lifted(conn):
        for table_name, columns in prose_columns(conn).items():
            table = columns[0].table
            unique_sets = _unique_sets(inspector, table_name)
            unique = {name for names in unique_sets for name in names}
            by_python = [c for c in columns if not in_sql or c.name in unique]
            if by_python:
                _compose_in_python(conn, table, by_python, unique_sets)
            for column in columns:
                if column not in by_python:
                    _compose_in_postgresql(conn, table_name, column.name)


def downgrade() -> None:
    pass  # nothing to undo: the composed text means what the decomposed text meant
