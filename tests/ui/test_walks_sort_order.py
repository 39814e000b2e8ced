"""Sorting a walk's observations by how serious they are, and the walks by their step, follows
the scale and the method, not the words: a click on "Allvarlighet" gave "Hög, Låg, Låg, Medel",
and the walks by "Status" put "Avslutande möte hållet" before "Genomförd" and "Planering"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.i18n import _
from samverkan_desktop.models import WalkStatus
from tests.ui.clicks import click_tab
from tests.ui.demo_walks import tessinparken
from tests.ui.openers import area_in_window
from tests.ui.tables import column_texts, sorts_in_both_orders
from ui.context import AppContext
from ui.walks.area import WalksArea


def test_observations_sort_by_how_serious_low_to_high_and_back(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea)
    area.open_walk(tessinparken(demo_ctx))
    tab = area.view.observations_tab
    click_tab(qtbot, area.view.tabs, tab)
    texts = set(column_texts(tab.table, "Allvarlighet"))
    assert texts == {"Låg", "Medel", "Hög"}  # the demo's walk has all three, or this tests little
    sorts_in_both_orders(qtbot, tab.table, "Allvarlighet", ["Låg", "Medel", "Hög"])


def test_walks_sort_by_their_step_in_the_method(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea)
    table = area.walks_page.table
    steps = [_(status.label) for status in WalkStatus]
    assert {"Planering", "Genomförd", "Avslutande möte hållet"} <= set(
        column_texts(table, "Status")
    )
    sorts_in_both_orders(qtbot, table, "Status", steps)
