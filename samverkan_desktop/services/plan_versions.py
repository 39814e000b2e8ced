"""A plan's adopted versions: recording one (one a day), editing, deleting, and undoing "New
version…". The latest adopted version is the plan's current one (``plan_rows.current_version``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import ConflictError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Plan, PlanAttachment, PlanVersion
from samverkan_desktop.services.plan_rows import plan_or_raise
from samverkan_desktop.services.unlinking import unlink
from samverkan_desktop.services.validation import (
    clean,
    column_length,
    flush_or_conflict,
    get_or_raise,
    optional_text,
    require_text,
)


@dataclass(frozen=True)
class VersionInput:
    version: str
    adopted_on: dt.date
    adopted_by: str | None = None
    notes: str | None = None


def _apply_version(version: PlanVersion, data: VersionInput, today: dt.date | None) -> None:
    version.version = require_text(data.version, "version", _("Version"), max_length=40)
    if data.adopted_on is None:
        raise ValidationError(_("Give the date the version was adopted."), field="adopted_on")
    today = today or clock.today()
    if data.adopted_on > today:
        # A year typed wrong (2027 for 2026) would make the plan current for a year more and
        # keep it off the list of plans to revise.
        raise ValidationError(
            _(
                "{date} has not come yet: a version is recorded once it has been adopted. "
                "Check the year."
            ).format(date=data.adopted_on.isoformat()),
            field="adopted_on",
        )
    version.adopted_on = data.adopted_on
    version.adopted_by = optional_text(
        data.adopted_by, "adopted_by", _("Adopted by"), column_length(PlanVersion.adopted_by)
    )
    version.notes = clean(data.notes)


def _duplicate_version(data: VersionInput) -> str:
    return _("The plan already has a version “{version}”.").format(
        version=(data.version or "").strip()
    )


def _refuse_same_day(plan: Plan, version: PlanVersion) -> None:
    """One version a day: "Reviderad" twice the same day (the window's New version…, the
    command line's ``plans revised``) added two versions, and the next name ("2027" after
    "2026") skipped a year. The coordinator edits the day's version instead."""
    same_day = next(
        (v for v in plan.versions if v.adopted_on == version.adopted_on and v is not version),
        None,
    )
    if same_day is not None:
        raise ValidationError(
            _(
                "The plan already has a version adopted {date} (“{version}”): edit that "
                "version instead of adding another."
            ).format(date=version.adopted_on.isoformat(), version=same_day.version),
            field="adopted_on",
        )


def add_version(
    session: Session, plan_id: int, data: VersionInput, today: dt.date | None = None
) -> int:
    """Record an adopted version; the latest adopted is the plan's current version."""
    plan = plan_or_raise(session, plan_id)
    version = PlanVersion()
    _apply_version(version, data, today)
    _refuse_same_day(plan, version)
    version.plan = plan  # only once checked: a refused version stays out of the plan
    session.add(version)
    flush_or_conflict(session, _duplicate_version(data), field="version")
    session.expire(plan, ["versions"])
    return version.id


def undo_new_version(session: Session, version_id: int, added: VersionInput) -> None:
    """Undo "New version…": the version removed again, as if never added. Refused when the
    plan has changed since in a way the removal would lose (the version edited, a file
    attached to it, a later version added): the coordinator deletes it from the history then,
    seeing what goes with it."""
    version = get_or_raise(
        session, PlanVersion, version_id, _("The version is no longer in the plan's history.")
    )
    plan = version.plan
    as_added = PlanVersion()
    _apply_version(as_added, added, dt.date.max)  # as stored (its day had come then)
    later = next((v for v in plan.versions if v.id > version.id), None)
    attached = session.scalar(select(func.count()).where(PlanAttachment.version_id == version.id))
    reason = None
    if any(
        getattr(version, name) != getattr(as_added, name)
        for name in ("version", "adopted_on", "adopted_by", "notes")
    ):
        reason = _("the version has been edited")
    elif attached:
        reason = _("a file has been attached to it")
    elif later is not None:
        reason = _("version “{version}” has been added after it").format(version=later.version)
    if reason is not None:
        raise ConflictError(
            _(
                "Version “{version}” of “{plan}” is not removed: {reason} since. Delete it "
                "from the version history if it is not to be kept."
            ).format(version=version.version, plan=plan.name, reason=reason)
        )
    delete_version(session, version.id)


def update_version(
    session: Session, version_id: int, data: VersionInput, today: dt.date | None = None
) -> None:
    version = version_or_raise(session, version_id)
    with session.no_autoflush:  # the version's new date is checked before it is written
        _apply_version(version, data, today)
        _refuse_same_day(version.plan, version)
    flush_or_conflict(session, _duplicate_version(data), field="version")
    session.expire(version.plan, ["versions"])


def delete_version(session: Session, version_id: int) -> None:
    version = version_or_raise(session, version_id)
    plan = version.plan
    unlink(session, PlanAttachment.version_id, version.id)  # the attachment stays with the plan
    session.delete(version)
    session.flush()
    session.expire(plan, ["versions"])


def version_or_raise(session: Session, version_id: int) -> PlanVersion:
    return get_or_raise(session, PlanVersion, version_id, _("The version no longer exists."))
