"""One unit's history, loans and service events in one list, newest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtGui import QColor

from samverkan_desktop.formatting import display_datetime, local
from samverkan_desktop.i18n import _, pgettext
from samverkan_desktop.services import alarm_history, alarm_loans, alarms
from samverkan_desktop.services.alarm_history import LoanFilter, LoanRow
from samverkan_desktop.services.alarms import UnitEventRow
from ui.alarms.common import due_text
from ui.context import AppContext
from ui.widgets.table_model import WARNING_COLOUR, Column


@dataclass(frozen=True)
class HistoryEntry:
    id: str  # "loan-12" / "event-7": unique across both kinds
    at: dt.datetime
    what: str
    details: str
    initials: str
    warn: bool


def _loan_entry(row: LoanRow) -> HistoryEntry:
    # "Utlånat (hembesök)": the kind in lower case inside the sentence.
    what = _("Lent ({purpose})").format(purpose=_(row.purpose.label).lower())
    # Due or back the day it was lent (most home visits): the time alone, the row's date says
    # the day, so the line reads whole in the pane ("försenat sedan 17.00", "tillbaka 12.30").
    lent_on = local(row.out_at).date()
    if row.returned_at is None:
        state = (
            alarm_loans.overdue_since(row.due_at, same_day=lent_on)
            if row.overdue
            else _("due back {time}").format(time=due_text(row.due_at))
        )
    else:
        back = display_datetime(row.returned_at, same_day=lent_on)
        state = _("back {time}").format(time=back)
        if row.returned_at > row.due_at:  # "(sen)", short as in the loans list
            state += " " + pgettext("a loan's return, in the list", "(late)")
    # One fact a line, each whole or cut with "…" (whole in the tooltip): the borrower, back
    # when, a fault; wrapped, they broke as "Fatima Yousef ·" over "tillbaka 14.48".
    details = [row.borrower_label(), state]
    if row.fault_description:
        details.append(_("fault: {text}").format(text=row.fault_description))
    initials = row.initials_out_in()
    return HistoryEntry(
        f"loan-{row.id}", row.out_at, what, "\n".join(details), initials, row.overdue
    )


def _event_entry(row: UnitEventRow) -> HistoryEntry:
    return HistoryEntry(
        f"event-{row.id}",
        row.occurred_at,
        _(row.kind.label),
        " ".join((row.note or "").split()),  # one line: a row is one line per fact
        row.initials or "",
        False,
    )


# A unit lent twice a day has thousands of loans after some years: the pane shows the newest
# (the Loans tab, searched by the unit's code, has them all).
HISTORY_LOANS = 200


def unit_history(ctx: AppContext, unit_id: int) -> list[HistoryEntry]:
    loans = ctx.call(alarm_history.list_loans, LoanFilter(unit_id=unit_id), limit=HISTORY_LOANS)
    # A fault found at a return is in the loan's line already.
    events = [e for e in ctx.call(alarms.list_unit_events, unit_id) if e.loan_id is None]
    entries = [_loan_entry(r) for r in loans] + [_event_entry(e) for e in events]
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries


def _warn(entry: HistoryEntry) -> QColor | None:
    return WARNING_COLOUR if entry.warn else None


def _happened(entry: HistoryEntry) -> str:
    """What happened over its details (borrower, back when, a fault or the note): one a line."""
    return f"{entry.what}\n{entry.details}" if entry.details else entry.what


# The most the What column asks of the pane: "Utlånat (hembesök)", a name and "tillbaka 12.30
# (sen)" whole; at 1024 px a pane asking for a note's whole line took the units list's "Testat".
WHAT_ROOM = 130
HISTORY_INITIALS = 1  # the initials' column


def history_columns() -> list[Column[HistoryEntry]]:
    # The pane beside the units is some 300 to 450 pixels wide. A row is its date and time on
    # one line beside what happened over its details, one fact a line, never wrapped: wrapped,
    # they read "2026-12-03" over "08.10" and "Fatima Yousef ·" over "tillbaka 14.48". A line
    # too long for a narrow pane (a note, a return days later) ends in "…", whole in the
    # tooltip.
    return [
        Column(_("When"), lambda e: display_datetime(e.at), sort_key=lambda e: e.at),
        # Left out where even the dates would break (beside the units at 1024 px); the loans
        # list keeps the initials of each loan.
        Column(_("Initials"), lambda e: e.initials, width=60, aside=1),
        Column(
            _("What"),
            _happened,
            tooltip=_happened,
            colour=_warn,
            lines=True,
            item_per_line=True,
            width=WHAT_ROOM,
            gives_way=True,
        ),
    ]
