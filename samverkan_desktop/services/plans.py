"""The plans register: plans and routines with a revision cycle, their adopted versions and the
files attached to them.

The current version is the latest adopted one. The next revision is computed, never stored:
current adoption date + the plan's revision interval. Plans due within 60 days or overdue show on
the Overview.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop import clock, file_store, paths, unit_words
from samverkan_desktop.errors import ConflictError, NotFoundError, ValidationError
from samverkan_desktop.formatting import EMPTY
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.models import (
    Exercise,
    ExerciseStatus,
    Person,
    Plan,
    PlanAttachment,
    PlanKind,
    PlanVersion,
)
from samverkan_desktop.number_range import check_range
from samverkan_desktop.services.unlinking import unlink
from samverkan_desktop.services.validation import (
    check_days_ahead,
    clean,
    column_length,
    fitted_file_name,
    flush_or_conflict,
    get_or_raise,
    optional_text,
    require_text,
)
from samverkan_desktop.services.versions import check_version

DUE_SOON_DAYS = 60
MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


class DueState(enum.Enum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OK = "ok"
    NO_DATE = "no_date"
    INACTIVE = "inactive"

    @property
    def label(self) -> str:
        return DUE_STATE_LABELS[self]


DUE_STATE_LABELS = {
    DueState.OVERDUE: N_("Revision overdue"),  # not the loans' "Overdue" (Försenat)
    DueState.DUE_SOON: N_("Revision due soon"),
    DueState.OK: N_("Up to date"),
    DueState.NO_DATE: N_("No date"),
    DueState.INACTIVE: N_("Not active"),
}


@dataclass(frozen=True)
class PlanInput:
    kind: PlanKind
    name: str
    owner_id: int | None = None
    revision_interval_months: int | None = 12
    notes: str | None = None
    active: bool = True
    expected_version: int | None = None  # refuse the update if the plan changed meanwhile


@dataclass(frozen=True)
class VersionInput:
    version: str
    adopted_on: dt.date
    adopted_by: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class LastExercise:
    exercise_id: int
    date: dt.date
    title: str


@dataclass(frozen=True)
class PlanRow:
    id: int
    kind: PlanKind
    name: str
    owner_id: int | None
    owner: str | None
    revision_interval_months: int | None
    active: bool
    notes: str | None
    version: str | None
    adopted_on: dt.date | None
    adopted_by: str | None
    next_revision: dt.date | None
    due_state: DueState
    days_left: int | None  # negative: days overdue
    attachment_count: int
    row_version: int = 0  # for the form's save (services.versions); ``version`` is the document's
    last_exercise: LastExercise | None = None  # the latest held exercise of the plan
    # Due to be exercised (services/plan_exercise_due.py): the Overview names it, the
    # register colours its "Last exercised".
    exercise_due: bool = False
    # Why "Last exercised" reads and looks as it does (due, planned, by when, not exercised):
    # the register's tooltip and the chosen plan's facts say it.
    exercise_reason: str | None = None

    @property
    def never_exercised(self) -> bool:
        """A plan of a kind that is exercised (PlanKind.exercised) with no exercise held."""
        return self.last_exercise is None and self.kind.exercised

    def due_on(self, today: dt.date) -> tuple[DueState, int | None]:
        """``due_state`` and ``days_left`` on another day: a list left open overnight asks
        again on each paint (the row's own were worked out the day it was loaded)."""
        return revision_due(self.next_revision, self.active, today)


@dataclass(frozen=True)
class VersionRow:
    id: int
    version: str
    adopted_on: dt.date
    adopted_by: str | None
    notes: str | None
    is_current: bool


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    file_name: str
    stored_path: str
    byte_size: int
    added_on: dt.date
    version_id: int | None
    version: str | None


@dataclass(frozen=True)
class PlanDetail:
    plan: PlanRow
    versions: tuple[VersionRow, ...]  # newest first
    attachments: tuple[AttachmentRow, ...]


# --- computing ----------------------------------------------------------------------------------


def next_revision(adopted_on: dt.date | None, months: int | None) -> dt.date | None:
    if adopted_on is None or months is None:
        return None
    return adopted_on + relativedelta(months=months)


def current_version(plan: Plan) -> PlanVersion | None:
    # ``versions`` is ordered by (adopted_on, id): the last is the one in force.
    return plan.versions[-1] if plan.versions else None


def revision_due(due: dt.date | None, active: bool, today: dt.date) -> tuple[DueState, int | None]:
    """A plan's revision state on ``today`` and the days left to its next revision ``due``
    (negative: days overdue)."""
    days_left = (due - today).days if due else None
    if not active:
        return DueState.INACTIVE, days_left
    if days_left is None:
        return DueState.NO_DATE, None
    if days_left < 0:
        return DueState.OVERDUE, days_left
    if days_left <= DUE_SOON_DAYS:
        return DueState.DUE_SOON, days_left
    return DueState.OK, days_left


def exercised_text(row: PlanRow) -> str:
    """The "Last exercised" cell of the register, the window's and the command line's: the
    latest held exercise's date; "never" only for a plan that should have been exercised by
    now (``exercise_due``, coloured); "not yet" for one to be exercised that is not yet due (in
    force lately, a drill planned, a draft); else "–" (``EMPTY``), not applicable: a kind that is not
    exercised, or retired (``exercise_reason`` says why). A black "never" beside orange ones
    read as chance."""
    if row.last_exercise is not None:
        return row.last_exercise.date.isoformat()
    if row.exercise_due:
        return _("never")
    return _("not yet") if row.never_exercised and row.active else EMPTY


def last_exercises(session: Session) -> dict[int, LastExercise]:
    """Each exercised plan's latest held exercise (conducted or evaluated: a planned or
    cancelled one has not exercised it), by plan id, in one query."""
    latest = (
        select(
            Exercise.plan_id,
            Exercise.id,
            Exercise.date,
            Exercise.title,
            func.row_number()
            .over(
                partition_by=Exercise.plan_id,
                order_by=(Exercise.date.desc(), Exercise.id.desc()),
            )
            .label("newest"),
        )
        .where(
            Exercise.plan_id.is_not(None),
            Exercise.status.in_((ExerciseStatus.CONDUCTED, ExerciseStatus.EVALUATED)),
        )
        .subquery()
    )
    query = select(latest.c.plan_id, latest.c.id, latest.c.date, latest.c.title).where(
        latest.c.newest == 1
    )
    return {
        plan_id: LastExercise(exercise_id, day, title)
        for plan_id, exercise_id, day, title in session.execute(query)
    }


def _row(plan: Plan, today: dt.date, last_exercise: LastExercise | None = None) -> PlanRow:
    current = current_version(plan)
    due = next_revision(current.adopted_on if current else None, plan.revision_interval_months)
    state, days_left = revision_due(due, plan.active, today)
    return PlanRow(
        id=plan.id,
        kind=plan.kind,
        name=plan.name,
        owner_id=plan.owner_id,
        owner=plan.owner.name if plan.owner else None,
        revision_interval_months=plan.revision_interval_months,
        active=plan.active,
        notes=plan.notes,
        version=current.version if current else None,
        adopted_on=current.adopted_on if current else None,
        adopted_by=current.adopted_by if current else None,
        next_revision=due,
        due_state=state,
        days_left=days_left,
        attachment_count=len(plan.attachments),
        row_version=plan.row_version,
        last_exercise=last_exercise,
    )


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
        row = _row(plan, today, exercised.get(plan.id))
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
    plan = _get(session, plan_id)
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
        session, today, [_row(plan, today, last_exercises(session).get(plan.id))]
    )
    return PlanDetail(row, versions, attachments)


def _get(session: Session, plan_id: int) -> Plan:
    return get_or_raise(session, Plan, plan_id, _("The plan no longer exists."))


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
    plan = _get(session, plan_id)
    check_version(plan, data.expected_version)
    _apply(session, plan, data)
    flush_or_conflict(session, _duplicate_name(data.name), field="name")


def delete_plan(session: Session, plan_id: int, root: Path | None = None) -> None:
    """Delete the plan with its versions and attachments (the copied files too)."""
    plan = _get(session, plan_id)
    stored = [a.stored_path for a in plan.attachments]
    unlink(session, Exercise.plan_id, plan.id)  # the exercises stay, exercising no plan
    session.delete(plan)
    session.flush()
    file_store.remove_after_commit(session, _root(root), *stored)


# --- versions -----------------------------------------------------------------------------------


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
    plan = _get(session, plan_id)
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
    version = get_or_raise(session, PlanVersion, version_id, _("The version no longer exists."))
    with session.no_autoflush:  # the version's new date is checked before it is written
        _apply_version(version, data, today)
        _refuse_same_day(version.plan, version)
    flush_or_conflict(session, _duplicate_version(data), field="version")
    session.expire(version.plan, ["versions"])


def delete_version(session: Session, version_id: int) -> None:
    version = get_or_raise(session, PlanVersion, version_id, _("The version no longer exists."))
    plan = version.plan
    unlink(session, PlanAttachment.version_id, version.id)  # the attachment stays with the plan
    session.delete(version)
    session.flush()
    session.expire(plan, ["versions"])


# --- attachments --------------------------------------------------------------------------------


def _root(root: Path | None) -> Path:
    return root if root is not None else paths.attachments_dir()


def attach_file(
    session: Session,
    plan_id: int,
    source: Path,
    root: Path | None = None,
    version_id: int | None = None,
    today: dt.date | None = None,
) -> int:
    """Copy ``source`` into the data folder (``plans/<plan id>/``) and attach it to the plan."""
    plan = _get(session, plan_id)
    source = Path(source)
    size = file_store.picked_size(source, "file")
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("“{name}” is {size} MB; an attachment may be at most {limit} MB.").format(
                name=source.name,
                size=round(size / 1024 / 1024),
                limit=MAX_ATTACHMENT_BYTES // 1024 // 1024,
            ),
            field="file",
        )
    if version_id is not None:
        version = get_or_raise(session, PlanVersion, version_id, _("The version no longer exists."))
        if version.plan_id != plan.id:
            raise ValidationError(_("The version belongs to another plan."), field="version_id")
    base = _root(root)
    relative = f"plans/{plan.id}/{uuid.uuid4().hex}{source.suffix.lower()}"
    target = base / relative
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    except OSError as error:
        target.unlink(missing_ok=True)
        raise file_store.not_stored(source, error, "file") from error
    attachment = PlanAttachment(
        plan_id=plan.id,
        version_id=version_id,
        file_name=fitted_file_name(source.name, PlanAttachment.file_name),
        stored_path=relative,
        byte_size=size,
        added_on=today or clock.today(),
    )
    session.add(attachment)
    try:
        session.flush()
    except Exception:
        target.unlink(missing_ok=True)
        raise
    session.expire(plan, ["attachments"])
    return attachment.id


def remove_attachment(session: Session, attachment_id: int, root: Path | None = None) -> None:
    attachment = _get_attachment(session, attachment_id)
    stored = attachment.stored_path
    plan = attachment.plan
    session.delete(attachment)
    session.flush()
    session.expire(plan, ["attachments"])
    file_store.remove_after_commit(session, _root(root), stored)


def attachment_path(session: Session, attachment_id: int, root: Path | None = None) -> Path:
    """Where the copy lives; NotFoundError if the file has gone from the data folder."""
    attachment = _get_attachment(session, attachment_id)
    path = _root(root) / attachment.stored_path
    if not path.is_file():
        raise NotFoundError(
            _("The file “{name}” is missing from the data folder.").format(
                name=attachment.file_name
            )
        )
    return path


def _get_attachment(session: Session, attachment_id: int) -> PlanAttachment:
    return get_or_raise(
        session, PlanAttachment, attachment_id, _("The attachment no longer exists.")
    )
