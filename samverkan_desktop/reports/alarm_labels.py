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
from reportlab.pdfgen import canvas as rl_canvas
from sqlalchemy.orm import Session

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.style import ACCENT, FONT, FONT_BOLD, INK, MUTED, PAGE_SIZE
from samverkan_desktop.services import alarms as unit_service
from samverkan_desktop.services.alarms import UnitRow

COLUMNS, ROWS = 3, 8
LABEL_W = 70 * mm
LABEL_H = PAGE_SIZE[1] / ROWS  # 37.1 mm
PAD_X = 6 * mm
BAR_HEIGHT = 11 * mm
BAR_WIDTH = 0.33 * mm  # the narrowest bar; wide enough for any handheld scanner


def _draw_label(c: rl_canvas.Canvas, x: float, y: float, unit: UnitRow, owner: str) -> None:
    top = y + LABEL_H - 6 * mm
    c.setFillColor(MUTED)
    c.setFont(FONT, 6.5)
    c.drawString(x + PAD_X, top, owner or _("Alarm unit"))
    c.setFillColor(INK)
    c.setFont(FONT_BOLD, 16)
    c.drawString(x + PAD_X, top - 7 * mm, unit.code)
    c.setFont(FONT, 7.5)
    c.setFillColor(ACCENT)
    c.drawRightString(x + LABEL_W - PAD_X, top - 7 * mm, _(unit.kind.label))
    barcode = Code128(unit.code, barHeight=BAR_HEIGHT, barWidth=BAR_WIDTH, humanReadable=False)
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
    c.setTitle(_("Labels for the alarm units"))
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
