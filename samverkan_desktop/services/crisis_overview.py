"""The crisis area's Overview sections: plans due for revision within 60 days or overdue, and the
next exercise. Record ids follow services/crisis_nav.py (plans positive, exercises negative)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from samverkan_desktop.formatting import date_with_week, dotted, iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import exercise_reading, plans
from samverkan_desktop.services.crisis_nav import exercise_record, plan_record

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from samverkan_desktop.services.overview import OverviewSection

AREA = "crisis"
MAX_ITEMS = 8


def plans_due(session: Session, today: dt.date) -> OverviewSection:
    # Imported here: services/overview.py lists this provider, so it imports this module.
    from samverkan_desktop.services.overview import OverviewItem, OverviewSection, Urgency

    rows = plans.list_plans(session, today, due_within=plans.DUE_SOON_DAYS, include_inactive=False)
    items = []
    for row in rows[:MAX_ITEMS]:
        assert row.next_revision is not None and row.days_left is not None
        if row.days_left < 0:
            detail = ngettext(
                "Revision overdue by {count} day (due {date})",
                "Revision overdue by {count} days (due {date})",
                -row.days_left,
            ).format(count=-row.days_left, date=iso_date(row.next_revision))  # no "(v. 42)" in (…)
        else:
            detail = _("Revision due {date}").format(date=date_with_week(row.next_revision))
        version = _("version {version}").format(version=row.version) if row.version else ""
        items.append(
            OverviewItem(
                row.name,
                detail,
                row.next_revision,
                Urgency.OVERDUE if row.days_left < 0 else Urgency.SOON,
                AREA,
                plan_record(row.id),
                rest=version,
                dated=row.days_left >= 0,  # "Revision due 2026-12-13 (v. 50)"
            )
        )
    return OverviewSection(
        "plans_due",
        _("Plans to revise within 60 days"),
        AREA,
        len(rows),
        tuple(items),
        _("No plan is due for revision in the coming 60 days."),
    )


def next_exercise(session: Session, today: dt.date) -> OverviewSection:
    from samverkan_desktop.formatting import MONTHS
    from samverkan_desktop.services.overview import OverviewItem, OverviewSection, Urgency

    row = exercise_reading.next_exercise(session, today)
    items = []
    if row is not None:
        if row.date is not None:
            when = date_with_week(row.date)
        else:
            assert row.month is not None
            when = _("{month} {year}").format(month=_(MONTHS[row.month - 1]), year=row.year)
        checklist = (
            _("checklist {done} of {total} done").format(
                done=row.checklist_done, total=row.checklist_total
            )
            if row.checklist_total
            else ""
        )
        items.append(
            OverviewItem(
                row.title,
                when,
                row.date,
                Urgency.SOON
                if row.date is not None and (row.date - today).days <= 14
                else Urgency.INFO,
                AREA,
                exercise_record(row.id),
                rest=dotted(_(row.type.label), checklist),
                dated=row.date is not None,  # "2026-12-13 (v. 50)"; "december 2026" is not
            )
        )
    return OverviewSection(
        "next_exercise",
        _("Next exercise"),
        AREA,
        len(items),
        tuple(items),
        _("No exercise is planned. Plan one in the annual exercise plan."),
    )
