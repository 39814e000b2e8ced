"""What a group reads as, without SQLAlchemy: the rows of the groups list, a group's detail
with its members (window, command line, printouts), the form's input, and the order the
collaboration structure is told in. ``services.groups`` builds them from the database."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from samverkan_desktop.i18n import _
from samverkan_desktop.models import GroupStatus, GroupType, MemberRole
from samverkan_desktop.services import group_organisations
from samverkan_desktop.services import memberships as membership_periods
from samverkan_desktop.services.group_organisations import GroupOrganisationRow
from samverkan_desktop.services.group_standing import GroupStanding, standing
from samverkan_desktop.swedish_order import sort_key

# The order of the collaboration structure (its printout, the follow-up): from the steering
# group down, then the councils and networks.
TYPE_ORDER = (
    GroupType.STYRGRUPP,
    GroupType.BEREDNINGSGRUPP,
    GroupType.ARBETSGRUPP,
    GroupType.TRYGGHETSRAD,
    GroupType.CHEFSAMRAD,
    GroupType.PLATSSAMVERKAN,
    GroupType.NATVERK,
)


@dataclass(frozen=True)
class PriorityAreaRow:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    type: GroupType
    status: GroupStatus
    priority_areas: tuple[str, ...]
    convener: str | None
    meeting_frequency: str | None
    starts_on: dt.date | None
    term_until: dt.date | None
    member_count: int
    ended_on: dt.date | None = None

    def standing(self, on: dt.date) -> GroupStanding:
        """Whether it still meets on ``on`` (services.group_standing)."""
        return standing(self.status, self.starts_on, self.term_until, self.ended_on, on)


@dataclass(frozen=True)
class MemberRow:
    id: int
    person_id: int
    name: str
    title: str | None
    organisation: str | None
    phone: str | None
    email: str | None
    role: MemberRole
    last_verified: dt.date | None = None  # when the contact details were last checked
    joined_on: dt.date | None = None  # None: since before the register kept it
    left_on: dt.date | None = None  # None: still a member; else the last day as one

    def role_text(self) -> str:
        """ "Ledamot", or a former member's "Ledamot, t.o.m. 2026-05-31" (window and CLI)."""
        role = _(self.role.label)
        if self.left_on is None:
            return role
        return f"{role}, " + _("Until {date}").format(date=self.left_on.isoformat())


@dataclass(frozen=True)
class GroupDetail:
    id: int
    name: str
    type: GroupType
    status: GroupStatus
    purpose: str | None
    goal: str | None
    agreement_id: int | None
    agreement: str | None
    priority_area_ids: tuple[int, ...]
    priority_areas: tuple[str, ...]
    convener_id: int | None
    convener: str | None
    district_contact_id: int | None
    district_contact: str | None
    police_contact_id: int | None
    police_contact: str | None
    meeting_frequency: str | None
    starts_on: dt.date | None
    term_until: dt.date | None
    ended_on: dt.date | None
    follow_up_t1: bool
    follow_up_t2: bool
    follow_up_vb: bool
    notes: str | None
    members: tuple[MemberRow, ...]  # the current members
    version: int = 0  # for the form's save (services.versions)
    # Organisations taking part without a named person (services.group_organisations).
    organisations: tuple[GroupOrganisationRow, ...] = ()
    # A meeting rule plans its meetings: "meets" is the rule's text, changed with the rule.
    meets_by_rule: bool = False
    # Those who have left, the latest to leave first (services.memberships).
    former_members: tuple[MemberRow, ...] = ()

    def standing(self, on: dt.date) -> GroupStanding:
        """Whether it still meets on ``on`` (services.group_standing)."""
        return standing(self.status, self.starts_on, self.term_until, self.ended_on, on)

    def during(self, first: dt.date, last: dt.date) -> GroupDetail:
        """The group as it was from ``first`` to ``last``: its members those who sat in it some
        day of the period (a report of that period), in the order of the member list."""
        members = [
            m
            for m in (*self.members, *self.former_members)
            if membership_periods.was_member(m.joined_on, m.left_on, first, last)
        ]
        once = {m.person_id: m for m in reversed(members)}  # left and came back: told once
        return dataclasses.replace(
            self,
            members=tuple(sorted(once.values(), key=member_order)),
            former_members=(),
        )

    def participating_organisations(self) -> tuple[str, ...]:
        """Every organisation taking part, once: the members' and the organisation-only ones."""
        return group_organisations.participating(
            (m.organisation for m in self.members), self.organisations
        )

    def also_taking_part(self) -> tuple[GroupOrganisationRow, ...]:
        """The organisation-only participants no named member represents."""
        return group_organisations.also_taking_part(
            (m.organisation for m in self.members), self.organisations
        )

    def to_input(self) -> GroupInput:
        return GroupInput(
            name=self.name,
            type=self.type,
            status=self.status,
            purpose=self.purpose,
            goal=self.goal,
            agreement_id=self.agreement_id,
            priority_area_ids=self.priority_area_ids,
            convener_id=self.convener_id,
            district_contact_id=self.district_contact_id,
            police_contact_id=self.police_contact_id,
            meeting_frequency=self.meeting_frequency,
            starts_on=self.starts_on,
            term_until=self.term_until,
            follow_up_t1=self.follow_up_t1,
            follow_up_t2=self.follow_up_t2,
            follow_up_vb=self.follow_up_vb,
            notes=self.notes,
            organisations=tuple((o.organisation_id, o.note) for o in self.organisations),
            expected_version=self.version,
        )


@dataclass(frozen=True)
class GroupInput:
    name: str
    type: GroupType
    status: GroupStatus = GroupStatus.ACTIVE
    purpose: str | None = None
    goal: str | None = None
    agreement_id: int | None = None
    priority_area_ids: tuple[int, ...] = field(default_factory=tuple)
    convener_id: int | None = None
    district_contact_id: int | None = None
    police_contact_id: int | None = None
    meeting_frequency: str | None = None
    starts_on: dt.date | None = None
    term_until: dt.date | None = None  # None: standing (tills vidare)
    follow_up_t1: bool = False
    follow_up_t2: bool = False
    follow_up_vb: bool = True
    notes: str | None = None
    expected_version: int | None = None  # refuse the update if the group changed meanwhile
    # (organisation id, note) of those taking part without a named person; None: unchanged.
    organisations: tuple[tuple[int, str | None], ...] | None = None


@dataclass(frozen=True)
class AgreementRow:
    id: int
    title: str
    valid_from: dt.date
    revision_interval_months: int


def member_order(member: MemberRow) -> tuple[int, str]:
    """The member list's order: by role (convener first), then by name."""
    return list(MemberRole).index(member.role), sort_key(member.name)
