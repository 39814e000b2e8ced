"""Moving or cancelling a council meeting in Kalender says beforehand which meeting of the group
meeting before it ("4 gånger/år inför chefsamråd") follows, and the meetings then are as said;
nothing is said when the day does not change."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import short_date
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.recurrence.linked import working_day_before
from samverkan_desktop.services import calendar, groups, meeting_following, meeting_rules, meetings
from samverkan_desktop.services.calendar import CalendarRow
from tests.ui.answers import acknowledge
from tests.ui.clicks import click_button, type_date
from tests.ui.conftest import ModalDriver
from tests.ui.menus import choose_in_menu
from tests.ui.windows import show_window
from ui.calendar.area import CalendarArea
from ui.calendar.meeting_dialogs import CancelMeetingDialog, MoveMeetingDialog
from ui.context import AppContext

PREP = "Lokal beredningsgrupp Östermalm"
WEEK = dt.timedelta(days=7)


def _group_id(ctx: AppContext, name: str) -> int:
    return next(g.id for g in ctx.call(groups.list_groups, name) if g.name == name)


@pytest.fixture
def area(qtbot: QtBot, demo_ctx: AppContext) -> CalendarArea:
    prep = _group_id(demo_ctx, PREP)
    demo_ctx.call(meeting_rules.set_rule_from_phrase, prep, "4 gånger/år inför chefsamråd")
    return show_window(qtbot, CalendarArea(demo_ctx), 1366, 768)


def _prep_days(ctx: AppContext) -> list[dt.date]:
    today = clock.today()
    only = calendar.CalendarFilter(group_ids=(_group_id(ctx, PREP),))
    rows = ctx.call(calendar.list_calendar, today, today + dt.timedelta(days=600), only)
    return [r.starts_at.date() for r in rows if r.status is not MeetingStatus.CANCELLED]


def _council_meetings(ctx: AppContext) -> list[CalendarRow]:
    """Coming council meetings whose preparation meeting a week before is the rule's own
    (not one the demo holds work in): the one that follows."""
    today = clock.today()
    only = calendar.CalendarFilter(group_ids=(_group_id(ctx, "Chefsamråd trygghet"),))
    rows = ctx.call(calendar.list_calendar, today + WEEK * 2, today + dt.timedelta(days=500), only)
    found = []
    for row in rows:
        changes = [c for f in ctx.call(meeting_following.if_gone, row.id) for c in f.changes]
        before = working_day_before(row.starts_at.date() - WEEK)
        if [c.old.date() for c in changes if c.old is not None] == [before]:
            found.append(row)
    assert len(found) >= 2, "the demo's council meets more than twice in a year and a half"
    return found


def test_the_move_dialog_says_which_preparation_meeting_moves_as_the_date_changes(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver
) -> None:
    row = _council_meetings(area.ctx)[0]
    day = row.starts_at.date()
    # A day later, or earlier: the preparation meeting stays in its month (see meeting_planning).
    new_day = day + dt.timedelta(days=1)
    if (new_day - WEEK).month != (day - WEEK).month:
        new_day = day - dt.timedelta(days=1)
    old, new = working_day_before(day - WEEK), working_day_before(new_day - WEEK)
    today = clock.today()
    said = (
        f"{PREP} möts inför detta möte: dess möte {short_date(old, today)} flyttas till "
        f"{short_date(new, today)}."
    )

    def move(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveMeetingDialog)
        assert dialog.following.isHidden()  # the same day: nothing follows
        type_date(qtbot, dialog.date_edit, new_day)
        qtbot.waitUntil(dialog.following.isVisible)
        assert dialog.following.text() == said
        type_date(qtbot, dialog.date_edit, day)
        qtbot.waitUntil(dialog.following.isHidden)
        type_date(qtbot, dialog.date_edit, new_day)
        assert dialog.following.text() == said
        click_button(qtbot, dialog, "Flytta")

    modals.answer(move)
    choose_in_menu(area.meeting_menu(row), "Flytta…")
    modals.check()
    days = _prep_days(area.ctx)
    assert new in days and (old == new or old not in days)


def test_the_cancel_dialog_says_which_preparation_meeting_goes(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver
) -> None:
    row = _council_meetings(area.ctx)[1]
    old = working_day_before(row.starts_at.date() - WEEK)
    assert old in _prep_days(area.ctx)

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, CancelMeetingDialog)
        assert dialog.following.isVisible()
        assert dialog.following.text() == (
            f"{PREP} möts inför detta möte: dess möte {short_date(old, clock.today())} tas bort."
        )
        click_button(qtbot, dialog, "Ställ in mötet")

    modals.answer(cancel)
    choose_in_menu(area.meeting_menu(row), "Ställ in mötet…")
    modals.check()
    assert old not in _prep_days(area.ctx)
    # Planned again from the menu (no dialog): the notice says the preparation meeting is back.
    day = row.starts_at.date()
    only = calendar.CalendarFilter(group_ids=(row.group_id,))
    (cancelled,) = [r for r in area.ctx.call(calendar.list_calendar, day, day, only)]
    assert cancelled.status is MeetingStatus.CANCELLED
    choose_in_menu(area.meeting_menu(cancelled), "Återställ mötet")
    assert area.notice.label.text() == (
        f"{PREP} möts inför detta möte: ett möte planeras {short_date(old, clock.today())}."
    )
    assert old in _prep_days(area.ctx)


# A day whose first free Wednesday gets its preparation meeting: at Monday 28 December 07.00 it
# was 27 January, and no preparation meeting came on the 20th (January had one on the 5th, see
# meeting_planning), so the test failed before it asked anything.
@pytest.mark.moment("2026-12-05T17:30")
def test_the_delete_question_says_which_preparation_meeting_goes(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver
) -> None:
    ctx = area.ctx
    council = _group_id(ctx, "Chefsamråd trygghet")
    taken = set(_prep_days(ctx))
    day = next(
        d
        for d in (clock.today() + dt.timedelta(days=n) for n in range(30, 200))
        if d.weekday() == 2 and working_day_before(d - WEEK) not in taken
    )
    start = dt.datetime.combine(day, dt.time(13))
    extra = ctx.call(
        meetings.add_meeting, council, meetings.MeetingInput(start, start.replace(hour=14))
    )
    before = working_day_before(day - WEEK)
    assert before in _prep_days(ctx)  # the extra council meeting got its preparation meeting
    area.open_meeting(extra)
    asked: list[str] = []

    def delete(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog.text())
        click_button(qtbot, dialog, "Ta bort möte")

    modals.answer(delete)
    area.editor.more_menu.delete_action.trigger()
    modals.check()
    assert asked[0].endswith(
        f"\n\n{PREP} möts inför detta möte: dess möte {short_date(before, clock.today())} tas bort."
    )
    assert before not in _prep_days(ctx)


def test_the_meeting_editor_says_so_as_its_date_changes(qtbot: QtBot, area: CalendarArea) -> None:
    """Changing the date on the meeting's own Uppgifter tab moves the preparation meeting as
    the calendar's move does; it said nothing before it did."""
    row = _council_meetings(area.ctx)[0]
    day = row.starts_at.date()
    new_day = day + dt.timedelta(days=1)
    if (new_day - WEEK).month != (day - WEEK).month:
        new_day = day - dt.timedelta(days=1)
    old, new = working_day_before(day - WEEK), working_day_before(new_day - WEEK)
    today = clock.today()
    area.open_meeting(row.id)
    details = area.editor.details_tab
    area.editor.tabs.setCurrentWidget(details)
    assert details.following.isHidden()
    type_date(qtbot, details.date_edit, new_day)
    qtbot.waitUntil(details.following.isVisible)
    assert details.following.text() == (
        f"{PREP} möts inför detta möte: dess möte {short_date(old, today)} flyttas till "
        f"{short_date(new, today)}."
    )
    type_date(qtbot, details.date_edit, day)
    qtbot.waitUntil(details.following.isHidden)  # its own day again: nothing follows
    type_date(qtbot, details.date_edit, new_day)
    click_button(qtbot, details, "Spara uppgifterna")
    assert details.following.isHidden()
    days = _prep_days(area.ctx)
    assert new in days and (old == new or old not in days)


def test_reinstating_in_the_meeting_editor_says_which_preparation_meeting_is_back(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver
) -> None:
    """The editor's "Återställ mötet" planned the preparation meeting again without a word;
    it now says so, as the calendar's notice does."""
    row = _council_meetings(area.ctx)[1]
    old = working_day_before(row.starts_at.date() - WEEK)
    area.ctx.call(meetings.set_meeting_status, row.id, MeetingStatus.CANCELLED)
    assert old not in _prep_days(area.ctx)
    area.open_meeting(row.id)
    told: list[str] = []
    modals.answer(acknowledge(qtbot, told))
    area.editor.more_menu.reinstate_action.trigger()
    modals.check()
    assert told == [
        f"{PREP} möts inför detta möte: ett möte planeras {short_date(old, clock.today())}."
    ]
    assert old in _prep_days(area.ctx)
