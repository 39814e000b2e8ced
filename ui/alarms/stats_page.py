"""Statistics: use of the units per month in a year, as a chart and a table with the year's totals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.formatting import MONTHS, one_decimal, thousands
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import alarm_usage
from samverkan_desktop.services.alarm_usage import MonthUsage
from ui.alarms.usage_chart import UsageChart
from ui.context import AppContext
from ui.widgets.record_table import RecordTable
from ui.widgets.table_model import Column
from ui.widgets.total_row import TotalRow

YEARS_BACK = 5


def usage_columns() -> list[Column[MonthUsage]]:
    # Widths the least that hold each title: the seven columns fit 1024 × 768 without scrolling
    # sideways, and share out the room of a wider window (StatsPage._share_width).
    return [
        Column(
            _("Month"),
            lambda m: _(MONTHS[m.month.month - 1]),
            sort_key=lambda m: m.month,
            width=95,
        ),
        Column(_("Home visits"), lambda m: m.home_visit_loans, align_right=True, width=85),
        _hours_column(_("Hours (home visits)"), lambda m: m.home_visit_hours, 135),
        Column(_("Home loans"), lambda m: m.home_loan_loans, align_right=True, width=85),
        _hours_column(_("Hours (home loans)"), lambda m: m.home_loan_hours, 125),
        Column(_("Loans in all"), lambda m: m.loans, align_right=True, width=85),
        # The month's hours of both kinds, as the printout's last column.
        _hours_column(_("Hours out"), lambda m: m.hours, 95),
    ]


def _hours_column(
    title: str, hours: Callable[[MonthUsage], float], width: int
) -> Column[MonthUsage]:
    """Hours with one decimal ("3 895,7"), sorted by their value, not their text."""
    return Column(
        title, lambda m: one_decimal(hours(m)), sort_key=hours, align_right=True, width=width
    )


def usage_totals(months: list[MonthUsage]) -> list[str]:
    """The year's sums under the months' columns: every figure adds up (loans, hours)."""
    return [
        _("Total"),
        thousands(sum(m.home_visit_loans for m in months)),
        one_decimal(sum(m.home_visit_hours for m in months)),
        thousands(sum(m.home_loan_loans for m in months)),
        one_decimal(sum(m.home_loan_hours for m in months)),
        thousands(sum(m.loans for m in months)),
        one_decimal(sum(m.hours for m in months)),
    ]


def widths_filling(widths: list[int], room: int) -> list[int]:
    """``widths`` grown in proportion to fill ``room`` (the last takes what rounding leaves);
    as they are where they do not fit: the table squeezes them itself."""
    total = sum(widths)
    if total <= 0 or room <= total:
        return widths
    grown = [width * room // total for width in widths[:-1]]
    return [*grown, room - sum(grown)]


class UsageTable(RecordTable[MonthUsage]):
    """The months, whose export for Excel ends with the year's totals: they are a line of their
    own under the table (``totals``), not one of its rows, so sorting never moves them."""

    totals: TotalRow | None = None

    def shown_table(self, only_current: bool = False) -> tuple[list[str], list[list[str]]]:
        titles, rows = super().shown_table(only_current)
        if not only_current and rows and self.totals is not None:
            rows.append(self.totals.stored_under(titles))
        return titles, rows

    def written(self, rows: list[list[str]]) -> str:
        """ "12 månader och summan": "13 rader" read as thirteen months."""
        if self.totals is None or not rows:
            return super().written(rows)
        months = len(rows) - 1
        return ngettext(
            "{count} month and the total", "{count} months and the total", months
        ).format(count=months)


class StatsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year_combo = QComboBox(self)
        this_year = clock.today().year
        for year in range(this_year, this_year - YEARS_BACK, -1):
            self.year_combo.addItem(str(year), year)
        self.year_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.summary = QLabel(self)
        self.summary.setStyleSheet("color: #1c3b5a; font-weight: 600;")
        self.chart = UsageChart(self)
        self.table = UsageTable(usage_columns(), self, id_of=lambda m: m.month)
        self.table.horizontalHeader().setStretchLastSection(False)  # numbers stay by their titles
        self.totals = self.table.totals = TotalRow(self.table, self)
        self.table.verticalScrollBar().rangeChanged.connect(lambda *_range: self._share_width())
        # The table and its totals as one in the splitter, the totals right under the months.
        table_box = QWidget(self)
        box_layout = QVBoxLayout(table_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(0)
        box_layout.addWidget(self.table, 1)
        box_layout.addWidget(self.totals)
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Year"), self))
        top.addWidget(self.year_combo)
        top.addSpacing(16)
        # (printed from the area's "Print ▾", for the year chosen here)
        top.addWidget(self.summary, 1)
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.chart)
        splitter.addWidget(table_box)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([3000, 2000])
        self._dragged = False  # a divider the user moved stays where they put it
        splitter.splitterMoved.connect(lambda *_args: setattr(self, "_dragged", True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def year(self) -> int:
        return int(self.year_combo.currentData())

    def reload(self) -> None:
        months = self.ctx.call(alarm_usage.usage_for_year, self.year())
        self.chart.set_months(months)
        self.table.set_rows(months)
        # The rows name months only: the file offered says their year.
        self.table.export_name = _("Alarm statistics {year}").format(year=self.year())
        columns = self.table.rows_model.columns()
        self.totals.set_texts(usage_totals(months), [c.align_right for c in columns])
        self._share_width()
        self._share_height()
        loans = sum(m.loans for m in months)
        hours = sum(m.hours for m in months)
        self.summary.setText(
            ngettext("{n} loan", "{n} loans", loans).format(n=thousands(loans))
            + " · "
            + _("{hours} hours out").format(hours=one_decimal(hours))
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._share_width()
        self._share_height()

    def _share_width(self) -> None:
        """The columns across the table's whole width: at 1280 × 800 they stopped at 912 px,
        a third of the width empty beside them."""
        table = self.table
        columns = table.rows_model.columns()
        given = [column.width or 0 for column in columns]
        # The table's inside less a scroll bar when the months scroll (the room then shrinks:
        # shared again when the scroll bar comes or goes).
        room = table.width() - 2 * table.frameWidth()
        if table.verticalScrollBar().isVisibleTo(table):
            room -= table.verticalScrollBar().sizeHint().width()
        if room <= sum(given):
            return  # the table's own squeezing decides
        for index, width in enumerate(widths_filling(given, room)):
            table.setColumnWidth(index, width)

    def _share_height(self) -> None:
        """The table as tall as its twelve months, the chart the rest down to its least: with
        three fifths to the chart the months scrolled at 1024 × 768 and 1280 × 800 ("augusti"
        the last in sight) while the chart's bars had room to spare."""
        if self._dragged:
            return
        table = self.table
        rows = sum(table.rowHeight(row) for row in range(table.model().rowCount()))
        needed = rows + table.horizontalHeader().height() + 2 * table.frameWidth()
        needed += self.totals.height()
        total = sum(self.splitter.sizes())
        chart = max(self.chart.minimumHeight(), total - needed)
        if total > 0 and self.splitter.sizes()[0] != chart:
            self.splitter.setSizes([chart, total - chart])
