"""An exercise's evaluation status as the coordinator sees it when objectives are added after the
evaluation: the first objective takes it back to conducted (and says so), a further one shows as
not yet evaluated beside "Utvärderad"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus, ObjectiveResult
from samverkan_desktop.services import exercise_objectives, exercise_reading, exercises
from tests.core.exercise_data import held_exercise
from tests.days import days_ago
from tests.ui.answers import acknowledge
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.exercise_text_dialogs import TextDialog


def _evaluated_without_objectives(ctx: AppContext) -> int:
    exercise, _objectives = ctx.call(held_exercise, on=days_ago(20))
    ctx.call(exercises.set_status, exercise, ExerciseStatus.EVALUATED)
    return exercise


def _add_objective(qtbot: QtBot, modals: ModalDriver, area: CrisisArea, text: str) -> None:
    def fill(dialog: object) -> None:
        assert isinstance(dialog, TextDialog)
        type_text(qtbot, dialog.text_edit, text)
        click_button(qtbot, dialog, "Spara")

    modals.answer(fill)


def test_a_first_objective_after_the_evaluation_asks_for_its_assessment(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    exercise = _evaluated_without_objectives(ctx)
    area = CrisisArea(ctx)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    area.tabs.setCurrentWidget(area.exercises_stack)
    area.open_exercise(exercise)
    view = area.exercise_view
    assert view.subtitle.text().endswith("Utvärderad")
    view.tabs.setCurrentWidget(view.scenario_tab)
    seen: list[str] = []
    _add_objective(qtbot, modals, area, "Alla nås inom 15 minuter")
    modals.answer(acknowledge(qtbot, seen))
    click_button(qtbot, view.scenario_tab, "Lägg till mål…")
    modals.check()
    assert seen == [
        "”Larmprov” är tillbaka som genomförd: utvärdera det nya målet på fliken Utvärdering "
        "och markera sedan övningen som utvärderad igen."
    ]
    assert view.subtitle.text().endswith("Genomförd")
    assert view.next_button.isVisible() and view.next_button.text() == "Markera som utvärderad"
    # Assessed and evaluated again, a second objective shows the evaluation as incomplete.
    objective = ctx.call(exercise_reading.get_exercise, exercise).objectives[0]
    ctx.call(exercise_objectives.evaluate_objective, objective.id, ObjectiveResult.MET)
    ctx.call(exercises.set_status, exercise, ExerciseStatus.EVALUATED)
    ctx.bus.announce("crisis")
    _add_objective(qtbot, modals, area, "Larmlistan är aktuell")
    click_button(qtbot, view.scenario_tab, "Lägg till mål…")
    modals.check()  # no message: it stays evaluated
    # On one line (it wrapped after "(1"), and the list's count says what it leaves out.
    assert view.subtitle.text().endswith("Utvärderad\u00a0(1\u00a0mål\u00a0ej\u00a0utvärderat)")
    area.show_exercise_list()
    table = area.exercises_page.table
    index = table.model().index(0, column_texts_index(table, "Mål"))
    assert table.model().data(index, Qt.ItemDataRole.DisplayRole) == "1 av 2 uppfyllt"
    assert table.model().data(index, Qt.ItemDataRole.ToolTipRole) == "1 mål är inte utvärderat än"


def column_texts_index(table: QTableView, title: str) -> int:
    model = table.model()
    titles = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    return titles.index(title)


def test_the_last_assessed_objective_is_refused_before_the_delete_question(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    """It asked "Ta bort målet …?" and, once agreed to, refused: an evaluated exercise keeps an
    assessed objective. Now the refusal comes alone, first."""
    exercise, (objective,) = ctx.call(held_exercise, "Alla nås inom 15 minuter", on=days_ago(20))
    ctx.call(exercise_objectives.evaluate_objective, objective, ObjectiveResult.MET)
    ctx.call(exercises.set_status, exercise, ExerciseStatus.EVALUATED)
    ctx.call(
        exercise_objectives.add_objective, exercise, "Larmlistan är aktuell"
    )  # not yet assessed
    area = CrisisArea(ctx)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    area.open_exercise(exercise)
    tab = area.exercise_view.scenario_tab
    area.exercise_view.tabs.setCurrentWidget(tab)
    tab.objectives.select_id(objective)
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert [b.text() for b in box.buttons()] == ["OK"], box.text()  # no question
        seen.append(box.text())
        click_button(qtbot, box, "OK")

    modals.answer(read)
    click_button(qtbot, tab, "Ta bort…")
    modals.check()
    assert seen == [
        "”Larmprov” är markerad som utvärderad, så minst ett mål måste behålla sitt resultat. "
        "Ta först tillbaka steget ”utvärderad”."
    ]
    assert len(ctx.call(exercise_reading.get_exercise, exercise).objectives) == 2
