"""Which groups are the district's own, for the reports it sends: the council report and the
preparation group's follow-up.

The register may hold a neighbour's group the coordinator sits in (Östermalm and Norrmalm share
a police area: the demo holds Norrmalm's safety council). Such a group has its "Kontaktperson
sdf" at the other administration; reporting it as our work would mislead our council."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.enums import OrganisationKind
from samverkan_desktop.models import Group, Organisation


def district_id(session: Session) -> int | None:
    """Our administration: the one the printouts are issued by (reports.alarm_parts.issuer)."""
    return session.scalars(
        select(Organisation.id)
        .where(Organisation.kind == OrganisationKind.DISTRICT)
        .order_by(Organisation.id)
    ).first()


def is_other_districts(group: Group, ours: int | None) -> bool:
    """Whether the group's district contact works for another organisation than ours."""
    contact = group.district_contact
    return (
        ours is not None
        and contact is not None
        and contact.organisation_id is not None
        and contact.organisation_id != ours
    )
