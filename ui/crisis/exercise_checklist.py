"""The planning checklist of one exercise (copied from a template when it was planned): what is
done, what is due by when (weeks before the exercise), late points in the warning colour; under
it the open actions of earlier exercises' lessons, which planning starts from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from samverkan_desktop import clock
from samverkan_desktop.formatting import date_with_week, iso_date
from samverkan_desktop.i18n import _
from samverkan_desktop.services import exercise_checklist
from samverkan_desktop.services.exercise_rows import ChecklistRow, ExerciseDetail
from ui import key_guide
from ui.context import AppContext
from ui.crisis.common import button_row, in_list_order
from ui.crisis.exercise_earlier_actions import EarlierActionsPanel
from ui.crisis.exercise_tabs import ExerciseTab
from ui.crisis.exercise_text_dialogs import TextDialog
from ui.widgets.arrow_buttons import DOWN, UP, as_up_and_down, enable_arrows, own_place
from ui.widgets.dialogs import confirm
from ui.widgets.operations import run_form
from ui.widgets.page_labels import heading, muted
from ui.widgets.record_table import RecordTable
from ui.widgets.removal_focus import back_to_list
from ui.widgets.table_model import MUTED_COLOUR, WARNING_COLOUR, Column

POINT_WIDTH = 240  # a point's column, shared with its guidance


def checklist_columns(today: Callable[[], dt.date]) -> list[Column[ChecklistRow]]:
    # Asked on every paint, not once: a point falls due while the view stays open (overnight),
    # and the date a view was built on kept it black.
    def late(row: ChecklistRow) -> bool:
        return row.done_on is None and row.due_on is not None and row.due_on < today()

    return [
        Column("#", lambda r: r.position, align_right=True, width=34),
        Column(
            _("Done"),
            lambda r: "✓ " + iso_date(r.done_on) if r.done_on else "",
            sort_key=lambda r: r.done_on,
            width=100,
        ),
        Column(
            _("Point"),
            lambda r: r.title,
            tooltip=lambda r: r.guidance or r.title,
            # Shares the room with the guidance, which a wider window gives back (at 330 px the
            # points stood on one line beside guidance on six, three points in sight at 1024).
            width=POINT_WIDTH,
            colour=lambda r: MUTED_COLOUR if r.done_on else None,
            wrap=True,  # whole: "Håll en kort utvärdering direkt efter övningen (hot …"
        ),
        Column(
            _("Due"),
            lambda r: date_with_week(r.due_on),
            sort_key=lambda r: r.due_on,
            colour=lambda r: WARNING_COLOUR if late(r) else None,
            width=140,
        ),
        # Read beside the point, whole on more lines (at 1100 px it read "Stadsdelsdirektören
        # beslutar om …").
        Column(_("Guidance"), lambda r: r.guidance, tooltip=lambda r: r.guidance, wrap=True),
    ]


class ChecklistTab(ExerciseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = heading(_("Planning checklist"), self)
        row, self.buttons = button_row(
            self,
            [
                (_("Done / not done"), self.toggle_done),
                (_("Add point…"), self.add_item),
                (_("Edit…"), self.edit_item),
                (UP, lambda: self.move_selected(-1)),
                (DOWN, lambda: self.move_selected(1)),
                (_("Delete…"), self.delete_item),
            ],
        )
        as_up_and_down(*self.buttons[3:5])
        self.today: Callable[[], dt.date] = lambda: clock.today()  # a test sets the day
        self.table: RecordTable[ChecklistRow] = RecordTable(
            checklist_columns(lambda: self.today()), self
        )
        back_to_list(self.buttons[5], self.table, self.buttons[1])
        self.table.current_changed.connect(lambda _r: self._update_buttons())
        self.table.activated.connect(lambda _r: self.toggle_done())
        self.table.on_tick(self.toggle_done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            muted(
                _(
                    "{tick} or {open} ticks the selected point as done today (again: not done)."
                ).format(tick=key_guide.LIST_TICK.label(), open=key_guide.LIST_OPEN.label()),
                self,
            )
        )
        self.earlier = EarlierActionsPanel(ctx, self)
        layout.addWidget(self.earlier)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.table.current_row() is not None
        self.buttons[0].setEnabled(selected)
        for button in self.buttons[2:]:
            button.setEnabled(selected)
        up, down = self.buttons[3:5]
        enable_arrows(
            up, down, own_place(self.table), len(self.table.rows_model.rows()), self.table
        )

    def show_exercise(self, detail: ExerciseDetail) -> None:
        super().show_exercise(detail)
        done = sum(1 for c in detail.checklist if c.done_on)
        self.heading.setText(
            _("Planning checklist ({done} of {total} done)").format(
                done=done, total=len(detail.checklist)
            )
        )
        self.table.set_rows(detail.checklist)
        self.earlier.show_for(detail.exercise.id)
        self._update_buttons()

    def toggle_done(self) -> None:
        item = self.table.current_row()
        if item is None:
            return
        # Ticked again it would get today's date: its own date is asked about before it goes.
        if item.done_on is not None and not confirm(
            self,
            _("Not done"),
            _("Mark “{title}” as not done? The date it was done, {date}, is removed.").format(
                title=item.title, date=iso_date(item.done_on)
            ),
            _("Not done"),
        ):
            return
        self.change(
            exercise_checklist.set_checklist_done, item.id, None if item.done_on else self.today()
        )

    def add_item(self) -> None:
        if self.detail is None:
            return
        exercise_id = self.exercise_id
        run_form(
            TextDialog(
                self.ctx,
                _("New checklist point"),
                _("Point"),
                lambda text, weeks: self.ctx.call(
                    exercise_checklist.add_checklist_item, exercise_id, text, weeks
                ),
                weeks=True,
                parent=self,
            ),
            self.ctx,
            "crisis",
        )

    def edit_item(self) -> None:
        item = self.table.current_row()
        if item is None:
            return
        dialog = TextDialog(
            self.ctx,
            _("Edit checklist point"),
            _("Point"),
            lambda text, weeks: self.ctx.call(
                exercise_checklist.update_checklist_item, item.id, text, weeks, item.guidance
            ),
            item.title,
            weeks=True,
            parent=self,
        )
        assert dialog.weeks is not None
        dialog.weeks.setValue(-1 if item.weeks_before is None else item.weeks_before)
        run_form(dialog, self.ctx, "crisis")

    def move_selected(self, delta: int) -> None:
        in_list_order(self.table)
        item = self.table.current_row()
        if item is not None:
            self.change(exercise_checklist.move_checklist_item, item.id, delta)

    def delete_item(self) -> None:
        item = self.table.current_row()
        if item is not None and confirm(
            self,
            _("Delete point"),
            _("Delete “{title}” from this exercise's checklist?").format(title=item.title),
            _("Delete"),
        ):
            self.change(exercise_checklist.delete_checklist_item, item.id)
