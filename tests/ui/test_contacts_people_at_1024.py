"""Kontakter → Personer at 1024 × 768 reads a person's title and organisation whole: they break
onto a second line between words ('Östermalms' above 'stadsdelsförvaltning') rather than end in
"…" ('Östermalms stadsd…' in 35 of the first rows, 'Trygghets- och säker…')."""

from __future__ import annotations

import os

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells
from tests.ui.openers import area_in_window
from tests.ui.tables import column_texts
from tests.ui.windows import settle
from ui.contacts.area import ContactsArea
from ui.context import AppContext


def test_titles_and_organisations_read_whole_at_1024(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "contacts", ContactsArea, 1024, 768)
    settle(qtbot)
    folder = os.environ.get("SAMVERKAN_SHOTS")
    if folder:
        window.grab().save(os.path.join(folder, "people_1024.png"))
    table = area.people.table
    assert "Östermalms stadsdelsförvaltning" in column_texts(table, "Organisation")
    for title in ("Namn", "Befattning", "Organisation", "Telefon", "Kontrollerad"):
        assert cut_cells(table, title) == [], title
    assert table.horizontalScrollBar().maximum() == 0
