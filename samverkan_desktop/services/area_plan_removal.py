"""Removing a priority area's goals and figures from an agreement, a step of the agreement's own
changes (services/agreements.py, services/agreement_revisions.py). A module of its own, so the
agreements the Overview reads at every start do not load the action plan's service."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import AreaGoal, SituationFigure


def remove_area_plans(session: Session, agreement_id: int, area_ids: Iterable[int]) -> None:
    """The goals and figures of these areas of the agreement, removed through the Session (the
    audit trail records each) and flushed: called before the areas leave the agreement, or the
    agreement goes, which the database would follow by deleting them unseen (CASCADE)."""
    chosen = set(area_ids)
    if not chosen:
        return
    for part in (AreaGoal, SituationFigure):
        for row in session.scalars(
            select(part).where(part.agreement_id == agreement_id, part.priority_area_id.in_(chosen))
        ):
            session.delete(row)
    session.flush()
