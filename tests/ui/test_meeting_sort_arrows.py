"""The meeting editor's lists (attendance, decisions, actions) draw their sort arrow as every
other list does (▲ ascending): the editor's style sheet gave its tables Qt's style-sheet style,
whose empty name hid Fusion from SortHeader, so on Linux they showed Fusion's reversed ▼."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.tables import sort_arrow_widths
from tests.ui.windows import show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.widgets.record_table import RecordTable
from ui.widgets.sort_header import SortHeader


def test_the_meeting_editors_lists_point_up_when_sorted_ascending(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = show_window(qtbot, CalendarArea(demo_ctx), 1280, 800)
    area.refresh()
    area.open_meeting(area.rows[0].id)
    editor = area.editor
    tables = [
        (editor.attendance_tab, editor.attendance_tab.findChildren(RecordTable)),
        (editor.decisions_tab, editor.decisions_tab.findChildren(RecordTable)),
        (editor.actions_tab, editor.actions_tab.findChildren(RecordTable)),
    ]
    checked = 0
    for tab, found in tables:
        editor.tabs.setCurrentWidget(tab)
        for table in found:
            header = table.horizontalHeader()
            assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
            widths = sort_arrow_widths(table, header.sortIndicatorSection())
            assert len(widths) >= 3 and widths[0] < widths[-1], (tab, widths)  # ▲
            checked += 1
    assert checked >= 4


def test_the_last_columns_title_shows_whole_in_an_empty_list(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """A meeting with no actions yet: 'Senaste uppföljning' was cut to 'enaste uppföljnin'."""
    area = show_window(qtbot, CalendarArea(demo_ctx), 888, 700)  # a laptop at 125 %
    area.refresh()
    area.open_meeting(area.rows[0].id)
    editor = area.editor
    editor.tabs.setCurrentWidget(editor.actions_tab)
    tables = editor.actions_tab.findChildren(RecordTable)
    assert tables
    for table in tables:
        header = table.horizontalHeader()
        last = header.count() - 1
        assert header.model().headerData(last, Qt.Orientation.Horizontal) == "Senaste uppföljning"
        # Whole, on one line or (a squeezed list's last column, since 6bc740f) two.
        assert isinstance(header, SortHeader)
        assert header.shown_title(last) in ("Senaste uppföljning", "Senaste\nuppföljning")
