"""A meeting kept from before a group's later start, opened in the calendar's meeting editor:
what it cannot have is greyed, each with the core's refusal naming the group's start as its
tooltip — its minutes, "Alla närvarande" and "Närvarande" on its attendance tab (whose key says
the same, nobody marked), "Nytt beslut…" (its key too) and "Ny åtgärd…" (they were offered,
then refused); once cancelled, "Återställ mötet" (it was refused in a message). It says so as
one kept after the group's end does: "Före gruppens start" in its badge, the group's pane and
the calendar's list, a note under its title, and no "Markera som genomfört"."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.formatting import long_date
from samverkan_desktop.models import AttendanceStatus, MeetingStatus
from samverkan_desktop.services import calendar, contacts, group_editing, groups
from samverkan_desktop.services import meetings as meeting_service
from tests.core.meeting_data import at, make_group
from tests.days import days_ago, days_ahead
from tests.ui.answers import acknowledge
from tests.ui.conftest import ModalDriver
from tests.ui.menus import click_in_menu
from tests.ui.openers import calendar_window, open_meeting
from tests.ui.tables import click_row, column_texts, hover_tooltip
from tests.ui.windows import area_of, settle, show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.next_meetings import meeting_link_text
from ui.main_window import MainWindow

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


def test_reinstating_a_meeting_before_the_start_is_greyed_with_why(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """ "Återställ mötet" under "Mer" was offered, then refused once chosen: greyed, the
    core's refusal its tooltip (the menu shows it), and a click on it does nothing."""
    meeting = _kept_meeting(ctx)
    ctx.call(meeting_service.cancel_meeting, meeting)
    _window, area = calendar_window(qtbot, ctx)
    editor = open_meeting(qtbot, area, meeting)
    assert "Återställ mötet" in click_in_menu(qtbot, editor.more_button)
    action = editor.more_menu.reinstate_action
    assert action.isVisible()
    assert not action.isEnabled()
    assert action.toolTip() == _before_the_start() + "kan inte återställas."
    assert editor.more_menu.toolTipsVisible()
    action.trigger()
    assert ctx.call(meeting_service.get_meeting, meeting).status is MeetingStatus.CANCELLED


def test_a_meeting_before_the_start_says_so_and_is_not_offered_as_held(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """Its day passed, it offered "Markera som genomfört" beside a badge "Ej markerat som
    genomfört", refused on click; now it reads as one kept after the end does."""
    meeting = _kept_meeting(ctx)
    _window, area = calendar_window(qtbot, ctx)
    editor = open_meeting(qtbot, area, meeting)
    assert editor.status_badge.text() == "Före gruppens start"
    assert editor.warning.isVisible()
    start = long_date(days_ago(START_DAYS_AGO))
    assert editor.warning.text().startswith(f"Gruppen startar {start}, så mötet kan inte hållas")
    assert not editor.held_button.isVisible()
    assert not editor.more_menu.held_action.isVisible()
    assert editor.more_menu.cancel_action.isVisible()  # what the note points to
    assert (
        editor.more_menu.standing_action.isVisible()
    )  # the group has coming meetings to give it to


def test_a_new_decision_on_a_meeting_before_the_start_is_greyed_with_why(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    """ "Nytt beslut…" and its Ctrl+N opened the form, refused once filled in: greyed with the
    core's refusal, the key says it and opens nothing."""
    meeting = _kept_meeting(ctx)
    _window, area = calendar_window(qtbot, ctx)
    tab = open_meeting(qtbot, area, meeting, "decisions_tab").decisions_tab
    expected = _before_the_start() + "kan inte ha minnesanteckningar."
    assert not tab.add_button.isEnabled()
    assert tab.add_button.toolTip() == expected
    # The empty list pointed to it: "”Nytt beslut…” (Ctrl+N) antecknar ett."
    assert tab.table.empty_label.text() == f"Inga beslut. {expected}"
    told: list[str] = []
    modals.answer(acknowledge(qtbot, told))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert told == [expected]
    assert ctx.call(meeting_service.get_meeting, meeting).decisions == ()


def test_a_coming_meeting_before_the_start_says_so(qtbot: QtBot, ctx: AppContext) -> None:
    """A group to start in three weeks, a workshop kept in ten days: its line under "Nästa
    möten" ends in "· före gruppens start", the editor says it and does not offer it as held,
    the calendar's list reads "Före gruppens start" with the group's start on hover. It read
    as any coming meeting."""
    day, start = days_ahead(10), days_ahead(21)
    group = ctx.call(make_group, GROUP, starts_on=None, members=())
    workshop = meeting_service.MeetingInput(at(day, 13), at(day, 15), title="Workshop")
    meeting = ctx.call(meeting_service.add_meeting, group, workshop)
    detail = ctx.call(groups.get_group, group)
    ctx.call(
        group_editing.update_group, group, dataclasses.replace(detail.to_input(), starts_on=start)
    )

    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1024, 768)
    window.navigate("groups", group)
    settle(qtbot)
    pane = area_of(window, "groups", GroupsArea).next_meetings
    assert [link.accessibleName() for link in pane.links] == [
        f"{meeting_link_text(ctx.call(calendar.list_calendar, day, day)[0])} · före gruppens start"
    ]
    window.navigate("calendar", meeting)
    settle(qtbot)
    calendar_area = area_of(window, "calendar", CalendarArea)
    editor = calendar_area.editor
    assert editor.status_badge.text() == "Före gruppens start"
    assert editor.warning.text().startswith(f"Gruppen startar {long_date(start)}, så mötet")
    assert not editor.more_menu.held_action.isVisible()

    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    window.navigate("calendar")
    # "Tillbaka" left the calendar on the workshop's month, whichever month today is in.
    qtbot.keyClick(calendar_area, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    listed = calendar_area.list_view
    row = column_texts(listed, "Grupp, vandring, övning").index(f"Workshop – {GROUP}")
    assert column_texts(listed, "Status")[row] == "Före gruppens start"
    assert hover_tooltip(qtbot, listed, row, 5) == f"Före gruppens start ({start.isoformat()})"


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
    """ "Ny åtgärd…" opened its form, refused once filled in. At 1024 × 768 the empty list
    saying why is high enough for the reason, whole."""
    meeting = _kept_meeting(ctx)
    _window, area = calendar_window(qtbot, ctx, 1024, 768)
    tab = open_meeting(qtbot, area, meeting, "actions_tab").actions_tab
    button = tab.new_button
    assert not button.isEnabled()
    assert button.toolTip() == _before_the_start() + "kan inte få nya åtgärder."
    # The empty list says why there are none, rather than point to the greyed button.
    none_raised = "Inga åtgärder väckta vid det här mötet."
    assert tab.raised.empty_label.text() == f"{none_raised} {button.toolTip()}"
    settle(qtbot)
    viewport = tab.raised.viewport()
    assert tab.raised.empty_label.heightForWidth(viewport.width()) <= viewport.height()

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
    assert tab.raised.empty_label.text().startswith(f"{none_raised[:-1]} ännu. ”Ny åtgärd…” (")
