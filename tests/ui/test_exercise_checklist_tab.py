"""The planning checklist of an exercise: a point done keeps its date unless the coordinator
agrees to take it away (Enter on a done point removed '2020-11-25' at once, and ticking it again
gave today's date), and a point's text and weeks can be changed for this exercise."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import exercise_checklist, exercise_reading
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.record_tabs import exercise_alone
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.exercise_text_dialogs import TextDialog


def _checklist(qtbot: QtBot, ctx: AppContext, evaluated: bool = True) -> tuple[CrisisArea, int]:
    rows = ctx.call(exercise_reading.list_exercises)
    row = next(r for r in rows if (r.status is ExerciseStatus.EVALUATED) == evaluated and r.date)
    area, _view = exercise_alone(qtbot, ctx, row.id, "checklist_tab")
    return area, row.id


def _focus(qtbot: QtBot, table: QWidget) -> None:
    table.window().activateWindow()  # again after a message box
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)


def test_a_done_point_keeps_its_date_unless_agreed(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area, exercise = _checklist(qtbot, demo_ctx)
    tab = area.exercise_view.checklist_tab
    first = demo_ctx.call(exercise_reading.get_exercise, exercise).checklist[0]
    assert first.done_on == dt.date(2020, 11, 25)
    tab.table.select_id(first.id)
    _focus(qtbot, tab.table)
    seen: list[str] = []

    def cancel(box: QWidget) -> None:
        seen.append(box.text())  # type: ignore[attr-defined]
        click_button(qtbot, box, "Avbryt")

    modals.answer(cancel)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    modals.check()
    assert seen == [
        "Markera ”Förankra övningen hos förvaltningsledningen” som inte klar? Datumet då den "
        "blev klar, 2020-11-25, tas bort."
    ]
    assert (
        demo_ctx.call(exercise_reading.get_exercise, exercise).checklist[0].done_on == first.done_on
    )
    modals.answer(lambda box: click_button(qtbot, box, "Inte klar"))
    _focus(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    modals.check()
    assert demo_ctx.call(exercise_reading.get_exercise, exercise).checklist[0].done_on is None
    # Not done: ticked at once, no question.
    tab.table.select_id(first.id)
    _focus(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert demo_ctx.call(exercise_reading.get_exercise, exercise).checklist[0].done_on == (
        clock.today()
    )


def test_a_point_is_edited_for_this_exercise(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area, exercise = _checklist(qtbot, demo_ctx, evaluated=False)
    tab = area.exercise_view.checklist_tab
    point = demo_ctx.call(exercise_reading.get_exercise, exercise).checklist[4]
    assert point.weeks_before == 6 and point.guidance
    tab.table.select_id(point.id)

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, TextDialog) and dialog.weeks is not None
        assert dialog.text_edit.text() == point.title
        assert dialog.weeks.value() == 6
        dialog.text_edit.clear()
        type_text(qtbot, dialog.text_edit, "Boka stabsrummet och RAKEL")
        dialog.weeks.setValue(8)
        click_button(qtbot, dialog, "Spara")

    modals.answer(edit)
    click_button(qtbot, tab, "Redigera…")
    modals.check()
    edited = demo_ctx.call(exercise_reading.get_exercise, exercise).checklist[4]
    assert (edited.title, edited.weeks_before, edited.guidance) == (
        "Boka stabsrummet och RAKEL",
        8,
        point.guidance,  # kept
    )


def test_a_point_a_year_and_more_ahead_keeps_its_weeks(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Templates allow up to 104 weeks; the point's form stopped at 52 and saved 52."""
    area, exercise = _checklist(qtbot, demo_ctx, evaluated=False)
    tab = area.exercise_view.checklist_tab
    point = demo_ctx.call(exercise_reading.get_exercise, exercise).checklist[0]
    demo_ctx.call(
        exercise_checklist.update_checklist_item, point.id, point.title, 60, point.guidance
    )
    demo_ctx.bus.announce("crisis")
    tab.table.select_id(point.id)
    shown: list[int] = []

    def save(dialog: QWidget) -> None:
        assert isinstance(dialog, TextDialog) and dialog.weeks is not None
        shown.append(dialog.weeks.value())
        click_button(qtbot, dialog, "Spara")

    modals.answer(save)
    click_button(qtbot, tab, "Redigera…")
    modals.check()
    assert shown == [60]
    assert demo_ctx.call(exercise_reading.get_exercise, exercise).checklist[0].weeks_before == 60
