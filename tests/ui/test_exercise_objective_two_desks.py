"""Two desks edit the same exercise objective's text ('Redigera mål'): desk B saves, desk A's
save is refused naming the objective, what A typed stays, and after F5 (B's text read anew) A's
save stores hers deliberately (before, A's save wrote over B's unseen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from samverkan_desktop.models import ExerciseObjective
from samverkan_desktop.services import exercise_objectives
from tests.ui.conftest import ModalDriver
from tests.ui.helpers import another_desk, click_button, type_text
from ui.context import AppContext
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
