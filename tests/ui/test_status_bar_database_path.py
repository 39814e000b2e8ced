"""The status bar names the database: a long path (a shared folder's) is elided in its middle,
so its start and the file's name still show, the whole path in the tooltip; the bar cut it at
its end, and the file's name was what went."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.windows import settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow

LOCATION = (
    "/home/anna.lindqvist/OneDrive - Stockholms stad/Delade dokument/Östermalms "
    "stadsdelsförvaltning/Trygghet och säkerhet/Samverkan och brottsförebyggande arbete/2026/"
    "samverkan-ostermalm.sqlite3"
)


def _database_line(window: MainWindow) -> QLabel:
    (line,) = [
        label
        for label in window.statusBar().findChildren(QLabel)
        if label.isVisible() and label.text().startswith("Databas: ")
    ]
    return line


def test_a_long_database_path_is_elided_in_its_middle(qtbot: QtBot, ctx: AppContext) -> None:
    window = show_window(qtbot, MainWindow(ctx, LOCATION), 1024, 768)
    line = _database_line(window)
    shown = line.text()
    assert shown.startswith("Databas: /home/anna.lindqvist/") and "…" in shown, shown
    assert shown.endswith("/2026/samverkan-ostermalm.sqlite3"), shown
    assert line.fontMetrics().horizontalAdvance(shown) <= line.contentsRect().width()
    assert line.toolTip() == LOCATION

    window.resize(1900, 768)  # room for it all: whole
    settle(qtbot)
    assert line.text() == f"Databas: {LOCATION}"


def test_a_short_path_reads_whole(qtbot: QtBot, ctx: AppContext) -> None:
    window = show_window(qtbot, MainWindow(ctx, "/srv/samverkan/samverkan.sqlite3"), 1024, 768)
    assert _database_line(window).text() == "Databas: /srv/samverkan/samverkan.sqlite3"
