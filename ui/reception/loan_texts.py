"""What the reception's screen says about a unit that is out. A home loan (an employee under
threat) never names its borrower here: a full-screen desk is read by everyone passing it. The
name appears only in the question before such a unit is taken back (ui/reception/dialogs.py)."""

from __future__ import annotations

from samverkan_desktop import clock
from samverkan_desktop.formatting import iso_date, local
from samverkan_desktop.i18n import _
from samverkan_desktop.models import UnitKind
from samverkan_desktop.services import alarm_loans
from samverkan_desktop.services.alarms import UnitRow
from ui import key_guide
from ui.widgets.kept_together import times_kept


def is_home_loan(row: UnitRow) -> bool:
    return row.loan_id is not None and row.purpose is UnitKind.HOME_LOAN


def shown_borrower(row: UnitRow) -> str:
    """Who has the unit, as the desk may show it: "home loan" in place of a threatened
    employee's name."""
    if is_home_loan(row):
        return _("home loan")
    return row.borrower or _("(pseudonymised)")


def loan_text(row: UnitRow) -> str:
    """ "LARM-06 is on loan to David Karlsson, to be back today 17.00." """
    if is_home_loan(row):
        if row.due_at is None or row.overdue:
            return _("{code} is out on a home loan.").format(code=row.code)
        return _("{code} is out on a home loan until {date}.").format(
            code=row.code, date=iso_date(local(row.due_at).date())
        )
    if row.due_at is None:  # (a loan always has one: a row read without its loan)
        return _("{code} is on loan to {name}.").format(code=row.code, name=shown_borrower(row))
    # When it is due or since when it is late as the window and the Overview say it (one
    # wording, the core's): "försenat sedan i dag 17.00", "ska tillbaka 2026-12-08 (v. 50) kl.
    # 09.00"; a time kept with its date or word in the notice.
    due = alarm_loans.due_phrase(row.due_at, row.overdue, clock.today())
    return _("{code} is on loan to {name}, {due}.").format(
        code=row.code, name=shown_borrower(row), due=times_kept(due)
    )


def looked_at_text(row: UnitRow) -> str:
    """A lent tile clicked: its loan, and that Enter (not the click) takes it back."""
    return (
        loan_text(row)
        + " "
        + _("{key} takes it back, {esc} starts over.").format(
            key=key_guide.RECEPTION_CONFIRM.label(), esc=key_guide.RECEPTION_START_OVER.label()
        )
    )


def lent_elsewhere_text(row: UnitRow | None, code: str, letters: str) -> str:
    """The chosen unit lent (or taken out of use) at another desk before this one lent it: the
    letters typed stay in the field for the next unit scanned."""
    if row is None:
        text = _("{code} is no longer in use.").format(code=code)
    elif is_home_loan(row):
        text = _("{code} was just lent as a home loan at another desk.").format(code=code)
    elif row.loan_id is not None:
        text = _("{code} was just lent at another desk to {name}.").format(
            code=code, name=shown_borrower(row)
        )
    else:
        text = _("{code} is {status} now and cannot be lent.").format(
            code=code, status=_(row.status.label).lower()
        )
    if letters.strip():
        text += " " + _("Scan another unit: the letters “{letters}” are kept.").format(
            letters=letters.strip()
        )
    else:
        text += " " + _("Scan another unit.")
    return text
