"""All ORM models; importing this package registers every table on ``Base.metadata``."""

from __future__ import annotations

from samverkan_desktop.models.actions import Action, ActionNote, ActionSource, ActionStatus
from samverkan_desktop.models.alarms import (
    AlarmUnit,
    Loan,
    UnitEvent,
    UnitEventKind,
    UnitKind,
    UnitStatus,
)
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
from samverkan_desktop.models.meetings import (
    AgendaItem,
    AgendaTemplateItem,
    AttendanceStatus,
    Decision,
    Invitee,
    Meeting,
    MeetingRule,
    MeetingStatus,
)
from samverkan_desktop.models.people import Organisation, OrganisationKind, Person
from samverkan_desktop.models.settings import Setting
from samverkan_desktop.models.training import Course, TrainingAttendance, TrainingSession
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
    "Action",
    "ActionNote",
    "ActionSource",
    "ActionStatus",
    "AgendaItem",
    "AgendaTemplateItem",
    "Agreement",
    "AgreementAppendix",
    "AgreementParty",
    "AlarmUnit",
    "AttendanceStatus",
    "Base",
    "ChecklistAnswer",
    "ChecklistTemplate",
    "ChecklistTemplateItem",
    "Course",
    "Decision",
    "Group",
    "GroupStatus",
    "GroupType",
    "Invitee",
    "LightCondition",
    "Loan",
    "Meeting",
    "MeetingRule",
    "MeetingStatus",
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
    "TrainingAttendance",
    "TrainingSession",
    "UnitEvent",
    "UnitEventKind",
    "UnitKind",
    "UnitStatus",
    "Walk",
    "WalkChecklistItem",
    "WalkFormat",
    "WalkParticipant",
    "WalkStatus",
]
