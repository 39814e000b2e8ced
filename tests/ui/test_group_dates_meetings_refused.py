"""A group's own dates and its meetings, refused where the user types them: "Avsluta grupp"
with an end before a meeting the group held, and the meeting editor's date moved before the
group's start. The refusal names the days; the dialog or the editor keeps what was typed, and
nothing is saved. (A meeting from before the start is no longer offered "Markera som
genomfört" at all: tests/ui/test_meeting_outside_group_days.py.)"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import GroupStatus
from samverkan_desktop.services import groups
from samverkan_desktop.services import meetings as meeting_service
from tests.core.meeting_data import at, make_group
from tests.days import days_ago
from tests.ui.answers import cancel_typed
from tests.ui.clicks import click_button, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row
from tests.ui.windows import show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.end_dialog import EndGroupDialog
from ui.meetings.editor import MeetingEditor

GROUP = "Trygghetsråd Södermalm"
CTRL = Qt.KeyboardModifier.ControlModifier


def _meeting(ctx: AppContext, group: int, day: dt.date, title: str | None = None) -> int:
    data = meeting_service.MeetingInput(at(day, 9), at(day, 11), title=title)
    return ctx.call(meeting_service.add_meeting, group, data)


def _editor(qtbot: QtBot, ctx: AppContext, meeting: int) -> MeetingEditor:
    area = CalendarArea(ctx)
    show_window(qtbot, area)
    area.show_record(meeting)
    assert area.stack.currentWidget() is area.editor
    return area.editor


def test_an_end_before_a_held_meeting_is_refused_in_the_dialog_as_typed(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    formed = days_ago(200)
    held = days_ago(20)
    group = ctx.call(make_group, GROUP, starts_on=formed)
    ctx.call(meeting_service.mark_held, _meeting(ctx, group, held, "Workshop"))
    area = GroupsArea(ctx)
    show_window(qtbot, area)
    area.refresh()
    click_row(qtbot, area.page.table, GROUP)
    early = held - dt.timedelta(days=5)
    seen: dict[str, object] = {}

    def end_early(dialog: QWidget) -> None:
        assert isinstance(dialog, EndGroupDialog)
        type_date(qtbot, dialog.date_edit, early)
        click_button(qtbot, dialog, "Avsluta grupp")
        seen["error"] = dialog.error_text("ended_on")
        seen["open"] = (dialog.isVisible(), dialog.date_edit.value())
        cancel_typed(qtbot, dialog)

    modals.answer(end_early)
    click_button(qtbot, area.page.toolbar, "Avsluta grupp…")
    modals.check()
    assert seen["error"] == (
        f"Mötet ”Workshop” den {held} hölls efter {early}: låt gruppen avslutas tidigast {held}."
    )
    assert seen["open"] == (True, early)
    assert ctx.call(groups.get_group, group).status is GroupStatus.ACTIVE


def test_the_editor_refuses_a_date_before_the_start_beside_it_keeping_what_was_typed(
    qtbot: QtBot, ctx: AppContext
) -> None:
    today = clock.today()
    formed = days_ago(200)
    group = ctx.call(make_group, GROUP, starts_on=formed)
    editor = _editor(qtbot, ctx, _meeting(ctx, group, today + dt.timedelta(days=7)))
    tab = editor.details_tab
    editor.tabs.setCurrentWidget(tab)
    early = formed - dt.timedelta(days=1)
    type_date(qtbot, tab.date_edit, early)
    tab.place_edit.clear()
    type_text(qtbot, tab.place_edit, "Medborgarhuset, sal 2")
    qtbot.keyClick(tab.place_edit, Qt.Key.Key_S, CTRL)
    assert tab.error_text("date") == (
        f"”{GROUP}” startar {formed}: gruppen kan inte ha möte den {early}, före det. "
        f"Välj en dag från och med {formed}."
    )
    assert (tab.date_edit.value(), tab.place_edit.text()) == (early, "Medborgarhuset, sal 2")
    assert editor.meeting is not None
    stored = ctx.call(meeting_service.get_meeting, editor.meeting.id)
    assert (stored.starts_at.date(), stored.place) == (today + dt.timedelta(days=7), None)
