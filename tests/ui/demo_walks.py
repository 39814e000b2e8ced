"""The demo's walks by place and year: their ids move whenever the demo gains a walk."""

from __future__ import annotations

from samverkan_desktop import clock
from samverkan_desktop.demo import walks as demo_walks
from samverkan_desktop.demo import walks_stureplan
from samverkan_desktop.services import walk_reading
from ui.context import AppContext


def walk_at(ctx: AppContext, place: str, year: int) -> int:
    found = [row.id for row in ctx.call(walk_reading.list_walks, year=year) if row.place == place]
    assert len(found) == 1, (place, year, found)
    return found[0]


def tessinparken(ctx: AppContext) -> int:
    """The walk of 2021-09-23: observations, actions, participants, its closing meeting held."""
    return walk_at(ctx, "Tessinparken", 2021)


def gyllenstiernsgatan_2021(ctx: AppContext) -> int:
    """Followed up by the walk planned some 18 days after the day the demo is built, on a
    working day (samverkan_desktop.demo.walks.follow_up_day)."""
    return walk_at(ctx, "Gyllenstiernsgatan", 2021)


def gyllenstiernsgatan_follow_up(ctx: AppContext) -> int:
    """The planned walk following up that of 2021 (samverkan_desktop.demo.walks): its year is
    next year's from the middle of December."""
    return walk_at(ctx, "Gyllenstiernsgatan", demo_walks.follow_up_day(clock.today()).year)


def stureplan(ctx: AppContext) -> int:
    """Walked in the period the follow-up reads, its closing meeting not held yet: dated from
    the day the demo is built (samverkan_desktop.demo.walks_stureplan), so 2027 from New Year."""
    return walk_at(ctx, "Stureplan/Östermalmstorg", walks_stureplan.walk_date(clock.today()).year)
