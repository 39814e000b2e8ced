"""A new group's first meeting has nothing to follow up: its agenda's follow-up item says there
were no earlier meetings, not that "every earlier action is closed" (which implies some), and
its heading counts no "0 open actions" from meetings that never were."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.enums import STANDING_ACTIONS, GroupType
from samverkan_desktop.services import group_editing, group_rows, meetings
from tests.core.meeting_data import at
from tests.ui.openers import calendar_window, open_meeting
from tests.ui.text_fit import plain
from ui.context import AppContext


def follow_up_says(qtbot: QtBot, ctx: AppContext, meeting_id: int) -> list[str]:
    """The follow-up item clicked in the agenda: its heading, then the lines of its list."""
    _window, area = calendar_window(qtbot, ctx)
    editor = open_meeting(qtbot, area, meeting_id, "agenda_tab")
    assert editor.meeting is not None
    tab = editor.agenda_tab
    follow_up = next(i for i in editor.meeting.agenda if i.standing_key == STANDING_ACTIONS)
    row = next(
        tab.items.item(i)
        for i in range(tab.items.count())
        if tab.items.item(i).data(Qt.ItemDataRole.UserRole) == follow_up.id
    )
    tab.items.scrollToItem(row)
    qtbot.mouseClick(
        tab.items.viewport(), Qt.MouseButton.LeftButton, pos=tab.items.visualItemRect(row).center()
    )
    assert tab.carried.isVisible()
    return [plain(tab.carried_label.text())] + [
        tab.carried.item(i).text() for i in range(tab.carried.count())
    ]


def test_a_new_groups_first_meeting_has_nothing_to_follow_up(qtbot: QtBot, ctx: AppContext) -> None:
    day = clock.today() + dt.timedelta(days=7)
    with ctx.db.session() as s:
        group = group_editing.create_group(
            s, group_rows.GroupInput("Trygghetsrådet", GroupType.TRYGGHETSRAD)
        )
        first = meetings.add_meeting(s, group, meetings.MeetingInput(at(day, 9), at(day, 10)))
        later = day + dt.timedelta(days=28)
        second = meetings.add_meeting(s, group, meetings.MeetingInput(at(later, 9), at(later, 10)))
    assert follow_up_says(qtbot, ctx, first) == [
        "Åtgärder från tidigare möten",
        "Inga tidigare möten – inget att följa upp ännu.",
    ]
    assert follow_up_says(qtbot, ctx, second) == [
        "0 åtgärder öppna från tidigare möten",
        "Inga – alla tidigare åtgärder är avslutade.",
    ]
