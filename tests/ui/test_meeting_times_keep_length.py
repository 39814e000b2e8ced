"""A meeting's start typed later moves its end with it, the meeting as long as before, as
calendars do: in Kalender's "Flytta…" and "Nytt möte…" and on the meeting's "När och var".
Before, the end stayed where it was and the save said "Mötet måste sluta efter att det har
börjat." An end the user typed sets the length the end then keeps."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import meetings
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.menus import choose_in_menu
from tests.ui.test_calendar_area import _upcoming, area  # noqa: F401 (the fixture)
from tests.ui.test_meeting_editor import editor, stored  # noqa: F401 (the fixture)
from tests.ui.test_time_fields_refuse import type_time
from ui.calendar.area import CalendarArea
from ui.calendar.meeting_dialogs import MoveMeetingDialog
from ui.meetings.editor import MeetingEditor

HOURS = dt.timedelta(hours=2)


def _clock(moment: dt.datetime) -> str:
    return moment.strftime("%H.%M")


def test_a_meeting_moved_to_a_later_start_keeps_its_length(
    qtbot: QtBot,
    area: CalendarArea,  # noqa: F811
    modals: ModalDriver,
) -> None:
    row = _upcoming(area)
    starts, ends = row.starts_at + HOURS, row.ends_at + HOURS
    shown: list[str] = []

    def move(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveMeetingDialog)
        type_time(qtbot, dialog.start_edit, _clock(starts))
        shown.append(dialog.end_edit.text())
        click_button(qtbot, dialog, "Flytta")

    modals.answer(move)
    choose_in_menu(area.meeting_menu(row), "Flytta…")
    modals.check()
    assert shown == [_clock(ends)]
    with area.ctx.db.session() as s:
        detail = meetings.get_meeting(s, row.id)
    assert (detail.starts_at, detail.ends_at) == (starts, ends)


def test_the_meetings_start_moves_its_end_and_a_typed_end_sets_the_length(
    qtbot: QtBot,
    editor: MeetingEditor,  # noqa: F811
) -> None:
    tab = editor.details_tab
    editor.tabs.setCurrentWidget(tab)
    type_time(qtbot, tab.start_edit, "13.00")
    type_time(qtbot, tab.end_edit, "13.45")  # three quarters now
    type_time(qtbot, tab.start_edit, "15.30")
    assert tab.end_edit.text() == "16.15"
    click_button(qtbot, tab, "Spara uppgifterna")
    detail = stored(editor)
    assert (_clock(detail.starts_at), _clock(detail.ends_at)) == ("15.30", "16.15")
    type_time(qtbot, tab.start_edit, "23.30")  # cut at midnight: the day's last minute
    assert tab.end_edit.text() == "23.59"
    type_time(qtbot, tab.start_edit, "08.00")  # the length is the one typed
    assert tab.end_edit.text() == "08.45"
