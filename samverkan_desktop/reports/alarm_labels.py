"""Labels for the alarm units on an A4 sheet of 3 × 8 labels (70 × 37 mm, no margins: the common
sheet in Swedish offices). Each label: the owner, the code in large type and as a Code 128 bar
code (what a USB scanner at the reception reads), and what the unit is for.

Drawn directly on the canvas (not with the flowing ``Document``): a label sheet needs exact
positions and no page footer. Fonts and colours are the shared ones from ``style``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from sqlalchemy.orm import Session

from samverkan_desktop import alarm_printout_titles as titles
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.style import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    PAGE_SIZE,
    fit_text,
)
from samverkan_desktop.services import alarms as unit_service
from samverkan_desktop.services.alarms import UnitRow

COLUMNS, ROWS = 3, 8
LABEL_W = 70 * mm
LABEL_H = PAGE_SIZE[1] / ROWS  # 37.1 mm
PAD_X = 6 * mm
BAR_HEIGHT = 11 * mm
BAR_WIDTH = 0.33 * mm  # the narrowest bar; wide enough for any handheld scanner
CODE_SIZE, CODE_MIN_SIZE = 16, 8  # points: the code in large type; beside its kind from 8 up
GAP = 2 * mm  # between the code and what the unit is for


def _barcode(code: str) -> Code128:
    """The code's bar code at BAR_WIDTH, or with narrower bars when that is wider than the
    label with its quiet zones (a code may have 40 characters): bars drawn onto the next label
    made both unreadable."""
    barcode = Code128(code, barHeight=BAR_HEIGHT, barWidth=BAR_WIDTH, humanReadable=False)
    if barcode.width <= LABEL_W:
        return barcode
    quiet = barcode.lquiet + barcode.rquiet
    narrower = BAR_WIDTH * (LABEL_W - quiet) / (barcode.width - quiet)
    return Code128(code, barHeight=BAR_HEIGHT, barWidth=narrower, humanReadable=False)


def _code_size(code: str, room: float) -> float:
    """The largest type, at most CODE_SIZE, in which ``code`` fits ``room``."""
    return min(CODE_SIZE, CODE_SIZE * room / stringWidth(code, FONT_BOLD, CODE_SIZE))


def _draw_label(c: rl_canvas.Canvas, x: float, y: float, unit: UnitRow, owner: str) -> None:
    """Everything kept within the label, the code always whole: a long code is set smaller,
    and when it is too long for its line even so, what the unit is for moves up beside the
    owner (who is shortened to leave room). Long codes and owners ran onto the next label."""
    top = y + LABEL_H - 6 * mm
    room = LABEL_W - 2 * PAD_X
    kind = _(unit.kind.label)
    beside_kind = stringWidth(kind, FONT, 7.5) + GAP
    size = _code_size(unit.code, room - beside_kind)
    kind_up = size < CODE_MIN_SIZE
    if kind_up:
        size = _code_size(unit.code, room)
    c.setFillColor(MUTED)
    c.setFont(FONT, 6.5)
    owner_room = room - beside_kind if kind_up else room
    c.drawString(x + PAD_X, top, fit_text(owner or _("Alarm unit"), FONT, 6.5, owner_room))
    c.setFillColor(INK)
    c.setFont(FONT_BOLD, size)
    c.drawString(x + PAD_X, top - 7 * mm, unit.code)
    c.setFont(FONT, 7.5)
    c.setFillColor(ACCENT)
    c.drawRightString(x + LABEL_W - PAD_X, top if kind_up else top - 7 * mm, kind)
    barcode = _barcode(unit.code)
    c.setFillColor(INK)
    barcode.drawOn(c, x + (LABEL_W - barcode.width) / 2, y + 8 * mm)
    c.setFillColor(MUTED)
    c.setFont(FONT, 6)
    c.drawCentredString(x + LABEL_W / 2, y + 4.5 * mm, _("Return to the reception"))


def build(session: Session, codes: Sequence[str] | None = None, skip: int = 0) -> bytes:
    """Labels for the given codes (default: every unit not retired). ``skip`` leaves the first
    positions empty, to use a sheet that has labels taken already."""
    if not 0 <= skip < COLUMNS * ROWS:
        raise ValidationError(
            _("Skip between 0 and {last} labels.").format(last=COLUMNS * ROWS - 1), field="skip"
        )
    if codes:
        units = [unit_service.find_unit(session, code) for code in codes]
    else:
        units = unit_service.list_units(session, include_retired=False)
    if not units:
        raise ValidationError(_("There are no alarm units to print labels for."))
    owner = issuer(session).name
    buffer = io.BytesIO()
    c = rl_canvas.Canvas(buffer, pagesize=PAGE_SIZE, pageCompression=1)
    c.setTitle(titles.labels(codes))
    c.setAuthor("Samverkan")
    for index, unit in enumerate(units, start=skip):
        position = index % (COLUMNS * ROWS)
        if index > skip and position == 0:
            c.showPage()
        column, row = position % COLUMNS, position // COLUMNS
        _draw_label(c, column * LABEL_W, PAGE_SIZE[1] - (row + 1) * LABEL_H, unit, owner)
    c.showPage()
    c.save()
    return buffer.getvalue()
