"""What a walk's plan refuses, found all at once: no place, or one no longer there; no date, or
one the walk's step does not allow; residents below nought; an organiser no longer in the
contacts; an end before the start; a meeting point too long; the walk it follows up.

The planning form shows each under its own field (errors.FieldErrors), the command line says
them in one line: checked one after the other, a missing date was said only once the place had
been put right."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Person, Place, Walk
from samverkan_desktop.services.validation import check_end_time, column_length, optional_text

if TYPE_CHECKING:  # walks.py imports this module
    from samverkan_desktop.services.walk_rows import WalkInput


def plan_refusals(
    session: Session, walk: Walk, data: WalkInput, walked: bool
) -> list[ValidationError]:
    """Every field of ``data`` the plan of ``walk`` refuses, one refusal per field, in the
    form's order; ``walked``: the walk has been made."""
    refusals: list[ValidationError] = []
    place = _place_refusal(session, data.place_id, refusals)
    date_refused = _date_refusal(walk, data.date, walked, refusals)
    try:
        check_end_time(data.start_time, data.end_time)
    except ValidationError as error:
        refusals.append(error)
    try:
        optional_text(
            data.meeting_point,
            "meeting_point",
            _("Meeting point"),
            column_length(Walk.meeting_point),
        )
    except ValidationError as error:
        refusals.append(error)
    if data.organiser_id is not None and session.get(Person, data.organiser_id) is None:
        refusals.append(
            ValidationError(_("The chosen person no longer exists."), field="organiser_id")
        )
    if data.resident_count < 0:
        refusals.append(
            ValidationError(
                _("The number of residents cannot be negative."), field="resident_count"
            )
        )
    if place is not None and data.date is not None and not date_refused:
        follow_up = _follow_up_refusal(session, walk, place.id, data.date, data.follow_up_of_id)
        if follow_up is not None:
            refusals.append(follow_up)
    return refusals


def _place_refusal(
    session: Session, place_id: int | None, refusals: list[ValidationError]
) -> Place | None:
    """The place chosen, or None with its refusal added."""
    if place_id is None:
        refusals.append(
            ValidationError(
                _("A walk needs a place. Choose one, or add the place to the register first."),
                field="place_id",
            )
        )
        return None
    place = session.get(Place, place_id)
    if place is None:
        refusals.append(ValidationError(_("The chosen place no longer exists."), field="place_id"))
    return place


def _date_refusal(
    walk: Walk, date: dt.date | None, walked: bool, refusals: list[ValidationError]
) -> bool:
    """Whether the date is refused (its refusal added)."""
    if date is None:
        message = _("Give the date of the walk.")
    elif walked and date > clock.today():
        message = _("The walk has been made; its date cannot be in the future.")
    elif walk.closing_meeting_on is not None and date > walk.closing_meeting_on:
        message = _("The walk cannot be after its closing meeting ({date}).").format(
            date=walk.closing_meeting_on.isoformat()
        )
    else:
        return False
    refusals.append(ValidationError(message, field="date"))
    return True


def _follow_up_refusal(
    session: Session, walk: Walk, place_id: int, date: dt.date, earlier_id: int | None
) -> ValidationError | None:
    if earlier_id is None:
        return None
    if walk.id is not None and earlier_id == walk.id:
        return ValidationError(_("A walk cannot follow up itself."), field="follow_up_of_id")
    earlier = session.get(Walk, earlier_id)
    if earlier is None:
        return ValidationError(_("The earlier walk no longer exists."), field="follow_up_of_id")
    if earlier.place_id != place_id:
        return ValidationError(
            _("A follow-up walk must be at the same place as the walk it follows up."),
            field="follow_up_of_id",
        )
    if date <= earlier.date:
        return ValidationError(
            _("A follow-up walk must come after the walk it follows up ({date}).").format(
                date=earlier.date.isoformat()
            ),
            field="date",
        )
    return None
