"""The Overview's section on safety walks: walks coming up, and walks waiting to be recorded or
for their closing meeting. A module of its own, so a start does not load the walks services."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from samverkan_desktop.formatting import date_with_week, with_clock
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Walk, WalkStatus
from samverkan_desktop.overview_items import MAX_ITEMS, OverviewItem, OverviewSection, Urgency

UPCOMING_DAYS = 30
# A walk made this long ago without a closing meeting is a reminder on the Overview.
CLOSING_MEETING_DUE_DAYS = 30


def walks_coming_up(session: Session, today: dt.date) -> OverviewSection:
    """Walks in the coming 30 days, planned walks whose day has passed without being recorded,
    and walks still waiting for their closing meeting."""
    horizon = today + dt.timedelta(days=UPCOMING_DAYS)
    closing_due = today - dt.timedelta(days=CLOSING_MEETING_DUE_DAYS)
    query = (
        select(Walk)
        .options(joinedload(Walk.place))
        .where(
            ((Walk.status == WalkStatus.PLANNING) & (Walk.date <= horizon))
            | ((Walk.status == WalkStatus.WALKED) & (Walk.date <= closing_due))
        )
        .order_by(Walk.date)
    )
    items: list[OverviewItem] = []
    for walk in session.scalars(query):
        title = walk.place.name  # the card says "safety walks": the place is what tells them apart
        dated = False
        if walk.status is WalkStatus.WALKED:
            detail = _("Walked {date}: hold the closing meeting with the owners.").format(
                date=walk.date.isoformat()
            )
            urgency = Urgency.OVERDUE
        elif walk.date < today:
            detail = _("Planned for {date}: record the walk or cancel it.").format(
                date=walk.date.isoformat()
            )
            urgency = Urgency.OVERDUE
        else:
            detail = with_clock(date_with_week(walk.date), walk.start_time, walk.end_time)
            urgency, dated = Urgency.SOON, True
        items.append(OverviewItem(title, detail, walk.date, urgency, "walks", walk.id, dated=dated))
    items.sort(key=lambda i: (i.urgency is not Urgency.OVERDUE, i.date or today))
    return OverviewSection(
        "walks_coming_up",
        _("Safety walks coming up and to record"),
        "walks",
        len(items),
        tuple(items[:MAX_ITEMS]),
        _("No safety walk in the coming 30 days and none waiting to be recorded."),
    )
