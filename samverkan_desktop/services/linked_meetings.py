"""Rules linked to another group ("4 gånger/år inför chefsamråd"): finding the group a phrase
names, the days its meetings give the linked rule, and refusing a link to the group itself or
round in a circle (A before B, B before A: neither could be planned first)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import InUseError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Group, Meeting, MeetingRule, MeetingStatus
from samverkan_desktop.recurrence import (
    HolidayPolicy,
    Occurrence,
    Rule,
    linked_occurrences,
    occurrences,
)
from samverkan_desktop.services.group_ended_sql import ended_by
from samverkan_desktop.services.meeting_common import day_start, to_local

# "chefsamrådet", "beredningsgruppen": the definite form of a word in the group's name.
_DEFINITE = re.compile(r"(?:et|en|n|t|na|arna|erna)$")


def find_groups(session: Session, name: str, today: dt.date | None = None) -> list[tuple[int, str]]:
    """The groups a typed name may mean, best fit first: the whole name, else names beginning
    with it, else a name holding it as a word ("chefsamråd" → "Chefsamråd trygghet"), else the
    groups of a type called so. Groups that read "Avslutad" on ``today`` are left out. Case does
    not matter."""
    today = today or clock.today()
    wanted = " ".join(name.split()).casefold()
    # Ended as the groups list reads it: an end day come, not one set for later (group_ended_sql).
    groups = list(session.scalars(select(Group).where(~ended_by(today)).order_by(Group.name)))

    def words(text: str) -> list[str]:
        return re.findall(r"\w+", text.casefold())

    def fits_word(word: str) -> bool:
        return word == wanted or (
            wanted.startswith(word) and not _DEFINITE.sub("", wanted[len(word) :])
        )

    tiers = (
        [g for g in groups if g.name.casefold() == wanted],
        [g for g in groups if g.name.casefold().startswith(wanted)],
        [g for g in groups if any(fits_word(w) for w in words(g.name))],
        [g for g in groups if any(fits_word(w) for w in words(_(g.type.label)))],
    )
    found = next((tier for tier in tiers if tier), [])
    return [(g.id, g.name) for g in found]


def anchor_days(session: Session, rule: Rule, start: dt.date, end: dt.date) -> list[dt.date]:
    """The days of the other group's meetings, not cancelled, that give the linked rule a
    meeting from ``start`` to ``end``."""
    first = start + dt.timedelta(days=rule.lead_days)
    last = end + dt.timedelta(days=rule.lead_days + 1)
    rows = session.scalars(
        select(Meeting.starts_at).where(
            Meeting.group_id == rule.before_group_id,
            Meeting.status != MeetingStatus.CANCELLED,
            Meeting.starts_at >= day_start(first),
            Meeting.starts_at < day_start(last),
        )
    )
    return [to_local(value).date() for value in rows]


def rule_occurrences(
    session: Session,
    rule: Rule,
    start: dt.date,
    end: dt.date,
    policy: HolidayPolicy,
    anchors: Sequence[dt.date] | None = None,
) -> list[Occurrence]:
    """The rule's occurrences from ``start`` to ``end``: a linked rule's from the other group's
    meetings (the holiday policy does not apply: see ``recurrence.linked``), or from the days
    ``anchors`` when given (what a change of those meetings would give)."""
    if rule.is_linked:
        days = anchor_days(session, rule, start, end) if anchors is None else anchors
        return linked_occurrences(rule, days, start, end)
    return occurrences(rule, start, end, policy)


def check_link(session: Session, group_id: int | None, rule: Rule) -> None:
    """Refuse a link to the group itself, or one that comes round to it again."""
    if not rule.is_linked:
        return
    if rule.before_group_id == group_id:
        raise ValidationError(_("A group cannot meet before its own meetings."), field="phrase")
    seen: set[int] = set()
    current = rule.before_group_id
    while current is not None and current not in seen:
        seen.add(current)
        row = session.scalar(select(MeetingRule).where(MeetingRule.group_id == current))
        current = row.before_group_id if row is not None else None
        if current is not None and current == group_id:
            other = session.get(Group, rule.before_group_id)
            raise ValidationError(
                _(
                    "{other} already meets before this group’s meetings: the two cannot each "
                    "meet before the other."
                ).format(other=other.name if other else "?"),
                field="phrase",
            )


def dependent_groups(session: Session, group_id: int) -> list[int]:
    """The groups whose rule meets before ``group_id``'s meetings."""
    return list(
        session.scalars(
            select(MeetingRule.group_id)
            .where(MeetingRule.before_group_id == group_id)
            .order_by(MeetingRule.group_id)
        )
    )


def follower_names(session: Session, group_id: int) -> list[str]:
    """The names of the groups whose rule meets before ``group_id``'s meetings."""
    return list(
        session.scalars(
            select(Group.name)
            .join(MeetingRule, MeetingRule.group_id == Group.id)
            .where(MeetingRule.before_group_id == group_id)
            .order_by(Group.name)
        )
    )


def check_no_followers(session: Session, group_id: int) -> None:
    """Refuse deleting a group whose meetings another group's rule follows (the database's
    RESTRICT, explained)."""
    names = follower_names(session, group_id)
    if names:
        raise InUseError(
            _(
                "{groups} meets before this group’s meetings: change that meeting rule first."
            ).format(groups=", ".join(names))
        )


def group_choices(
    session: Session, group_id: int, today: dt.date | None = None
) -> list[tuple[int, str]]:
    """The groups a rule may meet before (the rule editor's list): every other group that does
    not read "Avslutad" on ``today``, in Swedish order."""
    from samverkan_desktop.swedish_order import sort_key  # not on the window's start path

    today = today or clock.today()
    rows = session.execute(
        select(Group.id, Group.name).where(Group.id != group_id, ~ended_by(today))
    )
    return sorted(((gid, name) for gid, name in rows), key=lambda row: sort_key(row[1]))
