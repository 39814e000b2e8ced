"""An organisation's people shown after another organisation's: the pane's table measures its
columns for the people it shows now. Fitted once to the first organisation chosen (Östermalmshallen,
one "Jonas Björk"), the names of the district's 23 people read "Emma Sjöstr…", "Hanna Björkl…"
at 1440 px beside titles cut short too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells
from tests.ui.clicks import click_tab
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from tests.ui.windows import keep_shot, settle
from ui.contacts.area import ContactsArea
from ui.context import AppContext

FIRST = "Östermalmshallen"  # one person with a short name
THEN = "Östermalms stadsdelsförvaltning"  # 23 people, longer names


@pytest.mark.parametrize("size", [(1280, 800), (1440, 900)])
def test_names_read_whole_after_a_short_named_organisation(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "contacts", ContactsArea, *size)
    click_tab(qtbot, area.tabs, area.organisations)
    page = area.organisations
    click_row(qtbot, page.table, FIRST)
    settle(qtbot)
    click_row(qtbot, page.table, THEN)
    settle(qtbot)
    people = page.detail.people
    keep_shot(page, f"organisation-people-after-another-{size[0]}")
    assert people.model().rowCount() == 23
    assert cut_cells(people, "Namn") == []
    assert people.horizontalScrollBar().maximum() == 0


def test_an_organisation_with_no_one_says_so_without_a_scroll_bar(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Fastighetskontoret has no one in the register: the pane's table said nothing, its titles
    at their widths above a sideways scroll bar with nothing to scroll to."""
    _window, area = area_in_window(qtbot, demo_ctx, "contacts", ContactsArea, 1024, 768)
    click_tab(qtbot, area.tabs, area.organisations)
    page = area.organisations
    click_row(qtbot, page.table, "Fastighetskontoret")
    settle(qtbot)
    people = page.detail.people
    keep_shot(page, "organisation-no-people-1024")
    assert people.model().rowCount() == 0
    assert not people.horizontalScrollBar().isVisible()
    said = people.viewport().findChild(QLabel, "emptyText")
    assert said is not None and said.isVisible()
    assert said.text() == "Ingen från organisationen finns i kontaktregistret ännu."
    # one with people has its scroll bar back where it needs one (none at this width)
    click_row(qtbot, page.table, THEN)
    settle(qtbot)
    assert people.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
