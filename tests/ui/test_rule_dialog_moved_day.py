"""The meeting-rule editor's "Nästa möten" names the holiday a meeting was moved from by its day
written out, as the rest of the program writes days: "Flyttat från Trettondedag jul 6 januari"
beside "Tor 2027-01-07". It read "Trettondedag jul: flyttat från 6/1", the program's
only day written day/month."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.core.meeting_data import make_group
from tests.ui.openers import holidays_moved, read_rule, rule_dialog
from ui.context import AppContext
from ui.groups.rule_dates import NOTE_COLUMN

GROUP = "Platssamverkan Testtorget"


@pytest.mark.moment("2026-12-05T10:00")
def test_a_meeting_moved_off_a_holiday_names_its_day(qtbot: QtBot, ctx: AppContext) -> None:
    group = ctx.call(make_group, GROUP, starts_on=clock.today())
    dialog = rule_dialog(qtbot, ctx, group, GROUP)
    read_rule(qtbot, dialog, "första onsdagen i månaden kl 10")
    holidays_moved(qtbot, dialog)
    table = dialog.dates

    def rows() -> list[tuple[str, str]]:
        found = []
        for row in range(table.rowCount()):
            day, note = table.item(row, 0), table.item(row, NOTE_COLUMN)
            found.append((day.text() if day else "", note.text() if note else ""))
        return found

    moved = ("Tor 2027-01-07", "Flyttat från Trettondedag jul 6 januari")
    qtbot.waitUntil(lambda: moved in rows())
    assert not any("/" in note for _day, note in rows())
