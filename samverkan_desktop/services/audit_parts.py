"""A record's parts in its History: rows of tables of their own that belong to the record (a
meeting's agenda items, decisions and invitees, an action's follow-up notes, a walk's stops and
observations, an exercise's objectives and lessons, a plan's versions …).

The trail keeps each part's entries under the part's own table and id; nothing is written
twice. The owner's History reads them through the trail's index on (table_name, record_id):

- the parts the record has now: their ids from the part table, by its (indexed) owner column;
- the parts deleted since: their ids from their delete entries, whose values keep the owner
  column (read among that part table's delete entries only).

A part id's entries are cut into lives at each delete, as SQLite gives a deleted last row's id
to the next row: a life that ended with a delete belongs to the owner if the delete's values
name it, the open life if the row names it now. Entries are shown as stored, so the trail's
personal rules still hold: hidden values stay hidden, and a removed invitee, whose entries the
personal rule emptied, names no meeting any more and is not shown at all.

A part is named by its number (``position``, shown from 1) and its heading, as the row has it
now or had it when it was deleted: 'Dagordningspunkt 3 ”Lägesbild”'; a part no one column names
by several ('Siffra i lägesbilden ”Anmälda brott: skadegörelse, Stureplan, 2019”').
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from samverkan_desktop.models import AuditAction, AuditEntry, Base
from samverkan_desktop.services.id_batches import batches

NAME_LENGTH = 40  # a decision's or a lesson's text names it by its beginning (not a link)


@dataclass(frozen=True)
class Part:
    table: str
    owner_key: str  # the column naming the owner's id
    number: str | None = None  # a position or a number, shown before the name
    name: str | None = None  # the column that names the part (a link: the record's name)
    more: tuple[str, ...] = ()  # further columns naming it after ``name`` (a figure's place, year)

    @property
    def name_columns(self) -> tuple[str, ...]:
        return (self.name, *self.more) if self.name is not None else ()


OWNED_PARTS: dict[str, tuple[Part, ...]] = {
    "groups": (
        Part("group_follow_up_texts", "group_id", None, "year"),
        Part("group_organisations", "group_id", None, "organisation_id"),
    ),
    "meetings": (
        Part("agenda_items", "meeting_id", "position", "title"),
        Part("decisions", "meeting_id", "position", "text"),
        Part("meeting_invitees", "meeting_id", None, "person_id"),
    ),
    "actions": (Part("action_notes", "action_id", None, "noted_on"),),
    "walks": (
        Part("route_stops", "walk_id", "position", "name"),
        Part("observations", "walk_id", None, "location"),
        Part("walk_participants", "walk_id", None, "person_id"),
        Part("walk_checklist_items", "walk_id", "position", "title"),
    ),
    "exercises": (
        Part("exercise_objectives", "exercise_id", "position", "text"),
        Part("exercise_lessons", "exercise_id", None, "text"),
        Part("exercise_participants", "exercise_id", None, "person_id"),
        Part("exercise_log_entries", "exercise_id", None, "logged_at"),
        Part("exercise_checklist_items", "exercise_id", "position", "title"),
    ),
    "plans": (
        Part("plan_versions", "plan_id", None, "version"),
        Part("plan_attachments", "plan_id", None, "file_name"),
    ),
    "agreements": (
        Part("agreement_parties", "agreement_id", None, "organisation_id"),
        Part("agreement_appendices", "agreement_id", "number", "title"),
        Part("agreement_revisions", "agreement_id", None, "revised_on"),
        # The action plan (models.action_plan): a priority area's goal, named by the area.
        Part("agreement_area_goals", "agreement_id", None, "priority_area_id"),
        Part("situation_figures", "agreement_id", None, "measure", ("place", "year")),
    ),
    "weekly_briefs": (Part("weekly_brief_items", "brief_id", "position", "heading"),),
}


@dataclass(frozen=True)
class PartEntries:
    part: Part
    record_id: str
    number: Any  # as stored (some positions count from 0: services.audit.ZERO_BASED)
    names: tuple[Any, ...]  # as stored, one per Part.name_columns (a link: the record's id)
    entries: tuple[AuditEntry, ...]


def part_entries(session: Session, owner_table: str, owner_id: int | str) -> list[PartEntries]:
    """The entries of the owner's parts, part by part (see the module's docstring)."""
    parts = OWNED_PARTS.get(owner_table, ())
    if not parts or not str(owner_id).isdigit():
        return []
    owner = int(owner_id)
    found: list[PartEntries] = []
    for part in parts:
        found += _one_table(session, part, owner)
    return found


def _one_table(session: Session, part: Part, owner: int) -> list[PartEntries]:
    table: Table = Base.metadata.tables[part.table]  # type: ignore[assignment]
    number_columns = [table.c[part.number]] if part.number is not None else []
    columns = number_columns + [table.c[c] for c in part.name_columns]
    current: dict[str, tuple[Any, tuple[Any, ...]]] = {}
    for row in session.execute(
        select(table.c.id, *columns).where(table.c[part.owner_key] == owner)
    ):
        values = tuple(row[1:])
        current[str(row.id)] = (values[0], values[1:]) if number_columns else (None, values)
    owner_link = AuditEntry.changes[(part.owner_key, "old")].as_integer()
    deleted = session.scalars(
        select(AuditEntry.record_id).where(
            AuditEntry.table_name == part.table,
            AuditEntry.action == AuditAction.DELETE,
            owner_link == owner,
        )
    ).all()
    ids = set(current) | set(deleted)
    by_id: dict[str, list[AuditEntry]] = defaultdict(list)
    for chunk in batches(sorted(ids)):
        for entry in session.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == part.table, AuditEntry.record_id.in_(chunk))
            .order_by(AuditEntry.id)
        ):
            by_id[entry.record_id].append(entry)
    found = []
    for record_id, entries in by_id.items():
        for life in _lives(entries):
            last = life[-1]
            if last.action is AuditAction.DELETE:
                if _old(last, part.owner_key) != owner:
                    continue
                number = _old(last, part.number)
                names = tuple(_old(last, column) for column in part.name_columns)
            elif record_id in current:
                number, names = current[record_id]
            else:
                continue
            found.append(PartEntries(part, record_id, number, names, tuple(life)))
    return found


def _lives(entries: Sequence[AuditEntry]) -> list[list[AuditEntry]]:
    """Oldest first, cut after each delete: one list per row that had this id."""
    lives: list[list[AuditEntry]] = [[]]
    for entry in entries:
        lives[-1].append(entry)
        if entry.action is AuditAction.DELETE:
            lives.append([])
    return [life for life in lives if life]


def _old(entry: AuditEntry, column: str | None) -> Any:
    if column is None:
        return None
    stored = (entry.changes or {}).get(column)
    return stored.get("old") if isinstance(stored, dict) else None


def part_title(
    label: str, found: PartEntries, text: Callable[[str, Any], str], number_text: str
) -> str:
    """ "Dagordningspunkt 3 ”Lägesbild”": the table's label, its number, its name (a long text
    cut; several columns joined: ”Anmälda brott: skadegörelse, Stureplan, 2019”)."""
    title = label
    if number_text:
        title += f" {number_text}"
    columns = Base.metadata.tables[found.part.table].c
    texts = [
        # A linked record's name whole (a priority area's); a text by its beginning.
        text(column, value) if columns[column].foreign_keys else _cut(text(column, value))
        for column, value in zip(found.part.name_columns, found.names, strict=True)
        if value is not None and value != ""
    ]
    name = ", ".join(t for t in texts if t)
    if name:
        title += f" ”{name}”"
    return title


def _cut(name: str) -> str:
    if len(name) > NAME_LENGTH:
        return name[:NAME_LENGTH].rsplit(" ", 1)[0].rstrip(" ,.;:") + "…"  # at a word's end
    return name
