"""The units not returned right now, overdue ones first and marked, with how to reach the
borrower; on the reception's copy (``for_desk``) not the borrower of a home loan."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop import alarm_printout_titles as titles
from samverkan_desktop.formatting import display_datetime
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import UnitKind
from samverkan_desktop.reports.alarm_parts import (
    WARN_HEX,
    borrower_cell,
    desk_copy_note,
    issuer,
    kept_from_desk,
)
from samverkan_desktop.reports.date_phrases import as_of_moment
from samverkan_desktop.reports.style import (
    Document,
    escape,
    markup,
    paragraph,
    spacer,
    subtitle,
    table,
    with_note,
)
from samverkan_desktop.services import alarm_history
from samverkan_desktop.services.alarm_history import LoanFilter, LoanRow
from samverkan_desktop.services.alarms import now_utc

# Unit, borrower, department, phone, out, due back: 170 mm, the A4 text width. "Due back"
# holds "Försenat 12 timmar" on one line.
WIDTHS = [18, 32, 30, 24, 30, 36]


def overdue_text(row: LoanRow, now: dt.datetime) -> str:
    """How long past its due time: "2 days", "3 hours"."""
    late = now - row.due_at
    days = late.days
    if days >= 1:
        return ngettext("{n} day", "{n} days", days).format(n=days)
    hours = max(1, int(late.total_seconds() // 3600))
    return ngettext("{n} hour", "{n} hours", hours).format(n=hours)


def _due_cell(row: LoanRow, now: dt.datetime) -> Flowable:
    text = escape(display_datetime(row.due_at))
    if row.overdue:
        late = escape(_("Overdue {time}").format(time=overdue_text(row, now)))
        text = f'<font color="{WARN_HEX}"><b>{text}<br/>{late}</b></font>'
    return markup(text, "cell")


def _borrower(row: LoanRow, for_desk: bool) -> str:
    if kept_from_desk(row, for_desk):
        return borrower_cell(row, for_desk)
    home = "\n(" + _(row.purpose.label).lower() + ")" if row.purpose is UnitKind.HOME_LOAN else ""
    return row.borrower_label() + home


def build(session: Session, now: dt.datetime | None = None, for_desk: bool = False) -> bytes:
    at = now_utc(now)
    rows = alarm_history.list_loans(session, LoanFilter(open_only=True), at)
    rows.sort(key=lambda row: (not row.overdue, row.due_at))
    overdue = sum(1 for row in rows if row.overdue)
    title = titles.not_returned()
    owner = issuer(session)
    summary = ngettext("{n} unit out", "{n} units out", len(rows)).format(n=len(rows))
    if overdue:
        summary += ", " + ngettext("{n} overdue", "{n} overdue", overdue).format(n=overdue)
    story: list[Flowable] = [
        paragraph(title, "title"),
        subtitle(owner.name, as_of_moment(at), summary),
    ]
    units = table(
        [_("Unit"), _("Borrower"), _("Department"), _("Phone"), _("Out"), _("Due back")],
        [
            (
                markup(f"<b>{escape(row.unit_code)}</b>", "cell"),
                _borrower(row, for_desk),
                "" if kept_from_desk(row, for_desk) else row.borrower_department or "",
                "" if kept_from_desk(row, for_desk) else row.borrower_phone or "",
                display_datetime(row.out_at),
                _due_cell(row, at),
            )
            for row in rows
        ],
        WIDTHS,
        empty_text=_("Every alarm unit is back at the reception."),
    )
    if for_desk:  # apart from the last row, as on the loan log: not read as a cell of it
        units = with_note(units, spacer(5), paragraph(desk_copy_note(), "small"))
    story.append(units)
    return Document(title=title, footer=title, issuer=owner.name).build(story)
