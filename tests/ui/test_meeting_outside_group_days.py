"""A meeting kept from before a group's later start, opened in the calendar's meeting editor:
its minutes are refused where they were typed (the text stays typed, nothing saved), so are
"Alla närvarande" and "Närvarande" on its attendance tab (nobody marked) and a new action in
the action's own form (kept open with what was typed), and once cancelled, "Återställ mötet" is
refused in a message naming the group's start."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import AttendanceStatus, MeetingStatus
from samverkan_desktop.services import contacts, group_editing, groups
from samverkan_desktop.services import meetings as meeting_service
from tests.core.meeting_data import at, make_group
from tests.days import days_ago
from tests.ui.conftest import ModalDriver
from tests.ui.helpers import (
    CLOSE_ANYWAY,
    acknowledge,
    answer_close_question,
    click_button,
    click_row,
    line_edit,
    refusal_on_click,
    type_text,
)
from tests.ui.openers import calendar_window, open_meeting
from ui.context import AppContext
from ui.meetings.action_dialog import ActionDialog

GROUP = "Trygghetsråd Södermalm"
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


def test_minutes_on_a_meeting_before_the_start_are_refused_and_stay_typed(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    meeting = _kept_meeting(ctx)
    window, area = calendar_window(qtbot, ctx)
    tab = open_meeting(qtbot, area, meeting, "agenda_tab").agenda_tab
    type_text(qtbot, tab.notes_edit, "Genomgång av läget")
    refusal = refusal_on_click(qtbot, modals, tab, "Spara anteckningar")
    assert refusal == _before_the_start() + "kan inte ha minnesanteckningar."
    assert tab.notes_edit.toPlainText() == "Genomgång av läget"
    saved = ctx.call(meeting_service.get_meeting, meeting).agenda
    assert all(item.notes is None for item in saved)
    asked: list[str] = []  # closing asks, as for any minutes refused
    modals.answer(answer_close_question(qtbot, CLOSE_ANYWAY, asked))
    window.close()
    modals.check()
    assert len(asked) == 1


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


def test_attendance_on_a_meeting_before_the_start_is_refused(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    meeting = _kept_meeting(ctx)
    _invite(ctx, meeting, "Karin Lund")
    _window, area = calendar_window(qtbot, ctx)
    editor = open_meeting(qtbot, area, meeting, "attendance_tab")
    tab = editor.attendance_tab
    expected = _before_the_start() + "kan inte få närvaron antecknad."
    assert refusal_on_click(qtbot, modals, tab, "Alla närvarande") == expected
    click_row(qtbot, tab.table, "Karin Lund")
    assert refusal_on_click(qtbot, modals, tab, "Närvarande") == expected
    assert editor.tabs.tabText(1) == "Närvaro (0/1)"
    saved = ctx.call(meeting_service.get_meeting, meeting).invitees
    assert [i.status for i in saved] == [AttendanceStatus.INVITED]


def test_a_new_action_on_a_meeting_before_the_start_is_refused_in_its_form(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    meeting = _kept_meeting(ctx)
    _window, area = calendar_window(qtbot, ctx)
    editor = open_meeting(qtbot, area, meeting, "actions_tab")
    seen: dict[str, object] = {}

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        type_text(qtbot, dialog.title_edit, "Boka lokal")
        type_text(qtbot, line_edit(dialog.organisation), f"Polisen {GROUP}")
        click_button(qtbot, dialog, "Lägg till åtgärd")
        seen["refusal"] = dialog.general_error.text()
        seen["open"] = dialog.isVisible()
        seen["title"] = dialog.title_edit.text()
        dialog.discard()

    modals.answer(add)
    click_button(qtbot, editor.actions_tab, "Ny åtgärd…")
    modals.check()
    assert seen == {
        "refusal": _before_the_start() + "kan inte få nya åtgärder.",
        "open": True,
        "title": "Boka lokal",
    }
    assert ctx.call(meeting_service.get_meeting, meeting).actions == ()
