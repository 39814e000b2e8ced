"""A meeting's day and its group's own dates, from the meeting's side (the calendar's "New
meeting…" and "Move…", the meeting editor's date and "Mark as held", ``meetings held``): a group
meets from its start ("Startar") to its end, as ``group_start`` and ``group_end`` keep from the
group's side. A meeting added or moved to a day outside them, or marked held there, is refused
naming the group's date. A group without a start (or not ended) has no limit on that side.

Only what the user does now is checked: a meeting kept from before a later start (it holds the
user's work) can still be edited on its day, and the rule plans only inside the group's term;
but it cannot be reinstated once cancelled, nor get minutes (``check_reinstated``,
``check_minuted``, ``check_attendance``, ``check_new_action``: what
``meeting_common.meetings_with_minutes`` counts): a meeting there cannot take place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import Group
from samverkan_desktop.services.after_group_end import (
    BEFORE_START,
    ENDED_ATTENDANCE,
    ENDED_MINUTES,
    ENDED_NEW_ACTIONS,
    ENDED_REINSTATED,
    outside_side,
)

FIELD = "date"  # the dialogs' and the editor's date field


def _outside(group: Group, day: dt.date) -> tuple[bool, dt.date] | None:
    """Whether ``day`` is before the group's start (True) or after its end (False), with that
    date; None inside the group's days."""
    outside = outside_side(group.starts_on, group.ended_on, day)
    return None if outside is None else (outside.before_start, outside.limit)


def _refuse(group: Group, day: dt.date, before: str, after: str, field: str | None) -> None:
    """Refuse (ValidationError on ``field``) with ``before`` or ``after`` (their ``{group}``,
    ``{limit}`` and ``{date}`` filled in) when ``day`` is outside the group's days."""
    found = _outside(group, day)
    if found is None:
        return
    is_before, limit = found
    message = before if is_before else after
    raise ValidationError(
        message.format(group=group.name, limit=iso_date(limit), date=iso_date(day)), field=field
    )


def check_day(group: Group, day: dt.date, *, held: bool = False) -> None:
    """Refuse a meeting of ``group`` on ``day`` (Stockholm time) before the group starts or
    after it ended; ``held``: it is being marked held there."""
    if held:
        _refuse(
            group,
            day,
            _(
                "“{group}” starts on {limit}: its meeting on {date} cannot have been held "
                "before that."
            ),
            _(
                "“{group}” ended on {limit}: its meeting on {date} cannot have been held "
                "after that."
            ),
            None,
        )
    else:
        _refuse(
            group,
            day,
            _(
                "“{group}” starts on {limit}: it cannot meet on {date}, before that. Choose "
                "a day from {limit} on."
            ),
            _(
                "“{group}” ended on {limit}: it cannot meet on {date}, after that. Choose "
                "a day up to {limit}."
            ),
            FIELD,
        )


def check_reinstated(group: Group, day: dt.date) -> None:
    """Refuse planning again a cancelled meeting of ``group`` on ``day`` outside its days (one
    kept cancelled from before a later start, or after the end)."""
    _refuse(
        group,
        day,
        _(BEFORE_START[ENDED_REINSTATED]),
        _(ENDED_REINSTATED),
        None,
    )


def check_all_reinstated(meetings: Sequence[tuple[Group, dt.date]]) -> None:
    """``check_reinstated`` for meetings planned again at once (the calendar's undo of
    cancelling the past meetings not held): refused naming every one outside its group's days,
    a sentence per group and side, not the first one alone."""
    found: dict[tuple[int, bool], tuple[Group, dt.date, list[dt.date]]] = {}
    for group, day in sorted(meetings, key=lambda meeting: meeting[1]):
        outside = _outside(group, day)
        if outside is not None:
            is_before, limit = outside
            found.setdefault((group.id, is_before), (group, limit, []))[2].append(day)
    sentences = []
    for (_id, is_before), (group, limit, days) in found.items():
        if len(days) == 1:
            try:
                check_reinstated(group, days[0])
            except ValidationError as refused:
                sentences.append(refused.message)
            continue
        if is_before:
            text = _(
                "“{group}” starts on {limit}: its meetings on {dates}, before that, cannot be "
                "reinstated."
            )
        else:
            text = _(
                "“{group}” ended on {limit}: its meetings on {dates}, after that, cannot be "
                "reinstated."
            )
        sentences.append(
            text.format(group=group.name, limit=iso_date(limit), dates=_dates(sorted(days)))
        )
    if sentences:
        raise ValidationError(" ".join(sentences))


def _dates(days: Sequence[dt.date], shown: int = 5) -> str:
    """The first ``shown`` days, and how many more: an ended group may have had many."""
    text = ", ".join(iso_date(day) for day in days[:shown])
    more = len(days) - shown
    if more <= 0:
        return text
    return ngettext("{dates} and {count} more", "{dates} and {count} more", more).format(
        dates=text, count=more
    )


def check_minuted(group: Group, day: dt.date) -> None:
    """Refuse minutes (notes, a decision) written on a meeting of ``group`` on ``day`` outside
    its days (a planned meeting kept from before a later start): it cannot have taken place."""
    _refuse(
        group,
        day,
        _(BEFORE_START[ENDED_MINUTES]),
        _(ENDED_MINUTES),
        None,
    )


def check_attendance(group: Group, day: dt.date) -> None:
    """Refuse marking someone present, absent or substituted at a meeting of ``group`` on
    ``day`` outside its days (unmarking stays possible): attendance is minutes too."""
    _refuse(
        group,
        day,
        _(BEFORE_START[ENDED_ATTENDANCE]),
        _(ENDED_ATTENDANCE),
        None,
    )


def check_new_action(group: Group, day: dt.date) -> None:
    """Refuse a new action raised at a meeting of ``group`` on ``day`` outside its days (one
    raised there before stays, and saves): an action of a meeting is minutes too."""
    _refuse(
        group,
        day,
        _(BEFORE_START[ENDED_NEW_ACTIONS]),
        _(ENDED_NEW_ACTIONS),
        None,
    )
