"""Contacts register: organisations and people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import Select, func, or_, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, joinedload

from samverkan_desktop import clock
from samverkan_desktop.errors import ConflictError, InUseError, ValidationError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import (
    AgreementParty,
    Base,
    Group,
    Invitee,
    Membership,
    Organisation,
    OrganisationKind,
    Person,
)
from samverkan_desktop.recurrence.describe import join_words
from samverkan_desktop.services import group_leaving
from samverkan_desktop.services import memberships as membership_periods
from samverkan_desktop.services.contact_rows import (
    PersonRow,
    verification_cutoff,
)
from samverkan_desktop.services.contact_rows import person_row as _person_row
from samverkan_desktop.services.text_search import contains
from samverkan_desktop.services.validation import (
    clean,
    column_length,
    flush_or_conflict,
    get_or_raise,
    optional_email,
    optional_phone,
    optional_text,
    require_text,
)
from samverkan_desktop.services.versions import check_version


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    kind: OrganisationKind
    org_number: str | None
    phone: str | None
    notes: str | None
    people_count: int
    version: int = 0  # for the form's save (services.versions)


@dataclass(frozen=True)
class OrganisationInput:
    name: str
    kind: OrganisationKind = OrganisationKind.OTHER
    org_number: str | None = None
    phone: str | None = None
    notes: str | None = None
    expected_version: int | None = None  # refuse the update if it changed meanwhile


@dataclass(frozen=True)
class PersonInput:
    name: str
    title: str | None = None
    organisation_id: int | None = None
    department: str | None = None
    phone: str | None = None
    email: str | None = None
    is_staff: bool = False
    last_verified: dt.date | None = None
    notes: str | None = None
    expected_version: int | None = None  # refuse the update if the person changed meanwhile


# --- organisations ---------------------------------------------------------------------------


def organisation_names(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every organisation by name: what a choice list needs, without counting
    each one's people."""
    from samverkan_desktop.swedish_order import sort_key  # not on the window's start path

    query = select(Organisation.id, Organisation.name).order_by(Organisation.id)
    return sorted(
        ((row.id, row.name) for row in session.execute(query)), key=lambda r: sort_key(r[1])
    )


def list_organisations(session: Session, search: str | None = None) -> list[OrganisationRow]:
    from samverkan_desktop.swedish_order import sort_key  # not on the window's start path

    counts = (
        select(Person.organisation_id, func.count(Person.id).label("n"))
        .group_by(Person.organisation_id)
        .subquery()
    )
    query = (
        select(Organisation, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.organisation_id == Organisation.id)
        .order_by(Organisation.id)
    )
    if clean(search):
        query = query.where(contains(session, Organisation.name, clean(search) or ""))
    rows = [_organisation_row(o, n) for o, n in session.execute(query)]
    return sorted(rows, key=lambda row: sort_key(row.name))


def get_organisation(session: Session, organisation_id: int) -> OrganisationRow:
    """One organisation as the register lists it (its form reads it anew after another desk's
    save)."""
    organisation = _get_organisation(session, organisation_id)
    people = select(func.count(Person.id)).where(Person.organisation_id == organisation_id)
    return _organisation_row(organisation, session.scalar(people) or 0)


def _organisation_row(o: Organisation, people_count: int) -> OrganisationRow:
    return OrganisationRow(
        o.id, o.name, o.kind, o.org_number, o.phone, o.notes, people_count, o.version
    )


def _organisation_values(data: OrganisationInput) -> dict[str, object]:
    return {
        "name": require_text(data.name, "name", _("Name")),
        "kind": data.kind,
        "org_number": optional_text(
            data.org_number,
            "org_number",
            _("Organisation number"),
            column_length(Organisation.org_number),
        ),
        "phone": optional_phone(data.phone),
        "notes": clean(data.notes),
    }


def _check_organisation_name(session: Session, name: str, exclude_id: int | None = None) -> None:
    query = select(Organisation.id).where(func.lower(Organisation.name) == name.lower())
    if exclude_id is not None:
        query = query.where(Organisation.id != exclude_id)
    if session.scalar(query) is not None:
        raise ConflictError(
            _("There is already an organisation named “{name}”.").format(name=name), field="name"
        )


def create_organisation(session: Session, data: OrganisationInput) -> int:
    values = _organisation_values(data)
    _check_organisation_name(session, str(values["name"]))
    organisation = Organisation(**values)
    session.add(organisation)
    flush_or_conflict(session, _("There is already an organisation with that name."), "name")
    return organisation.id


def update_organisation(session: Session, organisation_id: int, data: OrganisationInput) -> None:
    organisation = _get_organisation(session, organisation_id)
    check_version(organisation, data.expected_version)
    values = _organisation_values(data)
    _check_organisation_name(session, str(values["name"]), exclude_id=organisation_id)
    for key, value in values.items():
        setattr(organisation, key, value)
    flush_or_conflict(session, _("There is already an organisation with that name."), "name")


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
    organisation = _get_organisation(session, organisation_id)
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


def delete_organisation(session: Session, organisation_id: int) -> None:
    organisation = _get_organisation(session, organisation_id)
    check_organisation_deletable(session, organisation_id)
    _delete_in_use_guarded(
        session,
        organisation,
        _("“{name}” cannot be deleted: other records still refer to it.").format(
            name=organisation.name
        ),
    )


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


def _get_organisation(session: Session, organisation_id: int) -> Organisation:
    return get_or_raise(
        session, Organisation, organisation_id, _("The organisation no longer exists.")
    )


# --- people ----------------------------------------------------------------------------------


def list_people(
    session: Session,
    search: str | None = None,
    *,
    organisation_id: int | None = None,
    unverified_on: dt.date | None = None,
    staff_only: bool = False,
) -> list[PersonRow]:
    """People sorted by name. ``unverified_on``: only those due for verification on that day."""
    from samverkan_desktop.swedish_order import sort_key  # not on the window's start path

    query = select(Person).options(joinedload(Person.organisation)).order_by(Person.id)
    term = clean(search)
    if term:
        query = query.outerjoin(Person.organisation).where(
            or_(
                contains(session, Person.name, term),
                contains(session, Person.title, term),
                contains(session, Person.department, term),
                contains(session, Person.email, term),
                contains(session, Organisation.name, term),
            )
        )
    if organisation_id is not None:
        query = query.where(Person.organisation_id == organisation_id)
    if staff_only:
        query = query.where(Person.is_staff.is_(True))
    if unverified_on is not None:
        cutoff = verification_cutoff(unverified_on)
        query = query.where(or_(Person.last_verified.is_(None), Person.last_verified < cutoff))
    rows = [_person_row(p) for p in session.scalars(query).unique()]
    return sorted(rows, key=lambda row: sort_key(row.name))


def get_person(session: Session, person_id: int) -> PersonRow:
    return _person_row(_get_person(session, person_id))


def _get_person(session: Session, person_id: int) -> Person:
    return get_or_raise(session, Person, person_id, _("The person no longer exists."))


def _person_values(session: Session, data: PersonInput, today: dt.date) -> dict[str, object]:
    if data.organisation_id is not None:
        _get_organisation(session, data.organisation_id)
    if data.last_verified is not None and data.last_verified > today:
        raise ValidationError(
            _("The verification date cannot be in the future."), field="last_verified"
        )
    return {
        "name": require_text(data.name, "name", _("Name"), column_length(Person.name)),
        "title": optional_text(data.title, "title", _("Title"), column_length(Person.title)),
        "organisation_id": data.organisation_id,
        "department": optional_text(
            data.department, "department", _("Department"), column_length(Person.department)
        ),
        "phone": optional_phone(data.phone),
        "email": optional_email(data.email),
        "is_staff": data.is_staff,
        "last_verified": data.last_verified,
        "notes": clean(data.notes),
    }


def namesakes(session: Session, name: str, person_id: int | None = None) -> list[PersonRow]:
    """The other people whose name is ``name`` (case and spacing aside: "  anna  berglund"),
    to warn before a second Anna Berglund is saved: lists, letters and the command line's
    --to cannot tell two of one name apart. Empty when ``person_id`` keeps the name it has."""
    wanted = (clean(name, one_line=True) or "").casefold()
    if not wanted:
        return []
    same = [
        person
        for person in session.scalars(select(Person).order_by(Person.id))
        if " ".join(person.name.split()).casefold() == wanted
    ]
    if any(person.id == person_id for person in same):
        return []  # an edit keeping the name: asked when it was given
    return [_person_row(person) for person in same]


def create_person(session: Session, data: PersonInput, today: dt.date | None = None) -> int:
    """A new person, verified today unless a day is given: the details were just typed (before,
    someone added today showed in red as never verified, on the Overview too)."""
    day = today or clock.today()
    if data.last_verified is None:
        data = replace(data, last_verified=day)
    person = Person(**_person_values(session, data, day))
    session.add(person)
    session.flush()
    return person.id


def update_person(
    session: Session, person_id: int, data: PersonInput, today: dt.date | None = None
) -> None:
    person = _get_person(session, person_id)
    check_version(person, data.expected_version)
    for key, value in _person_values(session, data, today or clock.today()).items():
        setattr(person, key, value)
    session.flush()


def mark_verified(session: Session, person_id: int, on: dt.date | None = None) -> int:
    """Record that the person's details were checked today (or ``on``); returns the new
    version (what an Undo must find)."""
    person = _get_person(session, person_id)
    person.last_verified = on or clock.today()
    session.flush()
    return person.version


@dataclass(frozen=True)
class GroupTie:
    """A group the person belongs to or is a contact of, and how (member roles, contact roles)."""

    group_id: int
    group: str
    roles: tuple[str, ...]

    def text(self) -> str:
        return f"{self.group} ({', '.join(self.roles)})" if self.roles else self.group


def group_ties(session: Session, person_id: int) -> list[GroupTie]:
    """The groups a person is a member of, or the convener or contact person of, by name."""
    from samverkan_desktop.swedish_order import sort_key  # not on the window's start path

    roles: dict[int, list[str]] = {}
    names: dict[int, str] = {}
    for membership in session.scalars(
        select(Membership)
        .options(joinedload(Membership.group))
        .where(Membership.person_id == person_id, membership_periods.current())
    ):
        names[membership.group_id] = membership.group.name
        roles.setdefault(membership.group_id, []).append(_(membership.role.label))
    contact_roles = (
        (Group.convener_id, _("convener")),
        (Group.district_contact_id, _("district contact")),
        (Group.police_contact_id, _("police contact")),
    )
    for column, label in contact_roles:
        for group in session.scalars(select(Group).where(column == person_id)):
            names[group.id] = group.name
            group_roles = roles.setdefault(group.id, [])
            if label.casefold() not in (role.casefold() for role in group_roles):
                group_roles.append(label)
    return sorted(
        (GroupTie(group_id, names[group_id], tuple(roles[group_id])) for group_id in names),
        key=lambda tie: sort_key(tie.group),
    )


def groups_by_person(session: Session) -> dict[int, tuple[str, ...]]:
    """For each person in a group: the groups' names, by name (one query for the whole list)."""
    from samverkan_desktop.swedish_order import sort_key  # not on the window's start path

    rows = session.execute(
        select(Membership.person_id, Group.name)
        .join(Group, Group.id == Membership.group_id)
        .where(membership_periods.current())
    )
    found: dict[int, list[str]] = {}
    for person_id, name in rows:
        found.setdefault(person_id, []).append(name)
    return {person_id: tuple(sorted(names, key=sort_key)) for person_id, names in found.items()}


def _upcoming_invitations(
    session: Session, person_id: int, now: dt.datetime | None = None
) -> Select[Invitee]:
    """The person's invitations, not yet answered, to their groups' meetings still to come."""
    groups = [tie.group_id for tie in group_ties(session, person_id)]
    return group_leaving.upcoming_invitations(session, person_id, groups, now)


def invitations_withdrawn(session: Session, person_id: int, now: dt.datetime | None = None) -> int:
    """How many invitations to meetings still to come ``leave_groups`` would withdraw (asked
    beforehand)."""
    return len(session.scalars(_upcoming_invitations(session, person_id, now)).all())


def leave_groups(
    session: Session, person_id: int, now: dt.datetime | None = None
) -> group_leaving.LeftGroups:
    """Take a person who has left out of every group: their memberships go, the groups they
    convened or were a contact of have nobody in that place, and the groups' meetings still to
    come that were already opened (with their own invitation list) no longer invite them.
    Meetings held keep their attendance. Returns what was taken (``group_leaving.come_back``
    puts it back)."""
    _get_person(session, person_id)
    groups = [tie.group_id for tie in group_ties(session, person_id)]
    return group_leaving.leave(session, person_id, groups, now)


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
    person = _get_person(session, person_id)
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


def delete_person(session: Session, person_id: int) -> None:
    person = _get_person(session, person_id)
    check_person_deletable(session, person_id)
    _delete_in_use_guarded(
        session,
        person,
        _("“{name}” cannot be deleted: other records still refer to the person.").format(
            name=person.name
        ),
    )


def _delete_in_use_guarded(session: Session, record: object, message: str) -> None:
    # Later areas (loans, attendance, actions) refer to people and organisations too; the
    # database's foreign keys are the final word.
    session.delete(record)
    try:
        session.flush()
    except sa_exc.IntegrityError as error:
        session.rollback()
        raise InUseError(message) from error
