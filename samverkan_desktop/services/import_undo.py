"""Taking back a contact list imported by mistake (the wrong file, last year's list): the
people it added and the organisations it made go again. Whoever was changed since, or is named
since (in a group, on a loan, responsible for an action), stays and is named: that is work
done on them, no longer the import's."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop.errors import InUseError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import Organisation, Person
from samverkan_desktop.services import contact_deletion


@dataclass(frozen=True)
class ImportedRecords:
    # Each person added, with the version the import left (a change since keeps them).
    people: tuple[tuple[int, int], ...] = ()
    organisations: tuple[int, ...] = ()


@dataclass(frozen=True)
class ImportRemoval:
    people: int
    organisations: int
    kept: tuple[str, ...]  # who stayed and why, one line each


def remove_imported(session: Session, records: ImportedRecords) -> ImportRemoval:
    """Delete what the import added and nothing has touched since."""
    removed = 0
    kept: list[str] = []
    for person_id, version in records.people:
        person = session.get(Person, person_id)
        if person is None:  # deleted meanwhile
            continue
        if person.version != version:
            kept.append(_("{name} was changed since the import.").format(name=person.name))
            continue
        try:
            contact_deletion.check_person_deletable(session, person_id)
        except InUseError as error:
            kept.append(error.message)
            continue
        session.delete(person)
        removed += 1
    session.flush()
    organisations = 0
    for organisation_id in records.organisations:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None or _has_people(session, organisation_id):
            continue  # its people stayed, and are named
        try:
            contact_deletion.check_organisation_deletable(session, organisation_id)
        except InUseError as error:
            kept.append(error.message)
            continue
        session.delete(organisation)
        organisations += 1
    session.flush()
    return ImportRemoval(removed, organisations, tuple(kept))


def _has_people(session: Session, organisation_id: int) -> bool:
    return bool(
        session.scalar(
            select(func.count(Person.id)).where(Person.organisation_id == organisation_id)
        )
    )


def removal_question(people: int, organisations: int) -> str:
    """What "Undo" asks before it deletes."""
    text = ngettext(
        "Remove the {count} person this import added",
        "Remove the {count} people this import added",
        people,
    ).format(count=people)
    if organisations:
        text += ngettext(
            ", and the {count} organisation it made",
            ", and the {count} organisations it made",
            organisations,
        ).format(count=organisations)
    return (
        text + "? " + _("Anyone changed since, or put in a group or named elsewhere since, stays.")
    )


def removal_summary(removal: ImportRemoval) -> str:
    """What "Undo" did: "3 imported people were removed, and 2 organisations." and who stayed."""
    text = ngettext(
        "{count} imported person was removed",
        "{count} imported people were removed",
        removal.people,
    ).format(count=removal.people)
    if removal.organisations:
        text += ngettext(
            ", and {count} organisation",
            ", and {count} organisations",
            removal.organisations,
        ).format(count=removal.organisations)
    text += "."
    if removal.kept:
        text += " " + _("Kept: {kept}").format(kept=" ".join(removal.kept))
    return text
