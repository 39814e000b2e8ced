"""The Overview's reminder of the Friday summary to management (DOMAIN.md §7): compiled from the
Thursday networks and sent Friday morning, before the weekend. From Thursday noon to the end of
Friday, while this ISO week's summary is not marked sent, a card says so (urgent on Friday) and
counts what is written; its entry opens the summary of that week (``brief_record``).

The reminder depends on the day and the data only, except that Thursday's begins at noon: an
Overview gathered ahead for a Thursday (``overview_snapshot``, at the window's closing the day
before) has none, and the gathering right after the start adds it in the afternoon. Marking the
summary as sent writes the audit trail, so a snapshot that still shows the reminder no longer
matches the change mark and is not shown. No reminder can therefore outlive its reason."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.empty import has_rows
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import Group
from samverkan_desktop.overview_items import OverviewItem, OverviewSection, Urgency
from samverkan_desktop.services.brief_reading import BriefWeek, get_brief

KEY = "weekly_brief"
AREA = "overview"  # the summary is opened from the Overview (OverviewArea.show_record)
THURSDAY, FRIDAY = 3, 4
THURSDAY_FROM = dt.time(12, 0)  # the Thursday networks have met by noon


def brief_record(week: BriefWeek) -> int:
    """The Overview's record id of a week's summary: 202649 for 2026-W49."""
    return week.year * 100 + week.week


def brief_week(record_id: int) -> BriefWeek:
    return BriefWeek(record_id // 100, record_id % 100)


def reminder_due(today: dt.date, now: dt.datetime | None = None) -> bool:
    """Whether ``today`` is in the reminder's time: Friday, or Thursday from noon (``now``,
    Stockholm time; a Thursday still to come has not reached noon)."""
    if today.weekday() == FRIDAY:
        return True
    if today.weekday() != THURSDAY:
        return False
    noon = dt.datetime.combine(today, THURSDAY_FROM, tzinfo=LOCAL_ZONE)
    return (now or clock.now()) >= noon


def counted(items: int, shared: int) -> str:
    """ "3 punkter, 2 inför helgen"; "inget skrivet ännu" without items."""
    if not items:
        return _("nothing written yet")
    text = ngettext("{count} item", "{count} items", items).format(count=items)
    if shared:
        text = _("{items}, {shared} before the weekend").format(items=text, shared=shared)
    return text


def has_something_to_report(session: Session, items: int) -> bool:
    """Whether the register has anything for a summary: this week's items, or a group. A new
    register has neither a Thursday network to compile from nor a management group to send to,
    and reminding on day one of an empty summary only nags; its first group (or a first item
    written) starts the Friday habit."""
    return items > 0 or has_rows(session, Group)


def weekly_brief_due(session: Session, today: dt.date) -> OverviewSection:
    """The card of this week's summary not yet sent; no entry outside Thursday noon – Friday,
    nor while the register has nothing to report (``overview.gather`` then leaves the card
    out altogether)."""
    items: list[OverviewItem] = []
    week = BriefWeek.of(today)
    if reminder_due(today):
        brief = get_brief(session, week)
        if brief.sent_on is None and has_something_to_report(session, len(brief.items)):
            friday = today.weekday() == FRIDAY
            items.append(
                OverviewItem(
                    _("Weekly summary w. {week} is not sent").format(week=week.week),
                    counted(len(brief.items), len(brief.shared_items)),
                    week.friday,
                    Urgency.OVERDUE if friday else Urgency.SOON,
                    AREA,
                    brief_record(week),
                    rest=_("send it today, before the weekend")
                    if friday
                    else _("to send Friday morning"),
                )
            )
    return OverviewSection(
        KEY, _("Friday summary to management"), AREA, len(items), tuple(items), ""
    )
