"""The Overview: what needs the coordinator today and this week, gathered from every area.

Each area contributes sections through a provider function listed in ``PROVIDERS``; a later area
adds its provider there (next meetings, overdue actions, loans out, plans due).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.empty import has_rows, offers_example
from samverkan_desktop.formatting import MONTHS, date_with_week, local
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import (
    AlarmUnit,
    ExerciseStatus,
    Group,
    Person,
    UnitEvent,
    UnitEventKind,
    UnitStatus,
)
from samverkan_desktop.overview_items import (
    MAX_ITEMS,
    UNVERIFIED_CONTACTS,
    OverviewItem,
    OverviewSection,
    Urgency,
)
from samverkan_desktop.overview_snapshot import MARK_SQL, mark_from_row
from samverkan_desktop.services import (
    alarm_history,
    alarm_tests,
    brief_overview,
    contact_rows,
    crisis_overview,
    exercise_reading,
    fire_overview,
    getting_started,
    meeting_overview,
    walk_overview,
)
from samverkan_desktop.services.crisis_nav import exercise_record
from samverkan_desktop.services.group_ended_sql import ended_by

GROUP_HORIZON_DAYS = 30
EVALUATION_DAYS = 30  # an exercise held longer ago than this and not evaluated is late


Provider = Callable[[Session, dt.date], OverviewSection]


def _dated_group_item(group: Group, text: str, day: dt.date) -> OverviewItem:
    """A group starting or ending on ``day`` within the horizon: "Startar 2026-12-14 (v. 51)"."""
    return OverviewItem(
        group.name,
        text.format(date=date_with_week(day)),
        day,
        Urgency.SOON,
        "groups",
        group.id,
        dated=True,
    )


def groups_starting_or_ending(session: Session, today: dt.date) -> OverviewSection:
    from samverkan_desktop.swedish_order import sql_sort_key  # not on the window's start path

    horizon = today + dt.timedelta(days=GROUP_HORIZON_DAYS)
    query = (
        select(Group)
        .where(~ended_by(today))  # as the groups list reads it (group_ended_sql)
        .where(
            or_(
                and_(Group.starts_on.is_not(None), Group.starts_on.between(today, horizon)),
                # Its own end set for a later day: it still meets until then (group_ended_sql).
                and_(Group.ended_on.is_not(None), Group.ended_on <= horizon),
                # A "planned" group past its start is not here: it reads active from its start
                # day on its own (group_standing), so there is nothing to make active.
                # A term run out is no reminder once an end is set: "end the group or extend
                # the term" asked for what was done. One still running out is told.
                and_(
                    Group.term_until.is_not(None),
                    Group.term_until <= horizon,
                    or_(Group.ended_on.is_(None), Group.term_until >= today),
                ),
            )
        )
        .order_by(sql_sort_key(Group.name), Group.name)
    )
    items: list[OverviewItem] = []
    for group in session.scalars(query):
        if group.ended_on is not None and group.ended_on <= horizon:
            # The end set wins over its term: ending it is what the term's item asks for.
            items.append(_dated_group_item(group, _("Ends {date}"), group.ended_on))
        elif group.term_until is not None and group.term_until <= horizon:
            overdue = group.term_until < today
            detail = (
                _("Term ended {date}: end the group or extend the term.")
                if overdue
                else _("Term ends {date}")
            ).format(date=date_with_week(group.term_until))
            items.append(
                OverviewItem(
                    group.name,
                    detail,
                    group.term_until,
                    Urgency.OVERDUE if overdue else Urgency.SOON,
                    "groups",
                    group.id,
                    dated=not overdue,  # "Term ends 2026-12-13 (v. 50)"
                )
            )
        else:
            assert group.starts_on is not None
            items.append(_dated_group_item(group, _("Starts {date}"), group.starts_on))
    items.sort(key=lambda item: item.date or today)
    # The horizon's days from the constant the query uses: the texts said 30 whatever it was.
    days = GROUP_HORIZON_DAYS
    return OverviewSection(
        "groups_changing",
        ngettext(
            "Groups starting or ending within {n} day",
            "Groups starting or ending within {n} days",
            days,
        ).format(n=days),
        "groups",
        len(items),
        tuple(items[:MAX_ITEMS]),
        ngettext(
            "No group starts or ends in the coming {n} day.",
            "No group starts or ends in the coming {n} days.",
            days,
        ).format(n=days),
    )


def contacts_to_verify(session: Session, today: dt.date) -> OverviewSection:
    total, people = contact_rows.people_to_verify(session, today, MAX_ITEMS)
    items = tuple(
        OverviewItem(
            person.name,
            _("Last verified {date}").format(date=person.last_verified.isoformat())
            if person.last_verified
            else _("Never verified"),
            person.last_verified,
            Urgency.SOON,
            "contacts",
            person.id,
            rest=person.organisation or "",
            dated=person.last_verified is not None,
        )
        for person in people
    )
    months = contact_rows.VERIFY_AFTER_MONTHS  # the rule people_to_verify applies
    return OverviewSection(
        "contacts_to_verify",
        ngettext(
            "Contacts not verified in {n} month", "Contacts not verified in {n} months", months
        ).format(n=months),
        "contacts",
        total,
        items,
        ngettext(
            "Every contact has been verified in the last {n} month.",
            "Every contact has been verified in the last {n} months.",
            months,
        ).format(n=months)
        if total or has_rows(session, Person)
        else _("No contacts yet."),  # not "all verified" on a new, empty register
        UNVERIFIED_CONTACTS,
    )


def alarm_units(session: Session, today: dt.date) -> OverviewSection:
    """The units on loan (alarm_history), and the units out of service after the late loans:
    one of the district's few units lies broken until someone has it repaired or retires it.
    Before, a unit out of service was on no card."""
    section = alarm_history.overview_section(session, today)
    broken = session.scalars(
        select(AlarmUnit)
        .where(AlarmUnit.status == UnitStatus.OUT_OF_SERVICE)
        .order_by(AlarmUnit.code)
    ).all()
    if not broken:
        return section
    faults: dict[int, UnitEvent] = {}
    for event in session.scalars(
        select(UnitEvent)
        .where(
            UnitEvent.unit_id.in_([unit.id for unit in broken]),
            UnitEvent.kind == UnitEventKind.FAULT,
        )
        .order_by(UnitEvent.occurred_at)
    ):
        faults[event.unit_id] = event  # the latest fault last
    items = []
    for unit in broken:
        fault = faults.get(unit.id)
        since = local(fault.occurred_at).date() if fault is not None else None
        detail = (
            _("Out of service since {date}: have it repaired or retire it").format(
                date=since.isoformat()
            )
            if since is not None
            else _("Out of service: have it repaired or retire it")
        )
        note = fault.note if fault is not None and fault.note else ""
        items.append(
            OverviewItem(unit.code, detail, since, Urgency.SOON, "alarms", unit.id, rest=note)
        )
    late = [item for item in section.items if item.urgency is Urgency.OVERDUE]
    rest = [item for item in section.items if item.urgency is not Urgency.OVERDUE]
    # The number beside the title counts what it names: the loans beside "Utlånade larm",
    # the units out of service said in words after it; with no loan, those units alone.
    title = (
        section.title
        + " · "
        + ngettext("{count} out of service", "{count} out of service", len(broken)).format(
            count=len(broken)
        )
        if section.total
        else ngettext("Alarm unit out of service", "Alarm units out of service", len(broken))
    )
    return OverviewSection(
        section.key,
        title,
        section.area,
        section.total + len(broken),
        tuple((late + items + rest)[:MAX_ITEMS]),
        section.empty_text,
        badge=section.total or None,
    )


def exercises_to_follow_up(session: Session, today: dt.date) -> OverviewSection:
    """The next exercise (crisis_overview), after the exercises that wait for the coordinator:
    held and not yet evaluated, or planned for a day (a month) now past and neither marked as
    held nor cancelled. Before, both left the Overview the day after the exercise."""
    upcoming = crisis_overview.next_exercise(session, today)
    waiting: list[tuple[bool, dt.date, OverviewItem]] = []  # late first, then by day
    for row in exercise_reading.list_exercises(session):
        day = row.date or dt.date(row.year, row.month or 12, 1)  # for the order only
        assessed = ""
        if row.status is ExerciseStatus.CONDUCTED:
            detail = _("Held {date}: evaluate the objectives and note the lessons").format(
                date=date_with_week(row.date)
            )
            if row.objectives:
                assessed = ngettext(
                    "{done} of {count} objective assessed",
                    "{done} of {count} objectives assessed",
                    row.objectives,
                ).format(done=row.evaluated, count=row.objectives)
            late = (today - day).days > EVALUATION_DAYS
        elif row.status is ExerciseStatus.PLANNED and _past(row.date, row.year, row.month, today):
            if row.date is not None:
                when = date_with_week(row.date)
            elif row.month is not None:
                when = _("{month} {year}").format(month=_(MONTHS[row.month - 1]), year=row.year)
            else:
                when = str(row.year)
            detail = _("Planned for {date}: mark it as held, or move it").format(date=when)
            late = True
        else:
            continue
        urgency = Urgency.OVERDUE if late else Urgency.SOON
        record = exercise_record(row.id)
        item = OverviewItem(row.title, detail, row.date, urgency, "crisis", record, rest=assessed)
        waiting.append((not late, day, item))
    if not waiting:
        return upcoming
    waiting.sort(key=lambda entry: entry[:2])
    items = ([item for _late, _day, item in waiting] + list(upcoming.items))[:MAX_ITEMS]
    return OverviewSection(
        upcoming.key,
        _("Exercises to evaluate, and the next one"),
        upcoming.area,
        len(waiting) + upcoming.total,
        tuple(items),
        upcoming.empty_text,
    )


def _past(date: dt.date | None, year: int, month: int | None, today: dt.date) -> bool:
    """A planned exercise's day is over; without a day, its month; without a month, its year."""
    if date is not None:
        return date < today
    return (year, month or 12) < (today.year, today.month)


# Cards shown only while they have an entry: a reminder of its days (an empty "Friday summary"
# card the rest of the week would say nothing).
ONLY_WHEN_DUE = frozenset({brief_overview.KEY, getting_started.KEY})

# In two columns, what cannot wait first, so a laptop's screen shows it without scrolling:
# today's meetings and late actions, alarm units out (a late one is a colleague perhaps in
# trouble), plans past revision, exercises; the chores that keep (meetings to mark held, groups'
# terms, contacts to verify) last.
PROVIDERS: list[Provider] = [
    # A new, empty database only: where to begin, above even the week's summary (due from
    # Thursday noon, and with nothing to summarise yet).
    getting_started.getting_started,
    brief_overview.weekly_brief_due,  # Thursday noon to Friday only; urgent on Friday
    meeting_overview.meetings_coming,
    meeting_overview.overdue_actions,
    alarm_units,
    alarm_tests.overview_section,
    crisis_overview.plans_due,
    fire_overview.inspections_due,
    exercises_to_follow_up,
    walk_overview.walks_coming_up,
    meeting_overview.meetings_not_marked_held,
    groups_starting_or_ending,
    contacts_to_verify,
]


def gather(session: Session, today: dt.date | None = None) -> list[OverviewSection]:
    """The cards in PROVIDERS' order (what cannot wait first), those with nothing to show
    after the rest: an empty card ("Alla passerade möten är markerade …") needs no one today
    and must not push a card that does below the fold. A card of ``ONLY_WHEN_DUE`` with nothing to
    show is left out."""
    today = today or clock.today()
    sections = [provider(session, today) for provider in PROVIDERS]
    sections = [s for s in sections if s.items or s.key not in ONLY_WHEN_DUE]
    return [s for s in sections if s.items] + [s for s in sections if not s.items]


def gather_marked(
    session: Session, today: dt.date | None = None
) -> tuple[str, bool, list[OverviewSection]]:
    """(change mark, the example to be offered at start, sections), read in one transaction,
    so a snapshot kept under the mark holds exactly what the database held at that mark.
    Snapshots are for SQLite files only (a shared PostgreSQL database changes under the
    window): elsewhere the mark is empty."""
    mark = ""
    if session.get_bind().dialect.name == "sqlite":
        mark = mark_from_row(session.execute(text(MARK_SQL)).first())
    return mark, offers_example(session), gather(session, today)


def gather_with_days_ahead(
    session: Session, today: dt.date, days: Sequence[dt.date]
) -> tuple[str, bool, list[OverviewSection], dict[dt.date, list[OverviewSection]]]:
    """``gather_marked`` and the Overview of later ``days``, all under the same mark (one
    transaction): what the window keeps at closing for its next start."""
    mark, empty, sections = gather_marked(session, today)
    return mark, empty, sections, {day: gather(session, day) for day in days}
