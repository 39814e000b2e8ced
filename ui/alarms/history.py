"""One unit's history, loans and service events in one list, newest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtGui import QColor

from samverkan_desktop.formatting import display_datetime, local, unbroken
from samverkan_desktop.i18n import _
from samverkan_desktop.services import alarm_history, alarm_loans, alarms
from samverkan_desktop.services.alarm_history import LoanFilter, LoanRow
from samverkan_desktop.services.alarms import UnitEventRow
from ui.alarms.common import due_text
from ui.context import AppContext
from ui.widgets.kept_together import KEPT_DOT, times_kept
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
    if row.returned_at is None:
        state = (
            alarm_loans.overdue_since(row.due_at)
            if row.overdue
            else _("due back {time}").format(time=unbroken(due_text(row.due_at)))
        )
    else:
        # Back the day it was lent (most home visits): the time alone, the row's date says the
        # day, so the details line ends whole in the pane more often.
        back = display_datetime(row.returned_at, same_day=local(row.out_at).date())
        state = _("back {time}").format(time=back)
        if row.returned_at > row.due_at:
            state += " " + _("(late)")
    # The dot ends a wrapped line, never starts one ("David Karlsson / · tillbaka 12.30"); a
    # time stays with its word or date ("tillbaka" over "12.30" alone in a narrow pane).
    details = row.borrower_label() + KEPT_DOT + times_kept(state)
    if row.fault_description:
        details += KEPT_DOT + _("fault: {text}").format(text=row.fault_description)
    initials = row.initials_out_in()
    return HistoryEntry(f"loan-{row.id}", row.out_at, what, details, initials, row.overdue)


def _event_entry(row: UnitEventRow) -> HistoryEntry:
    return HistoryEntry(
        f"event-{row.id}",
        row.occurred_at,
        _(row.kind.label),
        row.note or "",
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
    """What happened over its details (borrower, back when, the note): two lines."""
    return f"{entry.what}\n{entry.details}" if entry.details else entry.what


# The least the What column asks of the pane: "Utlånat (hembesök)" whole; a longer details
# line breaks between words onto a third line.
WHAT_ROOM = 140


def history_columns() -> list[Column[HistoryEntry]]:
    # The pane beside the units is some 300 to 450 pixels wide. A row is the time under the
    # date, the details under what happened (last: the room a wide pane has is the details').
    # The details wrap rather than end in "…" (cut at 1024 px: "David Karlsson · tillbaka
    # 1…"), at most a line more where the pane is narrow: the separator stays with the word
    # before it (KEPT_DOT), a time with its word.
    return [
        Column(_("When"), lambda e: display_datetime(e.at), sort_key=lambda e: e.at, wrap=True),
        # Left out where even the dates would break (beside the units at 1024 px); the loans
        # list keeps the initials of each loan.
        Column(_("Initials"), lambda e: e.initials, width=60, aside=1),
        Column(
            _("What"),
            _happened,
            tooltip=_happened,
            colour=_warn,
            wrap=True,
            width=WHAT_ROOM,
            gives_way=True,
        ),
    ]
