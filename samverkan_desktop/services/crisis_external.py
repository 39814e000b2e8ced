"""The crisis contact list's external lines: police, fire service, the city's duty officer,
neighbouring districts, each a function at an organisation, with a person or a number of its own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from samverkan_desktop.models import CrisisContact, Organisation, Person
from samverkan_desktop.services.contact_rows import verification_due
from samverkan_desktop.services.crisis_lists import (
    lock_list,
    renumber_list,
    reordered,
)
from samverkan_desktop.services.validation import (
    flush_or_conflict,
    get_or_raise,
    optional_phone,
    require_text,
)
from samverkan_desktop.services.versions import check_version


@dataclass(frozen=True)
class ExternalInput:
    organisation_id: int
    function: str
    person_id: int | None = None
    phone: str | None = None
    last_verified: dt.date | None = None  # only for a line without a person
    expected_version: int | None = None  # the form's copy: refused if changed meanwhile


@dataclass(frozen=True)
class ExternalRow:
    id: int
    organisation_id: int
    organisation: str
    function: str
    person_id: int | None
    person: str | None
    phone: str | None  # the line's own number, else the person's, else the organisation's
    email: str | None
    position: int
    last_verified: dt.date | None
    stale: bool
    version: int  # what the entry's form saves against (services.versions)
    own_phone: str | None = None  # the line's own number only: what its edit form shows


def _externals(session: Session) -> list[CrisisContact]:
    return list(
        session.scalars(
            select(CrisisContact)
            .options(selectinload(CrisisContact.organisation), selectinload(CrisisContact.person))
            .order_by(CrisisContact.position, CrisisContact.id)
            .execution_options(populate_existing=True)
        )
    )


def _verified_on(contact: CrisisContact) -> dt.date | None:
    return contact.person.last_verified if contact.person else contact.last_verified


def _external_row(contact: CrisisContact, today: dt.date) -> ExternalRow:
    person = contact.person
    verified = _verified_on(contact)
    return ExternalRow(
        id=contact.id,
        organisation_id=contact.organisation_id,
        organisation=contact.organisation.name,
        function=contact.function,
        person_id=contact.person_id,
        person=person.name if person else None,
        phone=contact.phone or (person.phone if person else None) or contact.organisation.phone,
        email=person.email if person else None,
        position=contact.position,
        last_verified=verified,
        stale=verification_due(verified, today),
        version=contact.version,
        own_phone=contact.phone,
    )


def list_external(session: Session, today: dt.date | None = None) -> list[ExternalRow]:
    today = today or clock.today()
    return [_external_row(c, today) for c in _externals(session)]


def external_record(session: Session, contact_id: int) -> CrisisContact:
    return get_or_raise(
        session, CrisisContact, contact_id, _("The contact list entry no longer exists.")
    )


def _apply_external(session: Session, contact: CrisisContact, data: ExternalInput) -> None:
    get_or_raise(
        session,
        Organisation,
        data.organisation_id,
        _("The chosen organisation no longer exists."),
    )
    contact.organisation_id = data.organisation_id
    contact.function = require_text(data.function, "function", _("Function"))
    if data.person_id is not None:
        get_or_raise(session, Person, data.person_id, _("The chosen person no longer exists."))
    contact.person_id = data.person_id
    contact.phone = optional_phone(data.phone)
    # With a person, the person's own verification counts (one date per person everywhere).
    contact.last_verified = data.last_verified if data.person_id is None else None


def create_external(session: Session, data: ExternalInput) -> int:
    lock_list(session, CrisisContact)
    last = session.scalar(select(func.max(CrisisContact.position))) or 0
    contact = CrisisContact(position=last + 1)
    _apply_external(session, contact, data)
    session.add(contact)
    flush_or_conflict(session, _("The contact list entry could not be saved."))
    return contact.id


def get_external(session: Session, contact_id: int, today: dt.date | None = None) -> ExternalRow:
    """One entry as the list shows it (its form reads it anew after a refusal)."""
    external_record(session, contact_id)
    return next(row for row in list_external(session, today) if row.id == contact_id)


def update_external(session: Session, contact_id: int, data: ExternalInput) -> int:
    """Save the form; returns the new row version."""
    contact = external_record(session, contact_id)
    check_version(contact, data.expected_version)
    _apply_external(session, contact, data)
    flush_or_conflict(session, _("The contact list entry could not be saved."))
    return contact.version


def delete_external(session: Session, contact_id: int) -> None:
    session.delete(external_record(session, contact_id))
    session.flush()
    renumber_list(session, CrisisContact, _externals(session))


def move_external(session: Session, contact_id: int, delta: int) -> None:
    contacts: list[object] = list(_externals(session))
    index = next((i for i, c in enumerate(contacts) if c.id == contact_id), None)  # type: ignore[attr-defined]
    if index is None:
        external_record(session, contact_id)  # raises
        return
    moved = reordered(contacts, index, delta)
    if moved is not None:
        renumber_list(session, CrisisContact, moved)  # type: ignore[arg-type]
