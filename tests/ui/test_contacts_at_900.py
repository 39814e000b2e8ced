"""Kontakter in a 900 × 700 window, the program's least: on Personer the search's hint read
"Sök namn elle…" beside the check boxes, the names broke as "Ahmed" / "Hassan" and the e-mail
addresses read "anna.be…". The check boxes go under the search, each name reads on one line and
the address, with no room whole, is left to the name's tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of, cut_cells, lines_of_column
from tests.ui.own_style import LookAt
from tests.ui.tables import click_row, column_texts, hover_tooltip
from tests.ui.text_fit import line_edit_text_room, wrapped_lines
from tests.ui.windows import keep_shot, settle
from ui.contacts.area import ContactsArea
from ui.main_window import MainWindow
from ui.widgets.record_table import RecordTable


def shown_titles(table: RecordTable) -> list[str]:
    model = table.model()
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal))
        for c in range(model.columnCount())
        if not table.isColumnHidden(c)
    ]


def _contacts(qtbot: QtBot, window: MainWindow) -> ContactsArea:
    window.navigate("contacts")
    settle(qtbot)
    area = window.area("contacts")
    assert isinstance(area, ContactsArea)
    return area


def test_people_read_whole_at_900(qtbot: QtBot, look_at_demo: LookAt[MainWindow]) -> None:
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        area = _contacts(qtbot, window)
        page = area.people
        table = page.table
        click_row(qtbot, table, "Anna Berglund")
        settle(qtbot)
        keep_shot(window, "people-at-900")
        search = page.search
        hint = search.fontMetrics().horizontalAdvance(search.placeholderText())
        seen["hint whole"] = hint <= line_edit_text_room(search)
        titles = shown_titles(table)
        seen["cut"] = {
            title: cut_cells(table, title) for title in titles if cut_cells(table, title)
        }
        seen["names on two lines"] = sorted(
            name for name, lines in lines_of_column(table, "Namn").items() if lines > 1
        )
        seen["sideways"] = table.horizontalScrollBar().maximum()
        if "E-post" not in titles:  # left out: the address is in the name's tooltip
            row = column_texts(table, "Namn").index("Anna Berglund")
            tip = hover_tooltip(qtbot, table, row, column_of(table, "Namn"))
            seen["address"] = "anna.berglund@example.se" in tip.split("\n")
        else:
            seen["address"] = True

    look_at_demo((900, 700), look)
    assert seen == {
        "hint whole": True,
        "cut": {},
        "names on two lines": [],
        "sideways": 0,
        "address": True,
    }


def test_organisations_read_whole_at_900(qtbot: QtBot, look_at_demo: LookAt[MainWindow]) -> None:
    """Organisationer with an organisation chosen: its kind is left out of the list (the pane
    beside it names the chosen one's) rather than cut the names ("Funktionshinder…",
    "stadsdelsförvalt…"), and the pane takes the room the names leave: its people's titles
    read whole ("Lokalpolism…"), their names and phones too; the pane's phone on one line."""
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        area = _contacts(qtbot, window)
        page = area.organisations
        area.tabs.setCurrentWidget(page)
        table = page.table
        qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
        for name in ("Lokalpolisområde Norrmalm", "Östermalms stadsdelsförvaltning"):
            click_row(qtbot, table, name)
            settle(qtbot)
            keep_shot(window, f"organisations-at-900-{name.split()[0]}")
            titles = shown_titles(table)
            cut = {title: cut_cells(table, title) for title in titles}
            people = page.detail.people
            for title in shown_titles(people):
                cut[f"pane {title}"] = cut_cells(people, title)
            seen[name] = (
                {title: texts for title, texts in cut.items() if texts},
                table.horizontalScrollBar().maximum(),
                wrapped_lines(page.detail.facts.value_label("phone")),
            )

    look_at_demo((900, 700), look)
    assert seen == {
        "Lokalpolisområde Norrmalm": ({}, 0, ["114 14"]),
        "Östermalms stadsdelsförvaltning": ({}, 0, ["08-508 10 000"]),
    }
