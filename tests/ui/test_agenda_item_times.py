"""Agenda items with minutes, as a coordinator plans a meeting: "Minuter" in the item's form
refuses what is not whole minutes beside the field with the form kept open, and the agenda
list shows each item's start ("09.15  2. …") from the meeting's start and earlier minutes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.formatting import clock_text
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import meeting_editor
from ui.context import AppContext
from ui.meetings.dialogs import AgendaItemDialog


def _give_minutes(qtbot: QtBot, typed: str, refused: list[str]) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, AgendaItemDialog)
        type_text(qtbot, dialog.minutes_edit, "en kvart")
        click_button(qtbot, dialog, "Spara")
        assert dialog.isVisible()  # kept open, as typed
        refused.append(dialog.error_text("minutes"))
        dialog.minutes_edit.clear()
        type_text(qtbot, dialog.minutes_edit, typed)
        click_button(qtbot, dialog, "Spara")

    return answer


def test_minutes_typed_in_the_item_form_give_each_items_start(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="agenda_tab")
    tab = editor.agenda_tab
    assert editor.meeting is not None
    # The demo plans each group's next meeting in minutes: its items show when they begin.
    assert tab.items.item(0).text().startswith(f"{clock_text(editor.meeting.starts_at)}  1. ")
    click_button(qtbot, editor, "Nästa möte ›")  # the one after has the plain agenda
    assert editor.meeting is not None and len(editor.meeting.agenda) >= 3
    start = editor.meeting.starts_at
    titles = [i.title for i in editor.meeting.agenda]
    assert tab.items.item(0).text().startswith("1. ")  # no minutes yet: no times

    refused: list[str] = []
    for row, minutes in ((0, "15"), (1, "30")):
        tab.select_item(editor.meeting.agenda[row].id)
        modals.answer(_give_minutes(qtbot, minutes, refused))
        click_button(qtbot, tab, "Redigera…")
        modals.check()

    assert refused == ["Ange punktens tid i hela minuter, 1–480, eller lämna fältet tomt."] * 2
    assert [i.minutes for i in editor.meeting.agenda[:2]] == [15, 30]
    shown = [tab.items.item(row).text() for row in range(3)]
    for row, later in enumerate((0, 15, 45)):
        at = clock_text(start + dt.timedelta(minutes=later))
        assert shown[row].startswith(f"{at}  {row + 1}. {titles[row]}"), shown[row]
