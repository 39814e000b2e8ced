"""Two desks edit the same exercise objective's text ('Redigera mål') or its evaluation: desk B
saves, desk A's save is refused naming what B changed, what A typed stays; F5 reads B's anew into
what A left alone and A's save then stores hers deliberately (before, A's save wrote over B's
unseen)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from samverkan_desktop import clock
from samverkan_desktop.models import (
    ExerciseObjective,
    ObjectiveResult,
)
from samverkan_desktop.services import exercise_objectives
from tests.core.exercise_data import held_exercise
from tests.ui.answers import another_desk
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, row_texts
from tests.ui.test_form_reload_more_forms import LOAD, LOADED
from tests.ui.test_form_reload_more_forms import REFUSED as REFUSED_ANY
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.exercise_evaluation import EvaluationTab
from ui.crisis.exercise_text_dialogs import ObjectiveDialog
from ui.main_window import MainWindow

REFUSED = (
    "Någon annan har ändrat mål sedan du öppnade formuläret, så inget sparades. "
    "Hämta ändringen så ser du den – det du har skrivit står kvar i fälten."
)
REFUSED_HERE = REFUSED_ANY + LOAD
THEIRS = "Den andra sparade: ”{text}”. Din text står kvar här – spara för att ersätta den."


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
    exercise, (objective,) = ctx.call(held_exercise, "Alla nås inom 15 min", on=day)
    return exercise, objective


def _evaluation_tab(qtbot: QtBot, ctx: AppContext) -> tuple[EvaluationTab, int, int]:
    """A conducted exercise's Utvärdering tab, its first objective (of two) in the editor."""
    exercise, objective = _conducted_objective(ctx)
    other = ctx.call(exercise_objectives.add_objective, exercise, "Staben samlas inom en timme")
    # In the main window, as she works: its other keys must leave F5 to the tab.
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    window.navigate("crisis")
    area = window.area("crisis")
    assert isinstance(area, CrisisArea)
    area.open_exercise(exercise)
    qtbot.waitUntil(window.isActiveWindow)  # for the keys
    tab = area.exercise_view.evaluation_tab
    area.exercise_view.tabs.setCurrentWidget(tab)
    assert tab.table.current_id() == objective
    return tab, objective, other


def _theirs(ctx: AppContext, objective: int) -> None:
    """Desk B evaluates the objective."""
    with another_desk(ctx.db.url) as desk:
        desk.call(
            exercise_objectives.evaluate_objective,
            objective,
            ObjectiveResult.PARTLY,
            "Två saknades",
        )


def _reload(qtbot: QtBot, tab: EvaluationTab) -> None:
    """F5 where the focus is, in the tab."""
    focused = tab.focusWidget()
    assert isinstance(focused, QWidget) and tab.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_F5)


def _stored(ctx: AppContext, objective: int) -> tuple[ObjectiveResult | None, str | None]:
    row = ctx.call(exercise_objectives.objective_row, objective)
    return row.result, row.comment


def test_objective_evaluation(qtbot: QtBot, ctx: AppContext, modals: ModalDriver) -> None:
    """The Evaluation tab: B evaluates the objective while A types hers; A's 'Spara
    utvärderingen' is refused in the tab naming what B changed, her result and comment stay in
    the editor and B's evaluation is not written over, also after she looked at another
    objective and the tab was refreshed with B's evaluation. F5 loads B's beside hers (said under
    each field) and her next save stores hers."""
    tab, objective, other = _evaluation_tab(qtbot, ctx)
    click_button(qtbot, tab, "1 Uppfyllt")
    type_text(qtbot, tab.comment, "Alla svarade inom tio minuter")
    tab.table.select_id(other)
    tab.table.select_id(objective)  # her draft back in the editor
    _theirs(ctx, objective)
    # This desk's own later change refreshes the tab: B's evaluation is listed, hers stays.
    ctx.bus.announce("crisis")
    assert tab.table.current_row().comment == "Två saknades"  # type: ignore[union-attr]
    click_button(qtbot, tab, "Spara utvärderingen (Ctrl+Enter)")
    modals.check()  # no message box: the refusal is said in the tab
    assert tab.general_error.text() == REFUSED_HERE.format(fields="resultat och kommentar")
    assert tab.reload_button.isVisibleTo(tab)
    assert tab.result_buttons[ObjectiveResult.MET].isChecked()
    assert tab.comment.toPlainText() == "Alla svarade inom tio minuter"
    assert _stored(ctx, objective) == (ObjectiveResult.PARTLY, "Två saknades")

    _reload(qtbot, tab)
    assert tab.result_buttons[ObjectiveResult.MET].isChecked()
    assert tab.comment.toPlainText() == "Alla svarade inom tio minuter"
    under = {field: line.text() for field, (_input, line) in tab.field_rows().items()}
    assert under == {
        "result": THEIRS.format(text="Delvis uppfyllt"),
        "comment": THEIRS.format(text="Två saknades"),
    }
    click_button(qtbot, tab, "Spara utvärderingen (Ctrl+Enter)")
    assert _stored(ctx, objective) == (ObjectiveResult.MET, "Alla svarade inom tio minuter")
    assert not tab.general_error.isVisibleTo(tab) and not tab.reload_button.isVisibleTo(tab)


def test_their_result_loaded_beside_her_comment(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    """A typed only a comment: F5 loads B's result into the result she left alone, keeps her
    comment, and that stays so while she looks at another objective (the refusal line goes
    with it); back on hers, the save passes and stores B's result with her comment."""
    tab, objective, other = _evaluation_tab(qtbot, ctx)
    qtbot.mouseClick(tab.comment.viewport(), Qt.MouseButton.LeftButton)
    type_text(qtbot, tab.comment, "Alla svarade inom tio minuter")
    _theirs(ctx, objective)
    qtbot.keyClick(tab.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.general_error.text() == REFUSED_HERE.format(fields="resultat och kommentar")
    _reload(qtbot, tab)
    assert tab.general_error.text() == LOADED.format(theirs="resultat", hers="kommentar")
    assert tab.result_buttons[ObjectiveResult.PARTLY].isChecked()
    assert tab.comment.toPlainText() == "Alla svarade inom tio minuter"
    # The list beside says theirs too.
    listed = row_texts(tab.table, "1")
    assert (listed["Resultat"], listed["Kommentar"]) == ("Delvis uppfyllt", "Två saknades")
    assert tab.heading.text() == "Utvärdering per mål (1 av 2 utvärderade)"

    click_row(qtbot, tab.table, "2")
    assert not tab.general_error.isVisibleTo(tab) and not tab.reload_button.isVisibleTo(tab)
    click_row(qtbot, tab.table, "1")
    assert tab.result_buttons[ObjectiveResult.PARTLY].isChecked()
    assert tab.comment.toPlainText() == "Alla svarade inom tio minuter"
    click_button(qtbot, tab, "Spara utvärderingen (Ctrl+Enter)")
    assert _stored(ctx, objective) == (ObjectiveResult.PARTLY, "Alla svarade inom tio minuter")
    assert tab.table.current_id() == other  # saved: on to the next objective
