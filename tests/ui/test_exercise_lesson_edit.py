"""Editing a lesson learned: the coordinator can tie it to another objective of the exercise or
to none (the form only had the text, so a lesson filed under the wrong objective stayed there),
and a lesson's text keeps its lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.answers import cancel_typed
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.record_tabs import demo_exercise, exercise_alone
from tests.ui.tables import click_row, row_texts
from ui.context import AppContext
from ui.crisis.area import CrisisArea

FIRST_LESSON = "Kontaktlistan hade två inaktuella telefonnummer"


def _lessons_of_the_evaluated_exercise(qtbot: QtBot, ctx: AppContext) -> tuple[CrisisArea, int]:
    row = demo_exercise(ctx)
    area, _view = exercise_alone(qtbot, ctx, row.id, "lessons_tab")
    return area, row.id


def _lesson_row(area: CrisisArea) -> dict[str, str]:
    table = area.exercise_view.lessons_tab.table
    first = next(r.text for r in table.rows() if r.text.startswith(FIRST_LESSON))
    return row_texts(table, first)


def _save(qtbot: QtBot, dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_lesson_moves_to_another_objective_or_to_none(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area, exercise_id = _lessons_of_the_evaluated_exercise(qtbot, demo_ctx)
    detail = demo_ctx.call(exercise_reading.get_exercise, exercise_id)
    first, second = detail.objectives[0], detail.objectives[1]
    assert _lesson_row(area)["Mål"] == first.text
    lessons = area.exercise_view.lessons_tab
    offered: list[list[str]] = []

    def to_the_second(dialog: QWidget) -> None:
        combo = dialog.objective  # type: ignore[attr-defined]
        offered.append([combo.itemText(i) for i in range(combo.count())])
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        _save(qtbot, dialog)

    click_row(qtbot, lessons.table, _lesson_row(area)["Lärdom"])
    modals.answer(to_the_second)
    click_button(qtbot, lessons, "Redigera…")
    modals.check()
    assert offered == [
        ["– inte kopplad till ett mål –"] + [f"{o.position}. {o.text}" for o in detail.objectives]
    ]
    assert _lesson_row(area)["Mål"] == second.text
    stored = next(
        lesson
        for lesson in demo_ctx.call(exercise_reading.get_exercise, exercise_id).lessons
        if lesson.text.startswith(FIRST_LESSON)
    )
    assert stored.objective_id == second.id

    def to_none(dialog: QWidget) -> None:
        combo = dialog.objective  # type: ignore[attr-defined]
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Home)
        _save(qtbot, dialog)

    modals.answer(to_none)
    click_button(qtbot, lessons, "Redigera…")
    modals.check()
    assert _lesson_row(area)["Mål"] == ""
    assert all(
        lesson.objective_id is None
        for lesson in demo_ctx.call(exercise_reading.get_exercise, exercise_id).lessons
        if lesson.text.startswith(FIRST_LESSON)
    )


def test_a_changed_objective_not_saved_is_asked_about(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area, exercise_id = _lessons_of_the_evaluated_exercise(qtbot, demo_ctx)
    lessons = area.exercise_view.lessons_tab
    before = _lesson_row(area)["Mål"]

    def change_then_cancel(dialog: QWidget) -> None:
        combo = dialog.objective  # type: ignore[attr-defined]
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_End)
        cancel_typed(qtbot, dialog)

    click_row(qtbot, lessons.table, _lesson_row(area)["Lärdom"])
    modals.answer(change_then_cancel)
    click_button(qtbot, lessons, "Redigera…")
    modals.check()
    assert _lesson_row(area)["Mål"] == before
