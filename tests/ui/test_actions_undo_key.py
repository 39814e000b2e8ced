"""Åtgärder: Ctrl+Z takes back the status change just made, as "Ångra" under the list does
(after Ctrl+D it did nothing); typing in the search field, Ctrl+Z is the field's own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ActionStatus
from samverkan_desktop.services import action_reading
from tests.ui.test_actions_area import select_first, titles
from tests.ui.windows import show_window
from ui.actions.area import ActionsArea
from ui.context import AppContext

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_z_takes_back_mark_done_and_leaves_the_search_typing_its_own(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = show_window(qtbot, ActionsArea(demo_ctx), 1500, 900)
    qtbot.waitUntil(area.isActiveWindow)
    action = select_first(qtbot, area)
    assert not action.status.is_closed
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: action.title not in titles(area))
    assert area.ctx.call(action_reading.get_action, action.id).status is ActionStatus.DONE

    qtbot.keyClick(area.table, Qt.Key.Key_Z, CTRL)
    restored = area.ctx.call(action_reading.get_action, action.id)
    assert (restored.status, restored.closed_on) == (action.status, None)
    qtbot.waitUntil(lambda: action.title in titles(area))
    assert area.notice.isHidden()

    # Done again, "Ångra" offered; Ctrl+Z in the search field takes back the letters typed
    # there, and the action stays done.
    select_first(qtbot, area)
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(area.notice.undo_button.isVisible)
    area.search.setFocus()
    qtbot.keyClicks(area.search, "grind")
    qtbot.keyClick(area.search, Qt.Key.Key_Z, CTRL)
    assert area.search.text() == ""
    assert area.ctx.call(action_reading.get_action, action.id).status is ActionStatus.DONE
