"""Under the follow-up item the coordinator goes through the actions still open from earlier
meetings: a double-click (or Enter) on one opens its follow-up, with the minutes typed so far
saved, and the agenda stays where it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models.meetings import STANDING_ACTIONS
from samverkan_desktop.services import action_reading, meetings
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import calendar_window, open_meeting
from ui.context import AppContext
from ui.meetings.action_dialog import ActionDialog


def test_an_open_action_is_followed_up_from_the_agenda(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = calendar_window(qtbot, demo_ctx)
    editor = open_meeting(qtbot, area, tab="agenda_tab")  # one that carries open actions
    tab = editor.agenda_tab
    assert editor.meeting is not None
    meeting_id = editor.meeting.id
    follow_up = next(i for i in editor.meeting.agenda if i.standing_key == STANDING_ACTIONS)
    tab.select_item(follow_up.id)
    type_text(qtbot, tab.notes_edit, "Gicks igenom en och en.")
    action = editor.meeting.carried_actions[0]

    def note(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        assert dialog.title_edit.text() == action.title
        type_text(qtbot, dialog.note_edit, "Utkast skickat till polisen.")
        click_button(qtbot, dialog, "Spara")

    modals.answer(note)
    line = tab.carried.item(0)
    tab.carried.setCurrentItem(line)
    rect = tab.carried.visualItemRect(line)
    # A double-click, as the mouse sends it: a click, then the second press.
    qtbot.mouseClick(tab.carried.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.carried.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    modals.check()
    with demo_ctx.db.session() as s:
        notes = action_reading.get_action(s, action.id).notes
        item = next(i for i in meetings.get_meeting(s, meeting_id).agenda if i.id == follow_up.id)
    assert notes[-1].text == "Utkast skickat till polisen."
    assert item.notes == "Gicks igenom en och en."
    assert editor.tabs.currentWidget() is tab
    assert tab.current_item() is not None and tab.current_item().id == follow_up.id  # type: ignore[union-attr]
