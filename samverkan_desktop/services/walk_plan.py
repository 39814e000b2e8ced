"""The year's walk plan: the places prioritised for safety walks that year, in rank order, with
the walks made or planned at each, and the year's walks at places not prioritised.

The report to the district council names the year's places ("1. Gyllenstiernsgatan 2.
Tessinparken …"); this says, place by place, what came of it and which are still without a walk.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.services import places, walk_actions, walk_reading
from samverkan_desktop.swedish_order import sort_key


@dataclass(frozen=True)
class PlanWalk:
    id: int
    date: dt.date
    status: WalkStatus
    observation_count: int
    open_actions: int  # raised from its observations and not closed
    overdue_actions: int  # of those, past their due date
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    cancel_reason: str | None = None  # why a cancelled walk did not happen, when told


@dataclass(frozen=True)
class PlanPlace:
    place_id: int
    place: str
    area: str | None
    rank: int | None  # None: walked that year without being prioritised
    reason: str | None
    walks: tuple[PlanWalk, ...]  # oldest first
    gap: str | None  # a prioritised place without a walk: "No walk planned" / "No walk held"


@dataclass(frozen=True)
class WalkPlan:
    year: int
    prioritised: tuple[PlanPlace, ...]  # by rank
    others: tuple[PlanPlace, ...]  # places not prioritised that year, by name

    @property
    def is_empty(self) -> bool:
        return not self.prioritised and not self.others

    @property
    def gaps(self) -> int:
        return sum(1 for place in self.prioritised if place.gap)

    def within(self, first: dt.date, last: dt.date) -> WalkPlan:
        """The plan told for a period, as a report tells its meetings and exercises: only the
        walks from ``first`` to ``last``. The prioritised places stay (they were the year's
        choice) with what they lack in the year; another place without a walk then goes."""

        def kept(place: PlanPlace) -> PlanPlace:
            return replace(place, walks=tuple(w for w in place.walks if first <= w.date <= last))

        others = (kept(place) for place in self.others)
        return WalkPlan(
            self.year,
            tuple(kept(place) for place in self.prioritised),
            tuple(place for place in others if place.walks),
        )


def year_plan(session: Session, year: int, today: dt.date | None = None) -> WalkPlan:
    today = today or clock.today()
    rows = sorted(walk_reading.list_walks(session, year=year), key=lambda w: (w.date, w.id))
    overdue = walk_actions.open_counts_by_walk(session, [w.id for w in rows], due_before=today)
    by_place: dict[int, list[PlanWalk]] = {}
    names: dict[int, tuple[str, str | None]] = {}
    for w in rows:
        names[w.place_id] = (w.place, w.area)
        by_place.setdefault(w.place_id, []).append(
            PlanWalk(
                w.id,
                w.date,
                w.status,
                w.observation_count,
                w.open_actions,
                overdue.get(w.id, 0),
                w.start_time,
                w.end_time,
                w.cancel_reason,
            )
        )
    prioritised = []
    for priority in places.list_priorities(session, year):
        walks = tuple(by_place.pop(priority.place_id, ()))
        prioritised.append(
            PlanPlace(
                priority.place_id,
                priority.place,
                priority.area,
                priority.rank,
                priority.reason,
                walks,
                places.year_gap((w.status for w in walks), year, today),
            )
        )
    others = [
        PlanPlace(place_id, *names[place_id], None, None, tuple(walks), None)
        for place_id, walks in by_place.items()
    ]
    others.sort(key=lambda p: sort_key(p.place))
    return WalkPlan(year, tuple(prioritised), tuple(others))
