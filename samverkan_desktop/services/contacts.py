"""Contacts register: organisations and people listed, read, added and changed. What a
person's groups are is person_groups'; deleting either, and what refuses it, contact_deletion's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, joinedload

from samverkan_desktop import clock
from samverkan_desktop.errors import ConflictError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Organisation, OrganisationKind, Person
from samverkan_desktop.services.contact_rows import (
    PersonRow,
    verification_cutoff,
)
from samverkan_desktop.services.contact_rows import person_row as _person_row
from samverkan_desktop.services.organisation_numbers import organisation_number
from samverkan_desktop.services.text_search import contains
from samverkan_desktop.services.validation import (
    checked_values,
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


def count_organisations(session: Session) -> int:
    """Every organisation in the register: what a narrowed list is counted against ("3 av 27
    organisationer")."""
    return session.scalar(select(func.count(Organisation.id))) or 0


def get_organisation(session: Session, organisation_id: int) -> OrganisationRow:
    """One organisation as the register lists it (its form reads it anew after another desk's
    save)."""
    organisation = organisation_record(session, organisation_id)
    people = select(func.count(Person.id)).where(Person.organisation_id == organisation_id)
    return _organisation_row(organisation, session.scalar(people) or 0)


def _organisation_row(o: Organisation, people_count: int) -> OrganisationRow:
    return OrganisationRow(
        o.id, o.name, o.kind, o.org_number, o.phone, o.notes, people_count, o.version
    )


def _organisation_values(data: OrganisationInput, stored: str | None = None) -> dict[str, object]:
    """The organisation's values checked; ``stored``: its number as saved, kept as it is when
    left unchanged (one saved before numbers were checked must not block a new phone number)."""

    def org_number() -> str | None:
        typed = optional_text(
            data.org_number,
            "org_number",
            _("Organisation number"),
            column_length(Organisation.org_number),
        )
        if typed is None or typed == stored:
            return typed
        return organisation_number(typed)

    return checked_values(
        {
            "name": lambda: require_text(data.name, "name", _("Name")),
            "kind": lambda: data.kind,
            "org_number": org_number,
            "phone": lambda: optional_phone(data.phone),
            "notes": lambda: clean(data.notes),
        }
    )


def check_organisation_name(session: Session, name: str, exclude_id: int | None = None) -> None:
    query = select(Organisation.name).where(func.lower(Organisation.name) == name.lower())
    if exclude_id is not None:
        query = query.where(Organisation.id != exclude_id)
    existing = session.scalar(query)
    if existing is not None:
        # Named as it is written ("SOS Alarm", not the "sos alarm" typed): the one to look for.
        raise ConflictError(
            _("There is already an organisation named “{name}”.").format(name=existing),
            field="name",
        )


def create_organisation(session: Session, data: OrganisationInput) -> int:
    values = _organisation_values(data)
    check_organisation_name(session, str(values["name"]))
    organisation = Organisation(**values)
    session.add(organisation)
    flush_or_conflict(session, _("There is already an organisation with that name."), "name")
    return organisation.id


def update_organisation(session: Session, organisation_id: int, data: OrganisationInput) -> None:
    organisation = organisation_record(session, organisation_id)
    check_version(organisation, data.expected_version)
    values = _organisation_values(data, organisation.org_number)
    check_organisation_name(session, str(values["name"]), exclude_id=organisation_id)
    for key, value in values.items():
        setattr(organisation, key, value)
    flush_or_conflict(session, _("There is already an organisation with that name."), "name")


def organisation_record(session: Session, organisation_id: int) -> Organisation:
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


def count_people(session: Session) -> int:
    """Everyone in the register: what a narrowed list is counted against ("11 av 43
    personer")."""
    return session.scalar(select(func.count(Person.id))) or 0


def get_person(session: Session, person_id: int) -> PersonRow:
    return _person_row(person_record(session, person_id))


def person_record(session: Session, person_id: int) -> Person:
    return get_or_raise(session, Person, person_id, _("The person no longer exists."))


def _person_values(session: Session, data: PersonInput, today: dt.date) -> dict[str, object]:
    if data.organisation_id is not None:
        organisation_record(session, data.organisation_id)

    def verified() -> dt.date | None:
        if data.last_verified is not None and data.last_verified > today:
            raise ValidationError(
                _("The verification date cannot be in the future."), field="last_verified"
            )
        return data.last_verified

    return checked_values(
        {
            "name": lambda: require_text(data.name, "name", _("Name"), column_length(Person.name)),
            "title": lambda: optional_text(
                data.title, "title", _("Title"), column_length(Person.title)
            ),
            "organisation_id": lambda: data.organisation_id,
            "department": lambda: optional_text(
                data.department, "department", _("Department"), column_length(Person.department)
            ),
            "phone": lambda: optional_phone(data.phone),
            "email": lambda: optional_email(data.email),
            "is_staff": lambda: data.is_staff,
            "last_verified": verified,
            "notes": lambda: clean(data.notes),
        }
    )


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
    person = person_record(session, person_id)
    check_version(person, data.expected_version)
    for key, value in _person_values(session, data, today or clock.today()).items():
        setattr(person, key, value)
    session.flush()


def mark_verified(session: Session, person_id: int, on: dt.date | None = None) -> int:
    """Record that the person's details were checked today (or ``on``); returns the new
    version (what an Undo must find)."""
    person = person_record(session, person_id)
    person.last_verified = on or clock.today()
    session.flush()
    return person.version
