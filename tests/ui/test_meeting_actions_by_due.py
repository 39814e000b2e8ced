"""The meeting's Åtgärder tab lists both tables by due date, earliest (overdue) first, as the
agenda tab and the printouts do: they were sorted by "Vad", alphabetically."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services.meeting_rows import MeetingDetail
from tests.ui.openers import calendar_window, first_coming_meeting, open_meeting
from ui.context import AppContext


def _dues_differ(detail: MeetingDetail) -> bool:
    return len({a.due_on for a in detail.carried_actions}) >= 2


def test_both_tables_open_sorted_by_due_date_overdue_on_top(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = calendar_window(qtbot, demo_ctx)
    editor = open_meeting(qtbot, area, first_coming_meeting(area, _dues_differ), "actions_tab")
    tab = editor.actions_tab
    for table in (tab.raised, tab.earlier):
        header = table.horizontalHeader()
        assert header.model().headerData(
            header.sortIndicatorSection(), Qt.Orientation.Horizontal
        ) == ("Klart senast")
        assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    rows = tab.earlier.rows()
    dues = [r.due_on for r in rows]
    dated = [d for d in dues if d is not None]
    assert len(dated) >= 2 and dated == sorted(dated)
    assert dues[: len(dated)] == dated  # an action with no due date comes last
    assert [r.title for r in rows] != sorted(r.title for r in rows)  # not by "Vad"
    overdue = [r.overdue for r in rows]
    assert overdue == sorted(overdue, reverse=True)  # the overdue ones on top
