"""The loan log for a period: the binder's paper log, week by week (a day's log, the reception's
Ctrl+P, in one table under its day: a week's heading repeated the day's week under it).

Every loan out at any time in the period: lent in it, and also lent before it and returned in it
or still out (a unit out overnight is on the next day's page, with its out and back times).
Date (the day it was lent), unit, borrower, purpose, out, due, back and the receptionists'
initials. The reason of a home loan is never printed (it is not even in the rows this report
gets); the reception's copy (``for_desk``) leaves out a home loan's borrower as well.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable
from sqlalchemy.orm import Session

from samverkan_desktop import alarm_printout_titles as titles
from samverkan_desktop.formatting import display_datetime, iso_period, local, prose_period
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.reports.alarm_parts import (
    borrower_cell,
    desk_copy_note,
    issuer,
    returned_cell,
)
from samverkan_desktop.reports.date_phrases import heading_date, period_phrase
from samverkan_desktop.reports.style import (
    STYLES,
    TABLE_PADDING,
    Document,
    heading,
    paragraph,
    spacer,
    subtitle,
    table,
    with_note,
)
from samverkan_desktop.services import alarm_history
from samverkan_desktop.services.alarm_history import LoanFilter, LoanRow
from samverkan_desktop.services.alarms import now_utc
from samverkan_desktop.services.validation import check_order

# Date, unit, borrower, purpose, out, due, back, initials: 170 mm, the A4 text width. The purpose
# holds "godk. Elsa Holmgren" on one line under "Hemlån" (it wrapped to three lines), the room
# taken from the borrower's name and the times; the headings "Åter senast" and "Sign. ut/in" on
# one line. A longer approver goes on over lines of its own (see _approval_lines).
WIDTHS = [19.5, 16.5, 30, 33, 11, 20.5, 21, 18.5]
PURPOSE_ROOM = WIDTHS[3] * mm - 2 * TABLE_PADDING


def _purpose(row: LoanRow) -> str:
    text = _(row.purpose.label)
    if row.approved_by:
        approval = _("appr. {name}").format(name=row.approved_by)
        text += "\n" + "\n".join(_approval_lines(approval, PURPOSE_ROOM))
    return text


def _approval_lines(text: str, room: float) -> list[str]:
    """The approval broken between the name's parts: "godk. Karl-Johan" over
    "Andersson-Lindqvist", and a double-barrelled part too wide for a line after its hyphen
    ("Andersson-" over "Lindqvist-Sjöström"). A paragraph split such a part mid-letter, filling
    the line before: "godk. Karl-Johan Ander" over "sson-Lindqvist-Sjöström"."""
    style = STYLES["cell"]

    def fits(line: str) -> bool:
        return stringWidth(line, style.fontName, style.fontSize) <= room

    lines: list[str] = []
    line = ""
    for word in text.split():
        pieces = [word] if fits(word) else re.findall(r"[^-]+-*|-+", word)
        for n, piece in enumerate(pieces):
            joined = line + ("" if n else " ") + piece if line else piece
            if fits(joined) or not line:
                line = joined
            else:
                lines.append(line)
                line = piece
    lines.append(line)
    return lines


def _week_heading(day: dt.date) -> str:
    monday = day - dt.timedelta(days=day.weekday())
    return _("Week {week} ({days})").format(
        week=day.isocalendar()[1], days=prose_period(monday, monday + dt.timedelta(days=6))
    )


def _earlier_note(earlier: int, one_day: bool) -> str:
    """Says why a row's date lies before the log's: "2 av dem utlånade före dagen" where the log
    is of one day ("före perioden" read as if the day were a longer stretch)."""
    if one_day:
        note = ngettext(
            "{n} of them lent before the day", "{n} of them lent before the day", earlier
        )
    else:
        note = ngettext(
            "{n} of them lent before the period", "{n} of them lent before the period", earlier
        )
    return note.format(n=earlier)


def _listed_on(row: LoanRow, start: dt.date) -> dt.date:
    return max(local(row.out_at).date(), start)


def build(
    session: Session,
    start: dt.date,
    end: dt.date,
    now: dt.datetime | None = None,
    for_desk: bool = False,
) -> bytes:
    check_order(start, end, "end", _("The period cannot end before it starts."))
    rows = alarm_history.list_loans(
        session, LoanFilter(start=start, end=end, out_during=True), now_utc(now)
    )
    rows.sort(key=lambda row: (row.out_at, row.id))
    title = titles.loan_log()
    period = iso_period(start, end)  # the footer's: compact, as a table's
    owner = issuer(session)
    earlier = sum(1 for row in rows if local(row.out_at).date() < start)
    one_day = start == end
    story: list[Flowable] = [
        paragraph(title, "title"),
        subtitle(
            owner.name,
            # A day's log (the reception's Ctrl+P) names its day as the other papers do.
            heading_date(start) if one_day else period_phrase(start, end),
            ngettext("{n} loan", "{n} loans", len(rows)).format(n=len(rows)),
            _earlier_note(earlier, one_day) if earlier else None,
        ),
    ]
    headers = [
        _("Date"),
        _("Unit"),
        _("Borrower"),
        _("Purpose"),
        _("Out"),
        _("Due back"),
        _("Returned"),
        _("Initials out/in"),
    ]
    if not rows:
        none_out = (
            _("No alarm unit was out on loan that day.")
            if one_day
            else _("No alarm unit was out on loan in the period.")
        )
        story.append(paragraph(none_out, "body"))
    # A loan lent before the period stands in its first week, under the day it was lent.
    for _week, group in groupby(rows, key=lambda r: _listed_on(r, start).isocalendar()[:2]):
        week_rows = list(group)
        first_day = _listed_on(week_rows[0], start)
        body = []
        for row in week_rows:
            day = local(row.out_at).date()
            body.append(
                (
                    day.isoformat(),
                    row.unit_code,
                    borrower_cell(row, for_desk),
                    _purpose(row),
                    display_datetime(row.out_at, same_day=day),
                    display_datetime(row.due_at, same_day=day),
                    returned_cell(row),
                    row.initials_out_in(),
                )
            )
        # A week's heading never stands alone at the foot of a page. A day's log has none: the
        # subtitle names the day and its week.
        if not one_day:
            story += [CondPageBreak(35 * mm), heading(_week_heading(first_day), 3)]
        story.append(table(headers, body, WIDTHS))
    notes = _(
        "Times are Stockholm time. The reasons for home loans are never printed. "
        "Borrowers of loans older than the retention period are pseudonymised."
    )
    if for_desk:
        notes += " " + desk_copy_note()
    # Apart from the last row, not a cell of it; with the last rows, never alone on a page.
    close = [spacer(5), paragraph(notes, "small")]
    story += [with_note(story.pop(), *close)] if rows else close
    return Document(title=title, footer=f"{title} {period}", issuer=owner.name).build(story)
