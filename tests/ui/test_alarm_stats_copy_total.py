"""Larm → Statistik for Excel: the list exported (right-click → "Exportera listan till
Excel…") ends with the year's totals, is offered under a name that says the year (the rows
say only the months) and is said saved as "12 månader och summan" (it said "13 rader", read as
thirteen months); the totals line copies as a row does (right-click → "Kopiera raden"). The
totals are a line of their own under the table, so both left them out."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.answers import acknowledge, answer_file_dialogs
from tests.ui.clicks import click_tab
from tests.ui.conftest import ModalDriver
from tests.ui.menus import right_click_menu
from tests.ui.openers import area_in_window
from tests.ui.tables import column_texts
from tests.ui.text_fit import plain
from tests.ui.windows import settle
from ui.alarms.area import AlarmsArea
from ui.alarms.stats_page import StatsPage
from ui.context import AppContext


def _stats(qtbot: QtBot, ctx: AppContext) -> StatsPage:
    _window, area = area_in_window(qtbot, ctx, "alarms", AlarmsArea, 1280, 800)
    click_tab(qtbot, area.tabs, area.stats_page)
    settle(qtbot)
    return area.stats_page


def test_the_exported_statistics_end_with_the_years_totals(
    qtbot: QtBot,
    demo_ctx: AppContext,
    modals: ModalDriver,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stats = _stats(qtbot, demo_ctx)
    offered: list[str] = []

    def save_as(dialog: QFileDialog) -> str:
        offered.extend(Path(name).name for name in dialog.selectedFiles())
        return str(tmp_path / "larm.csv")

    answer_file_dialogs(monkeypatch, save_as)
    saved: list[str] = []

    modals.answer(acknowledge(qtbot, saved))
    table = stats.table
    march = table.visualRect(table.model().index(2, 0)).center()
    entries = right_click_menu(qtbot, table.viewport(), march, "Exportera listan till Excel…")
    assert entries == ["Kopiera raden", "Exportera listan till Excel…"]
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    modals.check()
    # Twelve months and their sum: "13 rader" was read as thirteen months.
    assert saved == [f"Sparade 12 månader och summan:\n{tmp_path / 'larm.csv'}"]

    text = (tmp_path / "larm.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0][:2] == ["Månad", "Hembesök"]
    assert [row[0] for row in rows[1:-1]] == column_texts(table, "Månad")  # the twelve months
    assert rows[-1] == [plain(total) for total in stats.totals.texts()]
    loans = rows[0].index("Lån totalt")
    assert rows[-1][0] == "Totalt" and rows[-1][loans] == str(
        sum(int(n) for n in column_texts(table, "Lån totalt"))
    )
    # The rows say only the months: the file's name says their year.
    year = clock.today().year
    assert offered == [f"Larmstatistik {year} {clock.today().isoformat()}.csv"]


def test_the_totals_line_copies_as_a_row_does(qtbot: QtBot, demo_ctx: AppContext) -> None:
    stats = _stats(qtbot, demo_ctx)
    QApplication.clipboard().clear()
    totals = stats.totals
    spot = QPoint(totals.width() // 3, totals.height() // 2)
    assert right_click_menu(qtbot, totals, spot, "Kopiera raden") == ["Kopiera raden"]
    titles, row = (line.split("\t") for line in QApplication.clipboard().text().split("\n"))
    assert titles[0] == "Månad" and titles[-1] == "Timmar ute"
    copied = dict(zip(titles, row, strict=True))
    assert copied["Månad"] == "Totalt"
    assert copied["Timmar (hembesök)"] == plain(totals.texts()[2])  # "2 565,5", a plain space
    assert "\u00a0" not in QApplication.clipboard().text()
