"""Collaboration groups, their priority areas and members."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.orm.attributes import flag_modified

from samverkan_desktop import clock
from samverkan_desktop.errors import ConflictError, NotFoundError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    Agreement,
    Group,
    GroupStatus,
    GroupType,
    Meeting,
    MeetingRule,
    MemberRole,
    Membership,
    Person,
    PriorityArea,
)
from samverkan_desktop.services import (
    agenda,
    group_deletion,
    group_leaving,
    group_organisations,
    meeting_invitations,
)
from samverkan_desktop.services import memberships as membership_periods
from samverkan_desktop.services.group_organisations import GroupOrganisationRow
from samverkan_desktop.services.group_standing import GroupStanding, Standing, standing
from samverkan_desktop.services.text_search import contains
from samverkan_desktop.services.validation import (
    check_order,
    clean,
    column_length,
    flush_or_conflict,
    get_or_raise,
    optional_text,
    require_text,
)
from samverkan_desktop.services.versions import check_version
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
            members=tuple(sorted(once.values(), key=_member_order)),
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
    term_until: dt.date | None = None  # None: standing (tillsvidare)
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


def list_priority_areas(session: Session) -> list[PriorityAreaRow]:
    return [
        PriorityAreaRow(p.id, p.code, p.name)
        for p in session.scalars(select(PriorityArea).order_by(PriorityArea.sort_order))
    ]


def list_agreements(session: Session) -> list[AgreementRow]:
    return [
        AgreementRow(a.id, a.title, a.valid_from, a.revision_interval_months)
        for a in session.scalars(select(Agreement).order_by(Agreement.valid_from.desc()))
    ]


def list_groups(
    session: Session,
    search: str | None = None,
    *,
    type: GroupType | None = None,
    status: GroupStatus | None = None,
    priority_area_id: int | None = None,
    standing: Standing | None = None,
    on: dt.date | None = None,
) -> list[GroupRow]:
    """The groups, by name. ``status`` is the stored choice (`groups list --status`);
    ``standing`` the one derived on ``on`` (default today), as the window's list shows it: a
    group whose term ran out is not "Active" there."""
    member_counts = (
        select(Membership.group_id, func.count(Membership.id).label("n"))
        .where(membership_periods.current())
        .group_by(Membership.group_id)
        .subquery()
    )
    query = (
        select(Group, func.coalesce(member_counts.c.n, 0))
        .outerjoin(member_counts, member_counts.c.group_id == Group.id)
        .options(selectinload(Group.priority_areas), joinedload(Group.convener))
        .order_by(Group.id)
    )
    term = clean(search)
    if term:
        query = query.where(
            or_(
                contains(session, Group.name, term),
                contains(session, Group.purpose, term),
                contains(session, Group.meeting_frequency, term),
            )
        )
    if type is not None:
        query = query.where(Group.type == type)
    if status is not None:
        query = query.where(Group.status == status)
    if priority_area_id is not None:
        query = query.where(Group.priority_areas.any(PriorityArea.id == priority_area_id))
    rows = [
        GroupRow(
            id=g.id,
            name=g.name,
            type=g.type,
            status=g.status,
            priority_areas=tuple(p.name for p in g.priority_areas),
            convener=g.convener.name if g.convener else None,
            meeting_frequency=g.meeting_frequency,
            starts_on=g.starts_on,
            term_until=g.term_until,
            member_count=count,
            ended_on=g.ended_on,
        )
        for g, count in session.execute(query).unique()
    ]
    if standing is not None:
        day = on or clock.today()
        rows = [row for row in rows if row.standing(day).standing is standing]
    return sorted(rows, key=lambda row: sort_key(row.name))


def _get_group(session: Session, group_id: int) -> Group:
    return get_or_raise(session, Group, group_id, _("The group no longer exists."))


def _member_order(member: MemberRow) -> tuple[int, str]:
    return list(MemberRole).index(member.role), sort_key(member.name)


def _member_row(m: Membership) -> MemberRow:
    return MemberRow(
        id=m.id,
        person_id=m.person_id,
        name=m.person.name,
        title=m.person.title,
        organisation=m.person.organisation.name if m.person.organisation else None,
        phone=m.person.phone,
        email=m.person.email,
        role=m.role,
        last_verified=m.person.last_verified,
        joined_on=m.joined_on,
        left_on=m.left_on,
    )


def get_group(session: Session, group_id: int) -> GroupDetail:
    group = _get_group(session, group_id)
    rows = [_member_row(m) for m in group.memberships]
    members = sorted(
        (m for m in rows if membership_periods.is_current(m.left_on)), key=_member_order
    )
    former = sorted(
        (m for m in rows if not membership_periods.is_current(m.left_on)),
        key=lambda m: (-(m.left_on or dt.date.min).toordinal(), sort_key(m.name)),
    )
    return GroupDetail(
        id=group.id,
        name=group.name,
        type=group.type,
        status=group.status,
        purpose=group.purpose,
        goal=group.goal,
        agreement_id=group.agreement_id,
        agreement=group.agreement.title if group.agreement else None,
        priority_area_ids=tuple(p.id for p in group.priority_areas),
        priority_areas=tuple(p.name for p in group.priority_areas),
        convener_id=group.convener_id,
        convener=group.convener.name if group.convener else None,
        district_contact_id=group.district_contact_id,
        district_contact=group.district_contact.name if group.district_contact else None,
        police_contact_id=group.police_contact_id,
        police_contact=group.police_contact.name if group.police_contact else None,
        meeting_frequency=group.meeting_frequency,
        starts_on=group.starts_on,
        term_until=group.term_until,
        ended_on=group.ended_on,
        follow_up_t1=group.follow_up_t1,
        follow_up_t2=group.follow_up_t2,
        follow_up_vb=group.follow_up_vb,
        notes=group.notes,
        members=tuple(members),
        version=group.version,
        organisations=group_organisations.rows_of(group),
        meets_by_rule=_has_rule(session, group.id),
        former_members=tuple(former),
    )


def _has_rule(session: Session, group_id: int | None) -> bool:
    if group_id is None:
        return False
    return (
        session.scalar(select(MeetingRule.id).where(MeetingRule.group_id == group_id)) is not None
    )


def _check_person(session: Session, person_id: int | None, field_name: str) -> None:
    if person_id is not None and session.get(Person, person_id) is None:
        raise ValidationError(_("The chosen person no longer exists."), field=field_name)


def _apply(
    session: Session,
    group: Group,
    data: GroupInput,
    exclude_id: int | None,
    today: dt.date | None = None,
) -> bool:
    """Set the group from the form; True when its organisations changed."""
    name = require_text(data.name, "name", _("Name"))
    duplicate = select(Group.id).where(func.lower(Group.name) == name.lower())
    if exclude_id is not None:
        duplicate = duplicate.where(Group.id != exclude_id)
    if session.scalar(duplicate) is not None:
        raise ConflictError(
            _("There is already a group named “{name}”.").format(name=name), field="name"
        )
    check_order(
        data.starts_on,
        data.term_until,
        "term_until",
        _("The term cannot end before the group starts."),
    )
    for person_id, field_name in (
        (data.convener_id, "convener_id"),
        (data.district_contact_id, "district_contact_id"),
        (data.police_contact_id, "police_contact_id"),
    ):
        _check_person(session, person_id, field_name)
    if data.agreement_id is not None and session.get(Agreement, data.agreement_id) is None:
        raise ValidationError(_("The chosen agreement no longer exists."), field="agreement_id")
    areas = list(
        session.scalars(select(PriorityArea).where(PriorityArea.id.in_(data.priority_area_ids)))
    )
    if len(areas) != len(set(data.priority_area_ids)):
        raise ValidationError(_("Unknown priority area."), field="priority_area_ids")
    organisations = (
        None
        if data.organisations is None
        else group_organisations.checked(session, data.organisations)
    )
    group.name = name
    group.type = data.type
    group.status = data.status
    group.purpose = clean(data.purpose)
    group.goal = clean(data.goal)
    group.agreement_id = data.agreement_id
    group.priority_areas = areas
    group.convener_id = data.convener_id
    group.district_contact_id = data.district_contact_id
    group.police_contact_id = data.police_contact_id
    meets = optional_text(
        data.meeting_frequency,
        "meeting_frequency",
        _("Meets"),
        column_length(Group.meeting_frequency),
    )
    # With a rule the rule's text stands (meeting_rules.set_rule writes it): typed otherwise
    # here, the printouts would say one thing and the calendar another.
    if meets != group.meeting_frequency and _has_rule(session, group.id):
        raise ValidationError(
            _("“{name}” meets by its meeting rule: change the rule to change how often.").format(
                name=group.name
            ),
            field="meeting_frequency",
        )
    group.meeting_frequency = meets
    group.starts_on = data.starts_on
    group.term_until = data.term_until
    group.follow_up_t1 = data.follow_up_t1
    group.follow_up_t2 = data.follow_up_t2
    group.follow_up_vb = data.follow_up_vb
    group.notes = clean(data.notes)
    if data.status is not GroupStatus.ENDED:
        group.ended_on = None
    elif group.ended_on is None:
        # Ended by its status in the form: as "End group" does, as of today.
        on = today or clock.today()
        _check_ends_after_start(data.starts_on, on, "status")
        group.ended_on = on
    if organisations is None:
        return False
    with session.no_autoflush:  # the group's fields go in one UPDATE, after its organisations
        return group_organisations.apply(group, organisations)


def _check_ends_after_start(starts_on: dt.date | None, on: dt.date, field: str) -> None:
    if starts_on is not None and on < starts_on:
        raise ValidationError(
            _("A group cannot end before it starts ({date}).").format(date=starts_on.isoformat()),
            field=field,
        )


def create_group(session: Session, data: GroupInput, today: dt.date | None = None) -> int:
    group = Group()
    _apply(session, group, data, exclude_id=None, today=today)
    session.add(group)
    flush_or_conflict(session, _("There is already a group with that name."), "name")
    return group.id


def update_group(
    session: Session, group_id: int, data: GroupInput, today: dt.date | None = None
) -> None:
    group = _get_group(session, group_id)
    check_version(group, data.expected_version)
    term = (group.ended_on, group.term_until, group.starts_on)
    if _apply(session, group, data, exclude_id=group_id, today=today):
        # A change of its organisations alone is a change of the group too: its version
        # moves, so another desk's form of it is refused (as the agreement's parties).
        flag_modified(group, "name")
    flush_or_conflict(session, _("There is already a group with that name."), "name")
    if (group.ended_on, group.term_until, group.starts_on) != term:
        _replan(session, group_id, today)  # made active again (an Undo of ending): they return


def end_group(
    session: Session,
    group_id: int,
    on: dt.date | None = None,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> int:
    """End a group: it keeps its history but no longer counts as active. Refused when the group
    changed since ``expected_version``; returns the new version (what an Undo must find)."""
    group = _get_group(session, group_id)
    check_version(group, expected_version)
    on = on or clock.today()
    _check_ends_after_start(group.starts_on, on, "ended_on")
    group.status = GroupStatus.ENDED
    group.ended_on = on
    session.flush()
    _replan(session, group_id, today)  # its planned meetings after the end go; work stays
    return group.version


def _replan(session: Session, group_id: int, today: dt.date | None = None) -> None:
    from samverkan_desktop.services import meeting_rules  # it plans with this module's groups

    meeting_rules.replan_group(session, group_id, today)
    session.flush()


def delete_group(session: Session, group_id: int) -> None:
    """Delete a group that was created by mistake. Later areas refuse when history exists."""
    group = _get_group(session, group_id)
    agenda.check_group_deletable(session, group_id)  # minutes: end the group instead
    from samverkan_desktop.services.linked_meetings import check_no_followers  # rarely needed

    check_no_followers(session, group_id)  # a rule "inför <this group>": change it first
    group_deletion.remove_parts(session, group)  # each in the trail, not by the database
    session.delete(group)
    session.flush()


def meeting_count(session: Session, group_id: int) -> int:
    """How many meetings of the group the calendar holds (deleting the group deletes them)."""
    count = session.scalar(select(func.count(Meeting.id)).where(Meeting.group_id == group_id))
    return int(count or 0)


def add_member(
    session: Session,
    group_id: int,
    person_id: int,
    role: MemberRole = MemberRole.MEMBER,
    now: dt.datetime | None = None,
) -> int:
    """Make the person a member from today, invited to the group's meetings still to come, those
    already opened included (mirror of ``remove_member``). A former member joins again as a new
    membership: the earlier one stays in the group's history."""
    group = _get_group(session, group_id)
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(_("The person no longer exists."))
    existing = session.scalar(
        select(Membership.id).where(
            Membership.group_id == group_id,
            Membership.person_id == person_id,
            membership_periods.current(),
        )
    )
    if existing is not None:
        raise ConflictError(
            _("{person} is already a member of {group}.").format(
                person=person.name, group=group.name
            )
        )
    membership = Membership(
        group_id=group_id,
        person_id=person_id,
        role=role,
        joined_on=membership_periods.day_of(now),
    )
    session.add(membership)
    flush_or_conflict(session, _("The person is already a member of the group."))
    meeting_invitations.invite_to_opened(session, person_id, group_id, now)
    return membership.id


def _current_membership(session: Session, membership_id: int) -> Membership:
    """A membership still running; a former one is history, not changed or removed again."""
    membership = get_or_raise(
        session, Membership, membership_id, _("The membership no longer exists.")
    )
    if not membership_periods.is_current(membership.left_on):
        raise NotFoundError(_("The membership no longer exists."))
    return membership


def set_member_role(session: Session, membership_id: int, role: MemberRole) -> None:
    membership = _current_membership(session, membership_id)
    membership.role = role
    session.flush()


def remove_member(
    session: Session,
    membership_id: int,
    now: dt.datetime | None = None,
    hand_over_to: int | None = None,
) -> group_leaving.LeftGroups:
    """Take the member out of the group and off its meetings still to come (see
    ``group_leaving``), first handing their open actions from the group to the member
    ``hand_over_to`` (a person id) when given; returns what ``group_leaving.come_back`` puts
    back. The membership ends today and stays in the group's history (one added today is
    deleted: a slip)."""
    membership = _current_membership(session, membership_id)
    person_id, group_id = membership.person_id, membership.group_id
    handed: tuple[int, ...] = ()
    if hand_over_to is not None:
        handed = group_leaving.hand_over(session, person_id, group_id, hand_over_to)
    left = group_leaving.leave(session, person_id, [group_id], now, contact_places=False)
    return dataclasses.replace(left, handed_over=handed, handed_to=hand_over_to if handed else None)
