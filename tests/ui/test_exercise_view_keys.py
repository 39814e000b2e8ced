"""An opened exercise has the keys of an opened walk and the meeting editor: Esc (or Alt+Left)
back to the list, Ctrl+P the participants' checklist, Ctrl+Shift+P the evaluation report; the
keys are listed in Hjälp → Kortkommandon."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.menus import click_in_menu, native_keys
from tests.ui.openers import area_in_window
from tests.ui.windows import wait_for_preview
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.shortcuts_dialog import collect


def test_keys_of_an_opened_exercise(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea)
    evaluated = demo_ctx.call(exercise_reading.list_exercises)[-1]
    area.open_exercise(evaluated.id)
    view = area.exercise_view
    view.tabs.setCurrentWidget(view.participants_tab)
    view.participants_tab.table.setFocus()
    qtbot.waitUntil(view.participants_tab.table.hasFocus)
    qtbot.keyClick(view.participants_tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = wait_for_preview(qtbot)
    assert preview.windowTitle() == "Deltagarnas checklista"
    preview.close()
    window.activateWindow()
    view.participants_tab.table.setFocus()
    qtbot.waitUntil(view.participants_tab.table.hasFocus)
    qtbot.keyClick(view.participants_tab.table, Qt.Key.Key_Escape)
    assert area.exercises_stack.currentWidget() is area.exercises_page
    keys = {(s.where, s.what): s.keys for s in collect(window)}
    back, report = native_keys("Esc / Alt+Left"), native_keys("Ctrl+Shift+P")
    assert keys[("Kris och övningar", "Tillbaka till alla övningar")] == back
    assert keys[("Kris och övningar", "Utvärderingsrapport…")] == report


def test_space_marks_the_selected_participant_attended_or_not(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea)
    exercise = demo_ctx.call(exercise_reading.list_exercises)[-1]
    area.open_exercise(exercise.id)
    tab = area.exercise_view.participants_tab
    area.exercise_view.tabs.setCurrentWidget(tab)
    first = demo_ctx.call(exercise_reading.get_exercise, exercise.id).participants[0]
    tab.table.select_id(first.id)
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)

    def attended() -> bool:
        detail = demo_ctx.call(exercise_reading.get_exercise, exercise.id)
        return next(p.attended for p in detail.participants if p.id == first.id)

    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert attended() is not first.attended
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert attended() is first.attended


def test_the_print_menu_names_its_keys_at_the_lines_end_as_a_walks(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """ "Skriv ut ▾" of an exercise, clicked open, reads Ctrl+P and Ctrl+Shift+P at the end of
    the lines they print, as a walk's menu does; the year's plan has no key."""
    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea)
    area.open_exercise(demo_ctx.call(exercise_reading.list_exercises)[-1].id)
    offered = click_in_menu(qtbot, area.exercise_view.print_button)
    assert offered == [
        "Deltagarnas checklista…\t" + native_keys("Ctrl+P"),
        "Utvärderingsrapport…\t" + native_keys("Ctrl+Shift+P"),
        "Årets övningsplan…",
    ]
