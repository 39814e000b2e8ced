"""Åtgärder at 900 × 700, the program's least window, no action chosen: every column took its
share and who answers and where each action came from were cut ("Östermalms stadsdelsförvalt…",
"Trygghetsvand… / 2021-05-18, Gyllenstiernsg…"). They now read whole on a row's three lines, the
priority area is left out (the filter above names it) and the title, the long free text, takes
the rest: one longer than its three lines ends in "…", whole in its tooltip. Sorting by who
answers and searching keep it so."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of
from tests.ui.clicks import type_text
from tests.ui.openers import actions_listed
from tests.ui.own_style import LookAt
from tests.ui.tables import click_header, column_texts, hover_tooltip
from tests.ui.test_actions_titles_up_to_three_lines import drawn_lines, reads_whole
from tests.ui.windows import keep_shot, settle
from ui.actions.model import AREA
from ui.main_window import MainWindow

WHOLE = ("Ursprung", "Ansvarig")


def _cut(table: QTableView) -> dict[str, list[list[str]]]:
    """The sources and responsibles not drawn whole on at most three lines."""
    cut: dict[str, list[list[str]]] = {}
    for title in WHOLE:
        for row, text in enumerate(column_texts(table, title)):
            lines = drawn_lines(table, title, row)
            if not reads_whole(text, lines) or len(lines) > 3:
                cut.setdefault(title, []).append(lines)
    return cut


def test_sources_and_responsibles_read_whole_at_900(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        area = actions_listed(qtbot, window)
        table = area.table
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, "actions-at-900")
        assert table.current_row() is None
        seen["listed"] = len(column_texts(table, "Ansvarig"))
        seen["cut"] = _cut(table)
        seen["sideways"] = table.horizontalScrollBar().maximum()
        seen["area left out"] = table.isColumnHidden(AREA)
        titles = column_texts(table, "Åtgärd")
        column = column_of(table, "Åtgärd")
        cut_titles = [
            (row, text)
            for row, text in enumerate(titles)
            if not reads_whole(text, drawn_lines(table, "Åtgärd", row))
        ]
        seen["cut titles end in …"] = all(
            drawn_lines(table, "Åtgärd", row)[-1].endswith("…") for row, _t in cut_titles
        )
        row, text = cut_titles[0]
        seen["tooltip"] = hover_tooltip(qtbot, table, row, column) == text
        click_header(qtbot, table, "Ansvarig")
        settle(qtbot)
        seen["sorted"] = _cut(table)
        type_text(qtbot, area.search, "Östermalm")
        qtbot.waitUntil(lambda: not area._searching.pause.isActive())
        settle(qtbot)
        seen["searched"] = (_cut(table), len(column_texts(table, "Ansvarig")))

    look_at_demo((900, 700), look)
    assert seen.pop("listed") >= 10  # type: ignore[operator]
    searched = seen.pop("searched")
    assert isinstance(searched, tuple) and searched[0] == {} and searched[1] > 0, searched
    assert seen == {
        "cut": {},
        "sideways": 0,
        "area left out": True,
        "cut titles end in …": True,
        "tooltip": True,
        "sorted": {},
    }
