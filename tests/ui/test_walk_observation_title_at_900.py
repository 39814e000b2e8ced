"""A walk's chosen observation at 900 × 700: its title whole above its description. The pane
beside the list was 5 px too low for all it holds, and its tallest items gave them alike, the
title's first line cut at the top ("Människor och aktivitet – Parkleken (stopp 1) – Vid den
norra grinden mot Banérgatan" on four lines); the photos, which scroll, give way first now."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_records
from tests.ui.clicks import click_tab
from tests.ui.demo_walks import walk_at
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks.area import WalksArea

WHERE = "Vid den norra grinden mot Banérgatan"


def test_the_chosen_observations_title_is_whole_at_900(qtbot: QtBot, demo_ctx: AppContext) -> None:
    walk_id = walk_at(demo_ctx, "Vasaparken", 2017)
    at_stop = next(
        row
        for row in demo_ctx.call(walk_records.list_observations, walk_id)
        if row.stop and not row.location
    )
    data = replace(at_stop.to_input(), location=WHERE)
    demo_ctx.call(walk_records.update_observation, at_stop.id, data)
    window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 900, 700)
    area.open_walk(walk_id)
    tab = area.view.observations_tab
    click_tab(qtbot, area.view.tabs, tab)
    table = tab.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if WHERE in str(model.index(r, 0).data()))
    spot = table.visualRect(model.index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    settle(qtbot)

    title = tab.detail_title
    assert WHERE in title.text()
    assert window.width() == 900
    assert title.height() >= title.heightForWidth(title.width())
