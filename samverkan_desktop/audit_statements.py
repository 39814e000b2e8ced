"""The INSERT statements of the audit trail's rows: the one every save writes through
(RETURNING the ids, to merge a record's later entries of the same transaction into them), a
direct unit of work's (direct_sql.DirectUnit) several rows at once, and PostgreSQL's inline
CTE that writes a change and its trail in one statement."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, union_all
from sqlalchemy import cast as sql_cast

from samverkan_desktop import direct_sql
from samverkan_desktop.models.audit import AuditEntry


@cache
def returning_insert(dialect: str) -> Any:
    # Built once: every save writes through it (its compiled form is cached by SQLAlchemy).
    audit = cast(Table, AuditEntry.__table__)
    statement = insert(audit).returning(audit.c.id, sort_by_parameter_order=True)
    if dialect == "postgresql":
        # The server knows the role the desk logged in as (or SET ROLE to).
        statement = statement.values(db_role=func.current_user())
    return statement


_DIRECT_FIELDS = ("at", "who", "table_name", "record_id", "action", "changes", "client_id")


@cache
def direct_insert(count: int) -> direct_sql.Statement:
    """One INSERT of ``count`` audit rows, for direct_sql.DirectUnit (see there why); its
    parameters are ``numbered(rows)``. No RETURNING: a direct unit of work ends with its
    change, there is nothing to merge later."""

    def build(dialect: str) -> Any:
        audit = cast(Table, AuditEntry.__table__)
        rows = []
        for n in range(count):
            row: dict[str, Any] = {
                name: bindparam(f"{name}_{n}", type_=audit.c[name].type) for name in _DIRECT_FIELDS
            }
            if dialect == "postgresql":
                row["db_role"] = func.current_user()
            rows.append(row)
        return insert(audit).values(rows)

    return direct_sql.Statement(build)


def numbered(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The parameters of ``direct_insert(len(rows))`` for rows made by ``entries``."""
    return {f"{name}_{n}": row[name] for n, row in enumerate(rows) for name in _DIRECT_FIELDS}


_INLINE_FIELDS = tuple(name for name in _DIRECT_FIELDS if name != "record_id")


def inline_insert(sources: Sequence[Any]) -> Any:
    """PostgreSQL: an INSERT of one audit row per source, as a CTE of the statement that makes
    the change (so a change and its trail are one statement, one round trip). ``sources`` are
    the id columns of the change's own CTEs (``UPDATE … RETURNING id``): a row is written only
    if its source returned a row, and its record id is that id. Rows are inserted in the
    sources' order; their parameters are ``inline_parameters(rows)``."""
    audit = cast(Table, AuditEntry.__table__)
    selects = []
    for n, source in enumerate(sources):
        values: dict[str, Any] = {
            name: bindparam(f"{name}_{n}", type_=audit.c[name].type) for name in _INLINE_FIELDS
        }
        values["record_id"] = sql_cast(source, audit.c.record_id.type)
        values["db_role"] = func.current_user()
        columns = [*_INLINE_FIELDS, "record_id", "db_role"]
        selects.append(select(*(values[name] for name in columns)).select_from(source.table))
    rows = selects[0] if len(selects) == 1 else union_all(*selects)
    return insert(audit).from_select(columns, rows).cte("trail")


def inline_parameters(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The parameters of ``inline_insert`` for rows made by ``entries`` (their record ids
    come from the statement)."""
    return {f"{name}_{n}": row[name] for n, row in enumerate(rows) for name in _INLINE_FIELDS}
