"""A list beside its detail pane at a laptop's window (1100 × 700): while no row is selected the
pane only asks for one, in a narrow strip, and the list gets the width (before, the empty pane
kept two fifths and the columns read "Medlem…", "Låntag…"). Selecting a row gives the pane its
share once; moving from row to row does not move the divider; a divider the user dragged stays
where they put it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QSplitter, QTableView
from pytestqt.qtbot import QtBot

from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from ui.alarms.area import AlarmsArea
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.widgets.record_table import SortHeader

# The groups list's titles shown whole at 1100 px with no group chosen (its members' count is
# left aside for "Möts" on two lines).
WHOLE = ("Namn", "Typ", "Status", "Möts", "Löptid")


def _title_shown_whole(table: QTableView, title: str) -> bool:
    header = table.horizontalHeader()
    assert isinstance(header, SortHeader)
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
    column = titles.index(title)
    return not table.isColumnHidden(column) and header.shown_title(column) == title


def _groups(qtbot: QtBot, ctx: AppContext) -> GroupsArea:
    _window, area = area_in_window(qtbot, ctx, "groups", GroupsArea, 1100, 700)
    qtbot.waitUntil(lambda: area.page.table.model().rowCount() > 0)
    return area


def test_the_list_gets_the_width_until_a_row_is_selected(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = _groups(qtbot, demo_ctx)
    page, table = area.page, area.page.table
    assert page.current_row() is None
    assert area.detail.placeholder.isVisible()
    # "Medlem…" before; beside the empty pane's two fifths Typ too would be left aside
    qtbot.waitUntil(lambda: all(_title_shown_whole(table, title) for title in WHOLE))
    assert area.detail.width() < page.splitter.width() // 4

    click_row(qtbot, table, "Chefsamråd trygghet")
    qtbot.waitUntil(area.detail.showing_record)
    # The pane's share (a third for groups), at least as wide as the record needs.
    assert area.detail.width() >= page.splitter.width() // 3 - 10
    assert area.detail.width() >= area.detail.minimumSizeHint().width()
    assert area.detail.title.text() == "Chefsamråd trygghet"

    sizes = page.splitter.sizes()
    click_row(qtbot, table, "Krisstödsgruppen")
    qtbot.waitUntil(lambda: area.detail.title.text() == "Krisstödsgruppen")
    assert page.splitter.sizes() == sizes  # no jump from row to row


def _drag(qtbot: QtBot, splitter: QSplitter, by: int) -> None:
    handle = splitter.handle(1)
    middle = QPoint(handle.width() // 2, handle.height() // 2)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(by, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(by, 0))


def test_a_dragged_divider_stays_where_the_user_put_it(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = _groups(qtbot, demo_ctx)
    page = area.page
    qtbot.waitUntil(lambda: area.detail.width() < page.splitter.width() // 4)
    click_row(qtbot, page.table, "Chefsamråd trygghet")
    qtbot.waitUntil(area.detail.showing_record)
    before = area.detail.width()
    _drag(qtbot, page.splitter, -60)  # a wider pane
    qtbot.waitUntil(lambda: area.detail.width() >= before + 40)
    dragged = page.splitter.sizes()

    page.search.setText("finns inte")  # no group left: nothing selected
    page.reload()
    qtbot.waitUntil(lambda: page.current_row() is None)
    assert page.splitter.sizes() == dragged
    page.search.clear()
    page.reload()
    click_row(qtbot, page.table, "Krisstödsgruppen")
    qtbot.waitUntil(area.detail.showing_record)
    assert page.splitter.sizes() == dragged


def test_the_alarm_units_list_shows_its_titles_whole(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1100, 700)
    page = area.units_page
    area.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.table.isVisible() and page.table.model().rowCount() > 0)
    qtbot.waitUntil(lambda: _title_shown_whole(page.table, "Låntagare"))  # "Låntag…" before
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.isVisible() and page.detail.width() >= 250)
