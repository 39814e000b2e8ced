"""Values of enum columns that code without the ORM needs too, defined without SQLAlchemy.

``samverkan print agenda`` reads the notice with plain SQL (notice_sqlite.py) and builds the
same rows as the services, whose fields hold these members; importing them from the models
would load SQLAlchemy and every model. The models re-export them; the columns store ``.value``.
"""

from __future__ import annotations

import datetime as dt
import enum

from samverkan_desktop.i18n import N_


class OrganisationKind(enum.Enum):
    DISTRICT = "district"  # the district administration itself (sdf)
    POLICE = "police"
    CITY = "city"  # other city administrations and companies
    TRANSPORT = "transport"
    PROPERTY_OWNER = "property_owner"
    BUSINESS = "business"
    SCHOOL = "school"
    ASSOCIATION = "association"
    OTHER = "other"

    @property
    def label(self) -> str:
        return ORGANISATION_KIND_LABELS[self]


ORGANISATION_KIND_LABELS = {
    OrganisationKind.DISTRICT: N_("District administration"),
    OrganisationKind.POLICE: N_("Police"),
    OrganisationKind.CITY: N_("City administration or company"),
    OrganisationKind.TRANSPORT: N_("Public transport"),
    OrganisationKind.PROPERTY_OWNER: N_("Property owner"),
    OrganisationKind.BUSINESS: N_("Business"),
    OrganisationKind.SCHOOL: N_("School"),
    OrganisationKind.ASSOCIATION: N_("Association"),
    OrganisationKind.OTHER: N_("Other"),
}


class GroupType(enum.Enum):
    # The domain's own Swedish terms are the stable identifiers.
    STYRGRUPP = "styrgrupp"
    BEREDNINGSGRUPP = "beredningsgrupp"
    ARBETSGRUPP = "arbetsgrupp"
    TRYGGHETSRAD = "trygghetsrad"
    CHEFSAMRAD = "chefsamrad"
    PLATSSAMVERKAN = "platssamverkan"
    NATVERK = "natverk"

    @property
    def label(self) -> str:
        return GROUP_TYPE_LABELS[self]


GROUP_TYPE_LABELS = {
    GroupType.STYRGRUPP: N_("Steering group"),
    GroupType.BEREDNINGSGRUPP: N_("Preparation group"),
    GroupType.ARBETSGRUPP: N_("Working group"),
    GroupType.TRYGGHETSRAD: N_("Safety council"),
    GroupType.CHEFSAMRAD: N_("Managers' council"),
    GroupType.PLATSSAMVERKAN: N_("Place collaboration"),
    GroupType.NATVERK: N_("Network"),
}


class MeetingStatus(enum.Enum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return MEETING_STATUS_LABELS[self]


# Own msgids: Swedish inflects by gender, and a meeting (ett möte) is "Planerat", "Inställt"
# where a group or an exercise (en) is "Planerad", "Inställd".
MEETING_STATUS_LABELS = {
    MeetingStatus.PLANNED: N_("Meeting planned"),
    MeetingStatus.HELD: N_("Meeting held"),
    MeetingStatus.CANCELLED: N_("Meeting cancelled"),
}


class AttendanceStatus(enum.Enum):
    INVITED = "invited"
    PRESENT = "present"
    ABSENT = "absent"
    SUBSTITUTE = "substitute"  # someone else came in the person's place

    @property
    def label(self) -> str:
        return ATTENDANCE_LABELS[self]


ATTENDANCE_LABELS = {
    AttendanceStatus.INVITED: N_("Invited"),
    AttendanceStatus.PRESENT: N_("Present"),
    AttendanceStatus.ABSENT: N_("Absent"),
    AttendanceStatus.SUBSTITUTE: N_("Substitute"),
}


# The standing agenda items' keys (agenda_items.standing_key), in the order of the Norrmalm
# council's minutes, and the template a group without its own gets.
STANDING_ACTIONS = "action_follow_up"
STANDING_DONE_NEXT = "done_and_next"
STANDING_ROUND_TABLE = "round_table"
DEFAULT_TEMPLATE = (
    (STANDING_ACTIONS, N_("Follow-up of actions")),
    (STANDING_DONE_NEXT, N_("What have we done / How do we continue")),
    (STANDING_ROUND_TABLE, N_("Round table – situation and needs")),
)


class ActionSource(enum.Enum):
    MEETING = "meeting"
    WALK_OBSERVATION = "walk_observation"
    EXERCISE_LESSON = "exercise_lesson"
    FIRE_INSPECTION = "fire_inspection"  # a remark (anmärkning) of a fire-safety inspection
    OTHER = "other"

    @property
    def label(self) -> str:
        return ACTION_SOURCE_LABELS[self]


ACTION_SOURCE_LABELS = {
    ActionSource.MEETING: N_("Meeting"),
    ActionSource.WALK_OBSERVATION: N_("Safety walk"),
    ActionSource.EXERCISE_LESSON: N_("Exercise"),
    ActionSource.FIRE_INSPECTION: N_("Fire safety inspection"),
    ActionSource.OTHER: N_("Other"),
}


class ActionStatus(enum.Enum):
    OPEN = "open"
    REQUESTED = "requested"  # asked of the responsible party, not yet accepted
    IN_PROGRESS = "in_progress"
    DONE = "done"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return ACTION_STATUS_LABELS[self]

    @property
    def is_closed(self) -> bool:
        return self in CLOSED_STATUSES


ACTION_STATUS_LABELS = {
    ActionStatus.OPEN: N_("Open"),
    ActionStatus.REQUESTED: N_("Requested"),
    ActionStatus.IN_PROGRESS: N_("In progress"),
    ActionStatus.DONE: N_("Done"),
    ActionStatus.REJECTED: N_("Rejected"),
}
CLOSED_STATUSES = frozenset({ActionStatus.DONE, ActionStatus.REJECTED})


class FollowUpPeriod(enum.Enum):
    T1 = "t1"
    T2 = "t2"
    VB = "vb"

    @property
    def label(self) -> str:
        return FOLLOW_UP_PERIOD_LABELS[self]

    def span(self, year: int) -> tuple[dt.date, dt.date]:
        """The first and last day of the period in ``year``."""
        if self is FollowUpPeriod.T1:
            return dt.date(year, 1, 1), dt.date(year, 4, 30)
        if self is FollowUpPeriod.T2:
            return dt.date(year, 5, 1), dt.date(year, 8, 31)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)


# The same words as the group's form and the structure printout.
FOLLOW_UP_PERIOD_LABELS = {
    FollowUpPeriod.T1: N_("T1 (Jan–Apr)"),
    FollowUpPeriod.T2: N_("T2 (May–Aug)"),
    FollowUpPeriod.VB: N_("Annual report (VB)"),
}
