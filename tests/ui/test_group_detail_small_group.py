"""A small group's detail pane: its members table takes what its rows need, so the facts, the
rule and the next meetings are in sight at a laptop's size (they scrolled in 190 px beside an
empty members table of 300 px, one of three next meetings in sight)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.enums import GroupType
from samverkan_desktop.services import (
    contacts,
    group_editing,
    group_rows,
    meeting_rules,
    membership_changes,
)
from tests.ui.openers import area_in_window, group_members
from tests.ui.tables import click_row
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea


def test_a_group_of_one_shows_its_three_next_meetings_without_scrolling(
    qtbot: QtBot, ctx: AppContext
) -> None:
    phrase = "1 gång/månad (ej juli)"
    with ctx.db.session() as s:
        group = group_editing.create_group(
            s,
            group_rows.GroupInput(
                "Trygghetsrådet",
                GroupType.TRYGGHETSRAD,
                purpose="Samverkan mellan polis och stadsdel om tryggheten i området.",
                meeting_frequency=phrase,
            ),
        )
        membership_changes.add_member(
            s, group, contacts.create_person(s, contacts.PersonInput("Eva Strand"))
        )
        meeting_rules.set_rule_from_phrase(s, group, phrase)
    _window, area = area_in_window(qtbot, ctx, "groups", GroupsArea, 1280, 800)
    click_row(qtbot, area.page.table, "Trygghetsrådet")
    settle(qtbot)
    links = area.next_meetings.links
    assert len(links) == 3
    scroll = area.detail._scroll
    assert scroll.verticalScrollBar().maximum() == 0  # nothing to scroll to
    for link in links:
        top_left = link.mapTo(scroll.viewport(), link.rect().topLeft())
        assert top_left.y() >= 0 and top_left.y() + link.height() <= scroll.viewport().height()
    group_members(qtbot, area)  # the member in a tab of its own
    members = area.detail.members
    assert members.isVisible() and members.viewport().height() >= members.rowHeight(0)
