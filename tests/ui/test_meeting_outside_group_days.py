"""A meeting kept from before a group's later start, opened in the calendar's meeting editor:
what it cannot have is greyed, each with the core's refusal naming the group's start as its
tooltip — its minutes, "Alla närvarande" and "Närvarande" on its attendance tab (whose key says
the same, nobody marked) and "Ny åtgärd…" (they were offered, then refused); once cancelled,
"Återställ mötet" is refused in a message naming the group's start."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import AttendanceStatus, MeetingStatus
from samverkan_desktop.services import contacts, group_editing, groups
from samverkan_desktop.services import meetings as meeting_service
from tests.core.meeting_data import at, make_group
from tests.days import days_ago
from tests.ui.conftest import ModalDriver
from tests.ui.helpers import (
    acknowledge,
    click_row,
)
from tests.ui.openers import calendar_window, open_meeting
from ui.context import AppContext

GROUP = "Trygghetsråd Södermalm"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
# Days before the test's day, read when it runs: the meeting kept, then the group's start.
KEPT_DAYS_AGO = 20
START_DAYS_AGO = 10


def _before_the_start() -> str:
    """How each refusal begins: the group's start and the kept meeting's day."""
    start, kept = days_ago(START_DAYS_AGO), days_ago(KEPT_DAYS_AGO)
    return f"”{GROUP}” startar {start.isoformat()}: dess möte den {kept.isoformat()}, före det, "


def _kept_meeting(ctx: AppContext) -> int:
    """A single meeting added by hand, then the group's start set after it (which keeps it)."""
    kept = days_ago(KEPT_DAYS_AGO)
    group = ctx.call(make_group, GROUP, starts_on=None)
    meeting = ctx.call(
        meeting_service.add_meeting,
        group,
        meeting_service.MeetingInput(at(kept, 9), at(kept, 11), title="Förberedelse"),
    )
    detail = ctx.call(groups.get_group, group)
    start = days_ago(START_DAYS_AGO)
    ctx.call(
        group_editing.update_group, group, dataclasses.replace(detail.to_input(), starts_on=start)
    )
    return meeting


def test_minutes_on_a_meeting_before_the_start_are_greyed_with_why(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """They were offered, and refused once typed and saved."""
    meeting = _kept_meeting(ctx)
    _window, area = calendar_window(qtbot, ctx)
    tab = open_meeting(qtbot, area, meeting, "agenda_tab").agenda_tab
    expected = _before_the_start() + "kan inte ha minnesanteckningar."
    for widget in (tab.notes_edit, tab.next_edit, tab.save_button, tab.decision_button):
        assert not widget.isEnabled()
        assert widget.toolTip() == expected


def test_reinstating_a_meeting_before_the_start_is_refused(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    meeting = _kept_meeting(ctx)
    ctx.call(meeting_service.cancel_meeting, meeting)
    _window, area = calendar_window(qtbot, ctx)
    editor = open_meeting(qtbot, area, meeting)
    told: list[str] = []
    modals.answer(acknowledge(qtbot, told))
    editor.reinstate_action.trigger()
    modals.check()
    assert told == [_before_the_start() + "kan inte återställas."]
    assert ctx.call(meeting_service.get_meeting, meeting).status is MeetingStatus.CANCELLED


def _invite(ctx: AppContext, meeting: int, name: str) -> None:
    """Invited to this meeting only (the group's members joined after it)."""
    person = ctx.call(contacts.create_person, contacts.PersonInput(name))
    ctx.call(meeting_service.add_invitee, meeting, person)


def test_attendance_on_a_meeting_before_the_start_is_greyed_with_why(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    """ "Alla närvarande" and "Närvarande" were offered, and refused once clicked; the key says
    why too, and nobody is marked."""
    meeting = _kept_meeting(ctx)
    _invite(ctx, meeting, "Karin Lund")
    _window, area = calendar_window(qtbot, ctx)
    editor = open_meeting(qtbot, area, meeting, "attendance_tab")
    tab = editor.attendance_tab
    expected = _before_the_start() + "kan inte få närvaron antecknad."
    click_row(qtbot, tab.table, "Karin Lund")
    for button in (tab.all_present_button, tab.present_button, tab.absent_button):
        assert not button.isEnabled(), button.text()
        assert button.toolTip() == expected
    told: list[str] = []
    modals.answer(acknowledge(qtbot, told))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_P, CTRL_SHIFT)
    modals.check()
    assert told == [expected]
    assert editor.tabs.tabText(1) == "Närvaro (0/1)"
    saved = ctx.call(meeting_service.get_meeting, meeting).invitees
    assert [i.status for i in saved] == [AttendanceStatus.INVITED]


def test_a_new_action_on_a_meeting_before_the_start_is_greyed_with_why(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """ "Ny åtgärd…" opened its form, refused once filled in."""
    meeting = _kept_meeting(ctx)
    _window, area = calendar_window(qtbot, ctx)
    button = open_meeting(qtbot, area, meeting, "actions_tab").actions_tab.new_button
    assert not button.isEnabled()
    assert button.toolTip() == _before_the_start() + "kan inte få nya åtgärder."

    # Inside the group's days the same meeting is offered them, with its own tooltips.
    detail = ctx.call(groups.get_group, ctx.call(meeting_service.get_meeting, meeting).group_id)
    earlier = days_ago(KEPT_DAYS_AGO + 1)
    ctx.call(
        group_editing.update_group,
        detail.id,
        dataclasses.replace(detail.to_input(), starts_on=earlier),
    )
    ctx.bus.announce("groups", "meetings")
    qtbot.waitUntil(button.isEnabled)
    assert button.toolTip().startswith("Ny åtgärd… (")
