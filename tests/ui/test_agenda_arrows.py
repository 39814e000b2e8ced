"""A meeting's agenda moves its items with ↑ and ↓, as every other ordered list in the program
(a walk's route, a template's points, the crisis organisation): "Flytta upp" and "Flytta ned"
on hovering, with their keys, Ctrl+Up and Ctrl+Down, which still work. Before, they were two
buttons in words on a row of their own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import meetings
from tests.ui.clicks import button_in, click_button
from tests.ui.openers import meeting_editor
from ui.context import AppContext
from ui.meetings.editor import MeetingEditor

CTRL = Qt.KeyboardModifier.ControlModifier


def _stored_titles(editor: MeetingEditor) -> list[str]:
    assert editor.meeting is not None
    with editor.ctx.db.session() as s:
        return [item.title for item in meetings.get_meeting(s, editor.meeting.id).agenda]


def _shown_titles(editor: MeetingEditor) -> list[str]:
    items = editor.agenda_tab.items
    return [items.item(row).text() for row in range(items.count())]


def test_the_arrows_move_the_chosen_agenda_item(qtbot: QtBot, demo_ctx: AppContext) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="agenda_tab", width=1024, height=768)
    tab = editor.agenda_tab
    before = _stored_titles(editor)
    assert len(before) >= 3
    items = tab.items
    qtbot.mouseClick(
        items.viewport(),
        Qt.MouseButton.LeftButton,
        pos=items.visualItemRect(items.item(1)).center(),
    )
    moved = before[1]
    up, down = button_in(tab, "↑"), button_in(tab, "↓")
    assert [up.toolTip().split(" (")[0], down.toolTip().split(" (")[0]] == [
        "Flytta upp",
        "Flytta ned",
    ]

    click_button(qtbot, tab, "↑")
    assert _stored_titles(editor) == [moved, before[0], *before[2:]]
    assert moved in _shown_titles(editor)[0] and items.currentRow() == 0  # still chosen

    click_button(qtbot, tab, "↓")
    click_button(qtbot, tab, "↓")
    assert _stored_titles(editor) == [before[0], before[2], moved, *before[3:]]
    assert moved in _shown_titles(editor)[2] and items.currentRow() == 2

    # The keys still move it while the list has the focus.
    items.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is items)
    qtbot.keyClick(items, Qt.Key.Key_Up, CTRL)
    assert _stored_titles(editor) == [before[0], moved, *before[2:]]
