"""Two desks edit the same lesson learned ('Redigera lärdom'): desk B ties it to an objective,
desk A's save of her text is refused naming what B changed, what A typed stays, F5 loads B's
objective into the field A left alone, and A's save then stores both (before, A's save wrote
over B's unseen). The objectives are read anew then: one B added is offered, and the one A chose
stays chosen though B's came before it in the list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import exercise_lessons, exercise_objectives, exercise_reading
from samverkan_desktop.services.exercise_lessons import LessonInput
from tests.core.exercise_data import held_exercise
from tests.ui.answers import another_desk, refused_then_reloaded
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from ui.context import AppContext
from ui.crisis.lesson_dialogs import EditLessonDialog

REFUSED = (
    "Någon annan har ändrat mål sedan du öppnade formuläret, så inget sparades. "
    "Hämta ändringen så ser du den – det du har skrivit står kvar i fälten."
)


def _exercise_with_lesson(ctx: AppContext) -> tuple[int, int, int]:
    """A conducted exercise with one objective and a lesson tied to none."""
    day = clock.today() - dt.timedelta(days=3)
    exercise, (objective,) = ctx.call(held_exercise, "Alla nås inom 15 minuter", on=day)
    lesson = ctx.call(
        exercise_lessons.add_lesson,
        exercise,
        LessonInput("Kontaktlistan var inaktuell", raise_action=False),
    )
    return exercise, objective, lesson


def test_lesson_text_and_objective(qtbot: QtBot, ctx: AppContext, modals: ModalDriver) -> None:
    exercise, objective, lesson = _exercise_with_lesson(ctx)
    detail = ctx.call(exercise_reading.get_exercise, exercise)
    dialog = EditLessonDialog(ctx, detail, ctx.call(exercise_lessons.lesson_row, lesson))
    seen: dict[str, object] = {}

    def edit(shown: QWidget) -> None:
        assert shown is dialog
        dialog.lesson.clear()
        type_text(qtbot, dialog.lesson, "Kontaktlistan var ett år gammal")
        with another_desk(ctx.db.url) as desk:
            desk.call(
                exercise_lessons.update_lesson, lesson, "Kontaktlistan var inaktuell", objective
            )
        click_button(qtbot, dialog, "Spara")
        seen["refusal"] = dialog.general_error.text()
        seen["open"] = dialog.isVisible()
        seen["kept"] = dialog.lesson.toPlainText()
        seen["stored"] = ctx.call(exercise_lessons.lesson_row, lesson).text
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F5)
        seen["objective"] = dialog.objective.currentData()
        click_button(qtbot, dialog, "Spara")
        seen["closed"] = not dialog.isVisible()

    modals.answer(edit)
    dialog.exec()
    modals.check()
    assert seen["refusal"] == REFUSED
    assert seen["open"] is True and seen["kept"] == "Kontaktlistan var ett år gammal"
    assert seen["stored"] == "Kontaktlistan var inaktuell"  # nothing written over theirs
    assert seen["objective"] == objective and seen["closed"] is True
    stored = ctx.call(exercise_lessons.lesson_row, lesson)
    assert (stored.text, stored.objective_id) == ("Kontaktlistan var ett år gammal", objective)


def _their_objective_first(ctx: AppContext, exercise: int) -> int:
    """Desk B adds an objective and moves it first."""
    with another_desk(ctx.db.url) as desk:
        added = desk.call(
            exercise_objectives.add_objective, exercise, "Staben samlas inom en timme"
        )
        desk.call(exercise_objectives.move_objective, added, -1)
    return added


def test_an_objective_added_at_the_other_desk_is_offered_after_f5(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    exercise, _objective, lesson = _exercise_with_lesson(ctx)
    detail = ctx.call(exercise_reading.get_exercise, exercise)
    dialog = EditLessonDialog(ctx, detail, ctx.call(exercise_lessons.lesson_row, lesson))

    def hers() -> None:
        dialog.lesson.clear()
        type_text(qtbot, dialog.lesson, "Kontaktlistan var ett år gammal")

    def theirs() -> None:  # the lesson tied to B's new objective
        added = _their_objective_first(ctx, exercise)
        with another_desk(ctx.db.url) as desk:
            desk.call(exercise_lessons.update_lesson, lesson, "Kontaktlistan var inaktuell", added)

    seen = refused_then_reloaded(qtbot, modals, dialog, hers, theirs)
    assert seen["refusal"] == REFUSED and seen["closed"] is True
    stored = ctx.call(exercise_lessons.lesson_row, lesson)
    assert (stored.text, stored.objective) == (
        "Kontaktlistan var ett år gammal",
        "Staben samlas inom en timme",
    )
    assert [dialog.objective.itemText(i) for i in range(dialog.objective.count())] == [
        "– inte kopplad till ett mål –",
        "1. Staben samlas inom en timme",
        "2. Alla nås inom 15 minuter",
    ]


def test_her_objective_stays_chosen_when_theirs_comes_before_it(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    exercise, objective, lesson = _exercise_with_lesson(ctx)
    detail = ctx.call(exercise_reading.get_exercise, exercise)
    dialog = EditLessonDialog(ctx, detail, ctx.call(exercise_lessons.lesson_row, lesson))

    def hers() -> None:
        dialog.objective.setFocus()
        qtbot.keyClick(dialog.objective, Qt.Key.Key_Down)  # her objective, the list's second
        assert dialog.objective.currentText() == "1. Alla nås inom 15 minuter"

    def theirs() -> None:  # B's new objective first, and the lesson's text reworded
        _their_objective_first(ctx, exercise)
        with another_desk(ctx.db.url) as desk:
            desk.call(exercise_lessons.update_lesson, lesson, "Kontaktlistan var gammal", None)

    seen = refused_then_reloaded(qtbot, modals, dialog, hers, theirs)
    assert seen["closed"] is True
    stored = ctx.call(exercise_lessons.lesson_row, lesson)
    assert (stored.text, stored.objective_id) == ("Kontaktlistan var gammal", objective)
