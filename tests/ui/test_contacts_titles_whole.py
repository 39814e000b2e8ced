"""The contacts list at a laptop's 1366 px shows every title whole: E-post, given 240 px for
about 170 px of addresses, lends what it has over them, and "Sekreterare pensionärs- och
funktion…" reads "Sekreterare pensionärs- och funktionshinderråden"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells
from tests.ui.openers import area_in_window
from tests.ui.tables import column_texts
from tests.ui.windows import settle
from ui.contacts.area import ContactsArea
from ui.context import AppContext

SECRETARY = "Sekreterare pensionärs- och funktionshinderråden"


def test_a_long_title_takes_the_room_beside_the_addresses(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "contacts", ContactsArea, 1366, 768)
    settle(qtbot)
    table = area.people.table
    assert SECRETARY in column_texts(table, "Befattning")
    # the title, and every name, organisation, address and number beside it: whole
    for title in ("Befattning", "Namn", "Organisation", "Telefon", "E-post", "Kontrollerad"):
        assert cut_cells(table, title) == [], title
