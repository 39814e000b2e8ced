"""Planning, changing and deleting a safety walk (the planning form, "Delete", and
`walks add/edit/delete`): the walk's own copy of its checklist, the route and people copied from
an earlier walk, and the earlier walk marked as followed up.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop.errors import ConflictError, InUseError, ValidationError, refuse_all
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    ChecklistAnswer,
    ChecklistTemplate,
    RouteStop,
    Walk,
    WalkChecklistItem,
    WalkParticipant,
    WalkStatus,
)
from samverkan_desktop.services.validation import (
    clean,
    column_length,
    get_or_raise,
    optional_text,
)
from samverkan_desktop.services.versions import check_version
from samverkan_desktop.services.walk_plan_checks import plan_refusals
from samverkan_desktop.services.walk_reading import get_walk_model
from samverkan_desktop.services.walk_rows import WALKED_STEPS, WalkInput


def _copy_checklist(session: Session, walk: Walk, template_id: int | None) -> None:
    """Give the walk its own copy of the template's points (or none)."""
    if template_id == walk.checklist_template_id and walk.checklist_items:
        return
    if walk.id is not None:
        answered = session.scalar(
            select(func.count(ChecklistAnswer.id))
            .join(ChecklistAnswer.stop)
            .where(RouteStop.walk_id == walk.id)
        )
        if answered:
            raise ConflictError(
                _(
                    "The checklist cannot be changed: answers are already recorded with it. "
                    "The walk keeps the checklist it was walked with."
                ),
                field="checklist_template_id",
            )
    walk.checklist_items.clear()
    session.flush()
    if template_id is None:
        walk.checklist_template_id = None
        walk.checklist_name = None
        return
    template = session.get(ChecklistTemplate, template_id)
    if template is None:
        raise ValidationError(
            _("The chosen checklist no longer exists."), field="checklist_template_id"
        )
    walk.checklist_template_id = template.id
    walk.checklist_name = template.name
    walk.checklist_items.extend(
        WalkChecklistItem(position=i.position, code=i.code, title=i.title, guidance=i.guidance)
        for i in template.items
    )


def _apply(session: Session, walk: Walk, data: WalkInput) -> None:
    refuse_all(plan_refusals(session, walk, data, walk.status in WALKED_STEPS))
    assert data.place_id is not None and data.date is not None  # refused above
    if walk.id is not None and walk.place_id != data.place_id and walk.status in WALKED_STEPS:
        raise ConflictError(
            _("The place of a walk that has been made cannot be changed."), field="place_id"
        )
    walk.place_id = data.place_id
    walk.date = data.date
    walk.start_time = data.start_time
    walk.end_time = data.end_time
    walk.light = data.light
    walk.meeting_point = optional_text(
        data.meeting_point, "meeting_point", _("Meeting point"), column_length(Walk.meeting_point)
    )
    walk.format = data.format
    walk.organiser_id = data.organiser_id
    walk.resident_count = data.resident_count
    walk.purpose = clean(data.purpose)
    walk.follow_up_of_id = data.follow_up_of_id
    _copy_checklist(session, walk, data.checklist_template_id)


def copy_route_and_people(session: Session, source: Walk, target: Walk) -> None:
    """Walk ``target`` as ``source`` was walked: its stops, the people and organisations
    invited, and its meeting point unless ``target`` has one."""
    target.stops.extend(
        RouteStop(position=s.position, name=s.name, description=s.description) for s in source.stops
    )
    target.participants.extend(
        WalkParticipant(person_id=p.person_id, organisation_id=p.organisation_id)
        for p in source.participants
    )
    if not target.meeting_point:
        target.meeting_point = source.meeting_point
    session.flush()


def create_walk(session: Session, data: WalkInput, copy_from_id: int | None = None) -> int:
    """Plan a walk; ``copy_from_id``: with that walk's route, participants and meeting point."""
    walk = Walk(status=WalkStatus.PLANNING, checklist_items=[])
    _apply(session, walk, data)
    session.add(walk)
    session.flush()
    if copy_from_id is not None:
        source = get_or_raise(session, Walk, copy_from_id, _("The earlier walk no longer exists."))
        copy_route_and_people(session, source, walk)
    if walk.follow_up_of_id is not None:
        _mark_follow_up_planned(session, walk.follow_up_of_id)
    return walk.id


def plan_check(session: Session, walk_id: int | None, data: WalkInput) -> list[ValidationError]:
    """What saving ``data`` as the plan of walk ``walk_id`` (None: a new walk) refuses, saving
    nothing: the form says it together with what it could not read of its own fields."""
    walk = Walk(status=WalkStatus.PLANNING) if walk_id is None else session.get(Walk, walk_id)
    if walk is None:
        return []  # gone: the save says so
    return plan_refusals(session, walk, data, walk.status in WALKED_STEPS)


def update_walk(session: Session, walk_id: int, data: WalkInput) -> int:
    """Change the walk's plan; returns the new row version."""
    walk = get_walk_model(session, walk_id)
    check_version(walk, data.expected_version)
    _apply(session, walk, data)
    session.flush()
    return walk.version


def check_walk_deletable(session: Session, walk_id: int) -> None:
    """Refuse, with the reason, to delete a walk that was made: asked before the user is asked
    to confirm, and again when deleting."""
    walk = get_walk_model(session, walk_id)
    if walk.status in WALKED_STEPS or walk.observations:
        raise InUseError(
            _(
                "The walk at {place} on {date} has been made and recorded; it cannot be deleted."
            ).format(place=walk.place.name, date=walk.date.isoformat())
        )


def delete_walk(session: Session, walk_id: int) -> None:
    """Delete a walk planned by mistake. A walk that was made is history and stays."""
    walk = get_walk_model(session, walk_id)
    check_walk_deletable(session, walk_id)
    earlier = walk.follow_up_of
    session.delete(walk)
    session.flush()
    if earlier is not None and earlier.status is WalkStatus.FOLLOW_UP_PLANNED:
        others = session.scalar(
            select(func.count(Walk.id)).where(
                Walk.follow_up_of_id == earlier.id, Walk.status != WalkStatus.CANCELLED
            )
        )
        if not others:
            earlier.status = (
                WalkStatus.CLOSING_MEETING_HELD
                if earlier.closing_meeting_on is not None
                else WalkStatus.WALKED
            )
            session.flush()


def _mark_follow_up_planned(session: Session, earlier_id: int) -> None:
    earlier = session.get(Walk, earlier_id)
    if earlier is not None and earlier.status in (
        WalkStatus.WALKED,
        WalkStatus.CLOSING_MEETING_HELD,
    ):
        earlier.status = WalkStatus.FOLLOW_UP_PLANNED
        session.flush()
