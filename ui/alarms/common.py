"""What the alarm views share (the area and the reception): status colours, how a unit's state
and due time are written, the staff pickers and the receptionist's remembered initials."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtGui import QColor
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.formatting import display_datetime, local, local_time, unbroken
from samverkan_desktop.i18n import _
from samverkan_desktop.models import UnitKind, UnitStatus
from samverkan_desktop.services import alarm_loans, contacts
from samverkan_desktop.services.alarm_loans import ReturnResult
from samverkan_desktop.services.alarms import UnitRow
from ui.context import AppContext
from ui.widgets.table_model import WARNING_COLOUR

INITIALS_KEY = "alarms/initials"
CHARGE_KEY = "alarms/put_on_charge"


@dataclass(frozen=True)
class Palette:
    """A state's colours: text (lists), tile background and tile border."""

    text: QColor
    background: QColor
    border: QColor


STATUS_PALETTES = {
    UnitStatus.AVAILABLE: Palette(QColor("#1f7a3a"), QColor("#e4f4e8"), QColor("#7cc08f")),
    UnitStatus.ON_LOAN: Palette(QColor("#1c5d99"), QColor("#e2edf9"), QColor("#8db4dc")),
    UnitStatus.CHARGING: Palette(QColor("#8a5a00"), QColor("#fff3d6"), QColor("#e6bd5c")),
    UnitStatus.OUT_OF_SERVICE: Palette(QColor("#5f6b7a"), QColor("#eceff3"), QColor("#aab4c0")),
    UnitStatus.RETIRED: Palette(QColor("#8a94a1"), QColor("#f4f5f7"), QColor("#cfd5dc")),
}
OVERDUE_PALETTE = Palette(WARNING_COLOUR, QColor("#fde7e4"), WARNING_COLOUR)


def palette(row: UnitRow) -> Palette:
    return OVERDUE_PALETTE if row.overdue else STATUS_PALETTES[row.status]


def state_colour(row: UnitRow) -> QColor:
    return palette(row).text


def state_text(row: UnitRow) -> str:
    """ "Overdue" for a loan past its time, else the status ("Available", "On loan" ...)."""
    return _("Overdue") if row.overdue else _(row.status.label)


def state_lines(row: UnitRow) -> tuple[str, ...]:
    """A reception tile's state, and under it the kind of a home-loan unit: "Available",
    "home loan". Always on two lines: one line where it fitted ("Available · home loan") and
    two where not made the same tile read two ways as the tiles' look changed (a return's
    message taking room, the borrower list)."""
    if row.kind is UnitKind.HOME_LOAN:
        return state_text(row), _("home loan")
    return (state_text(row),)


def state_order(row: UnitRow) -> int:
    """The status as a receptionist goes through them: available, out (the overdue right after:
    by its text "Försenat" stood far from "Utlånat"), charging, out of service, retired."""
    return 2 * list(UnitStatus).index(row.status) + row.overdue  # overdue: a half step on


def due_text(due: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """ "today 17.00", or the date and time when it is another day."""
    if due is None:
        return ""
    today = local(now or clock.utcnow()).date()
    if local(due).date() == today:
        return _("today {time}").format(time=local_time(due))
    return display_datetime(due)


def due_line(row: UnitRow) -> str:
    """The tile's line about when the unit is due back: "since …" under its state "Overdue"
    (said once), else "due back …"."""
    if row.due_at is None:
        return ""
    # The date and its time kept on one line: a low tile broke "åter senast 2026-12-07" over
    # "09.00".
    time = unbroken(due_text(row.due_at))
    if row.overdue:
        return _("since {time}").format(time=time)
    return _("due back {time}").format(time=time)


def staff_choices(ctx: AppContext) -> list[tuple[int, str]]:
    """Staff of the district for pickers, "Lena Persson — Socialtjänsten"."""
    return [
        (row.id, f"{row.name} — {row.department}" if row.department else row.name)
        for row in ctx.call(contacts.list_people, staff_only=True)
    ]


def remembered_initials(ctx: AppContext) -> str:
    return str(ctx.settings.value(INITIALS_KEY, "") or "")


def remember_initials(ctx: AppContext, initials: str) -> None:
    ctx.settings.setValue(INITIALS_KEY, initials)
    ctx.settings.sync()


def redo_return(
    session: Session,
    loan_id: int,
    *,
    fault: str | None,
    put_on_charge: bool,
    initials: str | None,
) -> ReturnResult:
    """Correct a return just registered (a fault noticed, or it should go on charge): undo it
    and register it again, in one unit of work."""
    undone = alarm_loans.undo_loan_action(session, loan_id)
    return alarm_loans.return_unit(
        session, undone.unit_id, fault=fault, put_on_charge=put_on_charge, initials=initials
    )


def mark_text(note: str | None) -> str:
    """ "⚠ Function test due since …", or nothing for a unit not due."""
    return f"⚠ {note}" if note else ""


def lend_anyway_text(note: str) -> str:
    """ "⚠ Function test due since … – it can be lent, but test it when it comes back.": the
    reception's line under a chosen unit, and the coordinator's lending form."""
    # In the order of the desk: lend it now, test it once it is back (not "test it now").
    return mark_text(
        _("{note} – it can be lent, but test it when it comes back.").format(note=note)
    )
