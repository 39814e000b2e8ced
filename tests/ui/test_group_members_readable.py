"""The members beside the group list are readable at a laptop's sizes: each name, function and
role whole (at 1280x800 six columns read "Anna …", "Sam…"; at 1024x768 too, the function
left out there), and most of a group's members in view
(they had a third of the pane: three rows of seven); in their own tab, they leave the details
tab to the facts."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import broken_in_cells
from tests.ui.openers import area_in_window, group_members
from tests.ui.tables import click_row
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.widgets.record_table import RecordTable

PLACE = "Platssamverkan Stureplan/Östermalmstorg"  # seven members


@pytest.mark.parametrize(
    ("size", "rows_in_view", "whole"),
    [
        ((1280, 800), 5, ("Namn", "Befattning", "Roll")),
        # Narrower, a long function breaks its longest word ("säkerhetssamordnare"); whole in
        # the tooltip and at 1280 px.
        ((1100, 700), 3, ("Namn", "Roll")),
        # At 1024 px the pane keeps the details' half (the list no longer jumps at the tab):
        # the function is left out, in the tooltip, and the other words read whole
        # ("Platsutv-ecklare", "Trafikpla-nerare" broke in a Befattning column of 66 px).
        ((1024, 768), 7, ("Namn", "Organisation", "Roll")),
    ],
)
def test_names_and_roles_are_whole_and_most_members_in_view(
    qtbot: QtBot,
    demo_ctx: AppContext,
    size: tuple[int, int],
    rows_in_view: int,
    whole: tuple[str, ...],
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, *size)
    group_members(qtbot, area, PLACE)
    settle(qtbot)
    table = area.detail.members
    model = table.model()
    assert broken_in_cells(table, whole) == []
    shown = [
        row
        for row in range(model.rowCount())
        if table.viewport().rect().contains(table.visualRect(model.index(row, 0)))
    ]
    assert len(shown) >= rows_in_view


def test_the_details_tab_leaves_the_pane_to_the_facts(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """The members no longer share the details' height: a group's facts are all in sight at
    1280x800, and its members a click away."""
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea)
    click_row(qtbot, area.page.table, "Chefsamråd trygghet")  # three members
    settle(qtbot)
    assert not area.detail.members.isVisible()
    scroll = area.detail._scroll
    assert scroll.verticalScrollBar().maximum() == 0  # nothing to scroll to
    table = group_members(qtbot, area).findChild(RecordTable)
    assert table is area.detail.members
    settle(qtbot)
    last = table.visualRect(table.model().index(table.model().rowCount() - 1, 0))
    assert table.viewport().rect().contains(last)  # every member in view
