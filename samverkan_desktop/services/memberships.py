"""Who is a member of a group when: the one place that says it (migration 0034).

A membership runs from ``joined_on`` (None: since before the register kept it) to ``left_on``
(None: still a member; else the last day as one). What means *now* (member lists, pickers,
responsibles, the weekly summary) asks ``current``; a report of a period (the council report,
the follow-up) and a meeting's invitation list (its day) ask ``during``, so a member who left
after the period is still told and one who joined after it is not."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, or_
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.models import Membership


def current() -> ColumnElement[bool]:
    """SQL: the membership still runs."""
    return Membership.left_on.is_(None)


def during(first: dt.date, last: dt.date) -> ColumnElement[bool]:
    """SQL: the membership ran some day from ``first`` to ``last``."""
    return and_(
        or_(Membership.joined_on.is_(None), Membership.joined_on <= last),
        or_(Membership.left_on.is_(None), Membership.left_on >= first),
    )


def is_current(left_on: dt.date | None) -> bool:
    return left_on is None


def was_member(
    joined_on: dt.date | None, left_on: dt.date | None, first: dt.date, last: dt.date
) -> bool:
    """``during`` for a row already read."""
    return (joined_on is None or joined_on <= last) and (left_on is None or left_on >= first)


def day_of(now: dt.datetime | None) -> dt.date:
    """The day in Stockholm of ``now`` (default: today): a member's first or last day."""
    return now.astimezone(LOCAL_ZONE).date() if now is not None else clock.today()


def counts_from(day: dt.date, now: dt.datetime | None = None) -> dt.datetime:
    """From when a membership beginning (or no longer running) on ``day`` counts for the
    group's meetings still planned: the start of that day in Stockholm, or ``now`` when the day
    is still to come (a member removed today leaves the meetings later today, as before)."""
    start = dt.datetime.combine(day, dt.time(0, 0), tzinfo=LOCAL_ZONE)
    moment = now if now is not None else clock.now()
    return min(start, moment)


def end(session: Session, membership: Membership, on: dt.date, today: dt.date) -> bool:
    """End the membership on ``on``, its last day. One begun and ended today was a slip (added
    by mistake): it is deleted, leaving no history. One begun and ended the same earlier day
    stays, a member that one day (a membership begun that day was added that day or later, so
    only today's can be today's mistake). True when deleted."""
    if membership.joined_on is not None and membership.joined_on >= on and on >= today:
        session.delete(membership)
        return True
    membership.left_on = on
    return False
