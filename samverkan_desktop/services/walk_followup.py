"""Following a place walk to walk: ratings compared with the earlier walk, the history of a
place's ratings (the Overview's section on walks is services/walk_overview.py)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import ChecklistAnswer, RouteStop, Walk, WalkChecklistItem
from samverkan_desktop.services.walk_reading import get_walk_model
from samverkan_desktop.services.walk_rows import WALKED_STEPS, WalkBrief


@dataclass(frozen=True)
class RatingComparison:
    code: str
    title: str
    earlier: float | None  # mean over the stops, 0–3
    now: float | None

    @property
    def change(self) -> float | None:
        if self.earlier is None or self.now is None:
            return None
        return round(self.now - self.earlier, 2)


@dataclass(frozen=True)
class RatingComparisonSet:
    walk_id: int
    earlier: WalkBrief | None
    ratings: tuple[RatingComparison, ...]


@dataclass(frozen=True)
class RatingHistory:
    """One row per checklist point, one value per walk (oldest walk first)."""

    walks: tuple[WalkBrief, ...]
    rows: tuple[tuple[str, str, tuple[float | None, ...]], ...]  # code, title, means


def mean_ratings(session: Session, walk_ids: list[int]) -> dict[int, dict[str, float]]:
    """Per walk, the mean rating of each checklist point (by code) over the stops."""
    if not walk_ids:
        return {}
    rows = session.execute(
        select(RouteStop.walk_id, WalkChecklistItem.code, ChecklistAnswer.rating)
        .join(ChecklistAnswer.stop)
        .join(ChecklistAnswer.item)
        .where(RouteStop.walk_id.in_(walk_ids), ChecklistAnswer.rating.is_not(None))
    )
    sums: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for walk_id, code, rating in rows:
        if rating is not None:
            sums[walk_id][code].append(rating)
    return {
        walk_id: {code: round(sum(v) / len(v), 2) for code, v in codes.items()}
        for walk_id, codes in sums.items()
    }


def earlier_walk(session: Session, walk: Walk) -> Walk | None:
    """The walk this one follows up, else the last walk made at the same place before it."""
    if walk.follow_up_of is not None:
        return walk.follow_up_of
    return session.scalar(
        select(Walk)
        .where(
            Walk.place_id == walk.place_id,
            Walk.id != walk.id,
            Walk.date < walk.date,
            Walk.status.in_(WALKED_STEPS),
        )
        .order_by(Walk.date.desc(), Walk.id.desc())
        .limit(1)
    )


def compare_ratings(session: Session, walk_id: int) -> RatingComparisonSet:
    walk = get_walk_model(session, walk_id)
    before = earlier_walk(session, walk)
    ids = [walk.id] + ([before.id] if before else [])
    means = mean_ratings(session, ids)
    titles = {i.code: i.title for i in walk.checklist_items}
    if before is not None:
        for item in before.checklist_items:
            titles.setdefault(item.code, item.title)
    order = [i.code for i in walk.checklist_items] + [
        code for code in titles if code not in {i.code for i in walk.checklist_items}
    ]
    now = means.get(walk.id, {})
    then = means.get(before.id, {}) if before else {}
    return RatingComparisonSet(
        walk.id,
        WalkBrief(before.id, before.date, before.status) if before else None,
        tuple(
            RatingComparison(code, titles[code], then.get(code), now.get(code)) for code in order
        ),
    )


def place_rating_history(session: Session, place_id: int) -> RatingHistory:
    walks = list(
        session.scalars(
            select(Walk)
            .where(Walk.place_id == place_id, Walk.status.in_(WALKED_STEPS))
            .order_by(Walk.date, Walk.id)
        )
    )
    means = mean_ratings(session, [w.id for w in walks])
    titles: dict[str, str] = {}
    for walk in walks:
        for item in walk.checklist_items:
            titles.setdefault(item.code, item.title)
    return RatingHistory(
        tuple(WalkBrief(w.id, w.date, w.status) for w in walks),
        tuple(
            (code, title, tuple(means.get(w.id, {}).get(code) for w in walks))
            for code, title in titles.items()
        ),
    )


# --- the Overview ---------------------------------------------------------------------------
