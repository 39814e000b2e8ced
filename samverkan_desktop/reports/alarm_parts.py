"""Pieces the alarm printouts share: who issues them (the district), and how a loan's times and
state are written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Paragraph
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.formatting import local, local_time
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Organisation, OrganisationKind
from samverkan_desktop.reports.style import WARN_HEX, escape, markup
from samverkan_desktop.services.alarm_history import LoanRow


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


def day_and_time(value: dt.datetime) -> str:
    """ "2026-11-23 08.14" (Stockholm)."""
    return f"{local(value).date().isoformat()} {local_time(value)}"


def short_time(row_day: dt.date, value: dt.datetime | None) -> str:
    """Only the time when it is on the row's day, else date and time."""
    if value is None:
        return ""
    if local(value).date() == row_day:
        return local_time(value)
    return day_and_time(value)


def overdue_mark() -> str:
    label = escape(_("OVERDUE"))
    return f'<font color="{WARN_HEX}"><b>{label}</b></font>'


def returned_cell(row: LoanRow) -> Paragraph:
    """When it came back, "OVERDUE" in red when still out past its time, a fault noted."""
    if row.returned_at is None:
        return markup(overdue_mark() if row.overdue else escape(_("out")), "cell")
    text = escape(short_time(local(row.out_at).date(), row.returned_at))
    if row.returned_at > row.due_at:
        late = escape(_("late"))
        text += f' <font color="{WARN_HEX}">({late})</font>'
    if row.fault_description:
        text += "<br/>" + escape(_("Fault reported"))
    return markup(text, "cell")


def initials_cell(row: LoanRow) -> str:
    return f"{row.lent_by_initials or '–'} / {row.returned_by_initials or '–'}"
