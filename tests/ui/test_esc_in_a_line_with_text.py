"""Esc in a one-line text field follows the rule of the multi-line ones: with text in it, it
stays in the field and the text stays as typed. Before, Esc in a walk's checklist note went
back to all walks, and Esc in the exercise log's note left the exercise, when the coordinator
meant to drop what she was typing, or pressed it by habit. An empty field, like a list, still
goes back on Esc."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.clicks import click_tab, type_text
from tests.ui.openers import area_in_window
from tests.ui.test_walk_esc_in_text import _area
from ui.context import AppContext
from ui.crisis.area import CrisisArea

TYPED = "Trasig lampa vid trappan"


def _type_then_esc(qtbot: QtBot, field: QLineEdit) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_End)
    type_text(qtbot, field, TYPED)
    qtbot.keyClick(field, Qt.Key.Key_Escape)


def test_esc_in_a_checklist_note_with_text_stays_in_the_walk(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = _area(qtbot, demo_ctx)
    view = area.view
    click_tab(qtbot, view.tabs, view.checklist_tab)
    rows = view.checklist_tab.rows
    assert len(rows) > 1 and rows[0].note.isEnabled()
    note = rows[0].note
    _type_then_esc(qtbot, note)
    assert area.stack.currentWidget() is view
    assert view.tabs.currentWidget() is view.checklist_tab
    assert note.hasFocus() and note.text().endswith(TYPED)

    empty = next(row.note for row in rows if not row.note.text())
    qtbot.mouseClick(empty, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(empty.hasFocus)
    qtbot.keyClick(empty, Qt.Key.Key_Escape)  # nothing written there: back, as from a list
    assert area.stack.currentWidget() is area.tabs


def test_esc_in_the_log_note_with_text_stays_in_the_exercise(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    conducted = demo_ctx.call(exercise_reading.list_exercises)[-1]
    area.open_exercise(conducted.id)
    view = area.exercise_view
    click_tab(qtbot, view.tabs, view.log_tab)
    entry = view.log_tab.entry
    assert entry.isEnabled()
    _type_then_esc(qtbot, entry)
    assert area.exercises_stack.currentWidget() is view
    assert entry.hasFocus() and entry.text() == TYPED

    entry.selectAll()
    qtbot.keyClick(entry, Qt.Key.Key_Delete)
    qtbot.keyClick(entry, Qt.Key.Key_Escape)
    assert area.exercises_stack.currentWidget() is not view
