"""The meeting calendar of a period ("Mötesplan 2027"): the meetings the calendar shows (its
group, type and priority-area filters), under a row for each month, with the date and its week,
the time, the group and the place; a cancelled one (when the calendar shows them) struck
through, with why; one moved from the group's usual day (a public holiday) says from which; one
on a public holiday says which, its date in red as a Sunday's is, as on a Swedish paper
calendar; one kept outside its group's days says so in red, "Efter gruppens slut (2026-10-30)",
as the calendar notes it. A month going on over a page break has its heading again there
("December (forts.)"). What the coordinator sends out when the year's meetings are set.
The safety walks and exercises of the period are lines of their own among them when the filter
asks for them (the calendar's "Visa vandringar och övningar", ``print calendar --with``), with
their start only: no end is kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from itertools import groupby

from reportlab.lib import colors
from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop.formatting import (
    EMPTY,
    MONTHS,
    clock_span,
    clock_text,
    iso_date,
    month_of_year,
    prose_date,
    prose_period,
)
from samverkan_desktop.i18n import _
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.style import (
    MUTED,
    WARN_HEX,
    Document,
    date_with_week,
    escape,
    markup,
    paragraph,
    table,
)
from samverkan_desktop.reports.tall_rows import TallRowTable
from samverkan_desktop.services.after_group_end import outside_note
from samverkan_desktop.services.calendar import (
    CalendarFilter,
    CalendarItem,
    CalendarRow,
    in_time_order,
    list_calendar,
    list_entries_shown,
)

MUTED_HEX = f"#{MUTED.hexval()[2:]}"  # for <font color=…>
MONTH_FILL = colors.HexColor("#f4f7fa")  # lighter than the header row: a band, not a second header


def title_of(first: dt.date, last: dt.date, in_words: bool = False) -> str:
    """ "Mötesplan 2027" for a calendar year; whole months by name, "Mötesplan mars 2027",
    "Mötesplan januari – juni 2027", "Mötesplan december 2026 – januari 2027"; else "Mötesplan
    2027-01-14 – 2027-06-30", a single day "Mötesplan 2027-01-14": the year always in it, the
    dash spaced as in the other printouts' periods. ``in_words``: the printout's own title,
    its days as the other printouts' headings write them, "Mötesplan 14 januari – 30 juni
    2027"; the preview, the file name and the footer keep ISO dates."""
    if first == last:  # one day, said once
        day = prose_date(first) if in_words else iso_date(first)
        return _("Meeting calendar {day}").format(day=day)
    if first.day != 1 or (last + dt.timedelta(days=1)).day != 1:
        if in_words:
            return _("Meeting calendar {period}").format(period=prose_period(first, last))
        first_text, last_text = iso_date(first), iso_date(last)
    elif first.year != last.year:
        first_text, last_text = month_of_year(first), month_of_year(last)
    elif (first.month, last.month) == (1, 12):
        return _("Meeting calendar {year}").format(year=first.year)
    elif first.month == last.month:
        return _("Meeting calendar {month}").format(month=month_of_year(first))
    else:  # the year once, after the last month
        first_text, last_text = _(MONTHS[first.month - 1]), month_of_year(last)
    return _("Meeting calendar {first} – {last}").format(first=first_text, last=last_text)


def _time(row: CalendarItem) -> str:
    if isinstance(row, CalendarRow):
        return f"{clock_text(row.starts_at.time())}–{clock_text(row.ends_at.time())}"
    return _("All day") if row.all_day else clock_span(row.start, row.end)


def _row(row: CalendarItem) -> list[object]:
    meeting = escape(row.label)
    if isinstance(row, CalendarRow):
        cancelled, status, reason = (
            row.status is MeetingStatus.CANCELLED,
            row.status.label,
            row.cancel_reason,
        )
    else:
        cancelled, status, reason = row.cancelled, row.status, row.cancel_reason
    if cancelled:  # shown when the calendar shows cancelled ones
        meeting = f"<strike>{meeting}</strike> <b>{escape(_(status))}</b>"
        if reason:  # says why, as the walks list does: the reader would ask
            meeting += f" – {escape(reason)}"
    moved = row.moved_note if isinstance(row, CalendarRow) and not cancelled else None
    if moved:  # its members know the usual day: the new one would read as a slip
        meeting += f'<br/><font color="{MUTED_HEX}">{escape(moved)}</font>'
    outside = row.outside_group_days if isinstance(row, CalendarRow) else None
    if outside:  # kept outside its group's days: the reader should not come to it
        meeting += f'<br/><font color="{WARN_HEX}">{escape(outside_note(outside))}</font>'
    if row.holiday:  # a meeting kept on a red day: the reader should not think it a slip
        holiday = _("Public holiday: {name}").format(name=row.holiday)
        meeting += f'<br/><font color="{WARN_HEX}">{escape(holiday)}</font>'
    return [
        _date(row.starts_at.date(), row.holiday),
        _time(row),
        markup(meeting, "cell"),
        paragraph(row.place or EMPTY, "cell"),
    ]


def _date(day: dt.date, holiday: str | None) -> object:
    """ "2026-12-06 (v. 49)", red on a Sunday or a public holiday (röd dag)."""
    text = date_with_week(day)
    if day.weekday() == 6 or holiday:
        return markup(f'<font color="{WARN_HEX}">{escape(text)}</font>', "cell")
    return text


def _month_heading(label: str) -> list[object]:
    # A heading of its own, so capitalised as one: "Januari 2027".
    return [markup(f"<b>{escape(label[:1].upper() + label[1:])}</b>", "cell"), "", "", ""]


class _MonthsTable(TallRowTable):
    """The calendar's table: split over a page break inside a month, the next page's part
    starts with the month's heading again, "December (forts.)" (``continued``)."""

    continued: Callable[[int], Flowable] | None = None  # given the body rows placed

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) != 2 or self.continued is None:
            return parts
        placed = len(parts[0]._cellvalues) - 1  # type: ignore[attr-defined]  # less the header
        return [parts[0], self.continued(placed)]


def _table(rows: Sequence[CalendarItem], with_year: bool, going_on: bool = False) -> Flowable:
    """``rows`` under a heading for each month; ``going_on``: the first month began on an
    earlier page."""
    body: list[list[object]] = []
    month_rows: list[int] = []  # table rows, the header being row 0
    shown: list[CalendarItem | None] = []  # each body row's meeting (None: a month's heading)
    for month_start, meetings in groupby(rows, key=lambda r: r.starts_at.date().replace(day=1)):
        label = month_of_year(month_start) if with_year else _(MONTHS[month_start.month - 1])
        if going_on and not body:
            label = _("{heading} (cont.)").format(heading=label)
        body.append(_month_heading(label))
        shown.append(None)
        month_rows.append(len(body))
        for row in meetings:
            body.append(_row(row))
            shown.append(row)
    result = table(
        [_("Date"), _("Time"), _("Meeting"), _("Place")],
        body,
        # Each month a row of its own across the page, not a column beside every meeting:
        # "december 2026" in a column took room from the place, which then wrapped to
        # three lines. Date and time just wide enough for "2026-12-01 (v. 49)" and
        # "09.00–10.30"; "Arbetsgrupp våldsbejakande extremism" on one line; the rest to
        # the place: "Karlavägen 104, sammanträdesrum Garnisonen" in two lines at most.
        col_widths_mm=[29, 21, 59, 61],
        empty_text=_("No meetings in the period."),
        extra_style=[
            style
            for n in month_rows
            for style in (
                ("SPAN", (0, n), (-1, n)),
                ("BACKGROUND", (0, n), (-1, n), MONTH_FILL),
                ("TOPPADDING", (0, n), (-1, n), 5),
                # A month's heading never alone at the foot of a page.
                ("NOSPLIT", (0, n), (-1, n + 1)),
            )
        ],
        table_class=_MonthsTable,
    )

    def continued(placed: int) -> Flowable:
        rest = [row for row in shown[placed:] if row is not None]
        return _table(rest, with_year, going_on=shown[placed] is not None)

    if isinstance(result, _MonthsTable):
        result.continued = continued
    return result


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
    rows = in_time_order(
        list_calendar(session, first, last, filters),
        list_entries_shown(session, first, last, filters),
    )
    # Over a new year "januari" alone could be either January: each month says its year then.
    with_year = first.year != last.year
    story = [
        paragraph(title_of(first, last, in_words=True), "title"),
        paragraph(chosen or owner.name or _("The district administration"), "subtitle"),
        _table(rows, with_year),
    ]
    return Document(title=title, footer=title, issuer=owner.name).build(story)
