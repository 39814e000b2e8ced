"""A group still to start whose end is set after its start (`groups end --on 2027-06-30` on a
group starting 2027-01-01) is planned until it starts and active until its end: it read
"Avslutad" at once, as a group called off before it began (ended with no day, or on its start
day or before), which still reads so. A group whose term ran out and whose end is then set for a
later day works until that day: "Aktiv", not "Löptiden slut" (the Overview stopped asking to
end it or extend the term once an end is set)."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.models import GroupStatus
from samverkan_desktop.services.group_standing import Standing, standing

START, END = dt.date(2027, 1, 1), dt.date(2027, 6, 30)


@pytest.mark.parametrize(
    ("on", "expected", "since"),
    [
        (dt.date(2026, 12, 7), Standing.PLANNED, START),
        (dt.date(2027, 3, 1), Standing.ACTIVE, None),
        (END, Standing.ENDED, END),
    ],
    ids=["before its start", "after its start", "on its end day"],
)
def test_an_end_set_after_a_start_to_come_keeps_the_group_planned(
    on: dt.date, expected: Standing, since: dt.date | None
) -> None:
    told = standing(GroupStatus.ENDED, START, None, END, on)
    assert (told.standing, told.since) == (expected, since)


@pytest.mark.parametrize("ended_on", [None, START, START - dt.timedelta(days=30)])
def test_a_group_called_off_before_it_began_reads_ended(ended_on: dt.date | None) -> None:
    told = standing(GroupStatus.ENDED, START, None, ended_on, dt.date(2026, 11, 1))
    assert told.standing is Standing.ENDED


def test_a_term_run_out_with_an_end_set_later_reads_active_until_the_end() -> None:
    term, end, on = dt.date(2026, 11, 19), dt.date(2026, 12, 22), dt.date(2026, 12, 7)
    assert standing(GroupStatus.ENDED, None, term, end, on).standing is Standing.ACTIVE
    assert standing(GroupStatus.ACTIVE, None, term, None, on).standing is Standing.TERM_OVER
    assert standing(GroupStatus.ENDED, None, term, end, end).standing is Standing.ENDED
