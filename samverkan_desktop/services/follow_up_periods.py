"""Which follow-up period (T1, T2 or VB) and year the follow-up opens on: in the group's
Uppföljning tab, the printout's dialog and the command line."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.enums import FollowUpPeriod
from samverkan_desktop.models import GroupFollowUpText
from samverkan_desktop.services.follow_up_texts import FollowedUp, bullet_lines, is_followed_up


def last_ended_period(today: dt.date) -> tuple[FollowUpPeriod, int]:
    """The latest period wholly past: last year's VB until April, then T1, from September T2."""
    if today.month <= 4:
        return FollowUpPeriod.VB, today.year - 1
    if today.month <= 8:
        return FollowUpPeriod.T1, today.year
    return FollowUpPeriod.T2, today.year


def period_to_follow_up(
    session: Session, today: dt.date, group: FollowedUp | None = None
) -> tuple[FollowUpPeriod, int]:
    """The period the follow-up opens on, in the window's tab, the printout's dialog and the
    command line: the latest period that has ended, or a later one already begun that a group
    has written for (the coordinator starting on the annual report in December). For ``group``
    the nearest period it is followed up at (a group followed up only at VB opens on the year's
    VB in December, not on T2)."""
    chosen = _latest_period(session, today)
    if group is None:
        return chosen
    return nearest_followed_up(group, chosen, today)


def nearest_followed_up(
    group: FollowedUp, chosen: tuple[FollowUpPeriod, int], today: dt.date
) -> tuple[FollowUpPeriod, int]:
    """``chosen`` if the group is followed up at it, else the begun period it is followed up at
    whose end is nearest to ``chosen``'s (on a tie the later); ``chosen`` if none is ticked."""
    if is_followed_up(group, chosen[0]):
        return chosen
    target = chosen[0].span(chosen[1])[1]
    candidates = [
        (period, year)
        for year in range(chosen[1] - 1, chosen[1] + 2)
        for period in FollowUpPeriod
        if is_followed_up(group, period) and period.span(year)[0] <= today
    ]
    if not candidates:
        return chosen

    def distance(candidate: tuple[FollowUpPeriod, int]) -> tuple[int, int]:
        end = candidate[0].span(candidate[1])[1]
        return abs((end - target).days), -end.toordinal()

    return min(candidates, key=distance)


def _latest_period(session: Session, today: dt.date) -> tuple[FollowUpPeriod, int]:
    ended = last_ended_period(today)
    texts = session.execute(
        select(
            GroupFollowUpText.period,
            GroupFollowUpText.year,
            GroupFollowUpText.done_text,
            GroupFollowUpText.next_text,
        ).where(GroupFollowUpText.year >= ended[1])
    ).all()
    begun = {
        (period, year)
        for period, year, done, next_steps in texts
        if period.span(year)[0] <= today and (bullet_lines(done) or bullet_lines(next_steps))
    }
    return max([ended, *begun], key=lambda chosen: chosen[0].span(chosen[1])[1])
