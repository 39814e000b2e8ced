"""Where a group's rule put a meeting: the rule's own time with its holiday policy applied
(Trettondedag jul, Wednesday 6 January 2027, to Thursday 7 January). That is the day the
invitees were given, so a meeting moved by hand afterwards is moved from there."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import MeetingRule
from samverkan_desktop.recurrence import is_working_day, shifted_start
from samverkan_desktop.services.linked_meetings import rule_occurrences
from samverkan_desktop.services.meeting_common import rule_of


class RuleDays:
    """``shifted`` for meetings of several groups, each group's rule read once (the calendar)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._rules: dict[int, MeetingRule | None] = {}

    def shifted(self, group_id: int, original: dt.datetime) -> dt.datetime | None:
        """The start the group's rule gives the occurrence whose own time is ``original``
        (Stockholm) when that is another: off a holiday, or a weekend before another group's
        meeting; None when it keeps its own time, or the group has no rule giving it now."""
        if is_working_day(original.date()):  # no rule moves a meeting off a working day
            return None
        if group_id not in self._rules:
            self._rules[group_id] = self.session.scalar(
                select(MeetingRule).where(MeetingRule.group_id == group_id)
            )
        row = self._rules[group_id]
        if row is None:
            return None
        day = original.date()
        rule = rule_of(row)
        return shifted_start(
            rule_occurrences(self.session, rule, day, day, row.holiday_policy), original
        )


def rule_start(session: Session, group_id: int, original: dt.datetime) -> dt.datetime | None:
    """``RuleDays.shifted`` for one meeting."""
    return RuleDays(session).shifted(group_id, original)
