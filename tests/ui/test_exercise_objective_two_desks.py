"""Two desks edit the same exercise objective's text ('Redigera mål') or its evaluation: desk B
saves, desk A's save is refused, what A typed stays; in the dialog F5 reads B's text anew and A's
save then stores hers deliberately (before, A's save wrote over B's unseen)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from samverkan_desktop import clock
from samverkan_desktop.models import (
    ExerciseObjective,
    ExerciseStatus,
    ExerciseType,
    ObjectiveResult,
)
from samverkan_desktop.services import exercise_objectives, exercises
from tests.ui.conftest import ModalDriver
from tests.ui.helpers import acknowledge, another_desk, click_button, show_window, type_text
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.exercise_dialogs import ObjectiveDialog

REFUSED = (
    "Någon annan har ändrat mål sedan du öppnade formuläret, så inget sparades. "
    "Hämta ändringen så ser du den – det du har skrivit står kvar i fälten."
)


def test_objective_text(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    with demo_ctx.db.session() as s:
        objective_id = s.scalars(
            select(ExerciseObjective.id).order_by(ExerciseObjective.id)
        ).first()
        assert objective_id is not None
    shown = demo_ctx.call(exercise_objectives.objective_row, objective_id)
    dialog = ObjectiveDialog(demo_ctx, shown)
    theirs = shown.text + " (även ersättare)"
    seen: dict[str, object] = {}

    def edit(shown_dialog: QWidget) -> None:
        assert shown_dialog is dialog
        dialog.text_edit.clear()
        type_text(qtbot, dialog.text_edit, "Staben samlas inom 45 minuter")
        with another_desk(demo_ctx.db.url) as desk:
            desk.call(exercise_objectives.update_objective, objective_id, theirs)
        click_button(qtbot, dialog, "Spara")
        seen["refusal"] = dialog.general_error.text()
        seen["open"] = dialog.isVisible()
        seen["kept"] = dialog.text_edit.text()
        seen["stored"] = demo_ctx.call(exercise_objectives.objective_row, objective_id).text
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F5)
        click_button(qtbot, dialog, "Spara")
        seen["closed"] = not dialog.isVisible()

    modals.answer(edit)
    dialog.exec()
    modals.check()
    assert seen["refusal"] == REFUSED
    assert seen["open"] is True and seen["kept"] == "Staben samlas inom 45 minuter"
    assert seen["stored"] == theirs  # nothing written over theirs
    assert seen["closed"] is True
    stored = demo_ctx.call(exercise_objectives.objective_row, objective_id)
    assert stored.text == "Staben samlas inom 45 minuter"


def _conducted_objective(ctx: AppContext) -> tuple[int, int]:
    day = clock.today() - dt.timedelta(days=3)
    exercise = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput(
            "Larmprov", ExerciseType.FUNCTIONAL, day.year, date=day, status=ExerciseStatus.CONDUCTED
        ),
    )
    return exercise, ctx.call(exercise_objectives.add_objective, exercise, "Alla nås inom 15 min")


def test_objective_evaluation(qtbot: QtBot, ctx: AppContext, modals: ModalDriver) -> None:
    """The Evaluation tab: B evaluates the objective while A types hers; A's 'Spara
    utvärderingen' is refused with a message, her result and comment stay in the editor and B's
    evaluation is not written over, also after she looked at another objective and the tab was
    refreshed with B's evaluation."""
    exercise, objective = _conducted_objective(ctx)
    other = ctx.call(exercise_objectives.add_objective, exercise, "Staben samlas inom en timme")
    area = show_window(qtbot, CrisisArea(ctx), 1280, 800)
    area.open_exercise(exercise)
    tab = area.exercise_view.evaluation_tab
    area.exercise_view.tabs.setCurrentWidget(tab)
    assert tab.table.current_id() == objective
    click_button(qtbot, tab, "1 Uppfyllt")
    type_text(qtbot, tab.comment, "Alla svarade inom tio minuter")
    tab.table.select_id(other)
    tab.table.select_id(objective)  # her draft back in the editor
    with another_desk(ctx.db.url) as desk:
        desk.call(
            exercise_objectives.evaluate_objective,
            objective,
            ObjectiveResult.PARTLY,
            "Två saknades",
        )
    # This desk's own later change refreshes the tab: B's evaluation is listed, hers stays.
    ctx.bus.announce("crisis")
    assert tab.table.current_row().comment == "Två saknades"  # type: ignore[union-attr]
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    click_button(qtbot, tab, "Spara utvärderingen (Ctrl+Enter)")
    modals.check()
    assert len(seen) == 1 and seen[0].startswith(
        "Någon annan ändrade posten medan du redigerade den"
    )
    assert tab.result_buttons[ObjectiveResult.MET].isChecked()
    assert tab.comment.toPlainText() == "Alla svarade inom tio minuter"
    stored = ctx.call(exercise_objectives.objective_row, objective)
    assert (stored.result, stored.comment) == (ObjectiveResult.PARTLY, "Två saknades")
