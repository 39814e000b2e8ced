"""After an agenda item is removed, the item now in its place is chosen (the last when the last
was removed), as in a list of files: not the agenda's first item, far from where one was."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import meeting_editor
from ui.context import AppContext


def yes(dialog: QWidget) -> None:
    """Answer "Ta bort “…” från dagordningen?" with "Ta bort"."""
    assert isinstance(dialog, QMessageBox)
    next(b for b in dialog.buttons() if b.text().replace("&", "") == "Ta bort").click()


def test_the_item_in_the_removed_ones_place_is_chosen(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="agenda_tab")
    tab = editor.agenda_tab
    assert editor.meeting is not None
    titles = [i.title for i in editor.meeting.agenda]
    assert len(titles) >= 3 and not any(i.notes for i in editor.meeting.agenda)

    tab.select_item(editor.meeting.agenda[1].id)
    modals.answer(yes)
    click_button(qtbot, tab, "Ta bort…")
    modals.check()

    assert [i.title for i in editor.meeting.agenda] == [titles[0], *titles[2:]]
    assert tab.item_title.text() == f"2. {titles[2]}"
    assert tab.notes_edit.isEnabled()

    tab.select_item(editor.meeting.agenda[-1].id)
    modals.answer(yes)
    click_button(qtbot, tab, "Ta bort…")
    modals.check()

    last = editor.meeting.agenda[-1]
    assert tab.item_title.text() == f"{last.number}. {last.title}"
    assert tab.remove_button.isEnabled()
