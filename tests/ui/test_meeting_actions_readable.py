"""The actions open from earlier meetings, read in the Actions tab at a laptop's size: what is
to be done and who does it break onto a second line rather than end in "…" (at 1280x800 they
read 'Förbereda revideringen av sa…' and 'Anna Berglund · Östermalms s…')."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.openers import meeting_editor
from ui.context import AppContext


def test_what_and_who_of_an_open_action_are_read_whole(qtbot: QtBot, demo_ctx: AppContext) -> None:
    editor = meeting_editor(qtbot, demo_ctx, "actions_tab")
    QApplication.processEvents()
    table = editor.actions_tab.earlier
    assert editor.meeting is not None and editor.meeting.carried_actions
    metrics = table.fontMetrics()
    one_line = table.verticalHeader().defaultSectionSize()
    longer = 0
    for row, action in enumerate(table.rows()):
        for column, text in ((0, action.title), (1, action.responsible)):
            if metrics.horizontalAdvance(text) > table.columnWidth(column):
                longer += 1  # longer than its column: the row takes the lines it needs
                assert table.rowHeight(row) > one_line, text
    assert longer  # the demo's open actions do not fit one line at this size
