"""What the audit trail keeps of a change (audit_trail writes it): the tables skipped, the
columns ignored, the fields hidden, emptied or kept as one field of their record, a value as the
trail holds it (JSON), and the entry rows themselves, also for changes made with Core
statements (``Change``, ``entries``), which need no database to be made."""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import getpass
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import inspect

from samverkan_desktop.models.audit import AuditAction
from samverkan_desktop.models.base import utcnow

# calendar_sequences: what the .ics export last wrote, no record of the coordinator's.
SKIP_TABLES = frozenset({"audit_log", "alembic_version", "calendar_sequences"})
# Bookkeeping, not the record's content. A row version (models.base.RowVersioned) is skipped as
# the mapper's version column, not by name: a plan version's ``version`` is the document's.
# A stop's answers_version: a save counter of its answers (the answers have their own trail).
IGNORED_COLUMNS = frozenset({"created_at", "updated_at", "answers_version"})
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
MAX_TEXT = 4000  # longer texts are cut in the trail (minutes can be long)


@cache
def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in a service or container
        return "?"


def jsonable(value: Any) -> Any:
    """A JSON value for a column value (what the history shows and the CSV export holds)."""
    if value is None:  # the commonest first: this runs for every field of every save
        return None
    kind = type(value)
    if kind is str:
        return value if len(value) <= MAX_TEXT else value[:MAX_TEXT] + "…"
    if kind is int or kind is bool:
        return value
    if isinstance(value, (bool, int, float)):  # their subclasses (an IntEnum is one)
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


def record_id_of(obj: Any) -> str:
    return "/".join(str(part) for part in inspect(obj).mapper.primary_key_from_instance(obj))


@cache
def table_plan(mapper: Any) -> tuple[str, tuple[str, ...], frozenset[str]]:
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
def class_plan(cls: type) -> tuple[str, tuple[str, ...], frozenset[str]]:
    return table_plan(inspect(cls))


def changed_fields(
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


def entry_row(
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


@dataclass(frozen=True)
class Change:
    """One record's change made with a Core statement: ``values`` maps a column to
    ``(old, new)`` (``(None, value)`` for an insert, ``(value, None)`` for a delete)."""

    cls: type
    record_id: Any
    action: AuditAction
    values: Mapping[str, tuple[Any, Any]]
    emptied: frozenset[str] = frozenset()  # fields emptied, values never kept (see changed_fields)


def entries(changes: Iterable[Change], client_id: str | None) -> list[dict[str, Any]]:
    """The audit rows for changes made with Core statements (no database involved): what
    ``record`` writes, and what a direct unit of work (direct_sql.DirectUnit) inserts."""
    at, who = utcnow(), os_user()
    rows = []
    for change in changes:
        table, columns, _secondaries = class_plan(change.cls)
        if table in SKIP_TABLES:
            continue
        values = change.values
        fields = (*columns, *PART_FIELDS.get(table, ()))
        pairs = [
            (key, *values.get(key, (None, None)))
            for key in fields
            if key in values or key in change.emptied
        ]
        found = changed_fields(table, change.action, pairs, change.emptied)
        if change.action is AuditAction.UPDATE and not found:
            continue
        row = entry_row(table, str(change.record_id), change.action, found, at, who)
        row["client_id"] = client_id
        rows.append(row)
    return rows
