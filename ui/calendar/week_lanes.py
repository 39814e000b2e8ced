"""Where the week's time grid puts each meeting: the hours it shows (the office day, 08–17,
widened to fit an earlier or later meeting) and, within a day, a block from start to end,
meetings at the same time side by side in lanes (as Outlook's work week does), however narrow:
each block then shows what of its time and name fits (week_block). Plain arithmetic on the rows
the service gave, no Qt: the view turns hours into pixels."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from samverkan_desktop.services.calendar import CalendarItem

WORKING_DAY = (8, 17)  # the office day shown when no meeting falls outside it
SHORTEST = 0.5  # hours: a block is drawn at least this tall (a meeting without length)


@dataclass(frozen=True)
class Placed:
    row: CalendarItem
    start: float  # hours after midnight, on the meeting's own day
    end: float  # drawn until (at least SHORTEST after start, at most midnight)
    lane: int  # 0 leftmost
    lanes: int  # how many lanes its cluster of overlapping meetings needs


def hours_of(moment: dt.datetime) -> float:
    return moment.hour + moment.minute / 60


def _drawn(row: CalendarItem) -> tuple[float, float]:
    """Start and end in hours on the start's day; a meeting past midnight ends at 24."""
    start = hours_of(row.starts_at)
    end = 24.0 if row.ends_at.date() > row.starts_at.date() else hours_of(row.ends_at)
    return start, min(24.0, max(end, start + SHORTEST))


def hour_span(rows: Iterable[CalendarItem]) -> tuple[int, int]:
    """The first and last hour of the axis: the working day, or wider to hold every meeting."""
    first, last = WORKING_DAY
    for row in rows:
        start, end = _drawn(row)
        first = min(first, math.floor(start))
        last = max(last, math.ceil(end))
    return first, last


def place_day(rows: Sequence[CalendarItem]) -> list[Placed]:
    """The day's meetings in time order, each in the leftmost lane free at its start; meetings
    that overlap, directly or through another, share their cluster's number of lanes."""
    spans = sorted(((*_drawn(row), index) for index, row in enumerate(rows)))
    placed: list[Placed] = []
    cluster: list[tuple[float, float, int, int]] = []  # start, end, row index, lane
    lane_ends: list[float] = []
    cluster_end = -1.0

    def close() -> None:
        for start, end, index, lane in cluster:
            placed.append(Placed(rows[index], start, end, lane, len(lane_ends)))

    for start, end, index in spans:
        if start >= cluster_end and cluster:
            close()
            cluster, lane_ends = [], []
        lane = next((i for i, free in enumerate(lane_ends) if free <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        cluster.append((start, end, index, lane))
        cluster_end = max(cluster_end, end) if len(cluster) > 1 else end
    if cluster:
        close()
    return placed


def lane_span(lane: int, lanes: int, room: int) -> tuple[int, int]:
    """Left edge and width in pixels of lane ``lane`` of ``lanes`` in a day ``room`` wide: side
    by side, never stacked (stacked, a block under another showed its colour strip alone and
    no time or name)."""
    left = room * lane // lanes
    return left, room * (lane + 1) // lanes - left


def lanes_needed(placed: Sequence[Placed]) -> int:
    """The most meetings side by side in the day (1 for a free day)."""
    return max((spot.lanes for spot in placed), default=1)


def beside(spot: Placed, placed: Iterable[Placed]) -> list[Placed]:
    """The meetings in other lanes at the same time as ``spot``: side by side with it."""
    return [
        other
        for other in placed
        if other is not spot and other.start < spot.end and spot.start < other.end
    ]
