"""The Overview's sections from the meetings area: the meetings of the coming days, the past ones
never marked held or cancelled, and the actions past their due date. Listed in
``services/overview.py``'s PROVIDERS."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.empty import has_rows
from samverkan_desktop.formatting import dotted, local_time, near_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import Meeting, MeetingStatus
from samverkan_desktop.overview_items import (
    MAX_ITEMS,
    NOT_HELD_MEETINGS,
    OVERDUE_ACTIONS,
    OverviewItem,
    OverviewSection,
    Urgency,
)
from samverkan_desktop.services import action_list, meetings_not_held
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.action_list_rows import action_list_rows
from samverkan_desktop.services.after_group_end import outside_word
from samverkan_desktop.services.calendar import CalendarRow, list_calendar
from samverkan_desktop.services.meeting_common import day_start, to_local

# Today and the six days after: on a Friday the coordinator sees Monday's meetings too (a
# window ending on Sunday showed nothing of the coming week until Monday morning).
MEETING_DAYS = 7


def overview_now(today: dt.date) -> dt.datetime:
    """The moment the Overview of ``today`` is for: now, or for another day (one gathered
    ahead for the next start) its first minute, so none of its meetings counts as over."""
    now = clock.utcnow()
    return now if to_local(now).date() == today else day_start(today)


def _outside_mark(row: CalendarRow) -> str:
    """ "efter gruppens slut", "före gruppens start" for a meeting kept outside its group's
    days (it cannot be held as planned), else nothing: the same mark on both meeting cards."""
    outside = row.outside_group_days
    return outside_word(outside) if outside else ""


def meetings_coming(
    session: Session, today: dt.date, now: dt.datetime | None = None
) -> OverviewSection:
    """The meetings from ``now`` to the end of the sixth day after today, those still to end
    (a meeting over this morning is not "i dag" any more; the calendar keeps it), holidays
    pointed out and cancellations left out."""
    now = now or overview_now(today)
    last = today + dt.timedelta(days=MEETING_DAYS - 1)
    rows = [
        r
        for r in list_calendar(session, today, last)
        if r.status is not MeetingStatus.CANCELLED and r.ends_at > now
    ]
    items = []
    for row in rows[:MAX_ITEMS]:
        when = _("{day} {start}–{end}").format(
            day=near_date(row.starts_at.date(), today),  # short: the time fits a laptop
            start=local_time(row.starts_at),
            end=local_time(row.ends_at),
        )
        holiday = _("public holiday: {name}").format(name=row.holiday) if row.holiday else None
        items.append(
            OverviewItem(
                row.label,
                when,
                row.starts_at.date(),
                Urgency.SOON if row.starts_at.date() == today else Urgency.INFO,
                "calendar",
                row.id,
                # Kept outside its group's days, it cannot be held as planned: said first after
                # the time, before the place (as ``also`` the place gave way at 1024 px).
                rest=dotted(_outside_mark(row), row.place, holiday),
                dated=True,
            )
        )
    return OverviewSection(
        "meetings_coming",
        ngettext(
            "Meetings in the coming {count} day",
            "Meetings in the coming {count} days",
            MEETING_DAYS,
        ).format(count=MEETING_DAYS),
        "calendar",
        len(rows),
        tuple(items),
        ngettext(
            "No meetings in the coming {count} day.",
            "No meetings in the coming {count} days.",
            MEETING_DAYS,
        ).format(count=MEETING_DAYS),
    )


def meetings_not_marked_held(session: Session, today: dt.date) -> OverviewSection:
    """Past meetings still "planned", neither marked held nor cancelled, the latest first (the
    ones the coordinator remembers); "Show all" opens the calendar's "Past, not held" list,
    which can cancel them in one go. Before, they showed only in the calendar."""
    items = tuple(
        OverviewItem(
            row.label,
            # Short, so the day stays in sight beside a long group name on a laptop (the week
            # is in the line's tooltip).
            f"{row.starts_at.date().isoformat()} {local_time(row.starts_at)}",
            row.starts_at.date(),
            Urgency.SOON,
            "calendar",
            row.id,
            rest=_outside_mark(row),  # one kept outside its group's days is marked as coming
            dated=True,
        )
        for row in meetings_not_held.latest_not_held(session, today, MAX_ITEMS)
    )
    return OverviewSection(
        "meetings_not_held",
        _("Past meetings, not held"),  # as the calendar's filter its link turns on
        "calendar",
        meetings_not_held.count_not_held(session, today),
        items,
        _("Every past meeting is marked as held or cancelled.")
        if has_rows(session, Meeting)
        else _("No meetings yet."),  # not "all marked" on a new, empty calendar
        NOT_HELD_MEETINGS,
    )


def overdue_actions(session: Session, today: dt.date) -> OverviewSection:
    """Open actions past their due date, the oldest first."""
    # Counted in SQL and only the shown ones read: a city has thousands overdue.
    overdue = ActionFilter(overdue=True)
    ids = action_list.first_ids(session, overdue, "due_on", False, today, limit=MAX_ITEMS)
    rows = action_list_rows(session, ids, today)
    items = tuple(
        OverviewItem(
            row.title,
            ngettext(
                "Due {date} ({days} day ago)",
                "Due {date} ({days} days ago)",
                (today - row.due_on).days if row.due_on else 0,
            ).format(
                date=row.due_on.isoformat() if row.due_on else "",
                days=(today - row.due_on).days if row.due_on else 0,
            ),
            row.due_on,
            Urgency.OVERDUE,
            "actions",
            row.id,
            # Not ``dated``: the title says what to do and keeps half the line. No one named
            # responsible: no stray " · " after the date (``detail`` leaves an empty part out).
            rest=row.responsible or "",
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
        OVERDUE_ACTIONS,
    )
