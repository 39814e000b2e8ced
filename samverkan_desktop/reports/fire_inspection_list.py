"""The fire-safety inspections of the premises (SBA) on paper, as Kris → Brandskydd lists them:
each inspection with its result, its remarks still open and, for each premises' latest, when
the next one is due (red when past); then each inspection's remarks with who sees to them, by
when and how far they have come (they are followed up in Åtgärder)."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.formatting import EMPTY, date_with_week
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import InspectionResult
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.date_phrases import heading_date
from samverkan_desktop.reports.style import (
    Document,
    heading,
    paragraph,
    spacer,
    subtitle,
    table,
    warn_cell,
)
from samverkan_desktop.services import fire_inspections
from samverkan_desktop.services.fire_inspections import InspectionRow, RemarkRow


def _result(row: InspectionRow) -> str | Flowable:
    label = _(row.result.label)
    return warn_cell(label) if row.result is InspectionResult.NOT_APPROVED else label


def _remarks(row: InspectionRow) -> str | Flowable:
    if not row.remarks:
        return EMPTY
    text = ngettext("{open} open of {total}", "{open} open of {total}", row.open_remarks).format(
        open=row.open_remarks, total=row.remarks
    )
    return warn_cell(text) if row.open_remarks else text


def _next_due(row: InspectionRow, today: dt.date) -> str | Flowable:
    """Only the premises' latest inspection says when the next is due, as in the list."""
    if not row.is_latest:
        return ""
    text = date_with_week(row.next_due_on)
    return warn_cell(text) if row.is_overdue(today) else text


def _remark_rows(remarks: list[RemarkRow], today: dt.date) -> list[list[object]]:
    rows: list[list[object]] = []
    for remark in remarks:
        late = remark.due_on is not None and remark.due_on < today and not remark.is_closed
        due = date_with_week(remark.due_on) if remark.due_on else EMPTY
        status = _(remark.status.label)
        if remark.closed_on:
            status += f"\n{remark.closed_on.isoformat()}"
        rows.append(
            [remark.title, remark.responsible or EMPTY, warn_cell(due) if late else due, status]
        )
    return rows


def build(session: Session, today: dt.date | None = None) -> bytes:
    today = today or clock.today()
    rows = fire_inspections.list_inspections(session, today)
    owner = issuer(session)
    title = _("Fire safety inspections")
    story: list[Flowable] = [
        paragraph(title, "title"),
        subtitle(owner.name or _("The district administration"), heading_date(today)),
        table(
            [
                _("Inspected"),
                _("Premises"),
                _("Inspected by"),
                _("Result"),
                _("Remarks"),
                _("Next inspection"),
            ],
            [
                [
                    row.inspected_on.isoformat(),
                    row.premises,
                    row.performed_by,
                    _result(row),
                    _remarks(row),
                    _next_due(row, today),
                ]
                for row in rows
            ],
            col_widths_mm=[20, 38, 30, 25, 27, 30],  # "Anmärkningar", a date with its week whole,
            empty_text=_("No fire safety inspections are registered."),
        ),
    ]
    for row in rows:
        if not row.remarks:
            continue
        remarks = fire_inspections.remarks_of(session, row.id, today)
        story.append(
            heading(
                _("Remarks: {premises}, {date}").format(
                    premises=row.premises, date=row.inspected_on.isoformat()
                )
            )
        )
        story.append(
            table(
                [_("Remark"), _("Responsible"), _("Due"), _("Status")],
                _remark_rows(remarks, today),
                col_widths_mm=[72, 42, 30, 26],
            )
        )
    if any(row.remarks for row in rows):
        story += [spacer(2), paragraph(_("The remarks are followed up in Actions."), "small")]
    return Document(title=title, footer=title, issuer=owner.name).build(story)
