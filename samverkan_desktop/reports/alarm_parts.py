"""Pieces the alarm printouts share: who issues them (the district), how a loan's times and
state are written, and who borrowed it as the reception's copy may say it."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Paragraph
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.formatting import display_datetime, local
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Organisation, OrganisationKind, UnitKind
from samverkan_desktop.reports.style import WARN_HEX, escape, markup
from samverkan_desktop.services.alarm_history import LoanRow


def kept_from_desk(row: LoanRow, for_desk: bool) -> bool:
    """A home loan on the reception's copy: its borrower is under threat, and the page lies
    in a binder at the desk. The coordinator's copy names her, to follow the loan up."""
    return for_desk and row.purpose is UnitKind.HOME_LOAN


def borrower_cell(row: LoanRow, for_desk: bool) -> str:
    return _("(home loan)") if kept_from_desk(row, for_desk) else row.borrower_label()


def desk_copy_note() -> str:
    return _("The reception's copy: home loans are listed without the borrower's name.")


@dataclass(frozen=True)
class Issuer:
    name: str  # "Östermalms stadsdelsförvaltning", or "" when the register has none
    phone: str | None


def issuer(session: Session) -> Issuer:
    """The district administration (the first organisation of that kind in the register)."""
    found = session.scalars(
        select(Organisation)
        .where(Organisation.kind == OrganisationKind.DISTRICT)
        .order_by(Organisation.id)
    ).first()
    return Issuer(found.name, found.phone) if found else Issuer("", None)


def overdue_mark() -> str:
    label = escape(_("OVERDUE"))
    return f'<font color="{WARN_HEX}"><b>{label}</b></font>'


def returned_cell(row: LoanRow) -> Paragraph:
    """When it came back, "OVERDUE" in red when still out past its time, a fault noted."""
    if row.returned_at is None:
        return markup(overdue_mark() if row.overdue else escape(_("Still out")), "cell")
    text = escape(display_datetime(row.returned_at, same_day=local(row.out_at).date()))
    if row.returned_at > row.due_at:
        late = escape(_("late"))
        # A line of its own: "18.00 (för sent)" is wider than the column (21 mm) beside the
        # borrower's "(pseudonymiserad)", and a break inside "(för / sent)" read as "sent".
        text += f'<br/><font color="{WARN_HEX}">({late})</font>'
    if row.fault_description:
        text += "<br/>" + escape(_("Fault reported"))
    return markup(text, "cell")
