"""The crisis area's Overview card for fire safety: premises whose next fire-safety inspection is
due within 60 days or past (services/fire_inspections.py)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from samverkan_desktop.formatting import date_with_week, iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.overview_items import MAX_ITEMS, OverviewItem, OverviewSection, Urgency
from samverkan_desktop.services import fire_inspections
from samverkan_desktop.services.crisis_nav import fire_record

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

AREA = "crisis"


def inspections_due(session: Session, today: dt.date) -> OverviewSection:
    rows = fire_inspections.due_inspections(session, today)
    items = []
    for row in rows[:MAX_ITEMS]:
        days_left = (row.next_due_on - today).days
        if days_left < 0:
            detail = ngettext(
                "Fire safety inspection overdue by {count} day (due {date})",
                "Fire safety inspection overdue by {count} days (due {date})",
                -days_left,
            ).format(count=-days_left, date=iso_date(row.next_due_on))
        else:
            detail = _("Fire safety inspection due {date}").format(
                date=date_with_week(row.next_due_on)
            )
        last = _("last inspected {date}: {result}").format(
            date=iso_date(row.inspected_on), result=_(row.result.label).lower()
        )
        items.append(
            OverviewItem(
                row.premises,
                detail,
                row.next_due_on,
                Urgency.OVERDUE if days_left < 0 else Urgency.SOON,
                AREA,
                fire_record(row.id),
                rest=last,
                dated=days_left >= 0,
            )
        )
    return OverviewSection(
        "fire_inspections_due",
        _("Fire safety inspections within 60 days"),
        AREA,
        len(rows),
        tuple(items),
        _("No premises are due for a fire safety inspection in the coming 60 days."),
    )
