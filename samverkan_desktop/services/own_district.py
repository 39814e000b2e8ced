"""Which groups are the district's own, for the reports it sends: the council report, the
preparation group's follow-up and the collaboration structure (the agreement's appendix).

The register may hold a neighbour's group the coordinator sits in (Östermalm and Norrmalm share
a police area: the demo holds Norrmalm's safety council). Such a group has its "Kontaktperson
sdf" at the other administration; reporting it as our work would mislead our council."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.enums import OrganisationKind
from samverkan_desktop.models import Group, Organisation, Person


def district_id(session: Session) -> int | None:
    """Our administration: the one the printouts are issued by (reports.alarm_parts.issuer)."""
    return session.scalars(
        select(Organisation.id)
        .where(Organisation.kind == OrganisationKind.DISTRICT)
        .order_by(Organisation.id)
    ).first()


def other_districts_groups(session: Session) -> frozenset[int]:
    """The ids of the groups whose district contact works for another organisation than ours:
    what each report leaves out (a group with no contact, or one of no organisation, is ours)."""
    ours = district_id(session)
    if ours is None:
        return frozenset()
    return frozenset(
        session.scalars(
            select(Group.id)
            .join(Person, Group.district_contact_id == Person.id)
            .where(Person.organisation_id.is_not(None), Person.organisation_id != ours)
        )
    )
