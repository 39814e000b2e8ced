"""Use of the alarm units per month in a year: a bar chart of loans by kind and a table with the
hours out, for management and the annual report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph
from sqlalchemy.orm import Session

from samverkan_desktop import alarm_printout_titles as titles
from samverkan_desktop.formatting import MONTHS, local, one_decimal, thousands
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import UnitKind
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.style import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    STYLES,
    Document,
    escape,
    heading,
    markup,
    paragraph,
    subtitle,
    table,
    with_note,
)
from samverkan_desktop.services import alarm_usage
from samverkan_desktop.services.alarm_usage import MonthUsage
from samverkan_desktop.services.alarms import now_utc

VISIT_COLOUR = ACCENT
LOAN_COLOUR = colors.HexColor("#d08c2a")
CHART_WIDTH, CHART_HEIGHT, CHART_GAP = 82 * mm, 62 * mm, 6 * mm
NUMBER = ParagraphStyle("number", parent=STYLES["cell"], alignment=TA_RIGHT)


def _number(value: object, bold: bool = False) -> Paragraph:
    text = escape(thousands(value) if isinstance(value, int) else str(value))
    return Paragraph(f"<b>{text}</b>" if bold else text, NUMBER)


def _axis_top(values: list[float]) -> tuple[float, float]:
    """A round top for the value axis and its step (five steps)."""
    top = max(values, default=0) or 1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top <= 5 * step:
            return 5 * step, step
    return top, top / 5


def _bars(title: str, series: Sequence[Sequence[float]], names: list[str], x: float) -> list[Any]:
    chart = VerticalBarChart()
    chart.x, chart.y = x + 10 * mm, 10 * mm
    chart.width, chart.height = CHART_WIDTH - 12 * mm, CHART_HEIGHT - 22 * mm
    chart.data = series
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    top, step = _axis_top([a + b for a, b in zip(*series, strict=True)])
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ee")
    chart.bars[0].fillColor = VISIT_COLOUR
    chart.bars[1].fillColor = LOAN_COLOUR
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    label = String(x, CHART_HEIGHT - 5 * mm, title, fontName=FONT_BOLD, fontSize=9, fillColor=INK)
    return [chart, label]


def _charts(months: list[MonthUsage]) -> Drawing:
    """Loans and hours out per month, side by side, stacked by kind."""
    drawing = Drawing(2 * CHART_WIDTH + CHART_GAP, CHART_HEIGHT + 8 * mm)
    names = [_(MONTHS[m.month.month - 1])[:3] for m in months]
    loans = [[m.home_visit_loans for m in months], [m.home_loan_loans for m in months]]
    hours = [[m.home_visit_hours for m in months], [m.home_loan_hours for m in months]]
    for shape in _bars(_("Loans per month"), loans, names, 0) + _bars(
        _("Hours out per month"), hours, names, CHART_WIDTH + CHART_GAP
    ):
        drawing.add(shape)
    legend = Legend()
    legend.x, legend.y = 0, CHART_HEIGHT + 6 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 32 * mm
    legend.fontName = FONT
    legend.fontSize = 8
    legend.colorNamePairs = [
        (VISIT_COLOUR, _(UnitKind.HOME_VISIT.label)),
        (LOAN_COLOUR, _(UnitKind.HOME_LOAN.label)),
    ]
    drawing.add(legend)
    return drawing


def _nothing_lent(year: int, now: dt.datetime | None) -> str:
    """The one sentence of a year without loans, in the tense of a year ended or not."""
    if year < local(now_utc(now)).year:
        return _("No alarm unit was lent out in {year}.").format(year=year)
    return _("No alarm unit has been lent out in {year} yet.").format(year=year)


def build(session: Session, year: int, now: dt.datetime | None = None) -> bytes:
    months = alarm_usage.usage_for_year(session, year, now)
    owner = issuer(session)
    title = titles.statistics(year)
    loans = sum(m.loans for m in months)
    hours = sum(m.hours for m in months)
    rows: list[tuple[Any, ...]] = [
        (
            _(MONTHS[m.month.month - 1]),
            _number(m.home_visit_loans),
            _number(one_decimal(m.home_visit_hours)),
            _number(m.home_loan_loans),
            _number(one_decimal(m.home_loan_hours)),
            _number(m.loans, bold=True),
            _number(one_decimal(m.hours)),
        )
        for m in months
    ]
    rows.append(
        (
            markup("<b>" + escape(_("Total")) + "</b>", "cell"),
            _number(sum(m.home_visit_loans for m in months), bold=True),
            _number(one_decimal(sum(m.home_visit_hours for m in months)), bold=True),
            _number(sum(m.home_loan_loans for m in months), bold=True),
            _number(one_decimal(sum(m.home_loan_hours for m in months)), bold=True),
            _number(loans, bold=True),
            _number(one_decimal(hours), bold=True),
        )
    )
    story: list[Flowable] = [paragraph(title, "title")]
    if not (loans or hours):
        # Charts of empty bars and a table of zeros said nothing a sentence does not.
        story += [paragraph(owner.name, "subtitle"), paragraph(_nothing_lent(year, now))]
        return Document(title=title, footer=title, issuer=owner.name).build(story)
    story += [
        subtitle(
            owner.name,
            ngettext("{n} loan", "{n} loans", loans).format(n=thousands(loans)),
            _("{hours} hours out").format(hours=one_decimal(hours)),
        ),
        _charts(months),
        heading(_("Per month")),
        with_note(
            table(
                [
                    _("Month"),
                    _("Home visits"),
                    _("Hours"),
                    _("Home loans"),
                    _("Hours"),
                    _("Loans"),
                    _("Hours out"),
                ],
                rows,
                [30, 25, 20, 25, 20, 22, 28],
                # The headings of the numbers stand over them, at the right edge.
                extra_style=[("ALIGN", (1, 0), (-1, 0), "RIGHT")],
            ),
            paragraph(
                _(
                    "A loan counts in the month it was lent; its hours are split over the "
                    "months it was out. Loans still out count until now."
                ),
                "small",
            ),
        ),
    ]
    return Document(title=title, footer=title, issuer=owner.name).build(story)
