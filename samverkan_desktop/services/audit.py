"""Reading the audit trail: one record's history as people read it, and the CSV export.

The trail itself is written by ``samverkan_desktop.audit_trail`` (a Session event). Values are
shown as the window shows them: labels for choices, yes/no, ISO dates, Stockholm time, and the
name of a referenced record (a person, a group) as it is named today.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Column, DateTime, Table, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from samverkan_desktop.audit_entries import HIDDEN, LIST_PARTS
from samverkan_desktop.enums import DEFAULT_TEMPLATE
from samverkan_desktop.exports.spreadsheet_cell import spreadsheet_cell
from samverkan_desktop.formatting import EMPTY, display_datetime
from samverkan_desktop.i18n import _
from samverkan_desktop.models import AuditAction, AuditEntry, Base
from samverkan_desktop.services.audit_labels import TABLE_LABELS, field_label
from samverkan_desktop.services.audit_parts import PartEntries, part_entries, part_title

NAME_ATTRIBUTES = ("name", "title", "code")
# Tables whose "position" counts from 0 (the others' from 1, as shown).
ZERO_BASED = frozenset({"agenda_items", "agenda_template_items", "decisions", "weekly_brief_items"})
STANDING_ITEMS = dict(DEFAULT_TEMPLATE)  # a standing item's key: the item it stands for

MomentText = Callable[[dt.datetime | None], str]  # formatting.display_datetime or local_datetime


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryRow:
    id: int
    at: dt.datetime  # aware, UTC
    who: str  # "anna" or "anna (samverkan_coordinator)"
    action: AuditAction
    changes: tuple[FieldChange, ...]
    part: str = ""  # a part of the record: 'Dagordningspunkt 3 ”Lägesbild”' (audit_parts)

    @property
    def summary(self) -> str:
        """ "Name: A → B; Status: Active → Ended" (one line for a list); a part's change
        begins with the part: 'Dagordningspunkt 3 ”Lägesbild”: Minnesanteckningar: – → …'."""
        parts = []
        for change in self.changes:
            if self.action is AuditAction.UPDATE:
                parts.append(f"{change.label}: {change.old or EMPTY} → {change.new or EMPTY}")
            else:
                value = change.old if self.action is AuditAction.DELETE else change.new
                parts.append(f"{change.label}: {value or EMPTY}")
        text = "; ".join(parts)
        return f"{self.part}: {text}" if self.part else text


def table_label(table: str) -> str:
    label = TABLE_LABELS.get(table)
    return _(label) if label else table


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _who(entry: AuditEntry) -> str:
    if entry.db_role and entry.db_role != entry.who:
        return f"{entry.who} ({entry.db_role})"
    return entry.who


class _Formatter:
    """Turns stored JSON values into text, looking up referenced names once per history."""

    def __init__(
        self,
        session: Session,
        table_name: str,
        moment: MomentText,
        names: dict[tuple[str, str], str] | None = None,
    ) -> None:
        self.session = session
        self.moment = moment
        self.table: Table | None = Base.metadata.tables.get(table_name)  # type: ignore[assignment]
        self.table_name = table_name
        self._names: dict[tuple[str, str], str] = {} if names is None else names

    def label(self, field: str) -> str:
        return _(field_label(self.table_name, field))

    def text(self, field: str, value: Any) -> str:
        if value is None or value == "":
            return ""
        if isinstance(value, bool):
            return _("yes") if value else _("no")
        if isinstance(value, float):  # a figure: "190", "23,5" (as typed, not "190.0")
            return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
        if isinstance(value, list):
            return ", ".join(self._list_item(field, v) for v in value)
        if field == "position" and self.table_name in ZERO_BASED and isinstance(value, int):
            return str(value + 1)  # numbered from 1 wherever the window shows it
        if field == "standing_key" and value in STANDING_ITEMS:
            return _(STANDING_ITEMS[value])
        column = self.table.c.get(field) if self.table is not None else None
        if column is not None:
            if isinstance(column.type, SAEnum) and column.type.enum_class is not None:
                return self._enum_label(column.type.enum_class, value)
            for foreign_key in column.foreign_keys:
                return self._name(_linked(foreign_key.column).table.name, value)
            if isinstance(column.type, DateTime) and isinstance(value, str):
                return self.moment(dt.datetime.fromisoformat(value))
        return str(value)

    def _enum_label(self, enum_class: type[enum.Enum], value: Any) -> str:
        try:
            member = enum_class(value)
        except ValueError:
            return str(value)
        label = getattr(member, "label", None)
        return _(label) if label else str(value)

    def _list_item(self, field: str, value: Any) -> str:
        for part, (parent, _key, listed_as, column) in LIST_PARTS.items():
            if (parent, listed_as) == (self.table_name, field):  # a group's members: people
                for foreign_key in Base.metadata.tables[part].c[column].foreign_keys:
                    return self._name(foreign_key.column.table.name, value)
        relationship = None
        if self.table is not None:
            for mapper in Base.registry.mappers:
                if mapper.persist_selectable is self.table:
                    relationship = mapper.relationships.get(field)
        if relationship is None:
            return str(value)
        return self._name(relationship.mapper.persist_selectable.name, value)  # type: ignore[attr-defined]

    def _name(self, table_name: str, record_id: Any) -> str:
        key = (table_name, str(record_id))
        if key not in self._names:
            self._names[key] = self._lookup(table_name, record_id)
        return self._names[key]

    def _lookup(self, table_name: str, record_id: Any) -> str:
        table = Base.metadata.tables.get(table_name)
        fallback = f"#{record_id}"
        if table is None:
            return fallback
        for attribute in NAME_ATTRIBUTES:
            if attribute in table.c:
                name = self.session.scalar(
                    select(table.c[attribute]).where(table.c.id == int(record_id))
                )
                return str(name) if name is not None else _("{id} (deleted)").format(id=fallback)
        return fallback

    def change(self, field: str, stored: Any) -> FieldChange:
        if stored == HIDDEN:
            hidden = _("(hidden)")
            return FieldChange(field, self.label(field), hidden, hidden)
        return FieldChange(
            field,
            self.label(field),
            self.text(field, stored.get("old")),
            self.text(field, stored.get("new")),
        )


def _linked(column: Column[Any]) -> Column[Any]:
    """The column a link names in the end: through a link table's row (a goal's priority area
    is the agreement's choice of it, agreement_priority_areas) to the record itself."""
    while not any(a in column.table.c for a in NAME_ATTRIBUTES) and column.foreign_keys:
        column = next(iter(column.foreign_keys)).column
    return column


def history(
    session: Session, table: str, record_id: int | str, moment: MomentText = display_datetime
) -> list[HistoryRow]:
    """Everything that happened to one record, newest first. Times in the changes are written by
    ``moment``: "14.05" as the window's "When" column beside them (and the command line's
    table); the command line's JSON passes local_datetime for its "14:05"."""
    entries = _latest_record(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == table, AuditEntry.record_id == str(record_id))
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        ).all()
    )
    formatter = _Formatter(session, table, moment)
    rows = [_history_row(entry, formatter) for entry in entries]
    formatters = {table: formatter}
    for found in part_entries(session, table, record_id):
        name = found.part.table
        if name not in formatters:
            formatters[name] = _Formatter(session, name, moment, formatter._names)
        title = _part_title(found, formatters[name])
        rows += [
            _history_row(entry, formatters[name], title, skip=found.part.owner_key)
            for entry in found.entries
        ]
    # Newest first; at one moment (one save) the record's own change before its parts'.
    rows.sort(key=lambda row: (row.at, not row.part, row.id), reverse=True)
    return rows


def _history_row(
    entry: AuditEntry, formatter: _Formatter, part: str = "", skip: str = ""
) -> HistoryRow:
    """``skip``: a part's link to its owner, which the owner's History need not repeat."""
    changes = (entry.changes or {}).items()
    return HistoryRow(
        id=entry.id,
        at=_aware(entry.at),
        who=_who(entry),
        action=entry.action,
        changes=tuple(formatter.change(k, v) for k, v in changes if k != skip),
        part=part,
    )


def _part_title(found: PartEntries, formatter: _Formatter) -> str:
    number = found.number
    if found.part.number is not None and number is not None:
        number_text = formatter.text(found.part.number, number)
    else:
        number_text = ""
    return part_title(table_label(found.part.table), found, formatter.text, number_text)


def _latest_record(entries: Sequence[AuditEntry]) -> Sequence[AuditEntry]:
    """The entries of the record that has (or last had) this id. SQLite gives a new row the
    highest id plus one, so the id of a deleted last row (an undone lend) comes back for the
    next one: an earlier record's entries end with its delete. A delete undone under the
    record's own id (a restore, contact_restore) is no end: the History reads on past it."""
    oldest_first = sorted(entries, key=lambda entry: entry.id)
    start = 0
    for index, entry in enumerate(oldest_first[:-1]):
        if (
            entry.action is AuditAction.DELETE
            and oldest_first[index + 1].action is not AuditAction.RESTORE
        ):
            start = index + 1
    kept = {entry.id for entry in oldest_first[start:]}
    return [entry for entry in entries if entry.id in kept]


EXPORT_COLUMNS = (
    "time_utc",
    "user",
    "db_role",
    "table",
    "record_id",
    "action",
    "field",
    "old",
    "new",
    # Added after the raw names (a contract: columns are added, never renamed or moved).
    "table_label",
    "field_label",
)


def _raw(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value)


def export_rows(
    session: Session, since: dt.date | None = None, table: str | None = None
) -> Iterator[tuple[str, ...]]:
    """One row per changed field (a change without fields gives one row), oldest first; the
    table and field by their names in the database and, last, as the History names them."""
    query = select(AuditEntry).order_by(AuditEntry.id)
    if since is not None:
        query = query.where(AuditEntry.at >= dt.datetime.combine(since, dt.time(0), dt.UTC))
    if table is not None:
        query = query.where(AuditEntry.table_name == table)
    for entry in session.scalars(query.execution_options(yield_per=1000)):
        head = (
            _aware(entry.at).isoformat(timespec="seconds"),
            entry.who,
            entry.db_role or "",
            entry.table_name,
            entry.record_id,
            entry.action.value,
        )
        changes = entry.changes or {}
        table_text = table_label(entry.table_name)
        if not changes:
            yield (*head, "", "", "", table_text, "")
        for field, stored in changes.items():
            label = _(field_label(entry.table_name, field))
            if stored == HIDDEN:
                hidden = _("(hidden)")  # as the window shows it
                yield (*head, field, hidden, hidden, table_text, label)
            else:
                old, new = _raw(stored.get("old")), _raw(stored.get("new"))
                yield (*head, field, old, new, table_text, label)


def export_csv(
    session: Session, path: Path, since: dt.date | None = None, table: str | None = None
) -> int:
    """Write the trail to a CSV file (UTF-8 with BOM, so Excel reads å, ä, ö); returns rows.
    A value typed as a formula ("=HYPERLINK(…)") stays text when Excel opens the file."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_COLUMNS)
        for row in export_rows(session, since, table):
            writer.writerow([spreadsheet_cell(cell) for cell in row])
            count += 1
    return count
