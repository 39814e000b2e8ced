"""The Overview's sections from the meetings area: the meetings of this week and the actions past
their due date. Listed in ``services/overview.py``'s PROVIDERS."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from samverkan_desktop.formatting import local_time, near_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services import action_list
from samverkan_desktop.services.actions import ActionFilter
from samverkan_desktop.services.calendar import list_calendar

if TYPE_CHECKING:
    from samverkan_desktop.services.overview import OverviewSection


def meetings_this_week(session: Session, today: dt.date) -> OverviewSection:
    """The meetings from today to Sunday (holidays and cancellations pointed out)."""
    from samverkan_desktop.services.overview import (
        MAX_ITEMS,
        OverviewItem,
        OverviewSection,
        Urgency,
    )

    sunday = today + dt.timedelta(days=6 - today.weekday())
    rows = [
        r for r in list_calendar(session, today, sunday) if r.status is not MeetingStatus.CANCELLED
    ]
    items = []
    for row in rows[:MAX_ITEMS]:
        detail = _("{day} {start}–{end}").format(
            day=near_date(row.starts_at.date(), today),  # short: the time fits a laptop
            start=local_time(row.starts_at),
            end=local_time(row.ends_at),
        )
        if row.place:
            detail += f" · {row.place}"
        if row.holiday:
            detail += " · " + _("public holiday: {name}").format(name=row.holiday)
        items.append(
            OverviewItem(
                row.label,
                detail,
                row.starts_at.date(),
                Urgency.SOON if row.starts_at.date() == today else Urgency.INFO,
                "calendar",
                row.id,
            )
        )
    return OverviewSection(
        "meetings_this_week",
        _("Meetings this week"),
        "calendar",
        len(rows),
        tuple(items),
        _("No meetings for the rest of this week."),
    )


def overdue_actions(session: Session, today: dt.date) -> OverviewSection:
    """Open actions past their due date, the oldest first."""
    from samverkan_desktop.services.overview import (
        MAX_ITEMS,
        OverviewItem,
        OverviewSection,
        Urgency,
    )

    # Counted in SQL and only the shown ones read: a city has thousands overdue.
    overdue = ActionFilter(overdue=True)
    ids = action_list.first_ids(session, overdue, "due_on", False, today, limit=MAX_ITEMS)
    rows = action_list.action_list_rows(session, ids, today)
    items = tuple(
        OverviewItem(
            row.title,
            ngettext(
                "Due {date} ({days} day ago) · {who}",
                "Due {date} ({days} days ago) · {who}",
                (today - row.due_on).days if row.due_on else 0,
            ).format(
                date=row.due_on.isoformat() if row.due_on else "",
                days=(today - row.due_on).days if row.due_on else 0,
                who=row.responsible,
            ),
            row.due_on,
            Urgency.OVERDUE,
            "actions",
            row.id,
        )
        for row in rows
    )
    return OverviewSection(
        "actions_overdue",
        _("Overdue actions"),
        "actions",
        action_list.count_actions(session, overdue, today),
        items,
        _("No action is past its due date."),
    )
