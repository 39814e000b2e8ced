"""Fire-safety inspections of the premises (SBA): record, change and delete them, list them,
the latest per premises and those due for the next one.

The remarks (anmärkningar) are actions with ``source_type = fire_inspection`` and ``source_id``
= the inspection, created through services/actions.py and followed up to the end in Åtgärder,
as a walk's observations' actions are. An inspection whose remarks became actions is not
deleted (as an observation that raised actions is not): the actions would lose their origin.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import InUseError, ValidationError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import (
    Action,
    ActionSource,
    ActionStatus,
    FireInspection,
    InspectionResult,
)
from samverkan_desktop.models.actions import CLOSED_STATUSES
from samverkan_desktop.services import action_filter, action_reading, actions
from samverkan_desktop.services.validation import (
    check_days_ahead,
    clean,
    get_or_raise,
    require_text,
)
from samverkan_desktop.services.versions import check_version

SOURCE = ActionSource.FIRE_INSPECTION
DUE_WITHIN_DAYS = 60  # as the plans register: due within 60 days, or overdue
TEXT_LIMIT = 200


@dataclass(frozen=True)
class InspectionInput:
    premises: str
    inspected_on: dt.date | None
    performed_by: str
    result: InspectionResult | None
    summary: str | None = None
    next_due_on: dt.date | None = None  # None: a year after the inspection
    expected_version: int | None = None  # the form's copy: refused if changed meanwhile


@dataclass(frozen=True)
class RemarkInput:
    """A remark to follow up: what is to be put right, who sees to it, by when."""

    title: str
    responsible_person_id: int | None = None
    responsible_organisation_id: int | None = None
    due_on: dt.date | None = None


@dataclass(frozen=True)
class RemarkRow:
    id: int
    title: str
    responsible: str
    due_on: dt.date | None
    status: ActionStatus
    closed_on: dt.date | None

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES


@dataclass(frozen=True)
class InspectionRow:
    id: int
    premises: str
    inspected_on: dt.date
    performed_by: str
    result: InspectionResult
    summary: str | None
    next_due_on: dt.date
    version: int
    remarks: int
    open_remarks: int
    is_latest: bool  # the premises' latest inspection: the one whose next date counts

    @property
    def title(self) -> str:
        """Names the record in History: "Garnisonen, Karlavägen 104 2021-01-11"."""
        return f"{self.premises} {self.inspected_on.isoformat()}"

    def is_overdue(self, today: dt.date) -> bool:
        return self.is_latest and self.next_due_on < today

    def is_due(self, today: dt.date, within: int = DUE_WITHIN_DAYS) -> bool:
        """The next inspection within ``within`` days, or past (only the latest counts)."""
        return self.is_latest and self.next_due_on <= today + dt.timedelta(days=within)


def default_next_due(inspected_on: dt.date) -> dt.date:
    """A year after the inspection (29 Feb: 28 Feb)."""
    return inspected_on + relativedelta(years=1)


# --- changing ------------------------------------------------------------------------------------


def create_inspection(
    session: Session,
    data: InspectionInput,
    remarks: Sequence[RemarkInput] = (),
    today: dt.date | None = None,
) -> int:
    inspection = FireInspection()
    _apply(inspection, data, len(remarks), today or clock.today())
    session.add(inspection)
    session.flush()
    _add_remarks(session, inspection, remarks, today)
    return inspection.id


def update_inspection(
    session: Session,
    inspection_id: int,
    data: InspectionInput,
    remarks: Sequence[RemarkInput] = (),
    today: dt.date | None = None,
) -> int:
    """Save the form (and the remarks added in it); returns the new row version."""
    inspection = get_inspection_model(session, inspection_id)
    check_version(inspection, data.expected_version)
    remarks_after = _remark_count(session, inspection_id) + len(remarks)
    _apply(inspection, data, remarks_after, today or clock.today())
    session.flush()
    _add_remarks(session, inspection, remarks, today)
    return inspection.version


def add_remark(
    session: Session, inspection_id: int, remark: RemarkInput, today: dt.date | None = None
) -> int:
    """One more remark of an inspection, as an action; returns the action's id."""
    inspection = get_inspection_model(session, inspection_id)
    return _add_remarks(session, inspection, [remark], today)[0]


def check_deletable(session: Session, inspection_id: int) -> None:
    """Refuse, with the reason, to delete an inspection whose remarks became actions: asked
    before the user is asked to confirm, and again when deleting."""
    get_inspection_model(session, inspection_id)
    count = _remark_count(session, inspection_id)
    if count:
        raise InUseError(
            ngettext(
                "The inspection has {count} remark followed up as an action; it cannot be "
                "deleted. Reject the action in Actions instead if it is not to be done.",
                "The inspection has {count} remarks followed up as actions; it cannot be "
                "deleted. Reject the actions in Actions instead if they are not to be done.",
                count,
            ).format(count=count)
        )


def delete_inspection(session: Session, inspection_id: int) -> None:
    """Delete an inspection recorded by mistake; one with remarks stays."""
    inspection = get_inspection_model(session, inspection_id)
    check_deletable(session, inspection_id)
    session.delete(inspection)
    session.flush()


def _apply(
    inspection: FireInspection, data: InspectionInput, remarks_after: int, today: dt.date
) -> None:
    premises = require_text(data.premises, "premises", _("Premises"), TEXT_LIMIT)
    performed_by = require_text(data.performed_by, "performed_by", _("Inspected by"), TEXT_LIMIT)
    if data.inspected_on is None:
        raise ValidationError(_("When was the inspection made?"), field="inspected_on")
    if data.inspected_on > today:  # an inspection is recorded once made: "Senast besiktigat"
        raise ValidationError(
            _("The inspection is recorded once it is made: {date} is after today.").format(
                date=data.inspected_on.isoformat()
            ),
            field="inspected_on",
        )
    if data.result is None:
        raise ValidationError(_("Choose the inspection's result."), field="result")
    next_due = data.next_due_on or default_next_due(data.inspected_on)
    if next_due <= data.inspected_on:
        raise ValidationError(
            _("The next inspection must be due after this one ({date}).").format(
                date=data.inspected_on.isoformat()
            ),
            field="next_due_on",
        )
    if data.result is InspectionResult.NOT_APPROVED and not remarks_after:
        raise ValidationError(
            _(
                "An inspection that was not approved needs at least one remark: write what is "
                "to be put right, who sees to it and by when."
            ),
            field="remarks",
        )
    inspection.premises = premises
    inspection.performed_by = performed_by
    inspection.inspected_on = data.inspected_on
    inspection.result = data.result
    inspection.summary = clean(data.summary)
    inspection.next_due_on = next_due


def _add_remarks(
    session: Session,
    inspection: FireInspection,
    remarks: Sequence[RemarkInput],
    today: dt.date | None,
) -> list[int]:
    ids = []
    for remark in remarks:
        ids.append(
            actions.create_action(
                session,
                actions.ActionInput(
                    title=remark.title,
                    responsible_person_id=remark.responsible_person_id,
                    responsible_organisation_id=remark.responsible_organisation_id,
                    due_on=remark.due_on,
                    source_type=SOURCE,
                    source_id=inspection.id,
                    raised_on=inspection.inspected_on,  # the remark was made at the inspection
                ),
                today,
            )
        )
    return ids


def _remark_count(session: Session, inspection_id: int) -> int:
    return (
        session.scalar(
            select(func.count(Action.id)).where(
                Action.source_type == SOURCE, Action.source_id == inspection_id
            )
        )
        or 0
    )


# --- reading -------------------------------------------------------------------------------------


def get_inspection_model(session: Session, inspection_id: int) -> FireInspection:
    return get_or_raise(
        session,
        FireInspection,
        inspection_id,
        _("There is no fire safety inspection with number {id}.").format(id=inspection_id),
    )


def _latest_ids(inspections: Sequence[FireInspection]) -> set[int]:
    latest: dict[str, FireInspection] = {}
    for inspection in inspections:
        key = inspection.premises.casefold()
        known = latest.get(key)
        if known is None or (inspection.inspected_on, inspection.id) > (
            known.inspected_on,
            known.id,
        ):
            latest[key] = inspection
    return {inspection.id for inspection in latest.values()}


def list_inspections(
    session: Session,
    today: dt.date,
    *,
    search: str | None = None,
    result: InspectionResult | None = None,
    due_only: bool = False,
    due_within: int | None = None,
) -> list[InspectionRow]:
    """Every inspection, newest first; ``due_only``: the latest per premises whose next
    inspection is due within 60 days or past; ``due_within=N``: within N days or past."""
    check_days_ahead(due_within, "due_within")
    if due_only and due_within is None:
        due_within = DUE_WITHIN_DAYS
    inspections = list(
        session.scalars(
            select(FireInspection).order_by(
                FireInspection.inspected_on.desc(), FireInspection.id.desc()
            )
        )
    )
    latest = _latest_ids(inspections)
    counts: dict[int, tuple[int, int]] = {}
    query = select(Action.source_id, Action.status).where(Action.source_type == SOURCE)
    for source_id, status in session.execute(query):
        if source_id is None:  # the database requires it of this source; never None here
            continue
        total, still_open = counts.get(source_id, (0, 0))
        counts[source_id] = (total + 1, still_open + (status not in CLOSED_STATUSES))
    needle = (search or "").strip().casefold()
    rows = []
    for inspection in inspections:
        total, still_open = counts.get(inspection.id, (0, 0))
        row = InspectionRow(
            id=inspection.id,
            premises=inspection.premises,
            inspected_on=inspection.inspected_on,
            performed_by=inspection.performed_by,
            result=inspection.result,
            summary=inspection.summary,
            next_due_on=inspection.next_due_on,
            version=inspection.version,
            remarks=total,
            open_remarks=still_open,
            is_latest=inspection.id in latest,
        )
        if result is not None and row.result is not result:
            continue
        if due_within is not None and not row.is_due(today, due_within):
            continue
        if needle and not any(
            needle in (text or "").casefold()
            for text in (row.premises, row.performed_by, row.summary)
        ):
            continue
        rows.append(row)
    return rows


def get_inspection(session: Session, inspection_id: int, today: dt.date) -> InspectionRow:
    get_inspection_model(session, inspection_id)
    return next(r for r in list_inspections(session, today) if r.id == inspection_id)


def latest_per_premises(session: Session, today: dt.date) -> list[InspectionRow]:
    """Each premises' latest inspection, the one due first first."""
    rows = [r for r in list_inspections(session, today) if r.is_latest]
    return sorted(rows, key=lambda r: (r.next_due_on, r.premises))


def latest_inspection(session: Session, today: dt.date) -> InspectionRow | None:
    """The latest inspection of any premises (what the council report and the page's header
    say "senast besiktigat …" of)."""
    rows = list_inspections(session, today)
    return rows[0] if rows else None


def due_inspections(
    session: Session, today: dt.date, within: int = DUE_WITHIN_DAYS
) -> list[InspectionRow]:
    """The premises whose next inspection is due within ``within`` days or past."""
    return [r for r in latest_per_premises(session, today) if r.is_due(today, within)]


def remarks_of(session: Session, inspection_id: int, today: dt.date) -> list[RemarkRow]:
    rows = action_reading.list_actions(
        session, action_filter.ActionFilter(source_type=SOURCE, source_id=inspection_id), today
    )
    return [
        RemarkRow(r.id, r.title, r.responsible, r.due_on, r.status, r.closed_on)
        for r in sorted(rows, key=lambda r: r.id)
    ]
