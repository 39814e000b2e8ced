"""People as the contacts register lists them, and who is due for verification: the Overview's
card on contacts to verify reads them without loading the register's service (contacts.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, joinedload

from samverkan_desktop.models import Person

# A contact not verified for this long is due for a check (the crisis contact list rule).
VERIFY_AFTER_MONTHS = 6


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    title: str | None
    organisation_id: int | None
    organisation: str | None
    department: str | None
    phone: str | None
    email: str | None
    is_staff: bool
    last_verified: dt.date | None
    notes: str | None
    version: int = 0  # for the form's save (services.versions)

    def verification_due(self, today: dt.date) -> bool:
        return verification_due(self.last_verified, today)


def verification_due(last_verified: dt.date | None, today: dt.date) -> bool:
    """Never verified, or longer ago than the rule allows: the contacts register's rule, which
    the crisis organisation's lists (roles' holders, external lines) follow too."""
    return last_verified is None or last_verified < verification_cutoff(today)


def verification_cutoff(today: dt.date) -> dt.date:
    return today - relativedelta(months=VERIFY_AFTER_MONTHS)


def person_row(person: Person) -> PersonRow:
    return PersonRow(
        id=person.id,
        name=person.name,
        title=person.title,
        organisation_id=person.organisation_id,
        organisation=person.organisation.name if person.organisation else None,
        department=person.department,
        phone=person.phone,
        email=person.email,
        is_staff=person.is_staff,
        last_verified=person.last_verified,
        notes=person.notes,
        version=person.version,
    )


def people_to_verify(session: Session, today: dt.date, limit: int) -> tuple[int, list[PersonRow]]:
    """How many people are due for verification on ``today``, and the ``limit`` longest
    unverified (never verified first), by name among equals: counted in SQL, only the shown
    ones read (the Overview's card at thousands of contacts)."""
    from samverkan_desktop.swedish_order import sql_sort_key  # not on the window's start path

    cutoff = verification_cutoff(today)
    due = or_(Person.last_verified.is_(None), Person.last_verified < cutoff)
    total = session.scalar(select(func.count(Person.id)).where(due)) or 0
    query = (
        select(Person)
        .options(joinedload(Person.organisation))
        .where(due)
        .order_by(
            Person.last_verified.is_not(None),
            Person.last_verified,
            sql_sort_key(Person.name),
            Person.name,
        )
        .limit(limit)
    )
    return int(total), [person_row(p) for p in session.scalars(query).unique()]
