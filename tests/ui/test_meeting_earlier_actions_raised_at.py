"""A meeting's actions open from earlier meetings say where each was raised by the meeting's day
and time alone: the group's name, known in its own meeting, was repeated on every row and cut
the column short at 1280 px ("Möte 2026-11-03 09.00, Lokal …"). The tooltip keeps it whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of, cut_cells
from tests.ui.openers import meeting_editor
from tests.ui.tables import column_texts
from tests.ui.windows import settle
from ui.context import AppContext


def test_raised_at_shows_the_earlier_meetings_day_whole(qtbot: QtBot, demo_ctx: AppContext) -> None:
    editor = meeting_editor(qtbot, demo_ctx, "actions_tab")
    settle(qtbot)
    assert editor.meeting is not None
    group = editor.meeting.group_name
    table = editor.actions_tab.earlier
    shown = column_texts(table, "Väckt vid")
    assert shown and all(text.startswith("Möte 20") for text in shown)
    assert not any(group in text for text in shown)
    assert cut_cells(table, "Väckt vid") == []
    model = table.model()
    column = column_of(table, "Väckt vid")
    for row, text in enumerate(shown):
        tooltip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
        # whole there, with the group: "Möte 2026-12-01 09.00, …" for "Möte 2026-12-01 (v. 49)
        # 09.00"
        day, time = text.split()[1], text.split()[-1]
        assert tooltip == f"Möte {day} {time}, {group}"
