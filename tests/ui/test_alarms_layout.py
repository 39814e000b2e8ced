"""The Alarms area at the window's usual size (1280×800) with the example district: the units
list shows every column without scrolling sideways, beside the chosen unit's detail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from tests.ui.windows import show_window
from ui.alarms.area import AlarmsArea
from ui.context import AppContext
from ui.main_window import MainWindow


def _alarms_area(qtbot: QtBot, ctx: AppContext, width: int, height: int) -> AlarmsArea:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), width, height)
    ctx.navigator.go("alarms")
    area = window.area("alarms")
    assert isinstance(area, AlarmsArea)
    return area


def test_every_column_of_the_units_shows_beside_the_detail_at_1280x800(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = _alarms_area(qtbot, demo_ctx, 1280, 800)
    page = area.units_page
    table = page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    # The detail gets its share once a unit is chosen (until then, a narrow strip).
    table.selectRow(0)
    # A chosen unit's history is readable beside the list.
    qtbot.waitUntil(lambda: page.detail.width() >= 360)
    header = table.horizontalHeader()
    titles = [
        header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())
    ]
    assert titles == ["Kod", "Typ", "Status", "Låntagare", "Åter senast", "Testat", "Laddat"]
    last = header.count() - 1
    right_edge = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert right_edge <= table.viewport().width()
    # (the scroll bar settles a turn of the event loop after the columns)
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=10_000)
    # Every text whole, not cut with "…": the widest of each column fits its section.
    metrics = table.fontMetrics()
    model = table.model()
    for column, title in enumerate(titles):
        widest = max(
            metrics.horizontalAdvance(str(model.index(row, column).data() or ""))
            for row in range(model.rowCount())
        )
        assert widest < header.sectionSize(column), title
    # A name longer than the two out in the demo still shows whole (the column is fitted once).
    borrower = titles.index("Låntagare")
    assert metrics.horizontalAdvance("Anna-Karin Lindqvist") < header.sectionSize(borrower)
    assert page.detail.width() >= 360
    # The charging time is not lost: in the tooltip, and in full in the detail pane.
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "LARM-01")
    charged = model.index(row, last)
    assert len(charged.data()) == len("2026-11-19")
    assert charged.data(Qt.ItemDataRole.ToolTipRole).startswith(charged.data() + " ")


def test_every_column_of_the_loans_shows_beside_the_detail_at_1280x800(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = _alarms_area(qtbot, demo_ctx, 1280, 800)
    page = area.loans_page
    area.tabs.setCurrentWidget(page)
    table = page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    header = table.horizontalHeader()
    titles = [
        header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())
    ]
    # Who lent and who took back in one column, as in the detail and a unit's history.
    assert titles[-1] == "Signatur" and "Mottaget av" not in titles
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        table.viewport().width()
    )
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=10_000)
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 5).data().startswith("20"))
    signature = model.index(row, last)
    assert signature.data().count(" / ") == 1  # "NH / TH"
    lent_by, taken_by = signature.data().split(" / ")
    assert signature.data(Qt.ItemDataRole.ToolTipRole) == (
        f"Utlånat av {lent_by} · Mottaget av {taken_by}"
    )
    # Sorting by it asks the database for the loans in order of who lent them.
    header.setSortIndicator(last, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.index(0, last).data() != "")
    firsts = [model.index(r, last).data().split(" / ")[0] for r in range(min(20, model.rowCount()))]
    assert firsts == sorted(firsts)


def test_no_action_of_the_loans_hides_behind_the_tool_bars_arrow(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = _alarms_area(qtbot, demo_ctx, 1280, 800)
    page = area.loans_page
    area.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.toolbar.isVisible())
    extension = [
        b
        for b in page.toolbar.findChildren(QToolButton)
        if b.objectName() == "qt_toolbar_ext_button"
    ]
    assert not any(b.isVisible() for b in extension)
    texts = [a.text() for a in page.toolbar.actions()]
    assert "Mer ▾" in texts and "Inställningar…" in texts
    assert page.more_menu is not None  # the rarely used command under "Mer ▾"
    assert area.pseudonymise_action in page.more_menu.actions()
    # The printouts of every loan are in "Skriv ut ▾", the loan log for the period typed here.
    menu = [a.text() for a in area.printouts_menu.actions()]
    assert {"Utlåningslogg för larm…", "Larm som inte är återlämnade…"} <= set(menu)


def test_a_chosen_loan_is_readable_on_a_small_laptop(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = _alarms_area(qtbot, demo_ctx, 1100, 700)
    page = area.loans_page
    area.tabs.setCurrentWidget(page)
    table = page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.facts.isVisible())
    # Before: the filters in one row held the list 726 px wide, the detail got 136 px.
    assert page.detail.width() >= 240
    # The period and the other filters are on their own row, under the search.
    assert page.from_edit.y() > page.search.y() + page.search.height() // 2
    assert page.overdue_check.isVisible()
    list_pane = page.splitter.widget(0)
    assert list_pane is not None
    assert page.overdue_check.geometry().right() < list_pane.width()
