"""The exercise's and the walk's plan open at the height their fields need: "Redigera övning"
after "Ny övning" (which has a checklist row more) and "Ändra vandringens plan" after "Planera
trygghetsvandring" at a place walked before ("Samma slinga och deltagare som förra gången")
opened with that row's height empty above their buttons (every size a dialog had was
remembered). Only a size the user gave by dragging the dialog's edge is remembered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading, walk_reading
from tests.ui.clicks import click_button
from tests.ui.openers import shown_form
from tests.ui.windows import keep_shot
from ui.context import AppContext
from ui.crisis.exercise_dialog import ExerciseDialog
from ui.walks.walk_dialog import WalkDialog
from ui.widgets.form_dialog import FormDialog


def opened(qtbot: QtBot, dialog: FormDialog) -> FormDialog:
    shown_form(qtbot, dialog)
    qtbot.wait(20)  # the height fitted to the texts once the layout has run
    return dialog


def gap_above_buttons(dialog: FormDialog, last_field: QWidget) -> int:
    bottom = last_field.mapTo(dialog, QPoint(0, last_field.height())).y()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    return buttons.mapTo(dialog, QPoint(0, 0)).y() - bottom


def gap_of(qtbot: QtBot, dialog: FormDialog, last: Callable[[FormDialog], QWidget]) -> int:
    opened(qtbot, dialog)
    gap = gap_above_buttons(dialog, last(dialog))
    keep_shot(dialog, type(dialog).__name__)
    click_button(qtbot, dialog, "Avbryt")
    return gap


def test_the_exercise_edit_opens_at_its_height_after_a_new_one(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    row = demo_ctx.call(exercise_reading.list_exercises)[0]

    def edit() -> ExerciseDialog:
        return ExerciseDialog(demo_ctx, demo_ctx.call(exercise_reading.get_exercise, row.id))

    def plan(dialog: FormDialog) -> QWidget:
        assert isinstance(dialog, ExerciseDialog)
        return dialog.plan

    first = gap_of(qtbot, edit(), plan)
    gap_of(qtbot, ExerciseDialog(demo_ctx), plan)
    assert gap_of(qtbot, edit(), plan) == first


def test_the_walk_edit_opens_at_its_height_after_a_new_one_at_a_walked_place(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    walks = demo_ctx.call(walk_reading.list_walks)
    walked = next(
        w for w in walks if demo_ctx.call(walk_reading.last_walked_at, w.place_id) is not None
    )

    def purpose(dialog: FormDialog) -> QWidget:
        assert isinstance(dialog, WalkDialog)
        return dialog.purpose

    first = gap_of(qtbot, WalkDialog(demo_ctx, walks[0].id), purpose)
    new = WalkDialog(demo_ctx, place_id=walked.place_id)
    assert new.copy_previous.isVisibleTo(new)
    gap_of(qtbot, new, purpose)
    assert gap_of(qtbot, WalkDialog(demo_ctx, walks[0].id), purpose) == first


def test_only_a_height_the_user_dragged_is_remembered(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """The new exercise's form is taller than the edit form (its checklist row): closed at that
    height, merely shown, it leaves the edit form at its own. A height the user drags the edit
    form to is its next time's."""
    row = demo_ctx.call(exercise_reading.list_exercises)[0]
    detail = demo_ctx.call(exercise_reading.get_exercise, row.id)
    edit = opened(qtbot, ExerciseDialog(demo_ctx, detail))
    own = edit.height()
    click_button(qtbot, edit, "Avbryt")
    new = opened(qtbot, ExerciseDialog(demo_ctx))
    assert new.height() > own  # a size of its own, shown and not chosen
    click_button(qtbot, new, "Avbryt")

    dialog = opened(qtbot, ExerciseDialog(demo_ctx, detail))
    assert dialog.height() == own  # it opened as tall as the new form last was
    taller = own + 80
    window = dialog.windowHandle()
    assert window is not None
    window.resize(dialog.width(), taller)  # as the window system reports an edge dragged
    qtbot.waitUntil(lambda: dialog.height() == taller)
    click_button(qtbot, dialog, "Avbryt")

    again = opened(qtbot, ExerciseDialog(demo_ctx, detail))
    assert again.height() == taller
