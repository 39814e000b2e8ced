"""A member removed from a group (Groups) or a person who left taken out of their groups
(Contacts) is taken off the groups' meetings to come that were already opened, is told how many,
and one Undo puts back the membership, its role and those invitations."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services import calendar, groups, meetings
from samverkan_desktop.services.calendar import CalendarFilter
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import group_members
from tests.ui.person_leaving import delete_person, group_id
from tests.ui.tables import click_row, column_texts, row_texts
from tests.ui.windows import show_window
from ui.contacts.area import ContactsArea
from ui.context import AppContext
from ui.groups.area import GroupsArea

PLACE = "Platssamverkan Stureplan/Östermalmstorg"
PERSON = "Jonas Björk"


@pytest.fixture
def opened(demo_ctx: AppContext) -> int:
    """The group's next meeting, opened once (it has its own invitation list from then on)."""
    today = clock.today()
    rows = demo_ctx.call(
        calendar.list_calendar,
        today + dt.timedelta(days=1),
        today + dt.timedelta(days=120),
        CalendarFilter(group_ids=(group_id(demo_ctx, PLACE),)),
    )
    meeting_id = next(r.id for r in rows if r.status is MeetingStatus.PLANNED)
    demo_ctx.call(meetings.get_meeting, meeting_id)
    return meeting_id


def _invited(ctx: AppContext, meeting_id: int) -> list[str]:
    return [i.name for i in ctx.call(meetings.get_meeting, meeting_id).invitees]


def test_a_removed_member_leaves_the_meetings_to_come_and_undo_puts_all_back(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, opened: int
) -> None:
    area = show_window(qtbot, GroupsArea(demo_ctx))
    area.refresh()
    assert PERSON in _invited(demo_ctx, opened)
    click_row(qtbot, area.page.table, PLACE)
    click_row(qtbot, area.detail.members, PERSON)
    modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
    click_button(qtbot, group_members(qtbot, area), "Ta bort…")
    modals.check()
    assert PERSON not in _invited(demo_ctx, opened)
    assert area.page.notice.label.text() == (
        f"{PERSON} togs bort från ”{PLACE}”. Inbjudan till 1 kommande möte har tagits tillbaka."
    )
    click_button(qtbot, area.page.notice, "Ångra")
    assert row_texts(area.detail.members, PERSON)["Roll"] == "Ledamot"
    assert PERSON in _invited(demo_ctx, opened)


def test_taking_a_person_who_left_out_of_the_groups_is_counted_and_undone(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, opened: int
) -> None:
    area = show_window(qtbot, ContactsArea(demo_ctx))
    area.refresh()
    asked = delete_person(qtbot, modals, area, PERSON, "Ta bort ur gruppen")
    assert "Inbjudan till 1 kommande möte tas tillbaka." in asked[0]
    assert PERSON not in _invited(demo_ctx, opened)
    members = [m.name for m in demo_ctx.call(groups.get_group, group_id(demo_ctx, PLACE)).members]
    assert PERSON not in members
    assert area.people.notice.label.text() == (
        f"{PERSON} togs bort ur 1 grupp. Inbjudan till 1 kommande möte har tagits tillbaka."
    )

    click_button(qtbot, area.people.notice, "Ångra")
    group = demo_ctx.call(groups.get_group, group_id(demo_ctx, PLACE))
    assert [m.role.label for m in group.members if m.name == PERSON] == ["Member"]
    assert PERSON in _invited(demo_ctx, opened)
    assert PERSON in column_texts(area.people.table, "Namn")
