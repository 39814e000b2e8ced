"""Creating, changing, ending and deleting a collaboration group (the group form, "End group",
"Delete", and `groups add/edit/end/delete`). Ending or re-opening a group re-plans its meetings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from samverkan_desktop import clock
from samverkan_desktop.errors import ConflictError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Agreement, Group, GroupStatus, Person, PriorityArea
from samverkan_desktop.services import (
    agenda,
    group_deletion,
    group_end,
    group_organisations,
    group_restore,
    group_start,
    meeting_rules,
    membership_dates,
)
from samverkan_desktop.services.group_rows import GroupInput
from samverkan_desktop.services.groups import find_group, has_meeting_rule
from samverkan_desktop.services.linked_meetings import check_no_followers
from samverkan_desktop.services.validation import (
    check_order,
    clean,
    column_length,
    flush_or_conflict,
    optional_text,
    require_text,
)
from samverkan_desktop.services.versions import check_version


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
    duplicate = select(Group.name).where(func.lower(Group.name) == name.lower())
    if exclude_id is not None:
        duplicate = duplicate.where(Group.id != exclude_id)
    existing = session.scalar(duplicate)
    if existing is not None:  # named as it is written, not as typed
        raise ConflictError(
            _("There is already a group named “{name}”.").format(name=existing), field="name"
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
    if meets != group.meeting_frequency and has_meeting_rule(session, group.id):
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
    elif group.ended_on is not None:
        _check_starts_by_end(data.starts_on, group.ended_on)
    else:
        # Ended by its status in the form: as "End group" does, as of today.
        on = today or clock.today()
        _check_ends_after_start(data.starts_on, on, "status")
        if group.id is not None:  # a new group has no meetings
            group_end.check_end(session, group, on, "status")
        group.ended_on = on
    if organisations is None:
        return False
    with session.no_autoflush:  # the group's fields go in one UPDATE, after its organisations
        return group_organisations.apply(group, organisations)


def _check_ends_after_start(starts_on: dt.date | None, on: dt.date, field: str) -> None:
    if starts_on is not None and on < starts_on:
        raise ValidationError(
            _(
                "A group cannot end before it starts ({date}). Keep it planned until then; "
                "it can be ended from its start day."
            ).format(date=starts_on.isoformat())
            if field == "status"  # the form's Status: what to choose instead
            else _("A group cannot end before it starts ({date}).").format(
                date=starts_on.isoformat()
            ),
            field=field,
        )


def _check_starts_by_end(starts_on: dt.date | None, ended_on: dt.date) -> None:
    """An ended group's start moved past its end (the database's rule, said in words)."""
    if starts_on is not None and starts_on > ended_on:
        raise ValidationError(
            _(
                "The group ended on {ended}, so it cannot start later. To let it start on "
                "{start}, choose Planned or Active under Status: that brings it back."
            ).format(ended=ended_on.isoformat(), start=starts_on.isoformat()),
            field="starts_on",
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
    group = find_group(session, group_id)
    check_version(group, data.expected_version)
    term = (group.ended_on, group.term_until, group.starts_on)
    old_start = group.starts_on
    group_start.check_start(session, group, data.starts_on)
    if _apply(session, group, data, exclude_id=group_id, today=today):
        # A change of its organisations alone is a change of the group too: its version
        # moves, so another desk's form of it is refused (as the agreement's parties).
        flag_modified(group, "name")
    membership_dates.follow_start(session, group, old_start, today)
    flush_or_conflict(session, _("There is already a group with that name."), "name")
    group_start.drop_planned_before(session, group, old_start)  # before re-planning from it
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
    group = find_group(session, group_id)
    check_version(group, expected_version)
    on = on or clock.today()
    _check_ends_after_start(group.starts_on, on, "ended_on")
    group_end.check_end(session, group, on, "ended_on")
    group.status = GroupStatus.ENDED
    group.ended_on = on
    session.flush()
    _replan(session, group_id, today)  # its planned meetings after the end go; work stays
    return group.version


def _replan(session: Session, group_id: int, today: dt.date | None = None) -> None:
    meeting_rules.replan_group(session, group_id, today)
    session.flush()


def delete_group(
    session: Session, group_id: int, today: dt.date | None = None
) -> group_restore.DeletedGroup | None:
    """Delete a group that was created by mistake. Later areas refuse when history exists.
    Returns what an Undo puts back (None when it cannot put it back whole: group_restore)."""
    group = find_group(session, group_id)
    agenda.check_group_deletable(session, group_id)  # minutes: end the group instead
    check_no_followers(session, group_id)  # a rule "inför <this group>": change it first
    deleted = group_restore.taken(session, group, today)
    group_deletion.remove_parts(session, group)  # each in the trail, not by the database
    session.delete(group)
    session.flush()
    return deleted
