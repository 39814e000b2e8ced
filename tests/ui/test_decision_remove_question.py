"""Removing a long decision: the question quotes its beginning cut between words, with "…"
saying there is more (it was cut mid-word at 80 characters, no mark)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import agenda, meetings
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import first_coming_meeting
from tests.ui.tables import column_texts
from tests.ui.windows import show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext

LONG = (
    "Förslagen från workshopen om skolan som brottsplats genomförs under våren, "
    "och överenskommelsen med polisen revideras till februari."
)


def test_the_question_quotes_a_long_decision_cut_between_words(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, CalendarArea(demo_ctx), 1280, 800)
    area.refresh()
    meeting_id = first_coming_meeting(area)
    demo_ctx.call(agenda.add_decision, meeting_id, LONG)
    decisions = len(demo_ctx.call(meetings.get_meeting, meeting_id).decisions)
    area.open_meeting(meeting_id)
    tab = area.editor.decisions_tab
    area.editor.tabs.setCurrentWidget(tab)
    tab.table.selectRow(column_texts(tab.table, "Beslut").index(LONG))
    asked: list[str] = []

    def keep(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog.text())
        dialog.reject()

    modals.answer(keep)
    click_button(qtbot, tab, "Ta bort…")
    modals.check()
    assert asked == [
        "Ta bort beslutet ”Förslagen från workshopen om skolan som brottsplats genomförs under"
        " våren, och…”?"
    ]
    assert len(demo_ctx.call(meetings.get_meeting, meeting_id).decisions) == decisions
