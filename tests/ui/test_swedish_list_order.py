"""A list sorted by clicking its name header reads in Swedish order ("Zetterberg, Åberg, Ängby,
Öberg", case aside, "Éva" beside "eva"), and back again on a second click; a date column still
sorts by date. The lists sorted text by code point: Ä before Å, "Éva" after "Öberg"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import contacts
from tests.ui.tables import click_header, column_texts
from tests.ui.windows import show_window
from ui.contacts.area import ContactsArea
from ui.context import AppContext

# Name -> last verified: the dates in another order than the names.
PEOPLE = {
    "Öberg": dt.date(2026, 3, 1),
    "Éva": dt.date(2026, 1, 5),
    "Zetterberg": dt.date(2026, 11, 20),
    "Ängby": dt.date(2025, 12, 31),
    "Adam": dt.date(2026, 6, 15),
    "Åberg": dt.date(2026, 2, 10),
    "eva": dt.date(2026, 9, 1),
}
SWEDISH = ["Adam", "eva", "Éva", "Zetterberg", "Åberg", "Ängby", "Öberg"]


def _contacts(qtbot: QtBot, ctx: AppContext) -> ContactsArea:
    def fill(session) -> None:  # type: ignore[no-untyped-def]
        for name, verified in PEOPLE.items():
            contacts.create_person(session, contacts.PersonInput(name, last_verified=verified))

    ctx.call(fill)
    area = ContactsArea(ctx)
    show_window(qtbot, area, 1280, 800)
    qtbot.waitUntil(lambda: len(column_texts(area.people.table, "Namn")) == len(PEOPLE))
    return area


def test_clicking_the_name_header_lists_people_in_swedish_order(
    qtbot: QtBot, ctx: AppContext
) -> None:
    area = _contacts(qtbot, ctx)
    assert column_texts(area.people.table, "Namn") == SWEDISH  # as the list first comes
    for _ in range(2):
        order = click_header(qtbot, area.people.table, "Namn")
        shown = column_texts(area.people.table, "Namn")
        ascending = order == Qt.SortOrder.AscendingOrder
        assert shown == (SWEDISH if ascending else SWEDISH[::-1])


def test_the_verified_column_still_sorts_by_date(qtbot: QtBot, ctx: AppContext) -> None:
    area = _contacts(qtbot, ctx)
    by_date = sorted(PEOPLE, key=PEOPLE.__getitem__)
    for _ in range(2):
        order = click_header(qtbot, area.people.table, "Kontrollerad")
        shown = column_texts(area.people.table, "Namn")
        ascending = order == Qt.SortOrder.AscendingOrder
        assert shown == (by_date if ascending else by_date[::-1])
