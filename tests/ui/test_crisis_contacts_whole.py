"""The crisis organisation's lists at a laptop's size show each external contact's organisation,
function and person and each role's deputies whole: the function column cut "Tjänsteman i
beredskap (TiB), dy…" and "Ledningscentral, räddningschef i …" while the last column stood half
empty, and at 1100 px the organisation and a role's second deputy were cut too."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells
from tests.ui.openers import crisis_tab
from ui.context import AppContext


@pytest.mark.parametrize("size", [(1280, 800), (1100, 700)])
def test_external_contacts_and_deputies_show_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "org_page", *size)
    page = area.org_page
    assert page.external.model().rowCount() >= 8
    for title in ("Organisation", "Funktion", "Person"):
        assert cut_cells(page.external, title) == [], title
    assert cut_cells(page.roles, "Ersättare") == []
    assert cut_cells(page.roles, "Ordinarie") == []
