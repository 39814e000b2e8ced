"""Trygghetsvandringar -> Platser och prioriteringar at 1024 × 768 with a place chosen: the list
leaves the count of walks and the last walk's date to the pane (which lists the walks with their
dates), so the places' names and areas read whole; the pane's ratings show each walk's date and
means beside the points, which break onto more lines. The names broke as "Gyllenstierns-gatan",
the areas read "Norrmal…" and "Österm…" beside a column of one figure 90 px wide, and the ratings
showed "20…" above a sideways scroll bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells
from tests.ui.clicks import click_tab
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from tests.ui.windows import keep_shot, settle
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.widgets.record_table import words_fitted


def test_a_chosen_place_at_1024(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1024, 768)
    click_tab(qtbot, area.tabs, area.places_page)
    page = area.places_page
    table = page.table
    click_row(qtbot, table, "Gyllenstiernsgatan")  # walked 2021, the next walk planned
    settle(qtbot)
    keep_shot(page, "places-chosen-1024")
    model = table.model()
    titles = [
        model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(model.columnCount())
        if not table.isColumnHidden(c)
    ]
    assert titles[:2] == ["Plats", "Område"] and "Prioriterad" in titles
    assert cut_cells(table, "Område") == []
    # no place's name breaks inside a word
    place = titles.index("Plats")
    room = table.columnWidth(place) - 8
    for row in range(model.rowCount()):
        name = str(model.index(row, place).data())
        assert words_fitted(name, room, table.font()) == name, name  # no word cut short
    ratings = page.detail.ratings
    assert ratings.horizontalScrollBar().maximum() == 0
    model_of_ratings = ratings.model()
    dates = [
        str(model_of_ratings.headerData(c, Qt.Orientation.Horizontal))
        for c in range(1, ratings.columnCount())
    ]
    assert dates == ["2021-05-18"]
    metrics = ratings.horizontalHeader().fontMetrics()
    for column in range(1, ratings.columnCount()):
        assert metrics.horizontalAdvance(dates[column - 1]) < ratings.columnWidth(column)
    # the points break between their words, none inside one
    points = [str(model_of_ratings.index(r, 0).data()) for r in range(ratings.rowCount())]
    words = {word for point in points for word in point.split()}
    widest = max(ratings.fontMetrics().horizontalAdvance(word) for word in words)
    assert widest + 8 <= ratings.columnWidth(0)


def test_a_long_place_name_does_not_widen_the_pane(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """Klarakvarteren's name on one line held the pane 460 px wide: the list's areas read
    "Norrmal…", "Österm…". It breaks onto a second line in the pane's width instead."""
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1024, 768)
    click_tab(qtbot, area.tabs, area.places_page)
    page = area.places_page
    click_row(qtbot, page.table, "Gyllenstiernsgatan")
    settle(qtbot)
    width = page.detail.width()
    click_row(qtbot, page.table, "Klarakvarteren (Vasagatan–Mäster Samuelsgatan)")
    settle(qtbot)
    keep_shot(page, "places-long-name-1024")
    assert page.detail.width() == width
    assert cut_cells(page.table, "Område") == []
