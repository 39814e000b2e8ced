"""A walk's observations on a 1024 × 768 screen read whole beside the chosen observation: the
list broke words inside themselves ("Bibliot-eksg-atan (stopp 2)", "Trafiksäk-erhet",
"Österm-alms sta-dsdelsfö-rvaltning") and its title read "Allvarli…". There the photos' count
goes to the pane beside (which shows it), and so does the category (the pane's title names it),
so that what was seen keeps a section's room (a new walk's first observation read in 92 px
beside them; test_walk_first_observation_at_1024); the photo buttons wrap. At 1440 × 900 every column shows, each text and title whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_reading
from tests.ui.cell_room import cut_cells
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.widgets.sort_header import SortHeader

ALL = ["Var", "Kategori", "Allvarlighet", "Ansvarig", "Foton", "Vad ni såg"]


@pytest.mark.parametrize(
    ("width", "height", "shown"),
    [
        (1024, 768, [["Var", "Allvarlighet", "Ansvarig", "Vad ni såg"]]),
        (1440, 900, [ALL]),
    ],
)
def test_every_walk_s_observations_read_whole(
    qtbot: QtBot, demo_ctx: AppContext, width: int, height: int, shown: list[list[str]]
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, width, height)
    seen: dict[str, object] = {}
    for walk in demo_ctx.call(walk_reading.list_walks):
        if not walk.observation_count:
            continue
        area.open_walk(walk.id)
        view = area.view
        bar = view.tabs.tabBar()
        index = view.tabs.indexOf(view.observations_tab)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        settle(qtbot)
        table = view.observations_tab.table
        assert table.current_row() is not None  # beside the chosen observation
        header = table.horizontalHeader()
        assert isinstance(header, SortHeader)
        columns = [c for c in range(len(ALL)) if not table.isColumnHidden(c)]
        titles = [ALL[c] for c in columns]
        seen[walk.place] = {
            "columns": titles,
            "titles": [header.shown_title(c).replace("\n", " ") for c in columns],
            "cut": {title: cut_cells(table, title) for title in titles},
        }
    assert len(seen) >= 6
    whole = [{"columns": c, "titles": c, "cut": {title: [] for title in c}} for c in shown]
    assert [place for place, walk in seen.items() if walk not in whole] == []
    assert all(any(walk == w for walk in seen.values()) for w in whole)  # each case is seen
