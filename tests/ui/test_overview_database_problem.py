"""Översikt gathers its cards off the GUI thread (ui.runner), as the other lists load: a
database that cannot answer (here a table dropped by another program) is said in the Overview
itself, in Swedish, and the window stays usable. It read the database in its showEvent, so the
error went to the program's last-resort handler instead (and, in a test, out of the event loop)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.windows import keep_shot, settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.overview.view import OverviewArea


def _drop_a_table(ctx: AppContext) -> None:
    """Another program (or version) drops a table the Overview reads."""
    with sqlite3.connect(Path(ctx.db.url.removeprefix("sqlite:///"))) as other:
        other.execute("PRAGMA foreign_keys=OFF")
        other.execute("DROP TABLE fire_inspections")


def _click_area(qtbot: QtBot, window: MainWindow, title: str) -> None:
    """Click the area's entry in the sidebar, as a user does."""
    sidebar = window.sidebar
    (row,) = [i for i in range(sidebar.count()) if sidebar.item(i).text() == title]
    rect = sidebar.visualItemRect(sidebar.item(row))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)


def test_a_table_missing_is_said_in_the_overview_and_the_window_stays_usable(
    qtbot: QtBot, ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    overview = window.area("overview")
    assert isinstance(overview, OverviewArea)
    assert overview.section_cards() and not overview.problem.isVisible()
    _click_area(qtbot, window, "Kontakter")
    _drop_a_table(ctx)
    ctx.bus.announce("contacts")  # the Overview, hidden, is gathered again when shown
    _click_area(qtbot, window, "Översikt")
    assert window.current_area_key() == "overview"
    assert overview.problem.isVisible()
    said = overview.problem.label.text()
    assert said.startswith("Översikten kunde inte hämtas: Databasen ")
    assert "saknar en tabell eller kolumn" in said
    assert "Inget sparades" not in said  # it only read: no save was asked for
    assert "no such table" not in said  # the driver's words stay in the log
    assert overview.section_cards()  # the cards shown before stay
    keep_shot(overview, "overview-table-missing")
    _click_area(qtbot, window, "Kontakter")  # the window still answers
    assert window.current_area_key() == "contacts"


def test_a_start_whose_overview_cannot_be_gathered_still_says_the_day(
    qtbot: QtBot, ctx: AppContext
) -> None:
    _drop_a_table(ctx)
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    overview = window.area("overview")
    assert isinstance(overview, OverviewArea)
    assert overview.problem.isVisible() and not overview.section_cards()
    assert overview.heading.text().startswith("I dag är det ")
    keep_shot(window, "overview-start-table-missing")
