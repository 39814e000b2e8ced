"""The first meeting of a group with no members yet: the attendance list was a blank box ("0
kallade"), not saying where invitees come from. It now says so, and is silent once someone is
invited. "Alla närvarande" waits, disabled, until someone is invited (its tooltip says why)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.enums import GroupType
from samverkan_desktop.services import contacts, group_editing, group_rows, meetings
from tests.ui.openers import calendar_window, open_meeting
from ui.context import AppContext


def test_a_meeting_nobody_is_invited_to_says_where_invitees_come_from(
    qtbot: QtBot, ctx: AppContext
) -> None:
    group_id = ctx.call(
        group_editing.create_group, group_rows.GroupInput("Styrgrupp", GroupType.STYRGRUPP)
    )
    day = clock.today() + dt.timedelta(days=1)
    meeting_id = ctx.call(
        meetings.add_meeting,
        group_id,
        meetings.MeetingInput(
            dt.datetime.combine(day, dt.time(9)), dt.datetime.combine(day, dt.time(10))
        ),
    )
    _window, area = calendar_window(qtbot, ctx)
    editor = open_meeting(qtbot, area, meeting_id)
    tab = editor.attendance_tab
    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    empty = tab.table.empty_label
    everyone = tab.all_present_button
    assert not everyone.isEnabled()  # "Alla närvarande" with nobody to mark
    assert everyone.toolTip() == (
        "Ingen är kallad till det här mötet ännu: det finns ingen att markera som närvarande."
    )
    assert empty.isVisible() and empty.text() == (
        "Ingen kallad ännu. Gruppens medlemmar kallas till dess möten (de läggs till under "
        "Grupper och möten → Medlemmar); ”Bjud in” bjuder in någon till just det här mötet."
    )

    person_id = ctx.call(contacts.create_person, contacts.PersonInput("Anna Berg"))
    ctx.call(meetings.add_invitee, meeting_id, person_id)
    editor.reload()
    assert not empty.isVisible()
    assert everyone.isEnabled() and everyone.toolTip() == "Markera alla på listan som närvarande"
    qtbot.mouseClick(everyone, Qt.MouseButton.LeftButton)
    assert tab.summary.text().startswith("1 kallad · 1 närvarande")
