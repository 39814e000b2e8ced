"""An exercise's evaluation typed and not saved (an objective's result and comment, the overall
assessment) is saved when the window closes: in the exercise shown and in those looked at
before, also after the coordinator went on to another area. When a save is refused (another
desk changed the assessment or the objective's evaluation meanwhile) the coordinator is asked,
and staying keeps the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus, ExerciseType, ObjectiveResult
from samverkan_desktop.services import exercise_objectives, exercise_reading, exercises
from samverkan_desktop.services.exercise_assessment import save_assessment
from samverkan_desktop.services.exercise_rows import ExerciseDetail
from tests.days import days_ago
from tests.ui.answers import CLOSE_ANYWAY, STAY, another_desk, answer_close_question
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.exercise_evaluation import EvaluationTab
from ui.main_window import MainWindow

MINE = "Krisledningen kom igång snabbt. Stödet till berörda brast."


def _held(ctx: AppContext, title: str, *objectives: str) -> int:
    day = days_ago(1)
    exercise = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput(
            title, ExerciseType.SIMULATION, day.year, date=day, status=ExerciseStatus.CONDUCTED
        ),
    )
    for text in objectives:
        ctx.call(exercise_objectives.add_objective, exercise, text)
    return exercise


def _crisis(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, CrisisArea]:
    return area_in_window(qtbot, ctx, "crisis", CrisisArea, 1366, 768)


def _evaluation(area: CrisisArea, exercise: int) -> EvaluationTab:
    """The exercise opened on its Utvärdering tab."""
    area.open_exercise(exercise)
    view = area.exercise_view
    view.tabs.setCurrentWidget(view.evaluation_tab)
    return view.evaluation_tab


def _close_answering(
    qtbot: QtBot, modals: ModalDriver, window: MainWindow, button: str
) -> list[str]:
    """Close the window, answering the question about text not saved with ``button``: the
    questions asked."""
    seen: list[str] = []
    modals.answer(answer_close_question(qtbot, button, seen))
    window.close()
    modals.check()
    return seen


def _saved(ctx: AppContext, exercise: int) -> ExerciseDetail:
    return ctx.call(exercise_reading.get_exercise, exercise)


def test_an_assessment_typed_is_saved_when_the_window_closes(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    held = _held(demo_ctx, "Stabsövning vid strömavbrott", "Lägesbild inom en timme")
    window, area = _crisis(qtbot, demo_ctx)
    type_text(qtbot, _evaluation(area, held).assessment.text, MINE)
    window.close()
    modals.check()  # nothing asked
    assert not window.isVisible()
    assert _saved(demo_ctx, held).assessment == MINE


def test_an_objective_evaluated_and_not_saved_is_saved_when_the_window_closes(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    held = _held(demo_ctx, "Stabsövning vid strömavbrott", "Lägesbild inom en timme", "Budskap")
    window, area = _crisis(qtbot, demo_ctx)
    tab = _evaluation(area, held)
    click_row(qtbot, tab.table, "2")
    qtbot.mouseClick(tab.result_buttons[ObjectiveResult.PARTLY], Qt.MouseButton.LeftButton)
    type_text(qtbot, tab.comment, "Budskapet kom ut sent.")
    window.close()
    assert not window.isVisible()
    objectives = _saved(demo_ctx, held).objectives
    assert [(o.result, o.comment) for o in objectives] == [
        (None, None),
        (ObjectiveResult.PARTLY, "Budskapet kom ut sent."),
    ]


def test_what_was_typed_in_an_exercise_no_longer_shown_is_saved_too(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    first = _held(demo_ctx, "Stabsövning vid strömavbrott", "Lägesbild inom en timme")
    second = _held(demo_ctx, "Larmprov krisledning", "Alla nås inom 15 minuter")
    window, area = _crisis(qtbot, demo_ctx)
    tab = _evaluation(area, first)
    type_text(qtbot, tab.comment, "Lägesbilden kom efter 50 minuter.")
    type_text(qtbot, tab.assessment.text, MINE)
    tab = _evaluation(area, second)  # the first one's text is kept aside, not saved
    assert _saved(demo_ctx, first).assessment is None
    type_text(qtbot, tab.assessment.text, "Larmet nådde alla.")
    window.close()
    assert not window.isVisible()
    saved = _saved(demo_ctx, first)
    assert saved.assessment == MINE
    assert saved.objectives[0].comment == "Lägesbilden kom efter 50 minuter."
    assert _saved(demo_ctx, second).assessment == "Larmet nådde alla."


def test_typed_in_crisis_and_left_for_groups_is_saved_when_the_window_closes(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    held = _held(demo_ctx, "Stabsövning vid strömavbrott", "Lägesbild inom en timme")
    window, area = _crisis(qtbot, demo_ctx)
    type_text(qtbot, _evaluation(area, held).assessment.text, MINE)
    window.navigate("groups")
    window.close()
    assert not window.isVisible()
    assert _saved(demo_ctx, held).assessment == MINE


def _changed_at_another_desk(ctx: AppContext, exercise: int) -> None:
    with another_desk(ctx.db.url) as desk:
        desk.call(save_assessment, exercise, "Gruppchefens bedömning.", shown="")


QUESTION = (
    "Den samlade bedömningen kunde inte sparas: någon annan ändrade bedömningen medan du "
    "skrev.\n\nStänga fönstret ändå, eller stanna kvar och kopiera det du skrivit?"
)


def test_closing_asks_when_another_desk_changed_the_assessment_and_staying_keeps_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    held = _held(demo_ctx, "Stabsövning vid strömavbrott", "Lägesbild inom en timme")
    window, area = _crisis(qtbot, demo_ctx)
    box = _evaluation(area, held).assessment
    type_text(qtbot, box.text, MINE)
    _changed_at_another_desk(demo_ctx, held)
    assert _close_answering(qtbot, modals, window, STAY) == [QUESTION]
    assert window.isVisible() and box.isVisible()
    assert box.text.toPlainText() == MINE
    assert _saved(demo_ctx, held).assessment == "Gruppchefens bedömning."  # not overwritten

    _close_answering(qtbot, modals, window, CLOSE_ANYWAY)
    assert not window.isVisible()
    assert _saved(demo_ctx, held).assessment == "Gruppchefens bedömning."


def test_a_refusal_in_crisis_brings_it_back_from_another_area(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Typed in one exercise, another one open, then on to Grupper: the window comes back to
    Kris on the exercise with the text, behind the question."""
    held = _held(demo_ctx, "Stabsövning vid strömavbrott", "Lägesbild inom en timme")
    other = _held(demo_ctx, "Larmprov krisledning", "Alla nås inom 15 minuter")
    window, area = _crisis(qtbot, demo_ctx)
    box = _evaluation(area, held).assessment
    type_text(qtbot, box.text, MINE)
    _evaluation(area, other)
    window.navigate("groups")
    _changed_at_another_desk(demo_ctx, held)
    assert _close_answering(qtbot, modals, window, STAY) == [QUESTION]
    assert window.isVisible() and window.current_area_key() == "crisis"
    view = area.exercise_view
    assert view.detail is not None and view.detail.exercise.id == held
    assert view.tabs.currentWidget() is view.evaluation_tab
    assert box.isVisible() and box.text.toPlainText() == MINE
    _close_answering(qtbot, modals, window, CLOSE_ANYWAY)


def test_after_staying_the_other_desks_assessment_is_offered_at_once(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Stayed after a refused close: "Kasta mina ändringar" is there without saving again (it
    came only with a second refused save), and stays with that exercise while another is
    looked at."""
    held = _held(demo_ctx, "Stabsövning vid strömavbrott", "Lägesbild inom en timme")
    other = _held(demo_ctx, "Larmprov krisledning", "Alla nås inom 15 minuter")
    window, area = _crisis(qtbot, demo_ctx)
    box = _evaluation(area, held).assessment
    type_text(qtbot, box.text, MINE)
    _changed_at_another_desk(demo_ctx, held)
    _close_answering(qtbot, modals, window, STAY)
    assert box.discard_button.isVisible()
    _evaluation(area, other)
    assert not box.discard_button.isVisible()  # nothing refused there
    _evaluation(area, held)
    assert box.discard_button.isVisible() and box.text.toPlainText() == MINE
    qtbot.mouseClick(box.discard_button, Qt.MouseButton.LeftButton)
    assert box.text.toPlainText() == "Gruppchefens bedömning."
    assert not box.discard_button.isVisible()


def test_closing_asks_when_another_desk_evaluated_the_objective_and_staying_keeps_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    held = _held(demo_ctx, "Stabsövning vid strömavbrott", "Lägesbild inom en timme")
    window, area = _crisis(qtbot, demo_ctx)
    tab = _evaluation(area, held)
    qtbot.mouseClick(tab.result_buttons[ObjectiveResult.MET], Qt.MouseButton.LeftButton)
    type_text(qtbot, tab.comment, "Lägesbilden kom efter 40 minuter.")
    objective = tab.table.current_id()
    with another_desk(demo_ctx.db.url) as desk:
        desk.call(
            exercise_objectives.evaluate_objective, objective, ObjectiveResult.NOT_MET, "Sent."
        )
    [question] = _close_answering(qtbot, modals, window, STAY)
    assert question == (
        "Utvärderingen av mål 1 kunde inte sparas: någon annan ändrade bedömningen medan du "
        "skrev.\n\nStänga fönstret ändå, eller stanna kvar och kopiera det du skrivit?"
    )
    assert window.isVisible() and tab.comment.toPlainText() == "Lägesbilden kom efter 40 minuter."
    stored = _saved(demo_ctx, held).objectives[0]
    assert (stored.result, stored.comment) == (ObjectiveResult.NOT_MET, "Sent.")  # not overwritten

    _close_answering(qtbot, modals, window, CLOSE_ANYWAY)
    assert not window.isVisible()
    stored = _saved(demo_ctx, held).objectives[0]
    assert (stored.result, stored.comment) == (ObjectiveResult.NOT_MET, "Sent.")
