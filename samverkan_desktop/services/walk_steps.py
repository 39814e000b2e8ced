"""The method's steps for a walk: walked, closing meeting held, follow-up planned and done.

Each function moves a walk one step and refuses a step out of order with a clear message; a step
taken by mistake can be taken back (``step_back``) without losing what was recorded; a walk with
what was found on it (observations, checklist answers, a summary) stays walked.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import ConflictError, ValidationError
from samverkan_desktop.formatting import clock_text
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import (
    ChecklistTemplate,
    Walk,
    WalkChecklistItem,
    WalkStatus,
)
from samverkan_desktop.services.validation import clean
from samverkan_desktop.services.versions import check_version
from samverkan_desktop.services.walk_editing import copy_route_and_people, create_walk
from samverkan_desktop.services.walk_reading import get_walk_model
from samverkan_desktop.services.walk_rows import WALKED_STEPS, WalkInput, expected_light


def too_early_to_walk(
    walk_date: dt.date,
    today: dt.date,
    start: dt.time | None = None,
    now: dt.time | None = None,
) -> str | None:
    """Why a walk planned for ``walk_date`` starting at ``start`` cannot be marked as walked
    ``today`` at ``now`` (the time of day; None: not known, the day alone counts), or None: the
    rule of ``mark_walked``, asked by the window to grey its button with this as the reason. A
    walk is not walked before it starts (one at 18.30 was marked walked at 08.00), as an
    exercise is not held before its start (exercises.too_early_to_hold)."""
    # Worded as the exercise's line (exercises.too_early_to_hold), one line under the step bar
    # at 1024 px ("… ändra först" / "dess starttid." wrapped).
    if walk_date == today and start is not None and now is not None and now < start:
        return _(
            "The walk can be marked as walked from {time} today. "
            "If it started earlier, change its start time first."
        ).format(time=clock_text(start))
    if walk_date > today:
        return _(
            "The walk can be marked as walked from its day, {date}. "
            "If it was walked earlier, change its date first."
        ).format(date=walk_date.isoformat())
    return None


def mark_walked(session: Session, walk_id: int, today: dt.date | None = None) -> None:
    """``today``: the day it is done (None: the program's day and time, so a walk is not marked
    walked before its start time either)."""
    walk = get_walk_model(session, walk_id)
    today, now = clock.moment() if today is None else (today, None)
    if walk.status is not WalkStatus.PLANNING:
        raise ConflictError(
            _("Only a planned walk can be marked as walked (this one is: {status}).").format(
                status=_(walk.status.label)
            )
        )
    refusal = too_early_to_walk(walk.date, today, walk.start_time, now)
    if refusal is not None:
        raise ValidationError(refusal, field="date" if walk.date != today else "start_time")
    walk.status = WalkStatus.WALKED
    earlier = walk.follow_up_of
    if earlier is not None and earlier.status in (
        WalkStatus.CLOSING_MEETING_HELD,
        WalkStatus.FOLLOW_UP_PLANNED,
    ):
        earlier.status = WalkStatus.FOLLOW_UP_DONE
    session.flush()


def record_closing_meeting(
    session: Session,
    walk_id: int,
    held_on: dt.date | None,
    notes: str | None,
    expected_version: int | None = None,
    *,
    today: dt.date | None = None,
) -> int:
    """The closing meeting where the owners said what they will do (may be edited later);
    ``expected_version``: the walk as the tab showed it (refused when another desk saved the
    walk meanwhile). Returns the walk's new row version. A day to come is refused: the walk
    read "Avslutande möte hållet" before the meeting (the day planned is kept as a draft,
    walk_records.save_closing_draft)."""
    walk = get_walk_model(session, walk_id)
    check_version(walk, expected_version)
    if walk.status not in WALKED_STEPS:
        raise ConflictError(
            _("The closing meeting comes after the walk: mark the walk as walked first.")
        )
    if held_on is None:
        raise ValidationError(_("Give the date of the closing meeting."), field="held_on")
    if held_on < walk.date:
        raise ValidationError(
            _("The closing meeting cannot be before the walk ({date}).").format(
                date=walk.date.isoformat()
            ),
            field="held_on",
        )
    today = today or clock.today()
    if held_on > today:
        raise ValidationError(
            _(
                "The closing meeting is recorded as held once it has been: {date} is after "
                "today ({today})."
            ).format(date=held_on.isoformat(), today=today.isoformat()),
            field="held_on",
        )
    walk.closing_meeting_on = held_on
    walk.closing_meeting_draft_on = None  # recorded: the date written is the day held
    walk.closing_meeting_notes = clean(notes)
    if walk.status is WalkStatus.WALKED:
        walk.status = WalkStatus.CLOSING_MEETING_HELD
    session.flush()
    return walk.version


def plan_follow_up(
    session: Session, walk_id: int, date: dt.date | None, start_time: dt.time | None = None
) -> int:
    """Plan the new walk that checks what was done: same place, route and participants."""
    walk = get_walk_model(session, walk_id)
    if walk.status not in WALKED_STEPS:
        raise ConflictError(_("A follow-up can only be planned for a walk that has been made."))
    template_id = walk.checklist_template_id
    template = session.get(ChecklistTemplate, template_id) if template_id else None
    start = start_time or walk.start_time
    # As long as the walk it follows up, when that one's end was kept.
    end = _same_length(walk.start_time, walk.end_time, start)
    # Months later the same hour may be dark (or light): the light follows the new date.
    light = expected_light(date, start) if date is not None and start is not None else walk.light
    new_id = create_walk(
        session,
        WalkInput(
            place_id=walk.place_id,
            date=date,
            start_time=start,
            end_time=end,
            light=light,
            meeting_point=walk.meeting_point,
            format=walk.format,
            organiser_id=walk.organiser_id,
            purpose=_("Follow-up of the walk on {date}: what has been done since?").format(
                date=walk.date.isoformat()
            ),
            checklist_template_id=template.id if template and template.active else None,
            follow_up_of_id=walk.id,
        ),
    )
    new = get_walk_model(session, new_id)
    if not new.checklist_items:
        # The template is gone or retired: check the same points as last time.
        new.checklist_name = walk.checklist_name
        new.checklist_items.extend(
            WalkChecklistItem(position=i.position, code=i.code, title=i.title, guidance=i.guidance)
            for i in walk.checklist_items
        )
    copy_route_and_people(session, walk, new)
    return new_id


def _same_length(
    start: dt.time | None, end: dt.time | None, new_start: dt.time | None
) -> dt.time | None:
    """The end ``new_start`` has when lasting as long as ``start``–``end``; None when no end
    was kept, or when it would pass midnight."""
    if start is None or end is None or new_start is None:
        return None
    day = dt.date(2000, 1, 1)
    new_end = dt.datetime.combine(day, new_start) + (
        dt.datetime.combine(day, end) - dt.datetime.combine(day, start)
    )
    return new_end.time() if new_end.date() == day else None


def mark_follow_up_done(session: Session, walk_id: int) -> None:
    walk = get_walk_model(session, walk_id)
    if walk.status is not WalkStatus.FOLLOW_UP_PLANNED:
        raise ConflictError(_("No follow-up is planned for this walk."))
    walk.status = WalkStatus.FOLLOW_UP_DONE
    session.flush()


def cancel_walk(session: Session, walk_id: int, reason: str | None = None) -> None:
    """Cancel a planned walk, keeping why (optional) for the list, the walk and the calendar."""
    walk = get_walk_model(session, walk_id)
    if walk.status is not WalkStatus.PLANNING:
        raise ConflictError(_("Only a walk still being planned can be cancelled."))
    walk.status = WalkStatus.CANCELLED
    walk.cancel_reason = clean(reason)
    session.flush()


# A step taken by mistake can be taken back; the recorded data stays.
_STEP_BACK = {
    WalkStatus.CANCELLED: WalkStatus.PLANNING,
    WalkStatus.WALKED: WalkStatus.PLANNING,
    WalkStatus.CLOSING_MEETING_HELD: WalkStatus.WALKED,
    WalkStatus.FOLLOW_UP_DONE: WalkStatus.FOLLOW_UP_PLANNED,
}


def step_back_target(status: WalkStatus) -> WalkStatus | None:
    """The step a walk at ``status`` goes back to (None: it cannot be taken back)."""
    return _STEP_BACK.get(status)


def check_step_back(session: Session, walk_id: int) -> WalkStatus:
    """The step the walk would go back to, or the refusal (asked by the window before its
    question). A walk with what was found on it stays walked: observations, checklist answers
    and the summary are recorded only once it is walked, and a planned walk holding them would
    read as walked in the reports and as not walked in the lists."""
    walk = get_walk_model(session, walk_id)
    previous = _STEP_BACK.get(walk.status)
    if previous is None:
        raise ConflictError(
            _("The step “{status}” cannot be taken back here.").format(status=_(walk.status.label))
        )
    if walk.status is WalkStatus.WALKED:
        _refuse_when_recorded(walk)
    return previous


def _refuse_when_recorded(walk: Walk) -> None:
    if walk.observations:
        raise ConflictError(
            _("Observations are recorded for this walk, so it stays marked as walked.")
        )
    answers = sum(len(stop.answers) for stop in walk.stops)
    if answers:
        raise ConflictError(
            ngettext(
                "The walk has {n} answer in the checklist, so it stays marked as walked.",
                "The walk has {n} answers in the checklist, so it stays marked as walked.",
                answers,
            ).format(n=answers)
        )
    if walk.summary:
        raise ConflictError(_("The walk has a summary written, so it stays marked as walked."))


def step_back(session: Session, walk_id: int) -> WalkStatus:
    previous = check_step_back(session, walk_id)
    walk = get_walk_model(session, walk_id)
    if walk.status is WalkStatus.CLOSING_MEETING_HELD:
        walk.closing_meeting_on = None
    earlier = walk.follow_up_of
    if walk.status is WalkStatus.WALKED and earlier and earlier.status is WalkStatus.FOLLOW_UP_DONE:
        earlier.status = WalkStatus.FOLLOW_UP_PLANNED
    # Planned again: the reason it was cancelled no longer holds (its trail keeps it).
    walk.cancel_reason = None
    walk.status = previous
    session.flush()
    return previous
