"""A meeting kept from before a group's later start, opened in the calendar's meeting editor:
its minutes are refused where they were typed (the text stays typed, nothing saved), and once
cancelled, "Återställ mötet" is refused in a message naming the group's start."""

from __future__ import annotations

import dataclasses
import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services import group_editing, groups
from samverkan_desktop.services import meetings as meeting_service
from tests.core.meeting_data import at, make_group
from tests.ui.conftest import ModalDriver
from tests.ui.helpers import (
    CLOSE_ANYWAY,
    acknowledge,
    answer_close_question,
    refusal_on_click,
    type_text,
)
from tests.ui.openers import calendar_window, open_meeting
from ui.context import AppContext

GROUP = "Trygghetsråd Södermalm"
KEPT = clock.today() - dt.timedelta(days=20)
START = clock.today() - dt.timedelta(days=10)


def _kept_meeting(ctx: AppContext) -> int:
    """A single meeting added by hand, then the group's start set after it (which keeps it)."""
    group = ctx.call(make_group, GROUP, starts_on=None)
    meeting = ctx.call(
        meeting_service.add_meeting,
        group,
        meeting_service.MeetingInput(at(KEPT, 9), at(KEPT, 11), title="Förberedelse"),
    )
    detail = ctx.call(groups.get_group, group)
    ctx.call(
        group_editing.update_group, group, dataclasses.replace(detail.to_input(), starts_on=START)
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
    assert refusal == (
        f"”{GROUP}” startar {START.isoformat()}: dess möte den {KEPT.isoformat()}, före det, "
        "kan inte ha minnesanteckningar."
    )
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
    assert told == [
        f"”{GROUP}” startar {START.isoformat()}: dess möte den {KEPT.isoformat()}, före det, "
        "kan inte återställas."
    ]
    assert ctx.call(meeting_service.get_meeting, meeting).status is MeetingStatus.CANCELLED
