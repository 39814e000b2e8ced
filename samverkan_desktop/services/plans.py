"""The plans register: plans and routines with a revision cycle, their adopted versions and the
files attached to them.

The current version is the latest adopted one. The next revision is computed, never stored:
current adoption date + the plan's revision interval. Plans due within 60 days or overdue show on
the Overview.

This module reads and changes plans. The register's rows and revision states are in
``plan_rows``, versions in ``plan_versions``, attached files in ``plan_attachments``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop import clock, file_store, unit_words
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Exercise, Person, Plan, PlanKind
from samverkan_desktop.number_range import check_range
from samverkan_desktop.services.plan_attachments import (
    attachments_root,
)
from samverkan_desktop.services.plan_rows import (
    AttachmentRow,
    PlanDetail,
    PlanRow,
    VersionRow,
    current_version,
    last_exercises,
    plan_or_raise,
    plan_row,
)
from samverkan_desktop.services.plan_versions import (
    VersionInput,
    add_version,
)
from samverkan_desktop.services.unlinking import unlink
from samverkan_desktop.services.validation import (
    check_days_ahead,
    clean,
    flush_or_conflict,
    get_or_raise,
    require_text,
)
from samverkan_desktop.services.versions import check_version


@dataclass(frozen=True)
class PlanInput:
    kind: PlanKind
    name: str
    owner_id: int | None = None
    revision_interval_months: int | None = 12
    notes: str | None = None
    active: bool = True
    expected_version: int | None = None  # refuse the update if the plan changed meanwhile


# --- reading ------------------------------------------------------------------------------------


def _load(session: Session) -> list[Plan]:
    return list(
        session.scalars(
            select(Plan).options(
                selectinload(Plan.versions),
                selectinload(Plan.attachments),
                selectinload(Plan.owner),
            )
        )
    )


def list_plans(
    session: Session,
    today: dt.date | None = None,
    *,
    due_within: int | None = None,
    kind: PlanKind | None = None,
    search: str | None = None,
    include_inactive: bool = True,
) -> list[PlanRow]:
    """Plans by next revision (undated last), then name.

    ``due_within=N``: only active plans whose next revision is at most N days away (overdue
    included).
    """
    from samverkan_desktop.swedish_order import sort_key  # not on the window's start path

    today = today or clock.today()
    check_days_ahead(due_within, "due_within")
    needle = (clean(search) or "").casefold()
    rows = []
    exercised = last_exercises(session)
    for plan in _load(session):
        row = plan_row(plan, today, exercised.get(plan.id))
        if kind is not None and row.kind is not kind:
            continue
        if not include_inactive and not row.active:
            continue
        if needle and needle not in f"{row.name} {_(row.kind.label)} {row.owner or ''}".casefold():
            continue
        if due_within is not None and not revision_within(row, today, due_within):
            continue
        rows.append(row)
    rows = _with_exercise_due(session, today, rows)
    rows.sort(
        key=lambda r: (r.next_revision is None, r.next_revision or dt.date.max, sort_key(r.name))
    )
    return rows


def _with_exercise_due(session: Session, today: dt.date, rows: list[PlanRow]) -> list[PlanRow]:
    from samverkan_desktop.services.plan_exercise_due import exercise_standing

    standing = exercise_standing(session, today, rows)
    return [
        dataclasses.replace(
            row, exercise_due=standing[row.id].due, exercise_reason=standing[row.id].reason
        )
        for row in rows
    ]


def revision_within(row: PlanRow, today: dt.date, days: int) -> bool:
    """An active plan whose next revision is at most ``days`` away (overdue included)."""
    return (
        row.active
        and row.next_revision is not None
        and row.next_revision <= today + dt.timedelta(days=days)
    )


def plan_choices(session: Session, keep_id: int | None = None) -> list[tuple[int, str]]:
    """(id, name) of the plans an exercise may name, in Swedish order: the active ones, and
    ``keep_id`` (the plan it names) even when retired, so an edit does not drop it."""
    from samverkan_desktop.swedish_order import sort_key  # not on the window's start path

    query = select(Plan.id, Plan.name).where(Plan.active | (Plan.id == keep_id))
    return sorted(
        ((plan_id, name) for plan_id, name in session.execute(query)),
        key=lambda choice: sort_key(choice[1]),
    )


def get_plan(session: Session, plan_id: int, today: dt.date | None = None) -> PlanDetail:
    plan = plan_or_raise(session, plan_id)
    current = current_version(plan)
    versions = tuple(
        VersionRow(v.id, v.version, v.adopted_on, v.adopted_by, v.notes, v is current)
        for v in reversed(plan.versions)
    )
    attachments = tuple(
        AttachmentRow(
            a.id,
            a.file_name,
            a.stored_path,
            a.byte_size,
            a.added_on,
            a.version_id,
            a.version.version if a.version else None,
        )
        for a in plan.attachments
    )
    today = today or clock.today()
    (row,) = _with_exercise_due(
        session, today, [plan_row(plan, today, last_exercises(session).get(plan.id))]
    )
    return PlanDetail(row, versions, attachments)


# --- changing plans -----------------------------------------------------------------------------


def _apply(session: Session, plan: Plan, data: PlanInput) -> None:
    plan.kind = data.kind
    plan.name = require_text(data.name, "name", _("Name"))
    months = data.revision_interval_months
    if months is not None:  # None: no revision cycle
        check_range(
            months,
            1,
            120,
            name=_("Revision interval"),
            field="revision_interval_months",
            unit=unit_words.months,
        )
    plan.revision_interval_months = months
    if data.owner_id is not None:
        get_or_raise(session, Person, data.owner_id, _("The chosen owner no longer exists."))
    plan.owner_id = data.owner_id
    plan.notes = clean(data.notes)
    plan.active = data.active


def _duplicate_name(name: str) -> str:
    return _("There is already a plan named “{name}”.").format(name=name.strip())


def create_plan(
    session: Session, data: PlanInput, first_version: VersionInput | None = None
) -> int:
    plan = Plan()
    _apply(session, plan, data)
    session.add(plan)
    flush_or_conflict(session, _duplicate_name(data.name), field="name")
    if first_version is not None:
        add_version(session, plan.id, first_version)
    return plan.id


def update_plan(session: Session, plan_id: int, data: PlanInput) -> None:
    plan = plan_or_raise(session, plan_id)
    check_version(plan, data.expected_version)
    _apply(session, plan, data)
    flush_or_conflict(session, _duplicate_name(data.name), field="name")


def delete_plan(session: Session, plan_id: int, root: Path | None = None) -> None:
    """Delete the plan with its versions and attachments (the copied files too)."""
    plan = plan_or_raise(session, plan_id)
    stored = [a.stored_path for a in plan.attachments]
    unlink(session, Exercise.plan_id, plan.id)  # the exercises stay, exercising no plan
    session.delete(plan)
    session.flush()
    file_store.remove_after_commit(session, attachments_root(root), *stored)
