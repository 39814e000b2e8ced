"""Shared test data for the alarm tests: a few staff, a non-staff contact, four units and the
alarm training attended by some of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.models import AuditAction, AuditEntry, UnitKind
from samverkan_desktop.services import alarms, contacts, training
from samverkan_desktop.services.contacts import PersonInput

# Monday 23 November 2026, 08:14 in Stockholm.
NOW = dt.datetime(2026, 11, 23, 8, 14, tzinfo=LOCAL_ZONE)


def at(hour: int, minute: int = 0, day: int = 23, month: int = 11, year: int = 2026) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=LOCAL_ZONE)


@dataclass(frozen=True)
class Data:
    people: dict[str, int]
    units: dict[str, int]
    course_id: int


def make(session: Session) -> Data:
    people = {
        "lena": PersonInput(
            "Lena Persson", is_staff=True, department="Socialtjänsten", phone="08-508 10 330"
        ),
        "lars": PersonInput("Lars Ek", is_staff=True, department="Äldreomsorgen"),
        "leif": PersonInput("Leif Pettersson", is_staff=True, department="Socialtjänsten"),
        "karin": PersonInput("Karin Lindqvist", title="Stadsdelsdirektör", is_staff=True),
        "sara": PersonInput("Sara Holm", title="Kommunpolis", is_staff=False),
    }
    ids = {
        key: contacts.create_person(session, data, today=NOW.date()) for key, data in people.items()
    }
    units = {
        code: alarms.create_unit(
            session, alarms.UnitInput(code, kind, make_model="Bevakningslarm X2")
        )
        for code, kind in [
            ("LARM-01", UnitKind.HOME_VISIT),
            ("LARM-02", UnitKind.HOME_VISIT),
            ("LARM-03", UnitKind.HOME_VISIT),
            ("LARM-13", UnitKind.HOME_LOAN),
        ]
    }
    course = training.course_by_code(session, training.ALARM_COURSE_CODE)
    assert course is not None
    held = training.create_session(
        session, training.SessionInput(course.id, dt.date(2026, 3, 10), "Karlavägen 104")
    )
    for key in ("lena", "karin", "leif"):
        training.add_attendee(session, held, ids[key])
    old = training.create_session(session, training.SessionInput(course.id, dt.date(2021, 3, 9)))
    training.add_attendee(session, old, ids["lars"])
    return Data(ids, units, course.id)


def audit_entries(session: Session, table: str, record_id: int) -> list[tuple[AuditAction, Any]]:
    """A record's audit trail, oldest first: (action, changes) per entry."""
    rows = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.table_name == table, AuditEntry.record_id == str(record_id))
        .order_by(AuditEntry.id)
    )
    return [(row.action, row.changes) for row in rows]
