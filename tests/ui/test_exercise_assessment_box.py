"""The overall assessment ("Samlad bedömning") under the evaluation per objective: typed, kept
while the coordinator looks at another tab, objective or exercise, saved with Ctrl+Enter in the
box (not the objective's evaluation), there when the exercise is opened again; greyed before the
exercise is held; a second desk's save is refused with the text kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercise_objectives, exercise_reading, exercises
from samverkan_desktop.services.exercise_assessment import save_assessment
from tests.days import days_ago
from tests.ui.answers import acknowledge, another_desk
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.exercise_assessment import AssessmentBox

TEXT = "Krisledningen kom igång snabbt. Stödet till berörda brast."


def _exercise(ctx: AppContext, title: str, status: ExerciseStatus, *objectives: str) -> int:
    day = days_ago(1)
    exercise = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput(title, ExerciseType.SIMULATION, day.year, date=day, status=status),
    )
    for text in objectives:
        ctx.call(exercise_objectives.add_objective, exercise, text)
    return exercise


def _evaluation_of(
    qtbot: QtBot, ctx: AppContext, exercise: int
) -> tuple[CrisisArea, AssessmentBox]:
    """The Crisis area at 1100 x 700 on the exercise's Utvärdering tab, and its assessment box."""
    area = show_window(qtbot, CrisisArea(ctx), 1100, 700)
    area.open_exercise(exercise)
    view = area.exercise_view
    view.tabs.setCurrentWidget(view.evaluation_tab)
    return area, view.evaluation_tab.assessment


def _ctrl_enter(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_an_assessment_is_typed_kept_saved_and_shown_again(qtbot: QtBot, ctx: AppContext) -> None:
    held = _exercise(ctx, "Stabsövning", ExerciseStatus.CONDUCTED, "Lägesbild", "Budskap")
    other = _exercise(ctx, "Larmprov", ExerciseStatus.CONDUCTED, "Alla nås")
    area, box = _evaluation_of(qtbot, ctx, held)
    view, tab = area.exercise_view, area.exercise_view.evaluation_tab
    assert box.isVisible() and box.text.isEnabled() and not box.not_held.isVisible()
    type_text(qtbot, box.text, TEXT)
    view.tabs.setCurrentWidget(view.lessons_tab)  # a look elsewhere
    view.tabs.setCurrentWidget(tab)
    click_row(qtbot, tab.table, "2")
    ctx.bus.announce("crisis")  # another change refreshes the tab
    area.open_exercise(other)
    assert box.text.toPlainText() == ""
    area.open_exercise(held)
    assert box.text.toPlainText() == TEXT
    assert ctx.call(exercise_reading.get_exercise, held).assessment is None  # not saved yet

    _ctrl_enter(qtbot, box.text)
    detail = ctx.call(exercise_reading.get_exercise, held)
    assert detail.assessment == TEXT
    assert [o.result for o in detail.objectives] == [None, None]  # not the objective's save
    assert box.saved_label.text() == "Bedömningen är sparad."

    area.open_exercise(other)
    area.open_exercise(held)  # opened again
    assert box.text.toPlainText() == TEXT


def test_a_planned_exercise_greys_the_assessment(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    planned = _exercise(ctx, "Larmprov", ExerciseStatus.PLANNED, "Alla nås")
    bare = _exercise(ctx, "Seminarium", ExerciseStatus.PLANNED)
    area, box = _evaluation_of(qtbot, ctx, planned)
    view, tab = area.exercise_view, area.exercise_view.evaluation_tab
    assert not box.text.isEnabled() and not box.save_button.isEnabled()
    assert tab.not_held.isVisible() and not box.not_held.isVisible()  # said once, above
    _ctrl_enter(qtbot, tab.table)  # on the objectives' part: nothing either
    modals.check()
    area.open_exercise(bare)  # no objectives: the box says it itself
    view.tabs.setCurrentWidget(tab)
    assert not tab.not_held.isVisible()
    assert box.not_held.isVisible()
    assert box.not_held.text().startswith("Övningen är ännu inte markerad som genomförd")
    assert not box.text.isEnabled()


def test_a_second_desks_save_is_refused_and_the_text_kept(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    held = _exercise(ctx, "Stabsövning", ExerciseStatus.CONDUCTED, "Lägesbild")
    _area, box = _evaluation_of(qtbot, ctx, held)
    type_text(qtbot, box.text, "Min bedömning.")
    with another_desk(ctx.db.url) as desk:
        desk.call(save_assessment, held, TEXT, shown="")
    ctx.bus.announce("crisis")  # the change is seen here: the typed text stays
    assert box.text.toPlainText() == "Min bedömning."
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    click_button(qtbot, box, "Spara bedömningen (Ctrl+Enter)")
    modals.check()
    assert seen[0].startswith("Någon annan ändrade posten medan du redigerade den")
    assert box.text.toPlainText() == "Min bedömning."
    assert ctx.call(exercise_reading.get_exercise, held).assessment == TEXT
    click_button(qtbot, box, "Släng mina ändringar")
    assert box.text.toPlainText() == TEXT
    assert not box.discard_button.isVisible()
