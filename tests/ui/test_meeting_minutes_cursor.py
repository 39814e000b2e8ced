"""Typing the minutes during a meeting: Ctrl+S (or "Save minutes") stores what was typed and the
coordinator goes on writing where the cursor was, with Ctrl+Z still undoing what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import meetings
from tests.ui.clicks import click_button, type_text
from tests.ui.openers import meeting_editor
from ui.context import AppContext
from ui.meetings.editor import MeetingEditor

CTRL = Qt.KeyboardModifier.ControlModifier


def _stored_notes(editor: MeetingEditor) -> tuple[str | None, str | None]:
    assert editor.meeting is not None
    item_id = editor.agenda_tab.current_item().id  # type: ignore[union-attr]
    detail = editor.ctx.call(meetings.get_meeting, editor.meeting.id)
    item = next(i for i in detail.agenda if i.id == item_id)
    return item.notes, item.next_steps


def test_writing_goes_on_where_it_was_after_ctrl_s(qtbot: QtBot, demo_ctx: AppContext) -> None:
    editor = meeting_editor(qtbot, demo_ctx, "agenda_tab")
    notes = editor.agenda_tab.notes_edit
    notes.setFocus()
    type_text(qtbot, notes, "Polisen: lugnt vid Stureplan.")
    qtbot.keyClick(notes, Qt.Key.Key_S, CTRL)
    assert _stored_notes(editor)[0] == "Polisen: lugnt vid Stureplan."
    type_text(qtbot, notes, " Två nya ordningsvakter.")
    assert notes.toPlainText() == "Polisen: lugnt vid Stureplan. Två nya ordningsvakter."
    qtbot.keyClick(notes, Qt.Key.Key_Z, CTRL)  # undo still reaches what was typed before
    assert notes.toPlainText() != "Polisen: lugnt vid Stureplan. Två nya ordningsvakter."


def test_the_save_button_keeps_the_place_in_next_steps(qtbot: QtBot, demo_ctx: AppContext) -> None:
    editor = meeting_editor(qtbot, demo_ctx, "agenda_tab")
    tab = editor.agenda_tab
    tab.next_edit.setFocus()
    type_text(qtbot, tab.next_edit, "Följs upp i mars ")  # the space is not stored
    click_button(qtbot, tab, "Spara anteckningar")
    assert _stored_notes(editor)[1] == "Följs upp i mars"
    tab.next_edit.setFocus()
    type_text(qtbot, tab.next_edit, "av polisen.")
    assert tab.next_edit.toPlainText() == "Följs upp i mars av polisen."


def test_the_note_to_the_invitees_goes_on_where_it_was_after_ctrl_s(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, "agenda_tab")
    editor.tabs.setCurrentWidget(editor.details_tab)
    note = editor.details_tab.note_edit
    note.setFocus()
    type_text(qtbot, note, "Ta med lägesbilden.")
    qtbot.keyClick(note, Qt.Key.Key_S, CTRL)
    assert editor.meeting is not None and editor.meeting.note == "Ta med lägesbilden."
    type_text(qtbot, note, " Kaffe från 12.45.")
    assert note.toPlainText() == "Ta med lägesbilden. Kaffe från 12.45."


def test_ctrl_up_in_the_minutes_leaves_the_agenda_as_it_is(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Ctrl+Up/Down move an agenda item from the list of items; in the minutes they are the
    text's keys (they moved the item being written about up the agenda)."""
    editor = meeting_editor(qtbot, demo_ctx, "agenda_tab")
    tab = editor.agenda_tab
    assert editor.meeting is not None and len(editor.meeting.agenda) >= 2
    tab.items.setCurrentRow(1)
    before = [i.title for i in editor.meeting.agenda]
    tab.notes_edit.setFocus()
    type_text(qtbot, tab.notes_edit, "Lugnt.")
    qtbot.keyClick(tab.notes_edit, Qt.Key.Key_Up, CTRL)
    assert [i.title for i in editor.meeting.agenda] == before
    tab.next_edit.setFocus()
    qtbot.keyClick(tab.next_edit, Qt.Key.Key_Down, CTRL)
    assert [i.title for i in editor.meeting.agenda] == before
    tab.items.setFocus()  # from the list the keys move the item
    qtbot.keyClick(tab.items, Qt.Key.Key_Up, CTRL)
    assert [i.title for i in editor.meeting.agenda] == [before[1], before[0], *before[2:]]
