"""A week's Friday summary as written so far (services/weekly_briefs.py writes it): what the
Overview's card reads, without loading the summary's editing and outlook."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop.i18n import _
from samverkan_desktop.models import BriefSource, WeeklyBrief


@dataclass(frozen=True, order=True)
class BriefWeek:
    """An ISO week: ``year`` is the ISO year (2026-W53 holds 1 January 2027)."""

    year: int
    week: int

    @classmethod
    def of(cls, day: dt.date) -> BriefWeek:
        year, week, _weekday = day.isocalendar()
        return cls(year, week)

    @property
    def monday(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.week, 1)

    @property
    def friday(self) -> dt.date:
        return self.monday + dt.timedelta(days=4)

    def moved(self, weeks: int) -> BriefWeek:
        return BriefWeek.of(self.monday + dt.timedelta(weeks=weeks))

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"


@dataclass(frozen=True)
class BriefItemRow:
    id: int
    position: int
    source: BriefSource
    heading: str
    text: str | None
    shareable: bool

    @property
    def source_label(self) -> str:
        return _(self.source.label)


@dataclass(frozen=True)
class BriefDetail:
    week: BriefWeek
    id: int | None  # None: nothing written for the week yet
    sent_on: dt.date | None
    version: int  # 0 while there is no brief
    items: tuple[BriefItemRow, ...]

    @property
    def shared_items(self) -> tuple[BriefItemRow, ...]:
        return tuple(item for item in self.items if item.shareable)


def find_brief(session: Session, week: BriefWeek) -> WeeklyBrief | None:
    return session.scalars(
        select(WeeklyBrief)
        .where(WeeklyBrief.year == week.year, WeeklyBrief.week == week.week)
        .options(selectinload(WeeklyBrief.items))
    ).first()


def _detail(week: BriefWeek, brief: WeeklyBrief | None) -> BriefDetail:
    if brief is None:
        return BriefDetail(week, None, None, 0, ())
    return BriefDetail(
        week=week,
        id=brief.id,
        sent_on=brief.sent_on,
        version=brief.version,
        items=tuple(
            BriefItemRow(i.id, i.position, i.source, i.heading, i.text, i.shareable)
            for i in sorted(brief.items, key=lambda i: (i.position, i.id))
        ),
    )


def get_brief(session: Session, week: BriefWeek) -> BriefDetail:
    """The week's brief as written so far (no items and version 0 when nothing is)."""
    return _detail(week, find_brief(session, week))
