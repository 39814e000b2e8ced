"""Removing an agenda item that holds minutes is refused at once, with the reason: the user was
first asked "Ta bort …?" and, after saying yes, told it could not be done."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import agenda, meetings
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.windows import show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext


def test_an_item_with_minutes_is_refused_before_asking(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, CalendarArea(demo_ctx), 1280, 800)
    area.refresh()
    meeting_id = area.rows[0].id
    item = demo_ctx.call(meetings.get_meeting, meeting_id).agenda[-1]
    demo_ctx.call(agenda.record_minutes, item.id, "Lugnt i centrum.")
    area.open_meeting(meeting_id)
    tab = area.editor.agenda_tab
    area.editor.tabs.setCurrentWidget(tab)
    tab.select_item(item.id)

    def refused(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        assert dialog.text() == "Punkten har anteckningar; töm dem innan punkten tas bort."
        dialog.accept()

    modals.answer(refused)
    click_button(qtbot, tab, "Ta bort…")
    modals.check()
    assert len(modals.seen) == 1  # no question before the refusal
    assert item.id in {i.id for i in demo_ctx.call(meetings.get_meeting, meeting_id).agenda}
