"""Deleting an organisation or a person from the contacts register: what still names them,
said before anyone is asked "Delete …?" (the groups by name first, then other records counted
from the database's own references), and the deletion itself, the foreign keys' final word."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop.errors import InUseError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import AgreementParty, Base, Membership, Organisation, Person
from samverkan_desktop.recurrence.describe import join_words
from samverkan_desktop.services import memberships as membership_periods
from samverkan_desktop.services.contact_restore import DeletedContact, taken
from samverkan_desktop.services.contacts import organisation_record, person_record
from samverkan_desktop.services.person_groups import (
    group_ties,
    invitations_withdrawn,
    leave_groups,
)

# --- organisations ---------------------------------------------------------------------------


# What else may name an organisation, as the refusal to delete says it.
_ORGANISATION_USES: dict[tuple[str, str], Callable[[int], str]] = {
    ("crisis_contacts", "organisation_id"): lambda n: ngettext(
        "{count} line in the crisis contact list", "{count} lines in the crisis contact list", n
    ),
    ("actions", "responsible_organisation_id"): lambda n: ngettext(
        "responsible for {count} action", "responsible for {count} actions", n
    ),
    ("walk_participants", "organisation_id"): lambda n: ngettext(
        "participant in {count} safety walk", "participant in {count} safety walks", n
    ),
    ("observations", "responsible_organisation_id"): lambda n: ngettext(
        "responsible for {count} observation", "responsible for {count} observations", n
    ),
}


def check_organisation_deletable(session: Session, organisation_id: int) -> None:
    """Refuse before anyone is asked "Delete …?" when the organisation is still named: by its
    people, an agreement, the groups it takes part in (by name), or other records (which ones,
    and how many)."""
    organisation = organisation_record(session, organisation_id)
    people = session.scalar(
        select(func.count(Person.id)).where(Person.organisation_id == organisation_id)
    )
    if people:
        raise InUseError(
            ngettext(
                "“{name}” cannot be deleted: {count} person in the contacts belongs to it.",
                "“{name}” cannot be deleted: {count} people in the contacts belong to it.",
                people,
            ).format(name=organisation.name, count=people)
        )
    parties = session.scalar(
        select(func.count(AgreementParty.id)).where(
            AgreementParty.organisation_id == organisation_id
        )
    )
    if parties:
        raise InUseError(
            _("“{name}” cannot be deleted: it is a party to an agreement.").format(
                name=organisation.name
            )
        )
    from samverkan_desktop.services.group_organisations import groups_taking_part

    groups = groups_taking_part(session, organisation_id)
    if groups:
        raise InUseError(
            ngettext(
                "“{name}” cannot be deleted: it takes part in the group {groups}. "
                "Remove it from the group first.",
                "“{name}” cannot be deleted: it takes part in {count} groups: {groups}. "
                "Remove it from the groups first.",
                len(groups),
            ).format(name=organisation.name, count=len(groups), groups=join_words(groups))
        )
    skip = {
        ("people", "organisation_id"),
        ("agreement_parties", "organisation_id"),
        ("group_organisations", "organisation_id"),
    }
    uses = _uses(session, Organisation, organisation_id, _ORGANISATION_USES, skip)
    if uses:
        raise InUseError(
            _("“{name}” cannot be deleted: {uses}.").format(
                name=organisation.name, uses=join_words(uses)
            )
        )


def delete_organisation(session: Session, organisation_id: int) -> DeletedContact:
    """Returns what ``contact_restore.restore`` puts back (Undo)."""
    organisation = organisation_record(session, organisation_id)
    check_organisation_deletable(session, organisation_id)
    deleted = taken(session, organisation)
    _delete_in_use_guarded(
        session,
        organisation,
        _("“{name}” cannot be deleted: other records still refer to it.").format(
            name=organisation.name
        ),
    )
    return deleted


# --- people ----------------------------------------------------------------------------------


# What else may name a person, as the refusal to delete says it: (table, column) -> texts.
_PERSON_USES: dict[tuple[str, str], Callable[[int], str]] = {
    ("meeting_invitees", "person_id"): lambda n: ngettext(
        "invited to {count} meeting", "invited to {count} meetings", n
    ),
    # A group's history of who sat in it (services.memberships) keeps the person.
    ("memberships", "person_id"): lambda n: ngettext(
        "a former member of {count} group", "a former member of {count} groups", n
    ),
    ("actions", "responsible_person_id"): lambda n: ngettext(
        "responsible for {count} action", "responsible for {count} actions", n
    ),
    ("alarm_loans", "borrower_id"): lambda n: ngettext(
        "borrower in {count} alarm loan", "borrower in {count} alarm loans", n
    ),
    ("alarm_loans", "approved_by_id"): lambda n: ngettext(
        "approved {count} alarm loan", "approved {count} alarm loans", n
    ),
    ("crisis_contacts", "person_id"): lambda n: ngettext(
        "{count} line in the crisis contact list", "{count} lines in the crisis contact list", n
    ),
    ("crisis_role_members", "person_id"): lambda n: ngettext(
        "{count} role in the crisis organisation", "{count} roles in the crisis organisation", n
    ),
    ("exercises", "leader_id"): lambda n: ngettext(
        "leader of {count} exercise", "leader of {count} exercises", n
    ),
    ("exercise_participants", "person_id"): lambda n: ngettext(
        "participant in {count} exercise", "participant in {count} exercises", n
    ),
    ("plans", "owner_id"): lambda n: ngettext(
        "responsible for {count} plan", "responsible for {count} plans", n
    ),
    ("training_attendances", "person_id"): lambda n: ngettext(
        "participant in {count} training session", "participant in {count} training sessions", n
    ),
    ("walks", "organiser_id"): lambda n: ngettext(
        "organiser of {count} safety walk", "organiser of {count} safety walks", n
    ),
    ("walk_participants", "person_id"): lambda n: ngettext(
        "participant in {count} safety walk", "participant in {count} safety walks", n
    ),
}
# The groups' own ties are told (and undone) by group_ties and leave_groups; their memberships
# are history once ended, counted by person_uses.
_GROUP_COLUMNS = frozenset(
    {
        ("groups", "convener_id"),
        ("groups", "district_contact_id"),
        ("groups", "police_contact_id"),
    }
)


def _slips(session: Session, person_id: int, now: dt.datetime | None = None) -> int:
    """The person's memberships begun today (or later): leaving deletes them (a slip leaves no
    history); the others become the groups' history."""
    joined_today = select(func.count(Membership.id)).where(
        Membership.person_id == person_id,
        membership_periods.current(),
        Membership.joined_on >= membership_periods.day_of(now),
    )
    return int(session.scalar(joined_today) or 0)


def person_uses(session: Session, person_id: int, now: dt.datetime | None = None) -> list[str]:
    """Besides the groups, what names the person ("responsible for 2 actions", ...): what keeps
    them in the register when they have left. Invitations that leave_groups withdraws are not
    counted."""
    leaving = {
        ("meeting_invitees", "person_id"): invitations_withdrawn(session, person_id, now),
        ("memberships", "person_id"): _slips(session, person_id, now),
    }
    return _uses(session, Person, person_id, _PERSON_USES, _GROUP_COLUMNS, leaving)


def check_person_deletable(session: Session, person_id: int) -> None:
    """Refuse before anyone is asked "Delete …?" when the person may not be deleted, and say
    where they are named: the groups (by name) first, then everything else."""
    person = person_record(session, person_id)
    ties = group_ties(session, person_id)
    if ties:
        raise InUseError(
            ngettext(
                "“{name}” cannot be deleted: the person is in the group {groups}. "
                "Remove them from the group first.",
                "“{name}” cannot be deleted: the person is in {count} groups: {groups}. "
                "Remove them from the groups first.",
                len(ties),
            ).format(
                name=person.name,
                count=len(ties),
                groups=join_words([tie.text() for tie in ties]),
            )
        )
    uses = person_uses(session, person_id)
    if uses:
        raise InUseError(
            _(
                "“{name}” cannot be deleted: {uses}. Keep the person in the register, with a "
                "note that they have left."
            ).format(name=person.name, uses=join_words(uses))
        )


def delete_person(
    session: Session, person_id: int, *, leaving_groups: bool = False
) -> DeletedContact:
    """Delete the person; with ``leaving_groups`` take them out of their groups first, in the
    same unit of work (one question, one action: "Delete" for someone named nowhere else).
    Returns what ``contact_restore.restore`` puts back (Undo), the groups too."""
    person = person_record(session, person_id)
    left = leave_groups(session, person_id) if leaving_groups else None
    check_person_deletable(session, person_id)
    deleted = taken(session, person, left)
    _delete_in_use_guarded(
        session,
        person,
        _("“{name}” cannot be deleted: other records still refer to the person.").format(
            name=person.name
        ),
    )
    return deleted


# --- both ----------------------------------------------------------------------------------


def _uses(
    session: Session,
    model: type[Base],
    record_id: int,
    texts: dict[tuple[str, str], Callable[[int], str]],
    skip: set[tuple[str, str]] | frozenset[tuple[str, str]],
    leaving: dict[tuple[str, str], int] | None = None,
) -> list[str]:
    """What names the record, as "responsible for 2 actions", from the database's own
    references (so a new area's are counted too, as "other records"); ``leaving``: rows that
    go anyway, not counted."""
    target = model.__table__
    uses: list[str] = []
    other = 0
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table is not target or (table.name, key.parent.name) in skip:
                continue
            count = int(
                session.scalar(
                    select(func.count()).select_from(table).where(key.parent == record_id)
                )
                or 0
            ) - (leaving or {}).get((table.name, key.parent.name), 0)
            if count <= 0:
                continue
            text = texts.get((table.name, key.parent.name))
            if text is None:
                other += count
            else:
                uses.append(text(count).format(count=count))
    if other:
        uses.append(
            ngettext("{count} other record", "{count} other records", other).format(count=other)
        )
    return uses


def _delete_in_use_guarded(session: Session, record: object, message: str) -> None:
    # Later areas (loans, attendance, actions) refer to people and organisations too; the
    # database's foreign keys are the final word.
    session.delete(record)
    try:
        session.flush()
    except sa_exc.IntegrityError as error:
        session.rollback()
        raise InUseError(message) from error
