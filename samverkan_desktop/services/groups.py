"""Collaboration groups as the window, command line and printouts read them: the list, one
group with its members, the priority areas and agreements to choose from. Changing a group is
``group_editing``; its members, ``membership_changes``; the rows themselves, ``group_rows``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session, joinedload, selectinload

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    Agreement,
    Group,
    GroupStatus,
    GroupType,
    Meeting,
    MeetingRule,
    Membership,
    PriorityArea,
)
from samverkan_desktop.services import group_organisations, group_search
from samverkan_desktop.services import memberships as membership_periods
from samverkan_desktop.services.group_ended_sql import ended_by
from samverkan_desktop.services.group_rows import (
    AgreementRow,
    GroupDetail,
    GroupRow,
    MemberRow,
    PriorityAreaRow,
    member_order,
)
from samverkan_desktop.services.group_standing import Standing
from samverkan_desktop.services.validation import clean, get_or_raise
from samverkan_desktop.swedish_order import sort_key


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
    term = clean(search)
    # Without a term every row counts as found; with one the database narrows (group_search).
    found = group_search.found_in_database(session, term) if term else true()
    query = (
        select(Group, func.coalesce(member_counts.c.n, 0), found)
        .outerjoin(member_counts, member_counts.c.group_id == Group.id)
        .options(selectinload(Group.priority_areas), joinedload(Group.convener))
        .order_by(Group.id)
    )
    if term:
        query = query.where(group_search.candidates(session, term, found))
    if type is not None:
        query = query.where(Group.type == type)
    if status is not None:
        query = query.where(Group.status == status)
    if priority_area_id is not None:
        query = query.where(Group.priority_areas.any(PriorityArea.id == priority_area_id))
    # Read when the list is: the phrase reader's patterns are not on the window's start path.
    from samverkan_desktop.recurrence.phrase_form import meets_shown

    rows = [
        GroupRow(
            id=g.id,
            name=g.name,
            type=g.type,
            status=g.status,
            priority_areas=tuple(p.name for p in g.priority_areas),
            convener=g.convener.name if g.convener else None,
            meeting_frequency=meets_shown(g.meeting_frequency),
            starts_on=g.starts_on,
            term_until=g.term_until,
            member_count=count,
            ended_on=g.ended_on,
        )
        for g, count, in_database in session.execute(query).unique()
        if in_database
        or (term and group_search.in_shown_meets(term, meets_shown(g.meeting_frequency)))
    ]
    if standing is not None:
        day = on or clock.today()
        rows = [row for row in rows if row.standing(day).standing is standing]
    return sorted(rows, key=lambda row: sort_key(row.name))


def count_groups(session: Session) -> int:
    """Every group, ended ones too (as the list unfiltered shows them): what a narrowed list is
    counted against ("2 av 12 grupper")."""
    return session.scalar(select(func.count(Group.id))) or 0


def group_names(session: Session, *, ended: bool = True) -> list[tuple[int, str]]:
    """Every group's id and name, by name: what a filter or a picker lists (``ended``: the
    groups that read "Avslutad" today too). One light query where the whole list's rows took
    35-55 ms at city scale, each time the Actions or Calendar area was shown."""
    query = select(Group.id, Group.name)
    if not ended:
        query = query.where(~ended_by(clock.today()))
    rows = [(group_id, name) for group_id, name in session.execute(query)]
    return sorted(rows, key=lambda row: sort_key(row[1]))


def find_group(session: Session, group_id: int) -> Group:
    """The group to change, or a Swedish "no longer exists" (another desk deleted it)."""
    return get_or_raise(session, Group, group_id, _("The group no longer exists."))


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
    group = find_group(session, group_id)
    rows = [_member_row(m) for m in group.memberships]
    members = sorted(
        (m for m in rows if membership_periods.is_current(m.left_on)), key=member_order
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
        meets_by_rule=has_meeting_rule(session, group.id),
        former_members=tuple(former),
    )


def has_meeting_rule(session: Session, group_id: int | None) -> bool:
    """A meeting rule plans the group's meetings (and writes its "meets" text)."""
    if group_id is None:
        return False
    return (
        session.scalar(select(MeetingRule.id).where(MeetingRule.group_id == group_id)) is not None
    )


def meeting_count(session: Session, group_id: int) -> int:
    """How many meetings of the group the calendar holds (deleting the group deletes them)."""
    count = session.scalar(select(func.count(Meeting.id)).where(Meeting.group_id == group_id))
    return int(count or 0)
