"""The Friday summary to management (veckosammanställning) of one ISO week: items from the
Thursday networks (SLK, SSR), the police or the coordinator herself, in the order she gives them,
each marked whether it may be passed on before the weekend (to the field assistants, the police
and the parent walkers); and the day it was sent.

Every change of an item moves the brief's version (one UPDATE of the brief): a desk that read
the brief before another desk's change is refused (services.versions) and keeps its text. A week
not yet written has no brief: its first item creates it (``expected_version`` 0).

``outlook`` adds what the program already knows for the coming weekend and the next week:
meetings in the calendar, safety walks, and how many alarm units are out on home loan (a count,
no names).

A week's brief is read in ``brief_reading`` (the Overview's card reads it at every start); its
names are here as well, for this service's callers."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from samverkan_desktop.errors import NotFoundError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import BriefSource, WeeklyBrief, WeeklyBriefItem
from samverkan_desktop.models.base import utcnow
from samverkan_desktop.services.brief_reading import BriefDetail as BriefDetail
from samverkan_desktop.services.brief_reading import BriefItemRow as BriefItemRow
from samverkan_desktop.services.brief_reading import BriefWeek, find_brief
from samverkan_desktop.services.brief_reading import get_brief as get_brief
from samverkan_desktop.services.validation import clean, flush_or_conflict, require_text
from samverkan_desktop.services.versions import check_version

HEADING_LENGTH = 200
TEXT_LENGTH = 4000
OUTLOOK_MEETINGS = 15  # "keep it short": the rest counted
WEEK_TEXT = re.compile(r"^(\d{4})\s*-?\s*[wWvV]?\s*(\d{1,2})$")


def parse_week(text: str) -> BriefWeek:
    """ "2026-W49" (also "2026-w49", "2026W49", "2026-49"); anything else, or a week the year
    does not have, is refused in one line."""
    match = WEEK_TEXT.match(text.strip())
    if match is None:
        raise ValidationError(
            _("“{value}” is not a week (write it as 2026-W49).").format(value=text), field="week"
        )
    year, week = int(match.group(1)), int(match.group(2))
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
        monday + dt.timedelta(days=20)  # room for the outlook's days after it
    except (ValueError, OverflowError):
        raise ValidationError(
            _("{year} has no week {week}.").format(year=year, week=week), field="week"
        ) from None
    return BriefWeek(year, week)


@dataclass(frozen=True)
class ItemInput:
    source: BriefSource
    heading: str
    text: str | None = None
    shareable: bool = False


def _check_input(data: ItemInput) -> tuple[str, str | None]:
    if clean(data.heading) is None:
        raise ValidationError(_("Give the item a heading."), field="heading")
    heading = require_text(data.heading, "heading", _("The heading"), max_length=HEADING_LENGTH)
    text = clean(data.text)
    if text is not None and len(text) > TEXT_LENGTH:
        raise ValidationError(
            _("The text is too long (at most {count} characters).").format(count=TEXT_LENGTH),
            field="text",
        )
    if not isinstance(data.source, BriefSource):
        raise ValidationError(_("Choose where the item comes from."), field="source")
    return heading, text


def _changed(brief: WeeklyBrief, expected_version: int | None) -> None:
    """Check the version the form read, then move it: one UPDATE of the brief (the database
    checks the version again, models.base.RowVersioned)."""
    check_version(brief, expected_version)
    brief.updated_at = utcnow()


def _item(session: Session, item_id: int) -> tuple[WeeklyBrief, WeeklyBriefItem]:
    item = session.get(WeeklyBriefItem, item_id)
    if item is None:
        raise NotFoundError(_("The item no longer exists; someone else may have removed it."))
    brief = session.get(WeeklyBrief, item.brief_id)
    assert brief is not None  # the foreign key
    return brief, item


def add_item(
    session: Session, week: BriefWeek, data: ItemInput, expected_version: int | None = None
) -> int:
    """Add an item last; the week's first item creates its brief. Returns the item's id."""
    heading, text = _check_input(data)
    brief = find_brief(session, week)
    if brief is None:
        if expected_version:  # the form showed a brief that is gone
            raise NotFoundError(_("The weekly summary no longer exists."))
        brief = WeeklyBrief(year=week.year, week=week.week)
        session.add(brief)
        flush_or_conflict(
            session,
            _("Someone else started the summary of this week meanwhile; open it again."),
            command_line=_(
                "Someone else started the summary of this week at the same moment, so the "
                "command was not carried out. Run it again."
            ),
        )
    else:
        _changed(brief, expected_version)
    item = WeeklyBriefItem(
        position=max((i.position for i in brief.items), default=-1) + 1,
        source=data.source,
        heading=heading,
        text=text,
        shareable=data.shareable,
    )
    brief.items.append(item)
    session.flush()
    return item.id


def update_item(
    session: Session, item_id: int, data: ItemInput, expected_version: int | None = None
) -> int:
    """Save an item's form; returns the brief's new version."""
    heading, text = _check_input(data)
    brief, item = _item(session, item_id)
    _changed(brief, expected_version)
    item.source, item.heading, item.text, item.shareable = (
        data.source,
        heading,
        text,
        data.shareable,
    )
    session.flush()
    return brief.version


def remove_item(session: Session, item_id: int, expected_version: int | None = None) -> int:
    brief, item = _item(session, item_id)
    _changed(brief, expected_version)
    brief.items.remove(item)
    for position, rest in enumerate(sorted(brief.items, key=lambda i: (i.position, i.id))):
        rest.position = position
    session.flush()
    return brief.version


def move_item(
    session: Session, item_id: int, step: int, expected_version: int | None = None
) -> int:
    """Move an item ``step`` places up (negative) or down; at either end it stays."""
    brief, item = _item(session, item_id)
    _changed(brief, expected_version)
    ordered = sorted(brief.items, key=lambda i: (i.position, i.id))
    index = ordered.index(item)
    target = max(0, min(len(ordered) - 1, index + step))
    ordered.insert(target, ordered.pop(index))
    for position, each in enumerate(ordered):
        each.position = position
    session.flush()
    return brief.version


def mark_sent(
    session: Session, week: BriefWeek, on: dt.date, expected_version: int | None = None
) -> int:
    """Note the day the summary went to management; it stays editable. Returns the version."""
    brief = find_brief(session, week)
    if brief is None or not brief.items:
        raise ValidationError(_("Add at least one item before marking the summary as sent."))
    _changed(brief, expected_version)
    brief.sent_on = on
    session.flush()
    return brief.version


# --- what the program knows for the weekend and the next week ---------------------------------


@dataclass(frozen=True)
class OutlookMeeting:
    starts_at: dt.datetime  # Stockholm time
    label: str
    place: str | None
    ends_at: dt.datetime | None = None


@dataclass(frozen=True)
class OutlookWalk:
    date: dt.date
    start_time: dt.time | None
    place: str
    end_time: dt.time | None = None  # None: not kept (about two hours)


@dataclass(frozen=True)
class OutlookExercise:
    date: dt.date
    start_time: dt.time | None  # None: the whole day
    title: str
    place: str | None
    end_time: dt.time | None = None


@dataclass(frozen=True)
class Outlook:
    start: dt.date  # the Saturday after the brief's Friday
    end: dt.date  # the Sunday of the next week
    meetings: tuple[OutlookMeeting, ...]
    more_meetings: int  # not listed (OUTLOOK_MEETINGS)
    walks: tuple[OutlookWalk, ...]
    home_loans: int  # alarm units out on home loan now (a count: no names)
    # The crisis team's exercises: management sets the day aside (not cancelled ones).
    exercises: tuple[OutlookExercise, ...] = ()


def outlook(session: Session, week: BriefWeek, now: dt.datetime | None = None) -> Outlook:
    # Here, not at the top: the calendar, walks and alarm services are not needed to edit items.
    from samverkan_desktop.models import MeetingStatus, UnitKind, WalkStatus
    from samverkan_desktop.services import alarm_history, calendar, calendar_entries, walk_reading

    start = week.monday + dt.timedelta(days=5)
    end = start + dt.timedelta(days=8)
    rows = [
        r
        for r in calendar.list_calendar(
            session, start, end, calendar.CalendarFilter(include_cancelled=False)
        )
        if r.status is not MeetingStatus.CANCELLED
    ]
    found = [
        w
        for year in sorted({start.year, end.year})
        for w in walk_reading.list_walks(session, year=year)
        if start <= w.date <= end and w.status is not WalkStatus.CANCELLED
    ]
    found.sort(key=lambda w: (w.date, w.start_time or dt.time(0), w.place))
    exercises = calendar_entries.list_entries(
        session,
        start,
        end,
        kinds=(calendar_entries.EntryKind.EXERCISE,),
        include_cancelled=False,
    )
    home_loans = alarm_history.count_loans(
        session,
        alarm_history.LoanFilter(open_only=True, purpose=UnitKind.HOME_LOAN),
        now,
    )
    return Outlook(
        start=start,
        end=end,
        meetings=tuple(
            OutlookMeeting(r.starts_at, r.label, r.place, r.ends_at)
            for r in rows[:OUTLOOK_MEETINGS]
        ),
        more_meetings=max(0, len(rows) - OUTLOOK_MEETINGS),
        walks=tuple(OutlookWalk(w.date, w.start_time, w.place, w.end_time) for w in found),
        home_loans=home_loans,
        exercises=tuple(OutlookExercise(e.day, e.start, e.name, e.place, e.end) for e in exercises),
    )
