"""All ORM models; importing this package registers every table on ``Base.metadata``."""

from __future__ import annotations

from samverkan_desktop.models.base import Base
from samverkan_desktop.models.checklists import ChecklistTemplate, ChecklistTemplateItem
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
from samverkan_desktop.models.walks import (
    ChecklistAnswer,
    LightCondition,
    Observation,
    ObservationCategory,
    ObservationPhoto,
    Place,
    PlacePriority,
    RouteStop,
    Severity,
    Walk,
    WalkChecklistItem,
    WalkFormat,
    WalkParticipant,
    WalkStatus,
)

__all__ = [
    "Agreement",
    "AgreementAppendix",
    "AgreementParty",
    "Base",
    "ChecklistAnswer",
    "ChecklistTemplate",
    "ChecklistTemplateItem",
    "Group",
    "GroupStatus",
    "GroupType",
    "LightCondition",
    "MemberRole",
    "Membership",
    "Observation",
    "ObservationCategory",
    "ObservationPhoto",
    "Organisation",
    "OrganisationKind",
    "Person",
    "Place",
    "PlacePriority",
    "PriorityArea",
    "RouteStop",
    "Setting",
    "Severity",
    "Walk",
    "WalkChecklistItem",
    "WalkFormat",
    "WalkParticipant",
    "WalkStatus",
]
