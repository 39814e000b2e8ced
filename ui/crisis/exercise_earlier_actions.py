"""Beside an exercise's planning checklist: the open actions raised by the lessons of earlier
exercises, where planning starts ("förra övningens lärdomar"), each opened in Actions."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from samverkan_desktop.formatting import date_with_week
from samverkan_desktop.i18n import _
from samverkan_desktop.services import exercise_lessons
from samverkan_desktop.services.exercise_lessons import EarlierAction
from ui.context import AppContext
from ui.crisis.common import button_row
from ui.widgets.page_labels import heading, muted
from ui.widgets.record_table import RecordTable
from ui.widgets.table_model import WARNING_COLOUR, Column

ROWS_SHOWN = 4  # a few: the checklist above is what the tab is for


def earlier_action_columns() -> list[Column[EarlierAction]]:
    return [
        Column(
            _("Exercise"),
            lambda r: f"{r.exercise_date.isoformat()} {r.exercise_title}",
            tooltip=lambda r: r.exercise_title,
            width=300,
            wrap=True,
        ),
        Column(
            _("Action"),
            lambda r: r.action.title,
            tooltip=lambda r: r.action.title,
            width=330,
            wrap=True,
        ),
        Column(_("Responsible"), lambda r: r.action.responsible, width=220, wrap=True),
        Column(
            _("Done by"),
            lambda r: date_with_week(r.action.due_on),
            sort_key=lambda r: r.action.due_on,
            colour=lambda r: WARNING_COLOUR if r.action.overdue else None,
            width=140,
        ),
        Column(_("Status"), lambda r: r.action.status),
    ]


class EarlierActionsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = heading("", self)  # with its count once an exercise is shown
        row, self.buttons = button_row(self, [(_("Show the action"), self.show_action)])
        self.table: RecordTable[EarlierAction] = RecordTable(
            earlier_action_columns(), self, id_of=lambda r: r.action.id
        )
        self.table.activated.connect(lambda _r: self.show_action())
        self.table.current_changed.connect(lambda _r: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.table)
        # None open: a line says so, instead of an empty list and a button that does nothing.
        self.none_open = muted(_("No actions from earlier exercises are open."), self)
        layout.addWidget(self.none_open)
        # As tall as its rows (a few at most, more scroll): the checklist above keeps the room.
        self.table.verticalHeader().sectionResized.connect(lambda *_a: self._fit_height())
        self._update_buttons()

    def _fit_height(self) -> None:
        shown = min(self.table.model().rowCount(), ROWS_SHOWN)
        body = sum(self.table.rowHeight(i) for i in range(shown))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + body + 2 * self.table.frameWidth())

    def _update_buttons(self) -> None:
        self.buttons[0].setEnabled(self.table.current_row() is not None)

    def show_for(self, exercise_id: int) -> None:
        rows = self.ctx.call(exercise_lessons.open_earlier_actions, exercise_id)
        self.heading.setText(
            _("Open actions from earlier exercises' lessons ({count})").format(count=len(rows))
        )
        self.table.set_rows(rows)
        self._fit_height()
        for widget in (self.table, self.buttons[0]):
            widget.setVisible(bool(rows))
        self.none_open.setVisible(not rows)
        self._update_buttons()

    def show_action(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.ctx.navigator.go("actions", row.action.id)
