"""The hand-over form for a home loan (an alarm lent for home use to an employee threatened in
service): the unit, the period, the approving manager, and signature lines for handing it out
and taking it back. The reason is never printed."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle
from sqlalchemy.orm import Session

from samverkan_desktop import alarm_printout_titles as titles
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import prose_datetime
from samverkan_desktop.i18n import _
from samverkan_desktop.models import UnitKind
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.style import (
    INK,
    RULE,
    Document,
    facts,
    heading,
    keep,
    paragraph,
    spacer,
    subtitle,
)
from samverkan_desktop.services import alarm_history

TEXT_WIDTH = 170 * mm
BOX_PADDING = 4 * mm
INNER_WIDTH = TEXT_WIDTH - 2 * BOX_PADDING


def _signatures(lines: list[tuple[str, str]]) -> Table:
    """Pairs of signature lines: a line to write on with its caption underneath, a gap between
    the left and the right one."""
    gap = 10 * mm
    side = (INNER_WIDTH - gap) / 2
    rows: list[list[Any]] = []
    style: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]
    for left, right in lines:
        style.append(("LINEBELOW", (0, len(rows)), (0, len(rows)), 0.7, INK))
        style.append(("LINEBELOW", (2, len(rows)), (2, len(rows)), 0.7, INK))
        rows.append(["", "", ""])
        rows.append([paragraph(left, "small"), "", paragraph(right, "small")])
    block = Table(rows, colWidths=[side, gap, side], rowHeights=[11 * mm, None] * len(lines))
    block.setStyle(TableStyle(style))
    return block


def _condition() -> Table:
    """ "Condition: [ ] in order  [ ] fault: ____" with boxes to tick (drawn as table cells:
    Helvetica has no ballot box glyph)."""
    tick = 3.6 * mm
    cells = [
        paragraph(_("Condition:"), "body"),
        "",
        paragraph(_("in order"), "body"),
        "",
        paragraph(_("fault:") + " " + "_" * 44, "body"),
    ]
    widths = [22 * mm, tick, 32 * mm, tick, INNER_WIDTH - 54 * mm - 2 * tick]
    row = Table([cells], colWidths=widths, rowHeights=[tick])
    row.setStyle(
        TableStyle(
            [
                ("BOX", (1, 0), (1, 0), 0.7, INK),
                ("BOX", (3, 0), (3, 0), 0.7, INK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (2, 0), (2, 0), 2 * mm),
                ("LEFTPADDING", (4, 0), (4, 0), 2 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    row.hAlign = "LEFT"
    return row


def _box(flowables: list[Flowable]) -> Table:
    box = Table([[f] for f in flowables], colWidths=[TEXT_WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), BOX_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), BOX_PADDING),
                ("TOPPADDING", (0, 0), (0, 0), 2 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 4 * mm),
            ]
        )
    )
    return box


def build(session: Session, loan_id: int) -> bytes:
    detail = alarm_history.get_loan(session, loan_id)
    loan = detail.loan
    if loan.purpose is not UnitKind.HOME_LOAN:
        raise ValidationError(
            _("The hand-over form is for home loans; loan {id} is for a home visit.").format(
                id=loan_id
            )
        )
    owner = issuer(session)
    title = titles.handover()
    unit = loan.unit_code + "".join(
        f", {part}" for part in (detail.unit_make_model, detail.unit_serial_number) if part
    )
    # The phone number on one line: at a line's end it broke as "08-508 10" over "228".
    phone = loan.borrower_phone.replace(" ", "\xa0") if loan.borrower_phone else None
    borrower = loan.borrower_label() + "".join(
        f", {part}" for part in (loan.borrower_department, phone) if part
    )
    story: list[Flowable] = [
        paragraph(title, "title"),
        subtitle(owner.name, _("Loan no. {id}").format(id=loan.id)),
        facts(
            [
                (_("Alarm unit"), unit),
                (_("Borrower"), borrower),
                (
                    _("Period"),
                    _("{start} until {end}").format(
                        start=prose_datetime(loan.out_at), end=prose_datetime(loan.due_at)
                    ),
                ),
                (_("Approved by"), loan.approved_by or ""),
                (_("Handed out by"), loan.lent_by_initials or ""),
            ],
            label_width_mm=38,
        ),
        heading(_("Terms")),
        paragraph(
            _(
                "The alarm is lent for use at home because of a threat in service, for the "
                "period above. The borrower keeps it charged, presses the test button once a "
                "week and tells the reception at once if it does not work. The alarm is "
                "returned to the reception when the period ends; a longer loan is approved by "
                "the manager. A lost or damaged alarm is reported to the manager at once."
            )
        ),
        spacer(3),
        keep(
            heading(_("Handed out")),
            _box(
                [
                    spacer(1),
                    paragraph(
                        _("Received in working order, with charger and instructions."), "body"
                    ),
                    _signatures(
                        [
                            (_("Date"), _("Borrower's signature")),
                            (_("Name in block letters"), _("Signature, reception")),
                        ]
                    ),
                ]
            ),
        ),
        spacer(3),
        keep(
            heading(_("Taken back")),
            _box(
                [
                    spacer(1),
                    _condition(),
                    _signatures(
                        [
                            (_("Date"), _("Borrower's signature")),
                            (_("Name in block letters"), _("Signature, reception")),
                        ]
                    ),
                ]
            ),
        ),
    ]
    return Document(title=title, footer=title, issuer=owner.name).build(story)
