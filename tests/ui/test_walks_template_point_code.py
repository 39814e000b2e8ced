"""A point added to a walk checklist template needs only its name: the dialog refused it until the
coordinator invented a code of lower-case letters ("like lighting"), in English beside the
Swedish points. An empty code is now made from the name, and typing starts in the name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import checklists
from tests.ui.clicks import click_button, type_text
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.walks.template_dialog import TemplateDialog


def test_a_point_added_by_its_name_is_saved_with_a_code_made_from_it(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    dialog = show_window(qtbot, TemplateDialog(demo_ctx), 900, 620)
    template_id = dialog.template.currentData()
    assert dialog.items.rowCount() == 9
    click_button(qtbot, dialog, "Lägg till punkt")
    # The new row's name is being edited: the coordinator types it straight away.
    assert dialog.items.currentColumn() == 1
    editor = QApplication.focusWidget()
    assert editor is not None
    type_text(qtbot, editor, "Snöröjning och halka")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    click_button(qtbot, dialog, "Spara")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    items = demo_ctx.call(checklists.get_template, template_id).items
    assert len(items) == 10
    assert (items[-1].title, items[-1].code) == ("Snöröjning och halka", "snorojning_och_halka")
