"""Which lessons learned had an action that was deleted since, and when: the audit trail knows.

Deleting an action keeps its lesson (services.actions.delete_action clears the lesson's
``action_id``), which then looked like a lesson recorded without one ("(ingen åtgärd)": the
call-out went well) though something was to be done. The lesson's own entries tell the two
apart: one of them set an action, and the entry that cleared it has the day. A lesson whose
action was cleared outside the program (no entry for it) is still known to have had one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import AuditEntry, ExerciseLesson

_FIELD = "action_id"


def _change(changes: Any) -> tuple[object, object] | None:
    change = changes.get(_FIELD) if isinstance(changes, dict) else None
    return (change.get("old"), change.get("new")) if isinstance(change, dict) else None


def removed_actions(session: Session, lesson_ids: Collection[int]) -> dict[int, dt.datetime | None]:
    """Of the lessons ``lesson_ids`` (those now without an action), those that had one, with
    the time it was removed (UTC; None when the trail has no entry clearing it)."""
    if not lesson_ids:
        return {}
    entries = session.execute(
        select(AuditEntry.record_id, AuditEntry.at, AuditEntry.changes)
        .where(
            AuditEntry.table_name == ExerciseLesson.__tablename__,
            AuditEntry.record_id.in_([str(i) for i in lesson_ids]),
        )
        .order_by(AuditEntry.id)
    )
    removed: dict[int, dt.datetime | None] = {}
    for record_id, at, changes in entries:
        change = _change(changes)
        if change is None:
            continue
        lesson, (old, new) = int(record_id), change
        if new is not None:  # an action set (the entry that removes it may follow)
            removed[lesson] = None
        elif old is not None:
            removed[lesson] = at
    return removed
