"""Demo: organisations, people, the Östermalm agreement with the police and its groups."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from samverkan_desktop.demo import (
    action_plan,
    contacts,
    follow_ups,
    groups_data,
    memberships,
    police_agreement,
)
from samverkan_desktop.demo.police_agreement import priority_areas
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    Group,
    GroupOrganisation,
    GroupStatus,
    GroupType,
    Membership,
)


def load(session: Session, today: dt.date) -> str:
    orgs, people = contacts.add(session, today)
    agreement = police_agreement.add(session, orgs, today)
    groups = groups_data.groups(people, today)
    added: dict[str, Group] = {}
    for spec in groups:
        t1, t2, vb = spec["follow"]
        group = Group(
            name=spec["name"],
            type=spec["type"],
            status=spec.get("status", GroupStatus.ACTIVE),
            purpose=spec.get("purpose"),
            goal=spec.get("goal"),
            agreement=agreement
            if spec["type"]
            in (
                GroupType.STYRGRUPP,
                GroupType.BEREDNINGSGRUPP,
                GroupType.ARBETSGRUPP,
                GroupType.PLATSSAMVERKAN,
            )
            else None,
            convener=spec.get("convener"),
            district_contact=spec.get("district_contact"),
            police_contact=spec.get("police_contact"),
            meeting_frequency=spec.get("meeting_frequency"),
            starts_on=spec.get("starts_on"),
            term_until=spec.get("term_until"),
            follow_up_t1=t1,
            follow_up_t2=t2,
            follow_up_vb=vb,
            priority_areas=priority_areas(session, *spec.get("areas", ())),
            memberships=[
                Membership(
                    person=people[key],
                    role=role,
                    joined_on=memberships.joined_on(
                        spec["name"], key, spec.get("starts_on"), today
                    ),
                )
                for key, role in spec["members"]
            ],
            organisations=[
                GroupOrganisation(organisation=orgs[name], note=note)
                for name, note in spec.get("organisations", ())
            ],
        )
        session.add(memberships.register(group, today))
        added[group.name] = group
    memberships.add_former(session, added, orgs)
    session.flush()
    follow_ups.load(session, today)
    action_plan.load(session, agreement)
    # The counts of organisations, people and groups are the whole example's (demo.load):
    # the meetings, walks and crisis loaders add their own.
    return _("the agreement with the police")
