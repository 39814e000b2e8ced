"""The Alarms area's training sessions at the window's usual size (1280×800) with the example
district: the list keeps the larger share beside a chosen session, and its actions all show."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from tests.ui.clicks import line_edit
from tests.ui.tables import click_row
from tests.ui.windows import settle, show_window
from ui.alarms.area import AlarmsArea
from ui.context import AppContext
from ui.main_window import MainWindow


def test_a_chosen_session_leaves_the_list_the_larger_share(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    demo_ctx.navigator.go("alarms")
    area = window.area("alarms")
    assert isinstance(area, AlarmsArea)
    page = area.training_page
    area.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.table.isVisible() and page.table.model().rowCount() > 0)
    model = page.table.model()
    first = next(  # a long course name, many staff to add
        model.index(r, 0).data()
        for r in range(model.rowCount())
        if model.index(r, 1).data().startswith("Krisstöd del 2")
    )
    click_row(qtbot, page.table, first)
    settle(qtbot)
    list_width, detail_width = page.splitter.sizes()
    # Before: the attendee field, sized to the longest staff name, held the pane 520 px wide.
    assert list_width >= 1.4 * detail_width
    assert line_edit(page.detail.attendees.person).placeholderText() == (
        "Skriv ett namn och tryck Enter"
    )
    # No action hidden behind the tool bar's »: "Redigera kurs" was.
    extension = [
        b
        for b in page.toolbar.findChildren(QToolButton)
        if b.objectName() == "qt_toolbar_ext_button"
    ]
    assert not any(b.isVisible() for b in extension)
