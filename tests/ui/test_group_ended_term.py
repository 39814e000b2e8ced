"""An ended group's term says it ended: the standing Chefsamråd read "Tills vidare" in the list
and the pane beside the status "Avslutad". The pane says the end once: its subtitle read
"Chefsamråd · Avslutad 2026-12-06" over the fact "Avslutad 2026-12-06 (v. 49)"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import group_editing, groups
from tests.ui.tables import click_row, row_texts
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea

COUNCIL = "Chefsamråd trygghet"


def test_an_ended_group_reads_ended_not_standing(qtbot: QtBot, demo_ctx: AppContext) -> None:
    council = next(g.id for g in demo_ctx.call(groups.list_groups) if g.name == COUNCIL)
    ended = clock.today()  # the demo holds its meetings up to yesterday: a fixed day would
    # one day fall before one of them, which ending refuses
    demo_ctx.call(group_editing.end_group, council, ended, today=ended)
    area = GroupsArea(demo_ctx)
    show_window(qtbot, area)
    area.refresh()
    row = row_texts(area.page.table, COUNCIL)
    assert (row["Status"], row["Löptid"]) == ("Avslutad", f"Avslutad {ended.isoformat()}")
    assert row_texts(area.page.table, "Krisstödsgruppen")["Löptid"] == "Tills vidare"
    click_row(qtbot, area.page.table, COUNCIL)
    assert area.detail.subtitle.text() == "Chefsamråd · Avslutad"  # the day in the fact below
    facts = area.detail.facts
    assert facts.fact("term") == ""  # hidden: the end date below says it
    assert facts.fact("ended_on").startswith(ended.isoformat())
