"""The exercises: a list with search and filters by year, type and status, and beside it the annual
exercise plan (which exercises in which month)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QComboBox, QWidget

from samverkan_desktop.formatting import MONTHS, date_with_week
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercise_reading
from samverkan_desktop.services.exercise_rows import (
    ExerciseRow,
    objectives_text,
    objectives_unevaluated,
)
from ui.context import AppContext
from ui.crisis.annual_plan import AnnualPlanView
from ui.widgets.fields import EnumCombo
from ui.widgets.list_page import ListPage
from ui.widgets.table_model import MUTED_COLOUR, WARNING_COLOUR, Column


def when_text(row: ExerciseRow) -> str:
    if row.date is not None:
        return date_with_week(row.date)
    if row.month:
        return f"{_(MONTHS[row.month - 1])} {row.year}"
    return str(row.year)


def when_key(row: ExerciseRow) -> dt.date:
    return row.date or dt.date(row.year, row.month or 12, 28)


def objectives_tooltip(row: ExerciseRow) -> str | None:
    """Says what the count leaves out: objectives of a held exercise not yet evaluated."""
    unassessed = objectives_unevaluated(row)
    if not unassessed:
        return None
    return ngettext(
        "{n} objective not evaluated yet", "{n} objectives not evaluated yet", unassessed
    ).format(n=unassessed)


def _status_colour(row: ExerciseRow) -> QColor | None:
    return MUTED_COLOUR if row.status is ExerciseStatus.CANCELLED else None


def exercise_columns() -> list[Column[ExerciseRow]]:
    # Date, title and type wrap: squeezed beside the counts' columns on a laptop, the title was
    # cut to "Utrymningsövning Gar…", the one text the list is scanned for.
    return [
        Column(_("When"), when_text, sort_key=when_key, width=130, wrap=True),
        Column(_("Exercise"), lambda r: r.title, tooltip=lambda r: r.title, width=330, wrap=True),
        Column(
            _("Type"), lambda r: r.type, tooltip=lambda r: _(r.type.label), width=210, wrap=True
        ),
        # Planned, held, evaluated, cancelled last (by its text "Inställd" came before "Planerad").
        Column(
            _("Status"),
            lambda r: r.status,
            sort_key=lambda r: list(ExerciseStatus).index(r.status),
            colour=_status_colour,
            width=80,
        ),
        Column(
            _("Objectives"),
            objectives_text,
            sort_key=lambda r: r.objectives_met,
            tooltip=objectives_tooltip,
            width=120,
        ),
        Column(_("Participants"), lambda r: r.participants, align_right=True, width=85),
        Column(
            _("Open actions"),
            lambda r: r.open_actions,
            colour=lambda r: WARNING_COLOUR if r.open_actions else None,
            align_right=True,
        ),
    ]


class ExercisesPage(ListPage[ExerciseRow]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(exercise_columns(), _("Search title, scenario or place …"), parent)
        self.ctx = ctx
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("yearFilter")
        self.type_filter = EnumCombo(ExerciseType, _("All types"), self)
        self.status_filter = EnumCombo(ExerciseStatus, _("All statuses"), self)
        for combo in (self.year_filter, self.type_filter, self.status_filter):
            self.add_filter(combo)
        # The annual plan under the list: twelve months side by side need the width.
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.plan_view = AnnualPlanView(ctx, self)
        # The plan takes the height its months need, the list the rest (and what the window
        # grows by): shared half and half, at 1024 × 768 the list scrolled its last exercise
        # while ~85 px stayed empty under the plan.
        self.set_detail(self.plan_view, (1, 0))
        # A year picked above the list is the year of the plan below it.
        self.year_filter.currentIndexChanged.connect(lambda _i: self._plan_follows_year())

    def _plan_follows_year(self) -> None:
        year = self.year_filter.currentData()
        if year is not None:
            self.plan_view.year.setValue(year)

    def fill_filters(self) -> None:
        years = sorted(
            {r.year for r in self.ctx.call(exercise_reading.list_exercises)}, reverse=True
        )
        current = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(_("All years"), None)
        for year in years:
            self.year_filter.addItem(str(year), year)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(current)))
        self.year_filter.blockSignals(False)

    def load_rows(self) -> list[ExerciseRow]:
        return self.ctx.call(
            exercise_reading.list_exercises,
            year=self.year_filter.currentData(),
            type=self.type_filter.value(),
            status=self.status_filter.value(),
            search=self.search_text() or None,
        )

    def reload(self, select_id: object = None) -> None:
        super().reload(select_id)
        self.plan_view.reload()
        self._fit_plan()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_plan()

    def _fit_plan(self) -> None:
        """The plan under the list gets what it needs (at most half), unless the divider was
        dragged: then it stays where the user put it."""
        fit = self.detail_fit
        total = sum(self.splitter.sizes())
        if fit is None or fit.dragged or total <= 0:
            return
        need = self.plan_view.needed_height(self.splitter.width())
        plan = min(max(need, self.plan_view.minimumSizeHint().height()), total // 2)
        self.splitter.setSizes([total - plan, plan])

    def count_text(self, count: int) -> str:
        return ngettext("{count} exercise", "{count} exercises", count).format(count=count)
