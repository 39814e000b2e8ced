"""Lessons learned from an exercise, each calling for work raising an action followed up in the
Actions area like all others (the evaluation per objective is beside it, exercise_evaluation)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import exercise_lessons
from samverkan_desktop.services.exercise_rows import ExerciseDetail, LessonRow
from ui import key_guide
from ui.context import AppContext
from ui.crisis.common import button_row, keep_own_order
from ui.crisis.exercise_tabs import ExerciseTab
from ui.crisis.lesson_dialogs import EditLessonDialog, LessonDialog
from ui.widgets.dialogs import confirm
from ui.widgets.operations import perform, refused_before_asking, run_form
from ui.widgets.page_labels import heading, muted
from ui.widgets.record_table import RecordTable
from ui.widgets.refusal_line import RefusalLine
from ui.widgets.removal_focus import back_to_list
from ui.widgets.table_model import MUTED_COLOUR, WARNING_COLOUR, Column


def lesson_columns() -> list[Column[LessonRow]]:
    def status_colour(row: LessonRow) -> QColor | None:
        if row.action is None:
            return None
        if row.action.overdue:
            return WARNING_COLOUR
        return MUTED_COLOUR if not row.action.is_open else None

    return [
        # A handful of lessons with a tab of room: their texts wrap rather than end in "…".
        Column(_("Lesson"), lambda r: r.text, tooltip=lambda r: r.text, width=260, wrap=True),
        Column(
            _("Objective"),
            lambda r: r.objective,
            tooltip=lambda r: r.objective,
            width=160,
            wrap=True,
        ),
        Column(
            _("Action"),
            lambda r: r.action_text,
            tooltip=lambda r: r.action_text,
            width=220,
            wrap=True,
        ),
        # Person and organisation both named take a second line rather than end in "…"
        # ("Anna Berglund · Östermalms stadsdelsförv…" at 1024 px); with room, two lines.
        Column(
            _("Responsible"),
            lambda r: r.action.responsible if r.action else None,
            tooltip=lambda r: r.action.responsible if r.action else None,
            width=200,
            wrap=True,
        ),
        Column(_("Done by"), lambda r: r.action.due_on if r.action else None, width=90),
        Column(
            _("Status"),
            lambda r: r.action.status if r.action else None,
            colour=status_colour,
        ),
    ]


class LessonsTab(ExerciseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = heading(_("Lessons learned"), self)
        row, self.buttons = button_row(
            self,
            [
                (_("New lesson…"), self.new_lesson),
                (_("Edit…"), self.edit_lesson),
                (_("Show the action"), self.show_action),
                (_("Delete…"), self.delete_lesson),
            ],
        )
        self.buttons[0].setToolTip(
            key_guide.with_keys(
                _("A lesson learned, and the action it raises if something is to be done"),
                key_guide.LESSON_NEW,
            )
        )
        # Lessons come from the evaluation after the exercise: before it is held "New lesson"
        # is greyed and this line says why (the service's own refusal).
        self.not_held = RefusalLine(self)
        self._refusal: str | None = None
        new = key_guide.LESSON_NEW.apply(QAction(self))
        new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.triggered.connect(lambda: self.new_lesson())  # not triggered(checked) as the objective
        self.addAction(new)
        self.table: RecordTable[LessonRow] = RecordTable(lesson_columns(), self)
        back_to_list(self.buttons[3], self.table, self.buttons[0])
        self.table.set_empty_text(_("No lessons learned yet."))
        # In the order they were written, as the printout lists them (sorted by their text,
        # "Kommunikationen…" came before the first lesson noted).
        keep_own_order(self.table)
        self.table.activated.connect(lambda _r: self.show_action())
        self.table.current_changed.connect(lambda _r: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.not_held)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            muted(
                _(
                    "A lesson that calls for work raises an action, followed up in the Actions "
                    "area like all others; the evaluation report lists them."
                ),
                self,
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        lesson = self.table.current_row()
        self.buttons[0].setEnabled(self._refusal is None)
        self.buttons[1].setEnabled(lesson is not None)
        self.buttons[2].setEnabled(lesson is not None and lesson.action_id is not None)
        self.buttons[3].setEnabled(lesson is not None)

    def show_exercise(self, detail: ExerciseDetail) -> None:
        super().show_exercise(detail)
        open_count = sum(1 for r in detail.lessons if r.action is not None and r.action.is_open)
        heading = ngettext(
            "Lessons learned ({count}, {open} open action)",
            "Lessons learned ({count}, {open} open actions)",
            open_count,
        )
        if not detail.lessons:  # "(0, 0 öppna åtgärder)" counted actions of no lesson
            heading = _("Lessons learned ({count})")
        self.heading.setText(heading.format(count=len(detail.lessons), open=open_count))
        self._refusal = exercise_lessons.lesson_refusal(detail.exercise.status)
        self.not_held.show_refusal(self._refusal)
        self.table.set_rows(detail.lessons)
        self._update_buttons()

    def new_lesson(self, objective_id: int | None = None) -> None:
        if self.detail is None or self._refusal is not None:
            return  # Ctrl+L before the exercise is held: the line above says why
        dialog = LessonDialog(self.ctx, self.detail, objective_id, self)
        if run_form(dialog, self.ctx, ("crisis", "actions")) and dialog.saved_id is not None:
            self.table.select_id(dialog.saved_id)

    def edit_lesson(self) -> None:
        lesson = self.table.current_row()
        if lesson is None or self.detail is None:
            return
        run_form(EditLessonDialog(self.ctx, self.detail, lesson, self), self.ctx, "crisis")

    def show_action(self) -> None:
        lesson = self.table.current_row()
        if lesson is not None and lesson.action_id is not None:
            self.ctx.navigator.go("actions", lesson.action_id)

    def delete_lesson(self) -> None:
        lesson = self.table.current_row()
        if lesson is None or refused_before_asking(
            self, self.ctx, "crisis", exercise_lessons.check_lesson_deletable, lesson.id
        ):
            return
        if confirm(
            self,
            _("Delete lesson"),
            _("Delete the lesson “{text}”?").format(text=lesson.text[:80]),
            _("Delete"),
        ):
            perform(self, self.ctx, "crisis", exercise_lessons.delete_lesson, lesson.id)
