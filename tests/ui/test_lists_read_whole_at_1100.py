"""Three lists read whole in a laptop's window (1100 × 700) with the example district: a wrapping
column squeezed beside the others keeps its widest word and breaks its text between words, and a
count keeps its title. Before, a walk's place read "Gyllenstiernsg…" under a title "Iakttagel…", a
group's priority areas "Riktat arbete mot platser …" (now one to a line, each cut short where
narrow: test_groups_areas_one_to_a_line) and a crisis role "Informationsa…". At
1280 × 800 they read whole too."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of, cut_cells
from tests.ui.openers import area_in_window, crisis_tab
from tests.ui.tables import click_row
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.walks.area import WalksArea
from ui.widgets.sort_header import SortHeader

SIZES = [(1100, 700), (1280, 800)]


def _shown(qtbot: QtBot, table: QTableView) -> None:
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    settle(qtbot)
    assert not table.horizontalScrollBar().isVisible()  # every column in view


def _texts(table: QTableView, title: str) -> list[str]:
    column = column_of(table, title)
    return [str(table.model().index(r, column).data()) for r in range(table.model().rowCount())]


@pytest.mark.parametrize("size", SIZES)
def test_a_walks_place_format_and_the_observations_title_read_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, *size)
    table = area.walks_page.table
    _shown(qtbot, table)
    assert "Gyllenstiernsgatan" in _texts(table, "Plats")
    for title in ("Datum", "Plats", "Område", "Format", "Status"):
        assert cut_cells(table, title) == [], title
    header = table.horizontalHeader()
    assert isinstance(header, SortHeader)
    assert header.shown_title(column_of(table, "Iakttagelser")) == "Iakttagelser"
    assert header.shown_title(column_of(table, "Öppna åtgärder")).replace("\n", " ") == (
        "Öppna åtgärder"
    )


@pytest.mark.parametrize("size", SIZES)
def test_a_groups_name_and_frequency_read_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    """(The priority areas, one to a line, may end in "…": test_groups_areas_one_to_a_line.)"""
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, *size)
    table = area.page.table
    _shown(qtbot, table)
    for title in ("Namn", "Typ", "Möts", "Löptid"):
        assert cut_cells(table, title) == [], title
    header = table.horizontalHeader()
    assert isinstance(header, SortHeader)
    shown = header.shown_title(column_of(table, "Prioriterade områden"))
    assert shown.replace("\n", " ") == "Prioriterade områden"


@pytest.mark.parametrize("size", SIZES)
def test_beside_a_group_the_list_leaves_its_areas_to_the_details(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    """Beside a group's details, seven columns left the names 56 px at 1100 px ("Arbets…
    skolan som brotts…") and a group's three priority areas nine lines: the list leaves the
    members' count, the areas and the type to the details (and at 1100 px the term, not the
    frequency), and the names read whole, a row no more than two lines. The list as exported keeps them all."""
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, *size)
    table = area.page.table
    _shown(qtbot, table)
    areas = column_of(table, "Prioriterade områden")
    assert not table.isColumnHidden(areas)  # nothing chosen: every column
    click_row(qtbot, table, "Lokal styrgrupp Östermalm")
    qtbot.waitUntil(area.detail.showing_record)
    settle(qtbot)
    assert not table.horizontalScrollBar().isVisible()
    assert table.isColumnHidden(areas)
    assert table.isColumnHidden(column_of(table, "Medlemmar"))
    # The type (the details name it) goes before the frequency, which stays on two lines.
    assert table.isColumnHidden(column_of(table, "Typ"))
    assert table.isColumnHidden(column_of(table, "Löptid")) == (size[0] == 1100)
    for title in ("Namn", "Status", "Möts", "Löptid")[: 3 if size[0] == 1100 else 4]:
        assert cut_cells(table, title) == [], title
    one_line = table.verticalHeader().defaultSectionSize()
    tallest = max(table.rowHeight(r) for r in range(table.model().rowCount()))
    assert tallest < 3 * one_line
    assert "Skolan som brottsplats" in area.detail.facts.fact("priority_areas")
    titles, rows = table.shown_table()
    assert "Prioriterade områden" in titles and "Medlemmar" in titles
    styrgrupp = next(r for r in rows if r[0] == "Lokal styrgrupp Östermalm")
    assert "Skolan som brottsplats" in styrgrupp[titles.index("Prioriterade områden")]


@pytest.mark.parametrize("size", SIZES)
def test_the_crisis_organisations_roles_read_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "org_page", *size)
    roles = area.org_page.roles
    _shown(qtbot, roles)
    assert "Informationsansvarig" in _texts(roles, "Roll")
    for title in ("Roll", "Ordinarie", "Ersättare"):
        assert cut_cells(roles, title) == [], title
