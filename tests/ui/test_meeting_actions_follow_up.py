"""Following up the actions open from earlier meetings in the meeting's Åtgärder tab: "Markera
klar" (Ctrl+D, as in the Actions area) and "Skjut upp…" (Ctrl+U; a new date and a note) beside "Följ
upp…", instead of the whole form and its status combo for each. A postponement writes its note
("Nytt klart senast … (var …).") as the form does."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ActionStatus
from samverkan_desktop.services import action_reading, action_rows
from tests.ui.clicks import click_button, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import meeting_editor
from tests.ui.tables import click_row, row_texts
from ui.context import AppContext
from ui.meetings.editor import MeetingEditor
from ui.meetings.postpone_dialog import PostponeDialog


def _first_earlier(qtbot: QtBot, ctx: AppContext) -> tuple[MeetingEditor, action_rows.ActionRow]:
    editor = meeting_editor(qtbot, ctx, "actions_tab")
    tab = editor.actions_tab
    row = next(r for r in tab.earlier.rows() if r.is_open and r.due_on is not None)
    click_row(qtbot, tab.earlier, row.title)
    return editor, row


def test_ctrl_d_marks_the_selected_earlier_action_done(qtbot: QtBot, demo_ctx: AppContext) -> None:
    editor, row = _first_earlier(qtbot, demo_ctx)
    tab = editor.actions_tab
    assert tab.done_button.toolTip() == "Markera klar (Ctrl+D)"
    listed = [a.text() for a in tab.actions()]  # what Hjälp → Kortkommandon reads
    assert "Möte: Markera klar" in listed
    qtbot.keyClick(tab.earlier, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: row_texts(tab.earlier, row.title)["Status"] == "Klar")
    assert demo_ctx.call(action_reading.get_action, row.id).status is ActionStatus.DONE
    assert tab.earlier.current_id() == row.id  # still selected, the buttons follow it
    assert not tab.done_button.isEnabled() and not tab.postpone_button.isEnabled()


def test_ctrl_u_opens_postpone_for_the_selected_earlier_action(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    editor, row = _first_earlier(qtbot, demo_ctx)
    tab = editor.actions_tab
    assert tab.postpone_button.toolTip() == "Skjut upp… (Ctrl+U)"
    assert "Möte: Skjut upp…" in [a.text() for a in tab.actions()]
    shown: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, PostponeDialog)
        shown.append(dialog.action.title)
        dialog.reject()

    modals.answer(read)
    qtbot.keyClick(tab.earlier, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert shown == [row.title]


def test_postpone_writes_the_new_and_the_old_date_in_the_follow_up(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    editor, row = _first_earlier(qtbot, demo_ctx)
    assert row.due_on is not None
    tab = editor.actions_tab
    due = row.due_on
    later = due + dt.timedelta(days=30)
    errors: list[str] = []

    def postpone(dialog: QWidget) -> None:
        assert isinstance(dialog, PostponeDialog)
        type_date(qtbot, dialog.due_edit, due)  # the same day: not a postponement
        click_button(qtbot, dialog, "Skjut upp")
        errors.append(dialog.error_text("due_on"))
        type_date(qtbot, dialog.due_edit, later)
        type_text(qtbot, dialog.note_edit, "Väntar på elfirman.")
        click_button(qtbot, dialog, "Skjut upp")

    modals.answer(postpone)
    click_button(qtbot, tab, "Skjut upp…")
    modals.check()
    assert errors == [
        f"Skjuta upp betyder senare än nuvarande klart senast ({row.due_on.isoformat()})."
    ]
    shown = row_texts(tab.earlier, row.title)
    assert shown["Klart senast"].startswith(later.isoformat())
    note = (
        f"Nytt klart senast {later.isoformat()} (var {row.due_on.isoformat()}). Väntar på elfirman."
    )
    assert shown["Senaste uppföljning"].endswith(note)
    stored = demo_ctx.call(action_reading.get_action, row.id)
    assert stored.last_note is not None and stored.last_note.meeting_id == editor.meeting.id  # type: ignore[union-attr]
