"""An organisation's people beside the organisations at 1024 × 768: the table in the pane
fits its width. With the E-mail column beside Namn, Befattning and Telefon it scrolled
sideways, the names cut to "Ahmed Ha…" (at 1440 px "Ahmed H…" beside the address); hiding the
E-mail column gave its room to Telefon and still scrolled. A narrow pane leaves the address out
(the name's tooltip has it) and takes from the list the room for the names; a wide one keeps
the address."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells, lines_of_column
from tests.ui.clicks import click_tab
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row, hover_tooltip
from tests.ui.windows import settle
from ui.contacts.area import ContactsArea
from ui.contacts.organisations_page import PEOPLE_MOST
from ui.context import AppContext
from ui.widgets.record_table import RecordTable

ORGANISATION = "Östermalms stadsdelsförvaltning"  # 23 people, most with an e-mail address
SECRETARY = "Sekreterare pensionärs- och funktionshinderråden"


def organisation_people(qtbot: QtBot, ctx: AppContext, size: tuple[int, int]) -> RecordTable:
    _window, area = area_in_window(qtbot, ctx, "contacts", ContactsArea, *size)
    click_tab(qtbot, area.tabs, area.organisations)
    click_row(qtbot, area.organisations.table, ORGANISATION)
    settle(qtbot)
    return area.organisations.detail.people


def titles_shown(table: RecordTable) -> list[str]:
    model = table.model()
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal))
        for c in range(model.columnCount())
        if not table.isColumnHidden(c)
    ]


@pytest.mark.parametrize("size", [(1024, 768), (1440, 900), (1920, 1080)])
def test_the_people_fit_the_pane(qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]) -> None:
    table = organisation_people(qtbot, demo_ctx, size)
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    # the column that stretches (Telefon, or E-mail where shown) reads its texts whole
    model = table.model()
    last = max(c for c in range(model.columnCount()) if not table.isColumnHidden(c))
    metrics = QFontMetrics(table.font())
    widest = max(
        metrics.horizontalAdvance(str(model.index(row, last).data() or ""))
        for row in range(model.rowCount())
    )
    assert widest + table._text_margin() <= table.columnWidth(last)
    if size[0] == 1920:  # room for the address too
        assert titles_shown(table) == ["Namn", "Befattning", "Telefon", "E-post"]
    # the names read whole (at 1024 px the pane takes at most PEOPLE_MOST of the width: most)
    names = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    room = table.columnWidth(0) - table._text_margin()
    whole = [name for name in names if metrics.horizontalAdvance(name) <= room]
    assert len(whole) >= (len(names) * 3 // 4 if size[0] == 1024 else len(names)), room


def test_a_narrow_pane_keeps_the_address_in_the_names_tooltip(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    table = organisation_people(qtbot, demo_ctx, (1024, 768))
    assert "E-post" not in titles_shown(table)
    rows = table.rows()
    row = next(i for i, person in enumerate(rows) if person.email)
    tip = hover_tooltip(qtbot, table, row, 0)
    assert rows[row].email in tip and rows[row].name in tip


def test_the_list_keeps_its_part_when_the_window_narrows(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Chosen in a wide window, where the people with their addresses asked for 640 px, the
    pane gives the list its room back when the window is made 1024 px wide: it keeps what
    their names, titles and phones need whole (more than PEOPLE_MOST of it for Östermalm's)."""
    table = organisation_people(qtbot, demo_ctx, (1920, 1080))
    window = table.window()
    window.resize(1024, 768)
    settle(qtbot)
    page = window.findChild(ContactsArea).organisations  # type: ignore[union-attr]
    splitter = page.splitter
    without_addresses = page.detail.people_room(with_address=False)
    assert splitter.sizes()[1] <= max(splitter.width() * PEOPLE_MOST, without_addresses) + 1
    assert "E-post" not in titles_shown(table)
    assert table.horizontalScrollBar().maximum() == 0


def test_at_1440_the_titles_wrap_beside_the_addresses(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """The e-mail address is what a coordinator looks up among an organisation's people: at
    1440 × 900 its column shows, each address whole, and beside it every title whole, the
    longest on more lines. It was left out, the titles whole; then the titles were cut at
    93 px ("Socialsekre…"), then the longest with "…" ("Sekreterare pensionärs- och
    funktion…")."""
    table = organisation_people(qtbot, demo_ctx, (1440, 900))
    assert titles_shown(table) == ["Namn", "Befattning", "Telefon", "E-post"]
    for title in ("Namn", "Befattning", "Telefon", "E-post"):
        assert cut_cells(table, title) == [], title
    assert lines_of_column(table, "Befattning")[SECRETARY] > 1
    assert max(lines_of_column(table, "Namn").values()) == 1
    assert table.horizontalScrollBar().maximum() == 0
