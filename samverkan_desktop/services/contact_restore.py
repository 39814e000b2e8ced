"""Undo of a deletion from the contacts register: the person or organisation back as it was,
under its own id, and a person taken out of their groups on the way put back in them
(``group_leaving.come_back``). The insert is written to the audit trail as a restore, so the
History (services.audit) shows the record's earlier entries, the deletion and the restore, and
the number the audit log, the command line and people's scripts know still names it. A
person's trail, emptied by the deletion (audit_trail), gets its values back with them.

Cheap because a deletion only goes through when nothing else names the record (every foreign
key to people and organisations restricts): the row itself is all there is to put back."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from samverkan_desktop import audit_trail
from samverkan_desktop.errors import NotFoundError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Organisation, Person
from samverkan_desktop.services import group_leaving
from samverkan_desktop.services.contacts import check_organisation_name
from samverkan_desktop.services.validation import flush_or_conflict

# Written anew by the insert: the row's version starts again, its last change is the undo.
_NOT_KEPT = frozenset({"version", "updated_at"})


@dataclass(frozen=True)
class DeletedContact:
    """What a deletion took: the row's values, and the groups a person was taken out of."""

    model: type[Person] | type[Organisation]
    values: tuple[tuple[str, Any], ...]
    left: group_leaving.LeftGroups | None = None
    # A person's audit entries as they were before the deletion emptied them (audit_trail).
    trail: tuple[tuple[int, Any], ...] = ()


def taken(
    session: Session,
    record: Person | Organisation,
    left: group_leaving.LeftGroups | None = None,
) -> DeletedContact:
    """The record's values, and a person's trail, read before it is deleted."""
    values = tuple(
        (column.key, getattr(record, column.key))
        for column in record.__table__.columns
        if column.key not in _NOT_KEPT
    )
    personal = isinstance(record, Person)  # deleting a person empties their trail
    trail = audit_trail.trail_values(session, "people", record.id) if personal else ()
    return DeletedContact(type(record), values, left, trail)


def restore(session: Session, deleted: DeletedContact) -> int:
    """Undo the deletion; returns the record's id: its own again. Only where SQLite gave the
    number of a deleted last row to a new record meanwhile does it come back under a new one
    (as a new record, the number's History being the other record's). Refused, nothing
    changed, when the person's organisation was deleted since, another organisation took its
    name, or the groups changed."""
    values = dict(deleted.values)
    organisation_id = values.get("organisation_id") if deleted.model is Person else None
    if organisation_id is not None and session.get(Organisation, organisation_id) is None:
        raise NotFoundError(
            _("The person's organisation has been deleted since; nothing was undone.")
        )
    if deleted.model is Organisation:  # named alike meanwhile, case aside, as a new one is
        check_organisation_name(session, str(values["name"]))
    if session.get(deleted.model, values["id"]) is not None:
        del values["id"]
    # An explicit id leaves PostgreSQL's sequence alone: the number came from it, so it is
    # below the next one the sequence gives and no later record can be given it.
    record = deleted.model(**values)
    if "id" in values:
        audit_trail.mark_restored(session, record)
    session.add(record)
    flush_or_conflict(session, _("There is already an organisation with that name."))
    if "id" in values:  # its own trail again: the values the deletion emptied
        audit_trail.put_back(session, deleted.trail)
    if deleted.left is not None:
        group_leaving.come_back(session, replace(deleted.left, person_id=record.id))
    session.flush()
    return record.id
