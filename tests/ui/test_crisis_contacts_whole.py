"""The crisis organisation's lists at a laptop's size show each external contact's organisation,
function and person and each role's deputies whole: the function column cut "Tjänsteman i
beredskap (TiB), dy…" and "Ledningscentral, räddningschef i …" while the last column stood half
empty, and at 1100 px the organisation and a role's second deputy were cut too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells
from tests.ui.helpers import settle
from tests.ui.openers import area_in_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea


@pytest.mark.parametrize("size", [(1280, 800), (1100, 700)])
def test_external_contacts_and_deputies_show_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, *size)
    bar = area.tabs.tabBar()
    index = area.tabs.indexOf(area.org_page)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    settle(qtbot)
    page = area.org_page
    assert page.external.model().rowCount() >= 8
    for title in ("Organisation", "Funktion", "Person"):
        assert cut_cells(page.external, title) == [], title
    assert cut_cells(page.roles, "Ersättare") == []
    assert cut_cells(page.roles, "Ordinarie") == []
