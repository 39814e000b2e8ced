"""Writes the audit trail from a Session event, in the same transaction as the change.

After each flush every inserted, changed and deleted ORM object gives one ``audit_log`` row
with the changed columns old → new (attribute history), the time (UTC), the operating-system
user and, on PostgreSQL, the database role (``current_user``, filled in by the server).

Personal data is never kept longer than the record keeps it:
- ``HIDDEN_FIELDS`` (a home loan's threat reason) are logged as changed, never with their text;
- ``PSEUDONYMISED_FIELDS`` are emptied in the trail when the record is pseudonymised, and the
  record's entry for it says they changed, not from what (``record_pseudonymised``, called by
  ``services.alarm_usage.pseudonymise_old_loans``);
- deleting a record of a ``PERSONAL_TABLES`` table empties the values of its whole trail.

Bulk statements (``session.execute(update(...))``) bypass the ORM's unit of work: each one in
the services calls ``record`` (or a direct unit's ``audit``) itself, and
tests/core/test_audit_core_statements.py keeps a reviewed list of them. A session whose
``info["audit"]`` is False (demo loading) writes no trail.

A part of a record kept in a table of its own (a meeting's agenda items, an action's notes) has
its own entries; the owner's History reads them too (``services.audit_parts``), so nothing is
written twice. Only a list the record shows as one field (LIST_PARTS) is written as the owner's.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import getpass
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Table,
    bindparam,
    func,
    insert,
    inspect,
    select,
    union_all,
    update,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session, sessionmaker

from samverkan_desktop import direct_sql
from samverkan_desktop.models.audit import AuditAction, AuditEntry
from samverkan_desktop.models.base import utcnow
from samverkan_desktop.services.id_batches import batches

# calendar_sequences: what the .ics export last wrote, no record of the coordinator's.
SKIP_TABLES = frozenset({"audit_log", "alembic_version", "calendar_sequences"})
# Bookkeeping, not the record's content. A row version (models.base.RowVersioned) is skipped as
# the mapper's version column, not by name: a plan version's ``version`` is the document's.
IGNORED_COLUMNS = frozenset({"created_at", "updated_at"})
HIDDEN = {"hidden": True}
# Never stored in clear, whatever happens to the record.
HIDDEN_FIELDS: dict[str, frozenset[str]] = {"alarm_loans": frozenset({"reason"})}
# Emptied in the trail when the record itself is pseudonymised.
PSEUDONYMISED_FIELDS: dict[str, frozenset[str]] = {
    "alarm_loans": frozenset({"borrower_id", "reason"})
}
# Deleting one of these records empties the values of its whole trail (records about a person:
# the contact itself, a substitute's name at a meeting, a direct number on the crisis list).
PERSONAL_TABLES = frozenset({"people", "meeting_invitees", "crisis_contacts"})
# Fields of a record that are no column of it: its parts kept as rows of their own table, shown
# as one field so that the record's own History has them (a group's standing agenda, written by
# its service with ``record``; its members, by the flush listener through LIST_PARTS).
PART_FIELDS: dict[str, tuple[str, ...]] = {"groups": ("standing_agenda", "members")}
# Rows that make a list of their parent record, written by the flush listener as one field of
# the parent (ids, named when read: a person's name is kept by the person, not by the trail):
# part table -> (parent table, parent key, the field, the listed column).
LIST_PARTS: dict[str, tuple[str, str, str, str]] = {
    "memberships": ("groups", "group_id", "members", "person_id")
}
_WRITTEN_KEY = "samverkan_audit_written"
MAX_TEXT = 4000  # longer texts are cut in the trail (minutes can be long)


@cache
def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in a service or container
        return "?"


def jsonable(value: Any) -> Any:
    """A JSON value for a column value (what the history shows and the CSV export holds)."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"({len(value)} bytes)"
    if isinstance(value, (list, tuple)):  # a part field (PART_FIELDS): one value per row
        return [jsonable(item) for item in value]
    text = str(value)
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + "…"


def _record_id(obj: Any) -> str:
    return "/".join(str(part) for part in inspect(obj).mapper.primary_key_from_instance(obj))


@cache
def _plan(mapper: Any) -> tuple[str, tuple[str, ...], frozenset[str]]:
    """Per mapped class, once: its table, the audited columns, the many-to-many collections."""
    columns = tuple(
        attr.key
        for attr in mapper.column_attrs
        if attr.key not in IGNORED_COLUMNS
        and attr.columns[0] is not mapper.version_id_col
        and not attr.columns[0].primary_key
    )
    secondaries = frozenset(r.key for r in mapper.relationships if r.secondary is not None)
    return mapper.persist_selectable.name, columns, secondaries


@cache
def _class_plan(cls: type) -> tuple[str, tuple[str, ...], frozenset[str]]:
    return _plan(inspect(cls))


def _changes(
    table: str,
    action: AuditAction,
    pairs: Iterable[tuple[str, Any, Any]],
    emptied: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """``{field: {"old": .., "new": ..}}`` for the pairs that differ; hidden fields and a
    personal record's deletion keep only that the field changed; ``emptied`` fields changed,
    their values unknown and not to be kept (pseudonymisation)."""
    hidden = HIDDEN_FIELDS.get(table, frozenset())
    personal_delete = action is AuditAction.DELETE and table in PERSONAL_TABLES
    changes: dict[str, Any] = {}
    for key, old, new in pairs:
        if key in emptied:
            changes[key] = HIDDEN
            continue
        if old == new:
            continue
        if key in hidden or personal_delete:
            changes[key] = HIDDEN
        else:
            changes[key] = {"old": jsonable(old), "new": jsonable(new)}
    return changes


def _row(
    table: str, record_id: str, action: AuditAction, changes: dict[str, Any], at: Any, who: str
) -> dict[str, Any]:
    return {
        "at": at,
        "who": who,
        "table_name": table,
        "record_id": record_id,
        "action": action,
        "changes": changes,
        "client_id": None,
    }


def _entry(obj: Any, action: AuditAction, at: dt.datetime, who: str) -> dict[str, Any] | None:
    state = inspect(obj)
    table, columns, secondaries = _plan(state.mapper)
    if table in SKIP_TABLES:
        return None
    if action is AuditAction.UPDATE:
        # Only attributes with a committed (old) value can have changed: cheap for small edits.
        changed = [k for k in columns if k in state.committed_state]
        collections = [k for k in secondaries if k in state.committed_state]
    else:
        changed, collections = list(columns), list(secondaries)
    pairs = []
    for key in changed:
        if action is AuditAction.UPDATE:
            history = state.attrs[key].history
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
        else:
            value = state.dict.get(key)
            old, new = (None, value) if action is AuditAction.INSERT else (value, None)
        pairs.append((key, old, new))
    changes = _changes(table, action, pairs)
    for key in collections:
        history = state.attrs[key].history
        old_ids = _ids([*history.unchanged, *history.deleted])
        new_ids = [] if action is AuditAction.DELETE else _ids([*history.unchanged, *history.added])
        if old_ids != new_ids:
            changes[key] = {"old": old_ids, "new": new_ids}
    if action is AuditAction.UPDATE and not changes:
        return None
    return _row(table, _record_id(obj), action, changes, at, who)


@dataclass(frozen=True)
class Change:
    """One record's change made with a Core statement: ``values`` maps a column to
    ``(old, new)`` (``(None, value)`` for an insert, ``(value, None)`` for a delete)."""

    cls: type
    record_id: Any
    action: AuditAction
    values: Mapping[str, tuple[Any, Any]]
    emptied: frozenset[str] = frozenset()  # fields emptied, values never kept (see _changes)


def record(session: Session, *changes: Change) -> None:
    """Write the trail of changes made with Core statements, which the flush listener never
    sees; the entries are the ones the ORM would have written (same fields, same order, hidden
    fields hidden) and merge with the same records' entries of this transaction. Hot paths
    (the reception's lend) use it to skip the ORM's unit of work."""
    if session.info.get("audit", True) is False:
        return
    rows = entries(changes, session.info.get("client_id"))
    if rows:
        _write(session, rows)


def entries(changes: Iterable[Change], client_id: str | None) -> list[dict[str, Any]]:
    """The audit rows for changes made with Core statements (no database involved): what
    ``record`` writes, and what a direct unit of work (direct_sql.DirectUnit) inserts."""
    at, who = utcnow(), os_user()
    rows = []
    for change in changes:
        table, columns, _secondaries = _class_plan(change.cls)
        if table in SKIP_TABLES:
            continue
        values = change.values
        fields = (*columns, *PART_FIELDS.get(table, ()))
        pairs = [
            (key, *values.get(key, (None, None)))
            for key in fields
            if key in values or key in change.emptied
        ]
        found = _changes(table, change.action, pairs, change.emptied)
        if change.action is AuditAction.UPDATE and not found:
            continue
        row = _row(table, str(change.record_id), change.action, found, at, who)
        row["client_id"] = client_id
        rows.append(row)
    return rows


def _ids(objects: Iterable[Any]) -> list[Any]:
    return sorted(_record_id(o) for o in objects if o is not None)


def _deleted(session: Session, context: Any) -> list[Any]:
    """What this flush deleted: the objects given to ``session.delete`` and the orphans, rows
    taken out of their owner's delete-orphan list (an item removed from a week's summary, a
    party from an agreement), which the flush deletes without putting them in
    ``session.deleted``."""
    found = list(session.deleted)
    marked = set(map(id, found))
    for state, (is_delete, list_only) in getattr(context, "states", {}).items():
        obj = state.obj()
        if is_delete and not list_only and obj is not None and id(obj) not in marked:
            found.append(obj)
            marked.add(id(obj))
    return found


def _after_flush(session: Session, context: Any) -> None:
    if session.info.get("audit", True) is False:
        return
    at, who = utcnow(), os_user()
    deleted = _deleted(session, context)
    rows = []
    for objects, action in (
        (session.new, AuditAction.INSERT),
        (session.dirty, AuditAction.UPDATE),
        (deleted, AuditAction.DELETE),
    ):
        for obj in objects:
            row = _entry(obj, action, at, who)
            if row is not None:
                row["client_id"] = session.info.get("client_id")
                rows.append(row)
    rows += _list_part_rows(session, deleted, at, who)
    if rows:
        _write(session, rows)


def _list_part_rows(
    session: Session, deleted: Sequence[Any], at: dt.datetime, who: str
) -> list[dict[str, Any]]:
    """The parents' entries for LIST_PARTS rows added or removed in this flush: the list
    before (now less those added, plus those removed) and after (as stored now)."""
    touched: dict[tuple[str, Any], tuple[Table, set[Any], set[Any]]] = {}
    for objects, added in ((session.new, True), (deleted, False)):
        for obj in objects:
            table = inspect(obj).mapper.persist_selectable
            part = LIST_PARTS.get(table.name)
            if part is None:
                continue
            _parent, key, _field, listed = part
            parent_id, value = getattr(obj, key), getattr(obj, listed)
            _table, plus, minus = touched.setdefault(
                (table.name, parent_id), (cast(Table, table), set(), set())
            )
            (plus if added else minus).add(value)
    rows = []
    for (name, parent_id), (table, plus, minus) in touched.items():
        parent, key, field, listed = LIST_PARTS[name]
        now = set(
            session.connection().scalars(select(table.c[listed]).where(table.c[key] == parent_id))
        )
        before = (now - plus) | minus
        if before != now:
            changes = {field: {"old": sorted(before), "new": sorted(now)}}
            row = _row(parent, str(parent_id), AuditAction.UPDATE, changes, at, who)
            row["client_id"] = session.info.get("client_id")
            rows.append(row)
    return rows


def _write(session: Session, rows: list[dict[str, Any]]) -> None:
    # One save may flush a record several times (a query in between autoflushes): its entries
    # of one transaction are merged, so the history shows one change per save.
    written: dict[tuple[str, str], tuple[int, dict[str, Any]]] = session.info.setdefault(
        _WRITTEN_KEY, {}
    )
    connection = session.connection()
    audit = cast(Table, AuditEntry.__table__)
    fresh: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        key = (row["table_name"], row["record_id"])
        if key in fresh:  # the same record twice in one batch: one entry
            first = fresh[key]
            first["changes"] = _merge(first["changes"], row["changes"])
            if row["action"] is AuditAction.DELETE:
                first["action"] = AuditAction.DELETE
            continue
        if key not in written:
            fresh[key] = row
            continue
        entry_id, changes = written[key]
        merged = _merge(changes, row["changes"])
        values: dict[str, Any] = {"changes": merged}
        if row["action"] is AuditAction.DELETE:
            values["action"] = AuditAction.DELETE
        connection.execute(update(audit).where(audit.c.id == entry_id).values(**values))
        written[key] = (entry_id, merged)
    if fresh:
        # RETURNING only the id, in the rows' order: the reception's PostgreSQL role may
        # insert entries but read no more of them than their ids (samverkan db grant-roles).
        statement = _insert_statement(connection.dialect.name)
        entries = list(fresh.values())
        ids = connection.execute(statement, entries).scalars().all()
        for entry_id, row in zip(ids, entries, strict=True):
            written[(row["table_name"], row["record_id"])] = (entry_id, row["changes"])
    for row in rows:
        if row["action"] is AuditAction.DELETE and row["table_name"] in PERSONAL_TABLES:
            scrub(connection, row["table_name"], [row["record_id"]])


@cache
def _insert_statement(dialect: str) -> Any:
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


def _merge(first: dict[str, Any], then: dict[str, Any]) -> dict[str, Any]:
    merged = dict(first)
    for key, change in then.items():
        before = merged.get(key)
        if before is None or change == HIDDEN or before == HIDDEN:
            merged[key] = change
        else:
            merged[key] = {"old": before.get("old"), "new": change.get("new")}
    return merged


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(_WRITTEN_KEY, None)


def scrub(
    connection: Connection | Session,
    table: str,
    record_ids: Iterable[Any],
    fields: Iterable[str] | None = None,
) -> int:
    """Hide the values of ``fields`` (all when None) in the trail of these records; returns
    the number of entries changed. Used when records are pseudonymised or people deleted."""
    only = None if fields is None else frozenset(fields)
    audit = cast(Table, AuditEntry.__table__)
    changed = 0
    # In batches: pseudonymising a backlog of old loans passes every one of them.
    for chunk in batches(str(i) for i in record_ids):
        entries = connection.execute(
            select(audit.c.id, audit.c.changes).where(
                audit.c.table_name == table, audit.c.record_id.in_(chunk)
            )
        ).all()
        for entry_id, changes in entries:
            scrubbed = {
                key: HIDDEN if (only is None or key in only) else value
                for key, value in (changes or {}).items()
            }
            if scrubbed != changes:
                connection.execute(
                    update(audit).where(audit.c.id == entry_id).values(changes=scrubbed)
                )
                changed += 1
    return changed


def record_pseudonymised(session: Session, cls: type, record_ids: Sequence[Any]) -> None:
    """The trail of records just pseudonymised (a Core UPDATE): their earlier entries lose the
    values of the table's PSEUDONYMISED_FIELDS, and each gets an entry saying those fields were
    emptied (without their values) and ``pseudonymised`` set."""
    table = _class_plan(cls)[0]
    fields = PSEUDONYMISED_FIELDS[table]
    scrub(session, table, record_ids, fields)
    record(
        session,
        *(
            Change(cls, record_id, AuditAction.UPDATE, {"pseudonymised": (False, True)}, fields)
            for record_id in record_ids
        ),
    )


def install(sessions: sessionmaker[Session]) -> None:
    """Write the trail for every session the factory makes (called once by db.Database)."""
    from sqlalchemy import event

    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "after_commit", _forget)
    event.listen(sessions, "after_soft_rollback", _forget)
