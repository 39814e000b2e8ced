"""A group without a meeting rule (a new group: its "Möts" text plans nothing) says under "Nästa
möten" how its meetings get planned, instead of a bare "Inga möten planerade."; a group with a
rule shows its meetings."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.core.meeting_data import make_group
from tests.ui.tables import click_row
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea

NEW = "Platssamverkan Hässelby torg"


def test_a_group_without_a_rule_is_told_how_meetings_are_planned(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    demo_ctx.call(make_group, NEW, starts_on=clock.today())
    area = show_window(qtbot, GroupsArea(demo_ctx), 1280, 800)
    click_row(qtbot, area.page.table, NEW)
    empty = area.next_meetings.empty
    assert empty.isVisible()
    assert empty.text().startswith("Inga möten planerade: ”Mötesregel” planerar dem")

    click_row(qtbot, area.page.table, "Lokal beredningsgrupp Östermalm")
    assert not empty.isVisible() and area.next_meetings.links
