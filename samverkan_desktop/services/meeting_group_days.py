"""A meeting's day and its group's own dates, from the meeting's side (the calendar's "New
meeting…" and "Move…", the meeting editor's date and "Mark as held", ``meetings held``): a group
meets from its start ("Startar") to its end, as ``group_start`` and ``group_end`` keep from the
group's side. A meeting added or moved to a day outside them, or marked held there, is refused
naming the group's date. A group without a start (or not ended) has no limit on that side.

Only what the user does now is checked: a meeting kept from before a later start (it holds the
user's work) can still be edited on its day, and the rule plans only inside the group's term."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Group

FIELD = "date"  # the dialogs' and the editor's date field


def check_day(group: Group, day: dt.date, *, held: bool = False) -> None:
    """Refuse a meeting of ``group`` on ``day`` (Stockholm time) before the group starts or
    after it ended; ``held``: it is being marked held there."""
    if group.starts_on is not None and day < group.starts_on:
        if held:
            message = _(
                "“{group}” starts on {limit}: its meeting on {date} cannot have been held "
                "before that."
            )
        else:
            message = _(
                "“{group}” starts on {limit}: it cannot meet on {date}, before that. Choose "
                "a day from {limit} on."
            )
        limit = group.starts_on
    elif group.ended_on is not None and day > group.ended_on:
        if held:
            message = _(
                "“{group}” ended on {limit}: its meeting on {date} cannot have been held "
                "after that."
            )
        else:
            message = _(
                "“{group}” ended on {limit}: it cannot meet on {date}, after that. Choose "
                "a day up to {limit}."
            )
        limit = group.ended_on
    else:
        return
    raise ValidationError(
        message.format(group=group.name, limit=iso_date(limit), date=iso_date(day)),
        field=None if held else FIELD,
    )
