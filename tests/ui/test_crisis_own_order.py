"""Krisorganisation's lists keep an order of their own (↑/↓ set it, the contact list prints
it): shown in it, no sort arrow ("Roll ▲" read as alphabetical). A title clicked sorts by it
with its arrow, a third click shows the own order again, and so does "Egen ordning" in the
titles' right-click menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from samverkan_desktop.swedish_order import sort_key
from tests.ui.menus import right_click_menu
from tests.ui.openers import crisis_tab
from tests.ui.tables import click_header, column_texts
from tests.ui.windows import settle
from ui.context import AppContext

NO_ARROW = -1


def _title_spot(header: QHeaderView, section: int) -> QPoint:
    return QPoint(header.sectionViewportPosition(section) + 10, header.height() // 2)


def test_a_third_click_on_a_title_gives_the_roles_own_order_back(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "org_page")
    roles = area.org_page.roles
    header = roles.horizontalHeader()
    own = column_texts(roles, "Roll")
    assert own[:2] == ["Krisledare", "Stabschef"]  # the order set with ↑/↓, not A–Ö
    assert own != sorted(own, key=sort_key)
    assert header.sortIndicatorSection() == NO_ARROW

    assert click_header(qtbot, roles, "Roll") == Qt.SortOrder.AscendingOrder
    assert column_texts(roles, "Roll") == sorted(own, key=sort_key)  # ▲ now means A–Ö
    assert click_header(qtbot, roles, "Roll") == Qt.SortOrder.DescendingOrder
    assert column_texts(roles, "Roll") == sorted(own, key=sort_key, reverse=True)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_title_spot(header, 0))
    assert header.sortIndicatorSection() == NO_ARROW
    assert column_texts(roles, "Roll") == own


def test_egen_ordning_in_the_titles_menu_gives_the_contacts_own_order_back(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "org_page")
    external = area.org_page.external
    header = external.horizontalHeader()
    own = column_texts(external, "Organisation")
    assert header.sortIndicatorSection() == NO_ARROW
    click_header(qtbot, external, "Senast kontrollerad")
    assert column_texts(external, "Organisation") != own

    offered = right_click_menu(qtbot, header.viewport(), _title_spot(header, 0), "Egen ordning")
    settle(qtbot)
    assert offered == ["Egen ordning"]
    assert header.sortIndicatorSection() == NO_ARROW
    assert column_texts(external, "Organisation") == own
