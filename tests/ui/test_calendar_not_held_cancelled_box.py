"""With "Passerade, ej genomförda" on, the calendar lists planned meetings only: "Visa inställda"
is then unticked as well as greyed (greyed but ticked, it read as if cancelled meetings were
shown), and gets back the user's choice when the filter is off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import meetings
from tests.core.meeting_data import at, make_group
from tests.ui.windows import show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext


def test_show_cancelled_is_unticked_while_past_not_held_is_on(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    day = clock.today()
    group_id = demo_ctx.call(make_group, "Arbetsgrupp Tessinparken")
    cancelled_id = demo_ctx.call(
        meetings.add_meeting, group_id, meetings.MeetingInput(at(day, 13), at(day, 14))
    )
    demo_ctx.call(meetings.cancel_meeting, cancelled_id, "Krockar med nämnden")
    area = show_window(qtbot, CalendarArea(demo_ctx), 1280, 800)
    area.refresh()
    cancelled, not_held = area.filter_bar.cancelled_check, area.filter_bar.not_held.check
    assert cancelled.isChecked() and cancelled.isEnabled()
    qtbot.mouseClick(not_held, Qt.MouseButton.LeftButton)
    assert not_held.isChecked()
    assert not cancelled.isChecked() and not cancelled.isEnabled()
    assert cancelled.toolTip() == "”Passerade, ej genomförda” visar bara planerade möten"
    qtbot.mouseClick(not_held, Qt.MouseButton.LeftButton)
    assert cancelled.isChecked() and cancelled.isEnabled()
    assert " · 1 inställt" in area.count_label.text()  # the month's cancelled is back

    # Unticked by the user before, it stays unticked after.
    qtbot.mouseClick(cancelled, Qt.MouseButton.LeftButton)
    assert not cancelled.isChecked()
    qtbot.mouseClick(not_held, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(not_held, Qt.MouseButton.LeftButton)
    assert not cancelled.isChecked() and cancelled.isEnabled()
    assert "inställda" not in area.count_label.text()
