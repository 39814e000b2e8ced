"""The note beside each of the rule editor's next meetings: a public holiday, a meeting skipped
or moved, and for a rule "inför chefsamråd" the other group's meeting it comes before."""

from __future__ import annotations

from samverkan_desktop.formatting import day_and_month, weekday_date
from samverkan_desktop.i18n import _
from samverkan_desktop.services.meeting_rules import PreviewDate


def note_text(date: PreviewDate) -> str:
    """What to know about one occurrence: a holiday, skipped or moved; before which meeting of
    the other group (a rule "inför chefsamråd")."""
    notes = [date.holiday] if date.holiday and not (date.skipped or date.moved) else []
    if date.skipped:
        notes.append(_("{holiday}: no meeting").format(holiday=date.holiday))
    if date.moved:  # a holiday, or a weekend before another group's meeting
        # Its day written out as elsewhere ("6/1" was the program's only day and month so);
        # a holiday's weekday left out, so the longest note fits one line at 1024 px.
        day = date.original_start.date()
        if date.holiday:
            notes.append(
                _("Moved from {holiday} {date}").format(
                    holiday=date.holiday, date=day_and_month(day)
                )
            )
        else:
            notes.append(_("Moved from {day}").format(day=weekday_date(day)))
    if date.precedes is not None:
        notes.append(_("before the meeting on {date}").format(date=weekday_date(date.precedes)))
    text = " · ".join(notes)
    return text[:1].upper() + text[1:]
