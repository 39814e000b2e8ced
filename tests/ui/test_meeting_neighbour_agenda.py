"""Going from one meeting to the next with "Nästa möte ›" (or back) opens the new meeting's
agenda on its first item, ready for minutes, as opening it from the calendar does: not on
"Ingen punkt vald" with the minutes and the buttons greyed out."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.openers import meeting_editor
from ui.context import AppContext
from ui.meetings.editor import MeetingEditor


def first_item_shown(editor: MeetingEditor) -> bool:
    tab = editor.agenda_tab
    return (
        tab.current_item() is not None
        and tab.items.currentRow() == 0
        and tab.notes_edit.isEnabled()
        and tab.decision_button.isEnabled()
    )


def test_next_and_previous_meeting_open_on_the_first_agenda_item(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="agenda_tab")
    assert first_item_shown(editor)
    first = editor.meeting
    assert first is not None and first.next_meeting is not None

    click_button(qtbot, editor, "Nästa möte ›")

    assert editor.meeting is not None and editor.meeting.id == first.next_meeting.id
    assert editor.agenda_tab.item_title.text().startswith("1. ")
    assert first_item_shown(editor)

    click_button(qtbot, editor, "‹ Föregående möte")

    assert editor.meeting is not None and editor.meeting.id == first.id
    assert first_item_shown(editor)
