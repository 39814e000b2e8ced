"""Small helpers for the crisis tests: people and organisations in a few lines."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from samverkan_desktop.services import contacts


def person(
    session: Session,
    name: str,
    verified: dt.date | None = None,
    phone: str | None = "08-508 10 000",
    organisation_id: int | None = None,
) -> int:
    data = contacts.PersonInput(
        name=name,
        phone=phone,
        is_staff=organisation_id is None,
        last_verified=verified,
        organisation_id=organisation_id,
    )
    person_id = contacts.create_person(session, data, verified or dt.date(2021, 1, 1))
    if verified is None:  # never verified: a new person is verified the day it is added
        contacts.update_person(session, person_id, data, dt.date(2021, 1, 1))
    return person_id


def organisation(session: Session, name: str, phone: str | None = None) -> int:
    return contacts.create_organisation(session, contacts.OrganisationInput(name=name, phone=phone))
