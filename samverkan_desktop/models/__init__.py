"""All ORM models; importing this package registers every table on ``Base.metadata``."""

from __future__ import annotations

from samverkan_desktop.models.base import Base
from samverkan_desktop.models.groups import (
    Agreement,
    AgreementAppendix,
    AgreementParty,
    Group,
    GroupStatus,
    GroupType,
    MemberRole,
    Membership,
    PriorityArea,
)
from samverkan_desktop.models.people import Organisation, OrganisationKind, Person
from samverkan_desktop.models.settings import Setting

__all__ = [
    "Agreement",
    "AgreementAppendix",
    "AgreementParty",
    "Base",
    "Group",
    "GroupStatus",
    "GroupType",
    "MemberRole",
    "Membership",
    "Organisation",
    "OrganisationKind",
    "Person",
    "PriorityArea",
    "Setting",
]
