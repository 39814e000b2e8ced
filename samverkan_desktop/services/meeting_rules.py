"""A group's meeting rule and the meetings it gives over a rolling horizon.

Meetings are rows (so each can hold its agenda and minutes); the rule plans them from its start to
``horizon_end`` (at least 18 months ahead) and ``extend_horizons`` rolls that forward; a rule that
began before today is planned from today (the past holds only meetings that took place here, or
``add_past_meetings_as_held`` for entering a group's history). Changing
the rule re-plans the future the way Outlook keeps exceptions: a meeting moved, cancelled or
edited by hand stays as it is, and so does one that holds minutes or a prepared agenda (any of
the user's work: ``meeting_work``); meetings before today are never touched.
``meetings_removed_by`` says beforehand which meetings a change would delete.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import StaleRecordError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Group, MeetingRule
from samverkan_desktop.recurrence import (
    HolidayPolicy,
    Occurrence,
    Rule,
    describe,
    describe_holidays,
)
from samverkan_desktop.services.linked_meetings import (
    check_link,
    dependent_groups,
    find_groups,
    follower_names,
    rule_occurrences,
)
from samverkan_desktop.services.meeting_common import (
    get_group,
    horizon_end,
    rule_defaults,
    rule_first_day,
    rule_of,
    store_rule,
)
from samverkan_desktop.services.meeting_planning import (
    PlanResult,
    add_held_meetings,
    future_rule_meetings,
    meetings_to_remove,
    new_meeting,
    original_days,
    plan_meetings,
    rule_term,
)
from samverkan_desktop.services.meeting_work import meetings_with_user_work
from samverkan_desktop.services.validation import clean

PREVIEW_COUNT = 12


class _Unchecked(enum.Enum):
    UNCHECKED = "unchecked"


# set_rule/clear_rule's ``expected`` when the caller read no rule first (scripts, the CLI).
UNCHECKED = _Unchecked.UNCHECKED
# What an editor read: the rule and its holiday policy, or None for "the group had no rule".
ExpectedRule = tuple[Rule, HolidayPolicy] | None | _Unchecked


def _check_unchanged(row: MeetingRule | None, expected: ExpectedRule) -> None:
    """Refuse a save over a rule another desk saved (or removed) after the editor read it:
    the rule has no version column, so what was read is compared with what is stored now."""
    if expected is UNCHECKED:
        return
    stored = (rule_of(row), row.holiday_policy) if row is not None else None
    if stored == expected:
        return
    if stored is None:
        raise StaleRecordError(
            _(
                "The group's meeting rule was removed at another desk while you were writing, "
                "so yours was not saved; what you typed is kept. Save again to make it the rule."
            )
        )
    raise StaleRecordError(
        _(
            "Another desk saved a meeting rule for the group while you were writing: “{rule}”. "
            "Yours was not saved; what you typed is kept. Save again to replace it with yours."
        ).format(rule=describe(stored[0]))
    )


@dataclass(frozen=True)
class PreviewDate:
    start: dt.datetime  # Stockholm time
    end: dt.datetime
    original_start: dt.datetime
    week: int
    holiday: str | None
    skipped: bool
    moved: bool
    # A rule before another group's meetings: the day of the meeting this one prepares.
    precedes: dt.date | None = None


@dataclass(frozen=True)
class RulePreview:
    """What the rule editor shows before saving."""

    rule: Rule
    holiday_policy: HolidayPolicy
    rrule: str
    description: str
    holiday_text: str
    dates: tuple[PreviewDate, ...]
    # The days looked at: from today (or the rule's start) to the end of the group's term, the
    # rule's own end or the planning horizon, whichever comes first.
    first_day: dt.date
    last_day: dt.date
    # The rule begins before today: saving it plans meetings from this day (today), none before.
    planned_from: dt.date | None = None


@dataclass(frozen=True)
class RuleDetail:
    group_id: int
    rule: Rule
    holiday_policy: HolidayPolicy
    phrase: str | None
    rrule: str
    description: str
    holiday_text: str
    planned_until: dt.date | None
    # The groups meeting before this group's meetings ("inför chefsamråd"): they follow them.
    followed_by: tuple[str, ...] = ()


def _preview_dates(rule: Rule, items: list[Occurrence]) -> tuple[PreviewDate, ...]:
    lead = dt.timedelta(days=rule.lead_days)
    return tuple(
        PreviewDate(
            o.start,
            o.end,
            o.original_start,
            o.week,
            o.holiday,
            o.skipped,
            o.moved,
            o.original_start.date() + lead if rule.is_linked else None,
        )  # fmt: skip
        for o in items
    )


def preview_rule(
    session: Session,
    group_id: int,
    rule: Rule,
    holiday_policy: HolidayPolicy = HolidayPolicy.KEEP,
    today: dt.date | None = None,
) -> RulePreview:
    """The rule's description and next dates within the group's term (nothing is saved)."""
    group = get_group(session, group_id)
    check_link(session, group_id, rule)
    today = today or clock.today()
    start, end = rule_term(group, rule, horizon_end(session, today))
    planned_from = today if start < today else None
    start = max(start, today) if rule.until is None or rule.until >= today else start
    dates = rule_occurrences(session, rule, start, end, holiday_policy)
    return RulePreview(
        rule,
        holiday_policy,
        rule.to_rrule(),
        describe(rule, planned_from=today),
        describe_holidays(rule, holiday_policy),
        _preview_dates(rule, dates[:PREVIEW_COUNT]),
        start,
        end,
        planned_from,
    )


def rule_dates(
    session: Session,
    group_id: int,
    rule: Rule,
    start: dt.date,
    end: dt.date,
    holiday_policy: HolidayPolicy = HolidayPolicy.KEEP,
) -> tuple[PreviewDate, ...]:
    """Every date the group's rule would give from ``start`` to ``end`` (the command line's
    preview), a rule "inför chefsamråd" from the other group's meetings."""
    get_group(session, group_id)
    check_link(session, group_id, rule)
    return _preview_dates(rule, rule_occurrences(session, rule, start, end, holiday_policy))


def read_phrase(
    session: Session,
    group_id: int | None,
    phrase: str,
    starts_on: dt.date | None = None,
    place: str | None = None,
) -> Rule:
    """Read a phrase with the group's defaults (its current weekday and time, else settings);
    "inför <group>" is looked up among the groups (and refused when it would link the group
    to itself or in a circle)."""
    # Here, not at the top: the start plans meetings ahead with this module, and the phrase
    # reader compiles its patterns on import.
    from samverkan_desktop.recurrence import parse_phrase

    rule = parse_phrase(
        phrase,
        starts_on=starts_on or rule_first_day(session, group_id),
        defaults=rule_defaults(session, group_id),
        place=place,
        find_group=lambda name: find_groups(session, name),
        today=clock.today(),
    )
    check_link(session, group_id, rule)
    return rule


def reads_as_rule(session: Session, group_id: int, phrase: str | None) -> bool:
    """Whether a group's "meets" text reads as a meeting rule (a new group's first meetings
    can then be planned from it)."""
    if not phrase or not phrase.strip():
        return False
    try:
        read_phrase(session, group_id, phrase.strip())
    except ValidationError:
        return False
    return True


def get_rule(session: Session, group_id: int) -> RuleDetail | None:
    get_group(session, group_id)
    row = session.scalar(select(MeetingRule).where(MeetingRule.group_id == group_id))
    if row is None:
        return None
    rule = rule_of(row)
    return RuleDetail(
        group_id,
        rule,
        row.holiday_policy,
        row.phrase,
        row.rrule,
        describe(rule),
        describe_holidays(rule, row.holiday_policy),
        row.planned_until,
        tuple(follower_names(session, group_id)),
    )


MEETS_LENGTH = 200  # groups.meeting_frequency's column


def meets_text(rule: Rule, phrase: str | None = None) -> str:
    """The group's "meets" while the rule plans its meetings: the phrase it was typed as, else
    the rule described. The form shows it read-only and the printouts print it, so they say
    what the calendar holds (``groups`` refuses another text while the rule stands)."""
    # As every group's "meets" reads: "1 gång/månad, ej juli" typed is "1 gång/månad (ej juli)"
    # (imported here: the phrase reader's patterns are not on the window's start path).
    from samverkan_desktop.recurrence.phrase_form import house_form

    typed = clean(phrase)
    meets = house_form(typed) if typed else describe(rule, with_defaults=False)
    return meets if len(meets) <= MEETS_LENGTH else meets[: MEETS_LENGTH - 1] + "…"


def set_rule(
    session: Session,
    group_id: int,
    rule: Rule,
    holiday_policy: HolidayPolicy = HolidayPolicy.KEEP,
    *,
    phrase: str | None = None,
    today: dt.date | None = None,
    expected: ExpectedRule = UNCHECKED,
) -> PlanResult:
    """Save the group's rule and plan its meetings up to the horizon; the groups meeting before
    this one's meetings follow. ``expected``: the rule the editor read (``_check_unchanged``)."""
    group = get_group(session, group_id)
    check_link(session, group_id, rule)
    today = today or clock.today()
    end = horizon_end(session, today)
    _check_gives_meetings(session, group, rule, holiday_policy, end)
    row = session.scalar(select(MeetingRule).where(MeetingRule.group_id == group_id))
    _check_unchanged(row, expected)
    first = row is None
    if row is None:
        row = MeetingRule(group_id=group_id)
        session.add(row)
    store_rule(row, rule)
    row.holiday_policy = holiday_policy
    row.phrase = clean(phrase)  # stored composed, as every cleaned text
    row.planned_until = end
    if first:
        # Before the group changes: a first rule another desk saved meanwhile refuses this one
        # here, and the user reads that (db_errors), not that "the record" was changed.
        session.flush()
    # The group's "meets" text says what the rule does, not what an earlier one did.
    group.meeting_frequency = meets_text(rule, phrase)
    session.flush()
    result = plan_meetings(session, group, rule, holiday_policy, today, end)
    follow_group(session, group_id, today)
    return result


def add_past_meetings_as_held(session: Session, group_id: int, today: dt.date | None = None) -> int:
    """Enter a group's history: its rule's meetings from the rule's start to yesterday, recorded
    as held (``set_rule`` plans only from today). Days already holding a meeting of the group get
    none. Returns how many were added (0: the group has no rule)."""
    group = get_group(session, group_id)
    row = session.scalar(select(MeetingRule).where(MeetingRule.group_id == group_id))
    if row is None:
        return 0
    today = today or clock.today()
    return add_held_meetings(session, group, rule_of(row), row.holiday_policy, today)


def meetings_removed_by(
    session: Session,
    group_id: int,
    rule: Rule,
    holiday_policy: HolidayPolicy = HolidayPolicy.KEEP,
    *,
    today: dt.date | None = None,
) -> list[dt.datetime]:
    """The starts (Stockholm time) of the planned meetings ``set_rule`` with this rule would
    delete, for asking first; meetings holding the user's work are never among them. Nothing
    is saved; a rule ``set_rule`` would refuse is refused the same way."""
    group = get_group(session, group_id)
    check_link(session, group_id, rule)
    today = today or clock.today()
    end = horizon_end(session, today)
    _check_gives_meetings(session, group, rule, holiday_policy, end)
    return meetings_to_remove(session, group, rule, holiday_policy, today, end)


def _check_gives_meetings(
    session: Session, group: Group, rule: Rule, policy: HolidayPolicy, end: dt.date
) -> None:
    start, last = rule_term(group, rule, end)
    found = rule_occurrences(session, rule, start, last, policy)
    if not any(not o.skipped for o in found):
        if rule.is_linked:
            raise ValidationError(
                _("{group} has no meeting planned between {start} and {end}.").format(
                    group=rule.before_group, start=start.isoformat(), end=last.isoformat()
                ),
                field="rule",
            )
        raise ValidationError(
            _("The rule gives no meeting between {start} and {end}.").format(
                start=start.isoformat(), end=last.isoformat()
            ),
            field="rule",
        )


def set_rule_from_phrase(
    session: Session,
    group_id: int,
    phrase: str,
    holiday_policy: HolidayPolicy = HolidayPolicy.KEEP,
    *,
    starts_on: dt.date | None = None,
    place: str | None = None,
    today: dt.date | None = None,
) -> PlanResult:
    """Read ``phrase`` and make it the group's rule. ``place`` None keeps where the group meets
    now, as the phrase keeps its time (a new frequency typed at the command line emptied the
    place of every coming meeting); "" leaves the place out."""
    today = today or clock.today()
    if place is None:
        place = session.scalar(select(MeetingRule.place).where(MeetingRule.group_id == group_id))
    rule = read_phrase(session, group_id, phrase, starts_on or today, (place or "").strip() or None)
    return set_rule(session, group_id, rule, holiday_policy, phrase=phrase, today=today)


def clear_rule(
    session: Session,
    group_id: int,
    today: dt.date | None = None,
    *,
    expected: ExpectedRule = UNCHECKED,
) -> PlanResult:
    """Remove the rule; its future meetings go, except those holding the user's work
    (exceptions, minutes, a prepared agenda: see ``meeting_work``), which stay as single
    meetings. ``expected``: the rule the editor read (``_check_unchanged``)."""
    get_group(session, group_id)
    today = today or clock.today()
    row = session.scalar(select(MeetingRule).where(MeetingRule.group_id == group_id))
    if row is not None:
        _check_unchanged(row, expected)
    if row is None:
        return PlanResult()
    future = future_rule_meetings(session, group_id, today)
    with_work = meetings_with_user_work(session, future)
    removed = kept = 0
    for meeting in future:
        if meeting.id in with_work:
            meeting.from_rule = False
            meeting.original_start = None
            kept += 1
        else:
            session.delete(meeting)
            removed += 1
    session.delete(row)
    session.flush()
    follow_group(session, group_id, today)
    return PlanResult(removed=removed, kept=kept)


def replan_group(
    session: Session, group_id: int, today: dt.date | None = None
) -> PlanResult | None:
    """Plan the group's meetings again after its own term changed (ended, or made active again):
    meetings past its end go unless they hold the user's work (kept, counted), those within it
    come back. None: the group has no rule."""
    row = session.scalar(select(MeetingRule).where(MeetingRule.group_id == group_id))
    if row is None:
        return None
    today = today or clock.today()
    end = horizon_end(session, today)
    result = plan_meetings(session, get_group(session, group_id), rule_of(row),
                           row.holiday_policy, today, end)  # fmt: skip
    row.planned_until = end
    follow_group(session, group_id, today)
    return result


def follow_group(session: Session, group_id: int, today: dt.date | None = None) -> None:
    """Re-plan the groups meeting before ``group_id``'s meetings ("inför chefsamråd") after those
    were planned, moved, cancelled or planned again: their future untouched meetings follow;
    held ones, and those moved or cancelled by hand, stay (``plan_meetings``). Chains follow
    on; the rules refuse a circle (``check_link``)."""
    for dependent in dependent_groups(session, group_id):
        replan_group(session, dependent, today)


def extend_horizons(session: Session, today: dt.date | None = None) -> int:
    """Roll every rule's planning forward to the horizon; returns how many meetings were added.

    Cheap when nothing is due (run at start and before calendar exports)."""
    today = today or clock.today()
    end = horizon_end(session, today)
    added = 0
    rows = session.scalars(
        select(MeetingRule).where(
            (MeetingRule.planned_until.is_(None)) | (MeetingRule.planned_until < end)
        )
    ).all()
    # A linked rule's days come from the other group's meetings: planned after them, by
    # re-planning (a moved meeting of the other group is followed too).
    linked = {row.group_id for row in rows if row.before_group_id is not None}
    for row in rows:
        if row.group_id in linked:
            continue
        group = session.get(Group, row.group_id)
        assert group is not None
        rule = rule_of(row)
        # Never plan into the past: a horizon not rolled for long leaves no invented history.
        first = max((row.planned_until or today) + dt.timedelta(days=1), today)
        start, last = rule_term(group, rule, end)
        wanted = [
            o
            for o in rule_occurrences(session, rule, max(start, first), last, row.holiday_policy)
            if not o.skipped
        ]
        existing = original_days(session, group.id, first)
        for occurrence in wanted:
            if occurrence.original_start.date() not in existing:
                session.add(new_meeting(group.id, occurrence, rule))
                added += 1
        row.planned_until = end
    session.flush()
    for row in rows:
        # Those following another linked group's meetings are re-planned with it.
        if row.group_id in linked and row.before_group_id not in linked:
            result = replan_group(session, row.group_id, today)
            added += result.created if result is not None else 0
    session.flush()
    return added
