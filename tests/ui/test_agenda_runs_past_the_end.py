"""An agenda whose items, planned in minutes, run past the meeting's end says so under the list
("Dagordningen räcker till 10.50, 20 minuter efter mötets slut (10.30).") and the note goes when
the items fit again. Before, a fourth item of 20 minutes on a 09.00–10.30 meeting was simply
listed at 10.30 and printed on the notice at 10.39, with no word to the coordinator."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.formatting import clock_text
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import meeting_editor
from ui.context import AppContext
from ui.meetings.dialogs import AgendaItemDialog


def test_an_item_beyond_the_meetings_end_is_said_under_the_agenda(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="agenda_tab")
    tab = editor.agenda_tab
    meeting = editor.meeting
    assert meeting is not None and any(i.minutes for i in meeting.agenda)
    assert not tab.overrun_note.isVisible()  # the demo's planned agenda fits its meeting
    planned = sum(i.minutes or 0 for i in meeting.agenda)
    room = round((meeting.ends_at - meeting.starts_at).total_seconds() / 60) - planned
    over = 20

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, AgendaItemDialog)
        type_text(qtbot, dialog.title_edit, "Medborgarlöften 2027")
        type_text(qtbot, dialog.minutes_edit, str(room + over))
        click_button(qtbot, dialog, "Lägg till punkt")

    modals.answer(add)
    click_button(qtbot, tab, "Ny punkt…")
    modals.check()
    ends = meeting.ends_at + dt.timedelta(minutes=over)
    assert tab.overrun_note.isVisible()
    assert tab.overrun_note.text() == (
        f"Dagordningen räcker till {clock_text(ends)}, 20 minuter efter mötets slut "
        f"({clock_text(meeting.ends_at)})."
    )

    # The meeting made 20 minutes longer, as the coordinator may choose: the items fit.
    details = editor.details_tab
    editor.tabs.setCurrentWidget(details)
    qtbot.keyClick(details.end_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(details.end_edit, clock_text(ends))
    click_button(qtbot, details, "Spara uppgifterna")
    assert editor.meeting is not None and editor.meeting.ends_at == ends
    editor.tabs.setCurrentWidget(tab)
    assert not tab.overrun_note.isVisible()
