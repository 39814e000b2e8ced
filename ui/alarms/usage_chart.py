"""Use per month as stacked bars (home visits and home loans), drawn with QPainter: two charts
side by side, loans and hours out. (QtCharts is not part of the installed Qt.)"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from samverkan_desktop.formatting import MONTHS
from samverkan_desktop.i18n import _
from samverkan_desktop.models import UnitKind
from samverkan_desktop.services.alarm_usage import MonthUsage

VISIT_COLOUR = QColor("#2f6f9f")
LOAN_COLOUR = QColor("#d08c2a")
GRID_COLOUR = QColor("#e3e8ee")
INK = QColor("#1c3b5a")
MUTED = QColor("#5f6b7a")
STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000)

Series = Callable[[MonthUsage], tuple[float, float]]


def axis_top(values: list[float]) -> tuple[float, float]:
    """A round top for the value axis and its step (at most five steps)."""
    top = max(values, default=0) or 1
    for step in STEPS:
        if top <= 5 * step:
            return 5 * step, step
    return top, top / 5


class UsageChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[MonthUsage] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Low enough that at 1024 × 768 the table's twelve months and their total row show
        # whole under it (the bars still some 100 px tall).
        self.setMinimumHeight(200)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 320)

    def set_months(self, months: list[MonthUsage]) -> None:
        self.months = months
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        rect = QRectF(self.rect()).adjusted(12, 8, -12, -8)
        legend_height = 26.0
        self._legend(painter, QRectF(rect.left(), rect.top(), rect.width(), legend_height))
        body = rect.adjusted(0, legend_height + 4, 0, 0)
        gap = 32.0
        half = (body.width() - gap) / 2
        self._chart(
            painter,
            QRectF(body.left(), body.top(), half, body.height()),
            _("Loans per month"),
            lambda m: (float(m.home_visit_loans), float(m.home_loan_loans)),
        )
        self._chart(
            painter,
            QRectF(body.left() + half + gap, body.top(), half, body.height()),
            _("Hours out per month"),
            lambda m: (m.home_visit_hours, m.home_loan_hours),
        )
        painter.end()

    def _legend(self, painter: QPainter, rect: QRectF) -> None:
        x = rect.right()
        metrics = painter.fontMetrics()
        for colour, label in reversed(
            (
                (VISIT_COLOUR, _(UnitKind.HOME_VISIT.label)),
                (LOAN_COLOUR, _(UnitKind.HOME_LOAN.label)),
            )
        ):
            width = metrics.horizontalAdvance(label)
            x -= width
            painter.setPen(INK)
            painter.drawText(
                QRectF(x, rect.top(), width, rect.height()), Qt.AlignmentFlag.AlignVCenter, label
            )
            x -= 18
            painter.fillRect(QRectF(x, rect.center().y() - 6, 12, 12), colour)
            x -= 20

    def _chart(self, painter: QPainter, rect: QRectF, title: str, series: Series) -> None:
        title_font = QFont(painter.font())
        title_font.setBold(True)
        painter.save()
        painter.setFont(title_font)
        painter.setPen(INK)
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), 20), title)
        painter.restore()
        values = [series(m) for m in self.months]
        top, step = axis_top([a + b for a, b in values])
        metrics = painter.fontMetrics()
        axis_width = metrics.horizontalAdvance(f"{int(top)}") + 8
        plot = QRectF(
            rect.left() + axis_width, rect.top() + 28, rect.width() - axis_width, rect.height() - 52
        )
        if plot.height() <= 10 or plot.width() <= 10:
            return
        # Grid lines and the value axis.
        ticks = round(top / step)
        for i in range(ticks + 1):
            y = plot.bottom() - plot.height() * i / ticks
            painter.setPen(QPen(GRID_COLOUR, 1))
            painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
            painter.setPen(MUTED)
            label = f"{step * i:g}"
            painter.drawText(
                QRectF(rect.left(), y - 8, axis_width - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        if not values:
            return
        slot = plot.width() / len(values)
        bar = max(4.0, slot * 0.62)
        for index, (month, (visits, loans)) in enumerate(zip(self.months, values, strict=True)):
            x = plot.left() + slot * index + (slot - bar) / 2
            base = plot.bottom()
            for value, colour in ((visits, VISIT_COLOUR), (loans, LOAN_COLOUR)):
                height = plot.height() * value / top
                if height > 0:
                    painter.fillRect(QRectF(x, base - height, bar, height), colour)
                    base -= height
            painter.setPen(MUTED)
            name = _(MONTHS[month.month.month - 1])[:3]
            painter.drawText(
                QRectF(plot.left() + slot * index, plot.bottom() + 4, slot, 18),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                name,
            )
        painter.setPen(QPen(MUTED, 1))
        painter.drawLine(QLineF(plot.left(), plot.bottom(), plot.right(), plot.bottom()))
