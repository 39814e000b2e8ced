"""A lesson about what went well is recorded without an action: the form refused every lesson
that named nobody responsible ("Ange vem som är ansvarig…"), though nothing was to be done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.record_tabs import demo_exercise, exercise_alone
from tests.ui.tables import row_texts
from ui.context import AppContext

WENT_WELL = "Uppringningen nådde alla inom tio minuter"


def test_what_went_well_is_added_without_an_action(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    row = demo_exercise(demo_ctx)
    _area, view = exercise_alone(qtbot, demo_ctx, row.id, "lessons_tab")
    lessons = view.lessons_tab
    open_before = row.open_actions
    seen: dict[str, object] = {}

    def without_action(dialog: QWidget) -> None:
        type_text(qtbot, dialog.lesson, WENT_WELL)  # type: ignore[attr-defined]
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[union-attr]
        seen["before"] = ok.text()
        qtbot.mouseClick(dialog.raises_action, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        seen["after"] = ok.text()
        seen["person enabled"] = dialog.person_picker.isEnabled()  # type: ignore[attr-defined]
        # What an empty title becomes is about the action: greyed with its fields.
        note = next(t for t in dialog.findChildren(QLabel) if t.text().startswith("Tomt:"))
        seen["note enabled"] = note.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    modals.answer(without_action)
    click_button(qtbot, lessons, "Ny lärdom…")
    modals.check()
    assert seen == {
        "before": "Lägg till och skapa åtgärd",
        "after": "Lägg till lärdom",
        "person enabled": False,
        "note enabled": False,
    }
    shown = row_texts(lessons.table, WENT_WELL)
    assert (shown["Åtgärd"], shown["Ansvarig"], shown["Status"]) == ("(ingen åtgärd)", "", "")
    assert not lessons.buttons[2].isEnabled()  # "Visa åtgärden": there is none
    after = next(r for r in demo_ctx.call(exercise_reading.list_exercises) if r.id == row.id)
    assert after.open_actions == open_before
