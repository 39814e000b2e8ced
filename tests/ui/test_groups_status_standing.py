"""The groups list's status is the group's standing today, as the printouts and `groups list`
say it: a working group whose term ran out read "Aktiv" in the list while the council report
called it "löptiden slutade …". The word in the column, its date in the tooltip and in the
details; the status filter and the sorting follow what is shown."""

from __future__ import annotations

import dataclasses
import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import group_editing, groups
from tests.ui.tables import click_header, click_row, column_texts, hover_tooltip, row_texts
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea

SCHOOL = "Arbetsgrupp skolan som brottsplats"
COUNCIL = "Chefsamråd trygghet"


def _group_id(ctx: AppContext, name: str) -> int:
    return next(g.id for g in ctx.call(groups.list_groups) if g.name == name)


def _filtered(area: GroupsArea, label: str) -> list[str]:
    combo = area.page.status_filter
    index = combo.findText(label)
    assert index > 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)
    return column_texts(area.page.table, "Namn")


def test_the_status_reads_the_groups_standing_and_filters_and_sorts_by_it(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    today = clock.today()
    ran_out = today - dt.timedelta(days=20)
    school = demo_ctx.call(groups.get_group, _group_id(demo_ctx, SCHOOL))
    term = dataclasses.replace(school.to_input(), term_until=ran_out)
    demo_ctx.call(group_editing.update_group, school.id, term)
    demo_ctx.call(group_editing.end_group, _group_id(demo_ctx, COUNCIL), today, today=today)
    area = GroupsArea(demo_ctx)
    show_window(qtbot, area, 1280, 800)
    area.refresh()
    table = area.page.table

    assert row_texts(table, SCHOOL)["Status"] == "Löptiden slut"
    assert row_texts(table, COUNCIL)["Status"] == "Avslutad"
    assert row_texts(table, "Krisstödsgruppen")["Status"] == "Aktiv"
    status = column_texts(table, "Namn").index(SCHOOL)
    assert hover_tooltip(qtbot, table, status, 2) == f"Löptiden slutade {ran_out.isoformat()}"
    click_row(qtbot, table, SCHOOL)  # the details say it as the tooltip does
    assert area.detail.subtitle.text() == f"Arbetsgrupp · Löptiden slutade {ran_out.isoformat()}"

    active = _filtered(area, "Aktiv")
    assert SCHOOL not in active and COUNCIL not in active and "Krisstödsgruppen" in active
    assert _filtered(area, "Löptiden slut") == [SCHOOL]
    assert _filtered(area, "Avslutad") == [COUNCIL]

    area.page.status_filter.setCurrentIndex(0)  # Alla statusar
    click_header(qtbot, table, "Status")
    shown = column_texts(table, "Status")
    assert shown == sorted(shown, key=["Aktiv", "Avslutad", "Löptiden slut", "Planerad"].index)
