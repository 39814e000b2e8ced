"""The weekly summary from the minutes: every Thursday morning the coordinator attends the city's
security coordinator network (arranged by SLK) and minutes it in the program; on Friday the
summary to management takes the agenda items she minuted instead of her typing them again.

``minuted_meetings`` lists a week's meetings that have taken place (held, or not cancelled and
on or before today) and hold minutes, of network groups (or of every group), each with its
agenda items that have notes or decisions. ``import_items`` adds the chosen ones to a week's
summary: the heading is the item's title, the text its notes ("how do we continue" too) and the
decisions taken under it; the source is the SLK network when the group is (a network whose name
says SLK), else "own or other"; none is marked to be passed on. Decisions recorded under no
agenda item are not offered (they belong to no heading).

An item already imported is recognised by its source and heading in that week's summary (the
heading as the agenda had it, compared without case): importing the same meeting twice adds
nothing the second time. An item whose heading the coordinator rewrote is hers: it no longer
counts as the agenda item's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop import clock
from samverkan_desktop.errors import NotFoundError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    AgendaItem,
    BriefSource,
    Decision,
    Group,
    GroupType,
    Meeting,
    MeetingStatus,
)
from samverkan_desktop.services import weekly_briefs
from samverkan_desktop.services.meeting_common import day_start, to_local
from samverkan_desktop.services.validation import clean
from samverkan_desktop.services.weekly_briefs import (
    HEADING_LENGTH,
    TEXT_LENGTH,
    BriefWeek,
    ItemInput,
)

SLK_MARK = "slk"  # in the network group's name: "Säkerhetssamordnarnätverket (SLK)"


@dataclass(frozen=True)
class MinutedItem:
    agenda_item_id: int
    number: int  # as the agenda numbers it, from 1
    heading: str
    text: str | None
    imported: bool  # already in the week's summary


@dataclass(frozen=True)
class MinutedMeeting:
    meeting_id: int
    starts_at: dt.datetime  # Stockholm time
    group_name: str
    title: str | None  # a single meeting's own title ("Workshop")
    source: BriefSource
    items: tuple[MinutedItem, ...]

    @property
    def label(self) -> str:
        return f"{self.group_name} – {self.title}" if self.title else self.group_name


@dataclass(frozen=True)
class ImportResult:
    added: tuple[int, ...]  # the new items' ids, in the agenda's order
    already: int  # chosen but in the summary already


def source_of(group: Group) -> BriefSource:
    """The SLK network: a network group whose name says SLK. Any other group: own or other."""
    if group.type is GroupType.NATVERK and SLK_MARK in group.name.casefold():
        return BriefSource.SLK
    return BriefSource.OTHER


def _key(source: BriefSource, heading: str) -> tuple[BriefSource, str]:
    return source, heading.casefold()


def _cut(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _item_text(item: AgendaItem, decisions: Iterable[Decision]) -> str | None:
    parts = [clean(item.notes)]
    next_steps = clean(item.next_steps)
    if next_steps:
        parts.append(_("How do we continue") + ":\n" + next_steps)
    texts = [clean(d.text) for d in decisions]
    if any(texts):
        parts.append(_("Decisions") + ":\n" + "\n".join(f"- {t}" for t in texts if t))
    text = "\n\n".join(p for p in parts if p)
    return _cut(text, TEXT_LENGTH) if text else None


def _minuted_items(
    meeting: Meeting,
    decisions: list[Decision],
    source: BriefSource,
    present: set[tuple[BriefSource, str]],
) -> list[MinutedItem]:
    found = []
    for number, item in enumerate(meeting.agenda_items, start=1):
        under = [d for d in decisions if d.agenda_item_id == item.id]
        text = _item_text(item, under)
        if text is None:
            continue  # nothing minuted under it
        heading = _cut(item.title.strip(), HEADING_LENGTH)
        found.append(MinutedItem(item.id, number, heading, text, _key(source, heading) in present))
    return found


def minuted_meetings(
    session: Session,
    week: BriefWeek,
    *,
    all_groups: bool = False,
    into: BriefWeek | None = None,
    today: dt.date | None = None,
) -> list[MinutedMeeting]:
    """The week's meetings that took place and hold minutes to import, in time order: network
    groups' only unless ``all_groups``. Their items are marked when already in the summary of
    ``into`` (the same week unless given: on a Wednesday the summary of the week may take the
    week before's meeting)."""
    today = today or clock.today()
    start = day_start(week.monday)
    end = min(
        day_start(week.monday + dt.timedelta(days=7)), day_start(today + dt.timedelta(days=1))
    )
    query = (
        select(Meeting)
        .join(Group, Group.id == Meeting.group_id)
        .where(
            Meeting.starts_at >= start,
            Meeting.starts_at < end,
            Meeting.status != MeetingStatus.CANCELLED,
        )
        .options(selectinload(Meeting.agenda_items), selectinload(Meeting.group))
        .order_by(Meeting.starts_at, Meeting.id)
    )
    if not all_groups:
        query = query.where(Group.type == GroupType.NATVERK)
    meetings = session.scalars(query).all()
    if not meetings:
        return []
    decisions = _decisions(session, [m.id for m in meetings])
    present = _present(session, into or week)
    found = []
    for meeting in meetings:
        source = source_of(meeting.group)
        items = _minuted_items(meeting, decisions.get(meeting.id, []), source, present)
        if items:
            found.append(
                MinutedMeeting(
                    meeting.id,
                    to_local(meeting.starts_at),
                    meeting.group.name,
                    meeting.title,
                    source,
                    tuple(items),
                )
            )
    return found


def _decisions(session: Session, meeting_ids: list[int]) -> dict[int, list[Decision]]:
    rows = session.scalars(
        select(Decision)
        .where(Decision.meeting_id.in_(meeting_ids), Decision.agenda_item_id.is_not(None))
        .order_by(Decision.position, Decision.id)
    ).all()
    found: dict[int, list[Decision]] = {}
    for row in rows:
        found.setdefault(row.meeting_id, []).append(row)
    return found


def _present(session: Session, week: BriefWeek) -> set[tuple[BriefSource, str]]:
    return {_key(i.source, i.heading) for i in weekly_briefs.get_brief(session, week).items}


def import_items(
    session: Session,
    week: BriefWeek,
    meeting_id: int,
    agenda_item_ids: Iterable[int],
    expected_version: int | None = None,
    *,
    today: dt.date | None = None,
) -> ImportResult:
    """Add the chosen agenda items of the meeting to the week's summary, last, in the agenda's
    order; those already in it are counted, not added again."""
    chosen = set(agenda_item_ids)
    if not chosen:
        raise ValidationError(_("Tick at least one agenda item to import."), field="items")
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(_("The meeting no longer exists."), field="meeting_id")
    if meeting.status is MeetingStatus.CANCELLED:
        raise ValidationError(_("The meeting is cancelled: it has no minutes to import."))
    if meeting.status is not MeetingStatus.HELD and to_local(meeting.starts_at).date() > (
        today or clock.today()
    ):
        raise ValidationError(_("The meeting has not taken place yet."))
    if not chosen <= {i.id for i in meeting.agenda_items}:
        raise ValidationError(
            _("An agenda item no longer belongs to the meeting; open the list again."),
            field="items",
        )
    source = source_of(meeting.group)
    decisions = _decisions(session, [meeting.id]).get(meeting.id, [])
    items = _minuted_items(meeting, decisions, source, _present(session, week))
    wanted = [i for i in items if i.agenda_item_id in chosen]
    if len(wanted) < len(chosen):
        raise ValidationError(
            _("An agenda item chosen has no minutes any more; open the list again."),
            field="items",
        )
    fresh = [i for i in wanted if not i.imported]
    added = []
    for index, item in enumerate(fresh):
        added.append(
            weekly_briefs.add_item(
                session,
                week,
                ItemInput(source, item.heading, item.text, shareable=False),
                expected_version if index == 0 else None,
            )
        )
    return ImportResult(tuple(added), len(wanted) - len(fresh))
