"""The meeting calendar of a period ("Mötesplan 2027"): the meetings the calendar shows (its
group, type and priority-area filters), month by month, with the date and its week, the time,
the group and the place; a cancelled one (when the calendar shows them) struck through. What
the coordinator sends out when the year's meetings are set."""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from sqlalchemy.orm import Session

from samverkan_desktop.formatting import MONTHS, clock_text, iso_date
from samverkan_desktop.i18n import _
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.style import (
    Document,
    date_with_week,
    escape,
    markup,
    paragraph,
    table,
)
from samverkan_desktop.services.calendar import CalendarFilter, CalendarRow, list_calendar


def title_of(first: dt.date, last: dt.date) -> str:
    """ "Mötesplan 2027" for a calendar year, else "Mötesplan 2027-01-14–2027-06-30"."""
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return _("Meeting calendar {year}").format(year=first.year)
    return _("Meeting calendar {first}–{last}").format(first=iso_date(first), last=iso_date(last))


def _row(row: CalendarRow, month_label: str) -> list[object]:
    meeting = escape(row.label)
    if row.status is MeetingStatus.CANCELLED:  # shown when the calendar shows cancelled ones
        meeting = f"<strike>{meeting}</strike> <b>{escape(_(row.status.label))}</b>"
    return [
        markup(f"<b>{escape(month_label)}</b>", "cell") if month_label else "",
        date_with_week(row.starts_at.date()),
        f"{clock_text(row.starts_at.time())}–{clock_text(row.ends_at.time())}",
        markup(meeting, "cell"),
        paragraph(row.place or "–", "cell"),
    ]


def build(
    session: Session,
    first: dt.date,
    last: dt.date,
    filters: CalendarFilter | None = None,
    chosen: str | None = None,
) -> bytes:
    """``chosen``: the filters as the calendar shows them ("Lokal styrgrupp Östermalm")."""
    owner = issuer(session)
    title = title_of(first, last)
    rows = list_calendar(session, first, last, filters)
    body: list[list[object]] = []
    for (_year, month), meetings in groupby(
        rows, key=lambda r: (r.starts_at.year, r.starts_at.month)
    ):
        for index, row in enumerate(meetings):
            body.append(_row(row, _(MONTHS[month - 1]) if index == 0 else ""))
    story = [
        paragraph(title, "title"),
        paragraph(chosen or owner.name or _("The district administration"), "subtitle"),
        table(
            [_("Month"), _("Date"), _("Time"), _("Meeting"), _("Place")],
            body,
            col_widths_mm=[20, 30, 22, 52, 46],
            empty_text=_("No meetings in the period."),
        ),
    ]
    return Document(title=title, footer=title, issuer=owner.name).build(story)
