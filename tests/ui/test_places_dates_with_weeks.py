"""Trygghetsvandringar -> Platser och prioriteringar wrote a place's last and next walks as bare
ISO days ("2026-12-28") beside the list of walks, which writes a walk's day with its week
("2026-12-28 (v. 53)"), as every list does. They now say their weeks too, whole, at 1024 × 768
and 900 × 700, with a place chosen or none; so do the chosen place's walks in its pane, whose
count of observations broke from its word ("… · 3" / "iakttagelser")."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells, wrapped_lines
from tests.ui.clicks import click_tab
from tests.ui.own_style import LookAt
from tests.ui.tables import click_row, column_texts
from tests.ui.text_fit import plain
from tests.ui.windows import settle
from ui.main_window import MainWindow
from ui.walks.area import WalksArea
from ui.walks.places_page import TEXT_MARGINS

DATES = ("Senast vandrad", "Nästa vandring")
DAY = r"\d{4}-\d{2}-\d{2} \(v\. \d{1,2}\)"


@pytest.mark.parametrize("size", [(1024, 768), (900, 700)])
def test_the_places_walks_say_their_weeks(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(
        window: MainWindow,
    ) -> tuple[dict[str, list[str]], list[str], list[str], list[list[str]]]:
        window.navigate("walks")
        area = window.area("walks")
        assert isinstance(area, WalksArea)
        click_tab(qtbot, area.tabs, area.places_page)
        table = area.places_page.table
        settle(qtbot)
        texts = {title: column_texts(table, title) for title in DATES}
        cut = [text for title in DATES for text in cut_cells(table, title)]
        click_row(qtbot, table, "Gyllenstiernsgatan")  # walked, its next walk planned
        settle(qtbot)
        cut_beside = cut_cells(table, "Nästa vandring")
        walks = area.places_page.detail.walks
        room = walks.viewport().width() - TEXT_MARGINS
        pane = [
            [plain(line) for line in wrapped_lines(walks.item(row).text(), walks.font(), room)]
            for row in range(walks.count())
        ]
        return texts, cut, cut_beside, pane

    texts, cut, cut_beside, pane = look_at_demo(size, look)
    days = [text for title in DATES for text in texts[title] if text]
    assert len(days) >= 7, texts
    assert [day for day in days if not re.fullmatch(DAY, day)] == []
    assert cut == [] and cut_beside == []
    assert len(pane) == 2 and all(re.match(DAY, lines[0]) for lines in pane), pane
    assert [line for lines in pane for line in lines if re.search(r"(?:^|\s)\d+$", line)] == []
