"""The actions open from earlier meetings, read in the Actions tab at a laptop's size: what is
to be done and who does it break onto a second line rather than end in "…" (at 1280x800 they
read 'Förbereda revideringen av sa…' and 'Anna Berglund · Östermalms s…'). The test adds an
action of its own, longer than its columns on any day the demo is built (the demo's own fit
their columns on some days)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import actions, contacts, meetings
from tests.ui.openers import calendar_window, first_coming_meeting, open_meeting
from ui.context import AppContext

TITLE = (
    "Förbereda revideringen av samverkansöverenskommelsen med polisen och "
    "socialtjänsten inför nästa års medborgarlöfte"
)
RESPONSIBLE = "Ann-Charlotte Wennerström Lindqvist Karlsson af Ekenstierna"


def test_what_and_who_of_an_open_action_are_read_whole(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = calendar_window(qtbot, demo_ctx)
    meeting_id = first_coming_meeting(area)
    meeting = demo_ctx.call(meetings.get_meeting, meeting_id)
    person_id = demo_ctx.call(contacts.create_person, contacts.PersonInput(RESPONSIBLE))
    demo_ctx.call(
        actions.create_action,
        actions.ActionInput(
            TITLE,
            responsible_person_id=person_id,
            group_id=meeting.group_id,
            raised_on=meeting.starts_at.date() - dt.timedelta(days=7),
        ),
    )
    editor = open_meeting(qtbot, area, meeting_id, tab="actions_tab")
    QApplication.processEvents()
    table = editor.actions_tab.earlier
    rows = table.rows()
    row = next(i for i, action in enumerate(rows) if action.title == TITLE)
    metrics = table.fontMetrics()
    one_line = table.verticalHeader().defaultSectionSize()
    assert RESPONSIBLE in rows[row].responsible
    for column, text in ((0, rows[row].title), (1, rows[row].responsible)):
        # longer than its column: the row takes the lines it needs rather than cut it
        assert metrics.horizontalAdvance(text) > table.columnWidth(column), text
        assert table.rowHeight(row) > one_line, text
