"""The note beside each of the rule editor's next meetings: a public holiday, a meeting skipped
or moved, and for a rule "inför chefsamråd" the other group's meeting it comes before."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.i18n import _
from samverkan_desktop.services.meeting_rules import PreviewDate


def note_text(date: PreviewDate) -> str:
    """What to know about one occurrence: a holiday, skipped or moved; before which meeting of
    the other group (a rule "inför chefsamråd")."""
    notes = [date.holiday] if date.holiday and not (date.skipped or date.moved) else []
    if date.skipped:
        notes.append(_("{holiday}: no meeting").format(holiday=date.holiday))
    if date.moved:  # a holiday, or a weekend before another group's meeting
        notes.append(
            _("{holiday}: moved from {date}").format(
                holiday=date.holiday or _("Weekend"), date=_day_month(date.original_start.date())
            )
        )
    if date.precedes is not None:
        notes.append(_("before the meeting on {date}").format(date=_day_month(date.precedes)))
    text = " · ".join(notes)
    return text[:1].upper() + text[1:]


def _day_month(day: dt.date) -> str:
    return f"{day.day}/{day.month}"
