"""Writes the audit trail from a Session event, in the same transaction as the change.

After each flush every inserted, changed and deleted ORM object gives one ``audit_log`` row
with the changed columns old → new (attribute history), the time (UTC), the operating-system
user and, on PostgreSQL, the database role (``current_user``, filled in by the server).

Personal data is never kept longer than the record keeps it:
- ``HIDDEN_FIELDS`` (a home loan's threat reason) are logged as changed, never with their text;
- ``PSEUDONYMISED_FIELDS`` are emptied in the trail when the record is pseudonymised, and the
  record's entry for it says they changed, not from what (``record_pseudonymised``, called by
  ``services.alarm_usage.pseudonymise_old_loans``);
- deleting a record of a ``PERSONAL_TABLES`` table empties the values of its whole trail (an
  Undo of a person's deletion puts them back with the person: ``trail_values``, ``put_back``).

Bulk statements (``session.execute(update(...))``) bypass the ORM's unit of work: each one in
the services calls ``record`` (or a direct unit's ``audit``) itself, and
tests/core/test_audit_core_statements.py keeps a reviewed list of them. A session whose
``info["audit"]`` is False (demo loading) writes no trail.

A part of a record kept in a table of its own (a meeting's agenda items, an action's notes) has
its own entries; the owner's History reads them too (``services.audit_parts``), so nothing is
written twice. Only a list the record shows as one field (LIST_PARTS) is written as the owner's.

What an entry keeps (the lists above, a value's JSON, a Core statement's ``Change``) is
``audit_entries``'; the INSERT statements are ``audit_statements``'.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Table, inspect, select, update
from sqlalchemy.orm import Session, sessionmaker

from samverkan_desktop.audit_entries import (
    HIDDEN,
    LIST_PARTS,
    PERSONAL_TABLES,
    PSEUDONYMISED_FIELDS,
    SKIP_TABLES,
    Change,
    changed_fields,
    class_plan,
    entries,
    entry_row,
    os_user,
    record_id_of,
    table_plan,
)
from samverkan_desktop.audit_statements import returning_insert
from samverkan_desktop.models.audit import AuditAction, AuditEntry
from samverkan_desktop.models.base import utcnow
from samverkan_desktop.services.id_batches import batches

_WRITTEN_KEY = "samverkan_audit_written"
_RESTORED_KEY = "samverkan_audit_restored"


def mark_restored(session: Session, obj: Any) -> None:
    """Write ``obj``'s coming insert as a restore (Undo of its deletion, under its own id), so
    that its History reads on past the deletion (services.audit)."""
    session.info.setdefault(_RESTORED_KEY, set()).add(id(obj))


def _entry(obj: Any, action: AuditAction, at: dt.datetime, who: str) -> dict[str, Any] | None:
    state = inspect(obj)
    table, columns, secondaries = table_plan(state.mapper)
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
            old, new = (value, None) if action is AuditAction.DELETE else (None, value)
        pairs.append((key, old, new))
    changes = changed_fields(table, action, pairs)
    for key in collections:
        history = state.attrs[key].history
        old_ids = _ids([*history.unchanged, *history.deleted])
        new_ids = [] if action is AuditAction.DELETE else _ids([*history.unchanged, *history.added])
        if old_ids != new_ids:
            changes[key] = {"old": old_ids, "new": new_ids}
    if action is AuditAction.UPDATE and not changes:
        return None
    return entry_row(table, record_id_of(obj), action, changes, at, who)


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


def _ids(objects: Iterable[Any]) -> list[Any]:
    return sorted(record_id_of(o) for o in objects if o is not None)


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
    restored = session.info.pop(_RESTORED_KEY, set())
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
            restoring = action is AuditAction.INSERT and id(obj) in restored
            written = AuditAction.RESTORE if restoring else action
            row = _entry(obj, written, at, who)
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
            row = entry_row(parent, str(parent_id), AuditAction.UPDATE, changes, at, who)
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
        statement = returning_insert(connection.dialect.name)
        inserted = list(fresh.values())
        ids = connection.execute(statement, inserted).scalars().all()
        for entry_id, row in zip(ids, inserted, strict=True):
            written[(row["table_name"], row["record_id"])] = (entry_id, row["changes"])
    for row in rows:
        if row["action"] is AuditAction.DELETE and row["table_name"] in PERSONAL_TABLES:
            scrub(connection, row["table_name"], [row["record_id"]])


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
        found = connection.execute(
            select(audit.c.id, audit.c.changes).where(
                audit.c.table_name == table, audit.c.record_id.in_(chunk)
            )
        ).all()
        for entry_id, changes in found:
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


def trail_values(session: Session, table: str, record_id: Any) -> tuple[tuple[int, Any], ...]:
    """The record's entries as they stand, (id, changes): read before a person's deletion
    empties them (``scrub``), for its Undo to put back (``put_back``)."""
    audit = cast(Table, AuditEntry.__table__)
    found = session.execute(
        select(audit.c.id, audit.c.changes)
        .where(audit.c.table_name == table, audit.c.record_id == str(record_id))
        .order_by(audit.c.id)
    ).all()
    return tuple((entry_id, changes) for entry_id, changes in found)


def put_back(session: Session, kept: Iterable[tuple[int, Any]]) -> None:
    """The entries' values as ``trail_values`` read them: the record is back (Undo of its
    deletion), so its trail keeps again what the record keeps."""
    audit = cast(Table, AuditEntry.__table__)
    for entry_id, changes in kept:
        session.execute(update(audit).where(audit.c.id == entry_id).values(changes=changes))


def record_pseudonymised(session: Session, cls: type, record_ids: Sequence[Any]) -> None:
    """The trail of records just pseudonymised (a Core UPDATE): their earlier entries lose the
    values of the table's PSEUDONYMISED_FIELDS, and each gets an entry saying those fields were
    emptied (without their values) and ``pseudonymised`` set."""
    table = class_plan(cls)[0]
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
