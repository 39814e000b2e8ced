"""The fire safety work (SBA) in a few lines, as the district's paper to the council puts it:
"Senast besiktigat 11 jan 2021 av … – Godkänt", when the next inspection is due, how many
people are evacuation leaders (utrymningsledare: their function in the contacts) and when their
network last met (the group whose name says "utrymningsledare")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop.models import Group, Meeting, MeetingStatus, Person
from samverkan_desktop.services import fire_inspections
from samverkan_desktop.services.fire_inspections import InspectionRow
from samverkan_desktop.services.meeting_common import day_start, to_local

EVACUATION_LEADER = "utrymningsledare"  # the function in the contacts, and the network's name


@dataclass(frozen=True)
class FireSafetySummary:
    latest: InspectionRow | None  # the latest inspection of any premises
    next_due: InspectionRow | None  # the premises whose next inspection comes first
    evacuation_leaders: int
    network: str | None  # the evacuation leaders' network (a group), if there is one
    network_last_met: dt.date | None


def summary(session: Session, today: dt.date) -> FireSafetySummary:
    latest_per_premises = fire_inspections.latest_per_premises(session, today)
    network, last_met = _network(session, today)
    return FireSafetySummary(
        latest=fire_inspections.latest_inspection(session, today),
        next_due=latest_per_premises[0] if latest_per_premises else None,
        evacuation_leaders=evacuation_leaders(session),
        network=network,
        network_last_met=last_met,
    )


def evacuation_leaders(session: Session) -> int:
    """People whose function (title) in the contacts says utrymningsledare."""
    pattern = f"%{EVACUATION_LEADER}%"
    return session.scalar(select(func.count(Person.id)).where(Person.title.ilike(pattern))) or 0


def _network(session: Session, today: dt.date) -> tuple[str | None, dt.date | None]:
    group = session.scalars(
        select(Group).where(Group.name.ilike(f"%{EVACUATION_LEADER}%")).order_by(Group.id)
    ).first()
    if group is None:
        return None, None
    last = session.scalar(
        select(func.max(Meeting.starts_at)).where(
            Meeting.group_id == group.id,
            Meeting.status == MeetingStatus.HELD,
            Meeting.starts_at < day_start(today + dt.timedelta(days=1)),
        )
    )
    return group.name, to_local(last).date() if last is not None else None
