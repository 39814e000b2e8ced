"""Undo of a deletion from the contacts register: the person or organisation back as it was, and
a person taken out of their groups on the way put back in them (``group_leaving.come_back``).
Under a new number, as any new record: the History reads a record's entries from its last
delete on (services.audit), and the program never puts a record back under its old id.

Cheap because a deletion only goes through when nothing else names the record (every foreign
key to people and organisations restricts): the row itself is all there is to put back."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from samverkan_desktop.errors import NotFoundError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Organisation, Person
from samverkan_desktop.services import group_leaving
from samverkan_desktop.services.contacts import check_organisation_name
from samverkan_desktop.services.validation import flush_or_conflict

# Written anew by the insert: a new number, the row's version starts again, its last change is
# the undo.
_NOT_KEPT = frozenset({"id", "version", "updated_at"})


@dataclass(frozen=True)
class DeletedContact:
    """What a deletion took: the row's values, and the groups a person was taken out of."""

    model: type[Person] | type[Organisation]
    values: tuple[tuple[str, Any], ...]
    left: group_leaving.LeftGroups | None = None


def taken(
    record: Person | Organisation, left: group_leaving.LeftGroups | None = None
) -> DeletedContact:
    """The record's values, read before it is deleted."""
    values = tuple(
        (column.key, getattr(record, column.key))
        for column in record.__table__.columns
        if column.key not in _NOT_KEPT
    )
    return DeletedContact(type(record), values, left)


def restore(session: Session, deleted: DeletedContact) -> int:
    """Undo the deletion; returns the record's new id. Refused, nothing changed, when the
    person's organisation was deleted since, another organisation took its name, or the groups
    changed."""
    values = dict(deleted.values)
    organisation_id = values.get("organisation_id") if deleted.model is Person else None
    if organisation_id is not None and session.get(Organisation, organisation_id) is None:
        raise NotFoundError(
            _("The person's organisation has been deleted since; nothing was undone.")
        )
    if deleted.model is Organisation:  # named alike meanwhile, case aside, as a new one is
        check_organisation_name(session, str(values["name"]))
    record = deleted.model(**values)
    session.add(record)
    flush_or_conflict(session, _("There is already an organisation with that name."))
    if deleted.left is not None:
        group_leaving.come_back(session, replace(deleted.left, person_id=record.id))
    session.flush()
    return record.id
