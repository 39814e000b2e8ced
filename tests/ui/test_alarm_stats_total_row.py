"""Larm → Statistik in the program's own style at 1024 × 768 and 1280 × 800: the table of the
months spans the page's width (it stopped at 912 px with a third of the width empty beside it
at 1280) and has a row of the year's totals under the months, each under its column, that
stays last when the months are sorted. Each month's hours out of both kinds, "Timmar ute", in a
column of its own as the printout has them, summed under it, without the page scrolling sideways
at 1024."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_tab
from tests.ui.own_style import LookAt
from tests.ui.tables import click_header, column_texts
from tests.ui.windows import keep_shot, settle
from ui.alarms.area import AlarmsArea
from ui.main_window import MainWindow

COUNTS = ("Hembesök", "Hemlån", "Lån totalt")
HOURS = ("Timmar (hembesök)", "Timmar (hemlån)", "Timmar ute")


def _number(text: str) -> float:
    return float(text.replace("\u00a0", "").replace(",", "."))


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=["1024", "1280"])
def test_the_months_span_the_width_over_a_total_row(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> dict[str, Any]:
        window.navigate("alarms")
        area = window.area("alarms")
        assert isinstance(area, AlarmsArea)
        stats = area.stats_page
        click_tab(qtbot, area.tabs, stats)
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, f"alarm-stats-total-{size[0]}")
        table = stats.table
        header = table.horizontalHeader()
        model = table.model()
        titles = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        totals = stats.totals
        labels = {
            title: (
                totals.labels[c].text(),
                totals.labels[c].isVisibleTo(window),
                # the label's edges against its column's, in the window's coordinates
                totals.labels[c].mapTo(window, totals.labels[c].rect().topLeft()).x()
                - header.viewport().mapTo(window, header.viewport().rect().topLeft()).x()
                - header.sectionViewportPosition(c),
                totals.labels[c].width() - header.sectionSize(c),
            )
            for c, title in enumerate(titles)
        }
        seen: dict[str, Any] = {
            "columns": {t: column_texts(table, t) for t in titles},
            "labels": labels,
            "spare": table.viewport().width() - header.length(),
            "under": totals.mapTo(window, totals.rect().topLeft()).y()
            - table.mapTo(window, table.rect().bottomLeft()).y(),
            "scrolls": table.verticalScrollBar().maximum() > 0
            or table.horizontalScrollBar().maximum() > 0,
        }
        click_header(qtbot, table, "Lån totalt")  # the months by their loans
        settle(qtbot)
        seen["sorted"] = column_texts(table, "Månad")
        seen["still under"] = totals.texts()[0]
        return seen

    seen = look_at_demo(size, look)
    columns = seen["columns"]
    labels = seen["labels"]
    assert isinstance(columns, dict) and isinstance(labels, dict)
    assert labels["Månad"][0] == "Totalt"
    for title in COUNTS:
        assert int(_number(labels[title][0])) == sum(int(t) for t in columns[title]), title
    for title in HOURS:
        assert _number(labels[title][0]) == pytest.approx(
            sum(_number(t) for t in columns[title]), abs=0.11
        ), title
    for title, (_text, shown, left, wider) in labels.items():
        assert shown and left == 0 and wider == 0, title  # right under its column
    assert 0 <= seen["under"] <= 2  # under the table, not under the page
    assert seen["spare"] <= 2  # the columns fill the table's width
    assert not seen["scrolls"]  # all twelve months, every column, in sight
    assert seen["sorted"] != columns["Månad"] and "Totalt" not in seen["sorted"]
    assert seen["still under"] == "Totalt"
