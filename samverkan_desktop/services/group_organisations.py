"""Organisations taking part in a group without a named person: the papers' "MTR, SL,
fastighetsägarföreningen, trafikkontoret" beside the named members, each with an optional note
("vid behov", "adjungerad").

One row per group and organisation (unique in the database too). An organisation that also has
a named member in the group may be listed: the group's organisations then name it once. Every
row is a part of the group in its History (services.audit_parts), and an organisation taking
part cannot be deleted from the contacts (services.contacts names the groups)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.errors import ConflictError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Group, GroupOrganisation, Organisation
from samverkan_desktop.services.validation import clean, flush_or_conflict, get_or_raise
from samverkan_desktop.swedish_order import sort_key

MAX_NOTE = 200
FIELD = "organisations"  # the form's row that shows these errors


@dataclass(frozen=True)
class GroupOrganisationRow:
    id: int
    organisation_id: int
    organisation: str
    note: str | None = None

    def text(self) -> str:
        """ "MTR Tunnelbanan – vid behov", or the name alone."""
        return f"{self.organisation} – {self.note}" if self.note else self.organisation


def rows_of(group: Group) -> tuple[GroupOrganisationRow, ...]:
    """The group's organisation-only participants, in Swedish order of their names."""
    rows = (
        GroupOrganisationRow(row.id, row.organisation_id, row.organisation.name, row.note)
        for row in group.organisations
    )
    return tuple(sorted(rows, key=lambda row: sort_key(row.organisation)))


def participating(
    member_organisations: Iterable[str | None], rows: Sequence[GroupOrganisationRow]
) -> tuple[str, ...]:
    """Every organisation taking part, each once: the named members' and the organisation-only
    ones (with their notes), in Swedish order."""
    texts = {name: name for name in member_organisations if name}
    for row in rows:
        texts[row.organisation] = row.text()  # named too: once, with its note
    return tuple(texts[name] for name in sorted(texts, key=sort_key))


def also_taking_part(
    member_organisations: Iterable[str | None], rows: Sequence[GroupOrganisationRow]
) -> tuple[GroupOrganisationRow, ...]:
    """The organisation-only participants that no named member already represents (what a
    member list adds below its members)."""
    named = {name for name in member_organisations if name}
    return tuple(row for row in rows if row.organisation not in named)


def _note(note: str | None) -> str | None:
    cleaned = clean(note, one_line=True)  # typed on the organisation's line
    if cleaned is not None and len(cleaned) > MAX_NOTE:
        raise ValidationError(
            _("A note is too long (at most {count} characters).").format(count=MAX_NOTE),
            field=FIELD,
        )
    return cleaned


def _organisation(session: Session, organisation_id: int) -> Organisation:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise ValidationError(_("The chosen organisation no longer exists."), field=FIELD)
    return organisation


def checked(session: Session, entries: Sequence[tuple[int, str | None]]) -> dict[int, str | None]:
    """The form's (organisation, note) lines, checked: organisation id -> cleaned note."""
    wanted: dict[int, str | None] = {}
    for organisation_id, note in entries:
        organisation = _organisation(session, organisation_id)
        if organisation_id in wanted:
            raise ValidationError(
                _("{organisation} is listed twice.").format(organisation=organisation.name),
                field=FIELD,
            )
        wanted[organisation_id] = _note(note)
    return wanted


def apply(group: Group, wanted: dict[int, str | None]) -> bool:
    """Make the group's rows those of ``wanted``, keeping the unchanged ones (the History then
    shows what changed); True when anything changed."""
    wanted = dict(wanted)
    changed = False
    for row in list(group.organisations):
        if row.organisation_id not in wanted:
            group.organisations.remove(row)
            changed = True
            continue
        note = wanted.pop(row.organisation_id)
        if row.note != note:
            row.note = note
            changed = True
    for organisation_id, note in wanted.items():
        group.organisations.append(GroupOrganisation(organisation_id=organisation_id, note=note))
        changed = True
    return changed


def add_organisation(
    session: Session, group_id: int, organisation_id: int, note: str | None = None
) -> int:
    """The organisation takes part in the group (a named member of it may too)."""
    group = get_or_raise(session, Group, group_id, _("The group no longer exists."))
    organisation = _organisation(session, organisation_id)
    cleaned = _note(note)
    existing = session.scalar(
        select(GroupOrganisation.id).where(
            GroupOrganisation.group_id == group_id,
            GroupOrganisation.organisation_id == organisation_id,
        )
    )
    if existing is not None:
        raise ConflictError(
            _("{organisation} already takes part in {group}.").format(
                organisation=organisation.name, group=group.name
            ),
            field=FIELD,
        )
    row = GroupOrganisation(group_id=group_id, organisation_id=organisation_id, note=cleaned)
    session.add(row)
    flush_or_conflict(session, _("The organisation already takes part in the group."), FIELD)
    return row.id


def set_note(session: Session, row_id: int, note: str | None) -> None:
    row = _row(session, row_id)
    row.note = _note(note)
    session.flush()


def remove_organisation(session: Session, row_id: int) -> None:
    session.delete(_row(session, row_id))
    session.flush()


def _row(session: Session, row_id: int) -> GroupOrganisation:
    return get_or_raise(
        session,
        GroupOrganisation,
        row_id,
        _("The organisation no longer takes part in the group."),
    )


def groups_taking_part(session: Session, organisation_id: int) -> list[str]:
    """The names of the groups the organisation takes part in without a named person."""
    names = session.scalars(
        select(Group.name)
        .join(GroupOrganisation, GroupOrganisation.group_id == Group.id)
        .where(GroupOrganisation.organisation_id == organisation_id)
    )
    return sorted(names, key=sort_key)
