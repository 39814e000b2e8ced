"""The calendar over all groups: light rows for month, week and list views, with filters by
group, group type and priority area, holidays and ISO week numbers; and the Overview's
"meetings this week". One query per view, so hundreds of groups stay quick; and, when the filter
asks for them, the safety walks and exercises of the period (services.calendar_entries, one
query per kind). Walks and exercises belong to no group: any group filter (a group, a group type
or a priority area) leaves them out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import clock_text, iso_date
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Group, GroupType, Meeting, MeetingStatus
from samverkan_desktop.models.groups import group_priority_areas
from samverkan_desktop.recurrence import (
    holiday_name,
    holidays_between,
    is_working_day,
    iso_week,
    month_grid,
    moved_from_time,
    week_dates,
)
from samverkan_desktop.services.after_group_end import OutsideDays, outside_days
from samverkan_desktop.services.calendar_entries import CalendarEntry, EntryKind, list_entries
from samverkan_desktop.services.meeting_common import day_start, to_local

if TYPE_CHECKING:
    from samverkan_desktop.services.rule_days import RuleDays

# Groups get one of this many calendar colours (the window holds the palette).
CALENDAR_COLOURS = 12


@dataclass(frozen=True)
class CalendarFilter:
    group_ids: tuple[int, ...] = ()  # empty: every group
    group_type: GroupType | None = None
    priority_area_id: int | None = None
    include_cancelled: bool = True
    status: MeetingStatus | None = None  # only meetings of this status (None: any)
    # Walks and exercises shown beside the meetings (none unless asked: the printouts, the
    # command line and the Overview read meetings only).
    entry_kinds: frozenset[EntryKind] = frozenset()

    @property
    def by_group(self) -> bool:
        return (
            bool(self.group_ids)
            or self.group_type is not None
            or (self.priority_area_id is not None)
        )


@dataclass(frozen=True)
class CalendarRow:
    id: int
    group_id: int
    group_name: str
    group_type: GroupType
    colour_index: int
    title: str | None
    starts_at: dt.datetime  # Stockholm time
    ends_at: dt.datetime
    place: str | None
    status: MeetingStatus
    from_rule: bool
    is_exception: bool
    moved: bool  # not at the rule's own time
    holiday: str | None
    week: int
    version: int = 0  # for the move and cancel forms (services.versions)
    cancel_reason: str | None = None  # why a cancelled one is: its note, kept at cancelling
    # Where it stood before it moved, when ``moved`` (Stockholm; recurrence.moved_from_time).
    moved_from: dt.datetime | None = None
    group_ended_on: dt.date | None = None  # the day its group ended, if it has
    group_starts_on: dt.date | None = None  # its group's start, if it has one

    @property
    def outside_group_days(self) -> OutsideDays | None:
        """Still planned after its group ended (kept by "End group" for the work it holds), or
        before the group's later start; None for a meeting as any other."""
        return outside_days(
            self.group_starts_on, self.group_ended_on, self.starts_at.date(), self.status
        )

    @property
    def label(self) -> str:
        """ "Lokal styrgrupp Östermalm" or "Workshop – Arbetsgrupp skolan"."""
        return f"{self.title} – {self.group_name}" if self.title else self.group_name

    @property
    def moved_note(self) -> str | None:
        """ "Flyttat från Trettondedag jul" (as ``rule`` says it), "Flyttat från 2027-01-07":
        why it is not on the group's usual day, which its members know; None when not moved."""
        if self.moved_from is None:
            return None
        day = self.moved_from.date()
        if day == self.starts_at.date():  # the same day, another time
            return _("Moved from {time}").format(time=clock_text(self.moved_from.time()))
        holiday = holiday_name(day)
        if holiday:
            return _("Moved from {holiday}").format(holiday=holiday)  # its day known to all
        return _("Moved from {day}").format(day=iso_date(day))


# What a day of the calendar shows: a group's meeting, or a walk or an exercise.
CalendarItem = CalendarRow | CalendarEntry


@dataclass(frozen=True)
class DayCell:
    date: dt.date
    week: int
    in_month: bool
    holiday: str | None
    meetings: tuple[CalendarRow, ...]
    entries: tuple[CalendarEntry, ...] = ()  # walks and exercises (CalendarFilter.entry_kinds)


def in_time_order(
    meetings: Sequence[CalendarRow], entries: Sequence[CalendarEntry]
) -> list[CalendarItem]:
    """Meetings (in time order already), walks and exercises in time order; a day's walk or
    exercise without a start first in its day."""
    if not entries:
        return list(meetings)
    return sorted((*meetings, *entries), key=lambda item: item.starts_at)


@dataclass(frozen=True)
class WeekRow:
    week: int
    days: tuple[DayCell, ...]  # Monday to Sunday


@dataclass(frozen=True)
class MonthView:
    year: int
    month: int
    weeks: tuple[WeekRow, ...]
    # Exercises planned for the month, no day set yet: a line above the month's days.
    month_only: tuple[CalendarEntry, ...] = ()


@dataclass(frozen=True)
class WeekView:
    year: int
    week: int
    days: tuple[DayCell, ...]


def colour_index(group_id: int) -> int:
    return group_id % CALENDAR_COLOURS


def group_conditions(filters: CalendarFilter) -> list[ColumnElement[bool]]:
    """The filter's conditions on ``Group`` (chosen group, type, priority area): the calendar
    views and the .ics export of what they show use the same ones."""
    conditions: list[ColumnElement[bool]] = []
    if filters.group_ids:
        conditions.append(Group.id.in_(filters.group_ids))
    if filters.group_type is not None:
        conditions.append(Group.type == filters.group_type)
    if filters.priority_area_id is not None:
        conditions.append(
            Group.id.in_(
                select(group_priority_areas.c.group_id).where(
                    group_priority_areas.c.priority_area_id == filters.priority_area_id
                )
            )
        )
    return conditions


def list_calendar(
    session: Session,
    start: dt.date,
    end: dt.date,
    filters: CalendarFilter | None = None,
) -> list[CalendarRow]:
    """Meetings from ``start`` to ``end`` (inclusive, Stockholm days), in time order."""
    from samverkan_desktop.swedish_order import sql_sort_key  # not on the window's start path

    if end < start:
        raise ValidationError(_("The end date cannot be before the start date."), field="end")
    f = filters or CalendarFilter()
    query = (
        select(
            Meeting.id,
            Meeting.group_id,
            Group.name,
            Group.type,
            Meeting.title,
            Meeting.starts_at,
            Meeting.ends_at,
            Meeting.place,
            Meeting.status,
            Meeting.from_rule,
            Meeting.is_exception,
            Meeting.original_start,
            Meeting.version,
            Meeting.note,
            Group.ended_on,
            Group.starts_on,
        )
        .join(Group, Group.id == Meeting.group_id)
        .where(
            Meeting.starts_at >= day_start(start),
            Meeting.starts_at < day_start(end + dt.timedelta(days=1)),
        )
        .order_by(Meeting.starts_at, sql_sort_key(Group.name), Group.name)
    )
    query = query.where(*group_conditions(f))
    if not f.include_cancelled:
        query = query.where(Meeting.status != MeetingStatus.CANCELLED)
    if f.status is not None:
        query = query.where(Meeting.status == f.status)
    holidays = holidays_between(start, end + dt.timedelta(days=1))
    rule_days: RuleDays | None = None  # read only for a meeting off a holiday, rare
    rows = []
    for (
        mid, gid, name, gtype, title, starts, ends, place, status, rule, exc, original, ver, note,
        ended_on, starts_on,
    ) in session.execute(query):  # fmt: skip
        local_start = to_local(starts)
        rule_own = to_local(original) if original is not None else None
        by_rule = None
        # Only a meeting changed by hand can stand elsewhere than its rule put it, and only one
        # whose own day is no working day (its rule may have moved it off a holiday).
        if rule_own and exc and not is_working_day(rule_own.date()):
            if rule_days is None:
                from samverkan_desktop.services.rule_days import RuleDays  # not at start

                rule_days = RuleDays(session)
            by_rule = rule_days.shifted(gid, rule_own)
        moved_from = moved_from_time(local_start, rule_own, by_rule)
        rows.append(
            CalendarRow(
                id=mid,
                group_id=gid,
                group_name=name,
                group_type=gtype,
                colour_index=colour_index(gid),
                title=title,
                starts_at=local_start,
                ends_at=to_local(ends),
                place=place,
                status=status,
                from_rule=rule,
                is_exception=exc,
                moved=moved_from is not None,
                moved_from=moved_from,
                holiday=holidays.get(local_start.date()),
                week=iso_week(local_start.date()),
                version=ver,
                cancel_reason=note if status is MeetingStatus.CANCELLED else None,
                group_ended_on=ended_on,
                group_starts_on=starts_on,
            )
        )
    return rows


def next_meeting(
    session: Session, after: dt.date, filters: CalendarFilter | None = None
) -> CalendarRow | None:
    """The first meeting the filter shows after the day ``after``: where an empty month points
    on to. A cancelled meeting is none to go to, so it is passed over."""
    f = replace(filters or CalendarFilter(), include_cancelled=False)
    query = (
        select(func.min(Meeting.starts_at))
        .join(Group, Group.id == Meeting.group_id)
        .where(
            Meeting.starts_at >= day_start(after + dt.timedelta(days=1)),
            Meeting.status != MeetingStatus.CANCELLED,
            *group_conditions(f),
        )
    )
    if f.status is not None:
        query = query.where(Meeting.status == f.status)
    first = session.scalar(query)
    if first is None:
        return None
    day = to_local(first).date()
    return next(iter(list_calendar(session, day, day, f)), None)


def list_entries_shown(
    session: Session,
    start: dt.date,
    end: dt.date,
    filters: CalendarFilter | None = None,
    with_month_only: bool = False,
) -> list[CalendarEntry]:
    """The walks and exercises the filter asks for, from ``start`` to ``end``: none when it
    chooses groups (they are no group's) or a meeting status ("Past, not held").
    ``with_month_only``: the exercises of those months with no day yet too (the list view)."""
    f = filters or CalendarFilter()
    if not f.entry_kinds or f.by_group or f.status is not None:
        return []
    return list_entries(session, start, end, f.entry_kinds, f.include_cancelled, with_month_only)


def _cells(
    session: Session,
    days: list[dt.date],
    month: int | None,
    filters: CalendarFilter | None,
    month_only: list[CalendarEntry] | None = None,
) -> list[DayCell]:
    """``month_only``: given, the month's exercises with no day yet are put in it (read with
    the dated ones, in the same query)."""
    rows = list_calendar(session, days[0], days[-1], filters)
    holidays = holidays_between(days[0], days[-1])
    by_day: dict[dt.date, list[CalendarRow]] = {}
    for row in rows:
        by_day.setdefault(row.starts_at.date(), []).append(row)
    entries: dict[dt.date, list[CalendarEntry]] = {}
    shown = list_entries_shown(session, days[0], days[-1], filters, month_only is not None)
    for entry in shown:
        if not entry.day_unknown:
            entries.setdefault(entry.day, []).append(entry)
        elif month_only is not None and entry.day.month == month:
            month_only.append(entry)
    return [
        DayCell(
            day,
            iso_week(day),
            month is None or day.month == month,
            holidays.get(day),
            tuple(by_day.get(day, ())),
            tuple(entries.get(day, ())),
        )
        for day in days
    ]


def month_view(
    session: Session, year: int, month: int, filters: CalendarFilter | None = None
) -> MonthView:
    """Whole weeks (Monday first) covering the month, each with its ISO week number."""
    if not 1 <= month <= 12:
        raise ValidationError(_("Unknown month."), field="month")
    mondays = month_grid(year, month)
    days = [monday + dt.timedelta(days=i) for monday in mondays for i in range(7)]
    month_only: list[CalendarEntry] = []
    cells = _cells(session, days, month, filters, month_only)
    weeks = tuple(
        WeekRow(iso_week(mondays[w]), tuple(cells[w * 7 : w * 7 + 7])) for w in range(len(mondays))
    )
    month_only.sort(key=lambda e: e.name)
    return MonthView(year, month, weeks, tuple(month_only))


def week_view(
    session: Session, year: int, week: int, filters: CalendarFilter | None = None
) -> WeekView:
    try:
        monday, _sunday = week_dates(year, week)
    except ValueError as error:
        raise ValidationError(
            _("{year} has no week {week}.").format(year=year, week=week), field="week"
        ) from error
    days = [monday + dt.timedelta(days=i) for i in range(7)]
    return WeekView(year, week, tuple(_cells(session, days, None, filters)))
