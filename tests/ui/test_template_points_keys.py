"""A template's points are edited alike in the walk and the exercise template dialogs (one
PointTable): Ins adds a point and opens its name for typing, Del removes the chosen one, the
arrows move it with its cells as they were (the weeks before an exercise stay right-aligned)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import checklists, exercise_templates
from tests.ui.clicks import click_button, type_text
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.template_dialog import WEEKS, ExerciseTemplateDialog
from ui.walks.template_dialog import TemplateDialog


def _focus_table(qtbot: QtBot, dialog: TemplateDialog | ExerciseTemplateDialog) -> None:
    dialog.items.setFocus()
    qtbot.waitUntil(dialog.items.hasFocus)


def test_ins_adds_a_walk_point_and_del_removes_one(qtbot: QtBot, demo_ctx: AppContext) -> None:
    dialog = show_window(qtbot, TemplateDialog(demo_ctx), 900, 620)
    template_id = dialog.template.currentData()
    titles = [item.title for item in demo_ctx.call(checklists.get_template, template_id).items]
    _focus_table(qtbot, dialog)
    dialog.items.setCurrentCell(0, 1)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Delete)
    assert dialog.items.rowCount() == len(titles) - 1
    assert dialog.items.text(0, 1) == titles[1]
    qtbot.keyClick(dialog.items, Qt.Key.Key_Insert)
    assert dialog.items.rowCount() == len(titles)
    assert (dialog.items.currentRow(), dialog.items.currentColumn()) == (len(titles) - 1, 1)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not dialog.items  # the name is open for typing
    type_text(qtbot, editor, "Snöröjning")
    click_button(qtbot, dialog, "Spara")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = [item.title for item in demo_ctx.call(checklists.get_template, template_id).items]
    assert saved == [*titles[1:], "Snöröjning"]


def test_an_exercise_point_moves_up_with_its_weeks_aligned(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    dialog = show_window(qtbot, ExerciseTemplateDialog(demo_ctx), 900, 620)
    template_id = dialog.template.currentData()
    before = demo_ctx.call(exercise_templates.get_template_items, template_id)
    dialog.items.setCurrentCell(1, 0)
    up = next(b for b in dialog.findChildren(QPushButton) if b.toolTip() == "Flytta upp")
    qtbot.mouseClick(up, Qt.MouseButton.LeftButton)
    assert dialog.items.currentRow() == 0
    assert dialog.items.text(0, 0) == before[1].title
    assert dialog.items.text(1, 0) == before[0].title
    for row in (0, 1):
        cell = dialog.items.item(row, WEEKS)
        assert cell is not None
        assert Qt.AlignmentFlag(cell.textAlignment()) & Qt.AlignmentFlag.AlignRight
    click_button(qtbot, dialog, "Spara")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    after = demo_ctx.call(exercise_templates.get_template_items, template_id)
    assert [p.title for p in after[:2]] == [before[1].title, before[0].title]
    assert after[0].weeks_before == before[1].weeks_before
