"""The audit trail writes one flush's entries with one INSERT and keeps each entry's id with
its record: a later flush of the same transaction must merge into each record's own entry,
never a neighbour's; and one record twice in one batch is one entry."""

from __future__ import annotations

from sqlalchemy import select

from samverkan_desktop import audit_entries, audit_trail
from samverkan_desktop.db import Database
from samverkan_desktop.models import AuditAction, AuditEntry, Person


def _entries(db: Database, *ids: int) -> dict[int, list[tuple[AuditAction, dict]]]:
    with db.session() as s:
        rows = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == "people")
            .where(AuditEntry.record_id.in_([str(i) for i in ids]))
            .order_by(AuditEntry.id)
        )
        found: dict[int, list[tuple[AuditAction, dict]]] = {i: [] for i in ids}
        for row in rows:
            found[int(row.record_id)].append((row.action, row.changes))
    return found


def test_entries_of_one_flush_merge_with_their_own_records(db: Database) -> None:
    with db.session() as s:
        people = [Person(name=f"Person {n}") for n in range(5)]
        s.add_all(people)
        s.flush()  # five inserts, one INSERT of five audit rows
        for person in people:
            person.name = person.name.replace("Person", "Namn")
        s.flush()  # merged into each person's insert entry
        ids = [p.id for p in people]
    entries = _entries(db, *ids)
    for n, person_id in enumerate(ids):
        assert len(entries[person_id]) == 1
        action, changes = entries[person_id][0]
        assert action is AuditAction.INSERT
        assert changes["name"] == {"old": None, "new": f"Namn {n}"}


def test_one_record_twice_in_one_batch_is_one_entry(db: Database) -> None:
    with db.session() as s:
        person = Person(name="Eva")
        s.add(person)
        s.flush()
        person_id = person.id
    with db.session() as s:
        audit_trail.record(
            s,
            audit_entries.Change(Person, person_id, AuditAction.UPDATE, {"name": ("Eva", "Eva B")}),
            audit_entries.Change(
                Person, person_id, AuditAction.UPDATE, {"name": ("Eva B", "Eva Berg")}
            ),
        )
    updates = [e for e in _entries(db, person_id)[person_id] if e[0] is AuditAction.UPDATE]
    assert updates == [(AuditAction.UPDATE, {"name": {"old": "Eva", "new": "Eva Berg"}})]
