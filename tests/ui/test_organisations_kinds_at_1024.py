"""Contacts → Organisationer at 1024 × 768 with an organisation chosen: the list beside its
pane reads each organisation's kind whole, "Stadens förvaltning eller bolag" on two lines.
They were cut ("Kollektivtra…", "Fastighetsä…") beside a phone column; the phone is left to
the pane, which shows the chosen organisation's."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells
from tests.ui.clicks import click_tab
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from tests.ui.test_organisation_people_at_1024 import ORGANISATION, titles_shown
from tests.ui.text_fit import plain
from tests.ui.windows import settle
from ui.contacts.area import ContactsArea
from ui.context import AppContext


@pytest.mark.parametrize("size", [(1024, 768), (1440, 900)])
def test_the_kinds_read_whole_beside_a_chosen_organisation(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "contacts", ContactsArea, *size)
    click_tab(qtbot, area.tabs, area.organisations)
    click_row(qtbot, area.organisations.table, ORGANISATION)
    settle(qtbot)
    table = area.organisations.table
    assert cut_cells(table, "Typ") == []
    assert cut_cells(table, "Namn") == []
    assert table.horizontalScrollBar().maximum() == 0
    if size[0] == 1440:  # room for the phone numbers too, whole
        assert titles_shown(table) == ["Namn", "Typ", "Personer", "Telefon"]
        assert cut_cells(table, "Telefon") == []
    else:  # the pane has the chosen one's
        assert plain(area.organisations.detail.facts.fact("phone")) == "08-508 10 000"
