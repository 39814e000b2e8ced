"""Walk checklist templates show a point's name and guiding question, not its code: the shipped
template's points read "lighting", "visibility", "transit_stops" in a "Kod" column, English
internal keys beside the Swedish names. The code still links a renamed point to earlier walks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import checklists
from tests.ui.clicks import click_button, type_text
from tests.ui.windows import settle, show_window
from ui.context import AppContext
from ui.walks.template_dialog import TemplateDialog


def _visible_titles(dialog: TemplateDialog) -> list[str]:
    table = dialog.items
    return [
        table.horizontalHeaderItem(c).text()  # type: ignore[union-attr]
        for c in range(table.columnCount())
        if not table.isColumnHidden(c)
    ]


def test_the_points_show_their_names_and_a_renamed_point_keeps_its_link(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    dialog = show_window(qtbot, TemplateDialog(demo_ctx), 900, 620)
    settle(qtbot)
    assert _visible_titles(dialog) == ["Punkt", "Vägledande fråga"]
    shown = [
        dialog.items.item(r, c).text()  # type: ignore[union-attr]
        for r in range(dialog.items.rowCount())
        for c in range(3)
        if not dialog.items.isColumnHidden(c)
    ]
    assert "Belysning" in shown and "lighting" not in shown

    # Renamed (its name clicked, F2), the point keeps its code: the follow-up still compares it
    # with the same point on earlier walks.
    table = dialog.items
    rect = table.visualRect(table.model().index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() not in (None, table))
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor, "Belysning och ljus")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    click_button(qtbot, dialog, "Spara")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    template_id = demo_ctx.call(checklists.list_templates)[0].id
    first = demo_ctx.call(checklists.get_template, template_id).items[0]
    assert (first.title, first.code) == ("Belysning och ljus", "lighting")
