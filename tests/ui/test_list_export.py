"""Every list can go to Excel, Word or a mail: Ctrl+C copies the selected row, "Exportera
listan till Excel…" (right-click) saves the list as shown (filtered, sorted) as a CSV file."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.answers import acknowledge, answer_file_dialogs
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import show_window
from ui.contacts.area import ContactsArea
from ui.context import AppContext


@pytest.fixture
def area(qtbot: QtBot, demo_ctx: AppContext) -> ContactsArea:
    return show_window(qtbot, ContactsArea(demo_ctx))


def test_ctrl_c_copies_the_selected_row_with_the_titles(qtbot: QtBot, area: ContactsArea) -> None:
    table = area.people.table
    click_row(qtbot, table, "Sara Holm")
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().split("\n")
    assert len(lines) == 2
    titles, row = lines[0].split("\t"), lines[1].split("\t")
    assert titles[0] == "Namn" and row[0] == "Sara Holm"
    assert dict(zip(titles, row, strict=True))["Befattning"] == "Kommunpolis"


def test_the_filtered_list_is_exported_for_excel(
    qtbot: QtBot, area: ContactsArea, modals: ModalDriver, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    offered: list[str] = []

    def save_as(dialog: QFileDialog) -> str:
        offered.extend(dialog.selectedFiles())
        return str(tmp_path / "poliser")  # typed without ".csv"

    answer_file_dialogs(monkeypatch, save_as)
    type_text(qtbot, area.people.search, "kommunpolis")
    qtbot.keyClick(area.people.search, Qt.Key.Key_Return)
    shown = column_texts(area.people.table, "Namn")
    # Right-click a row: the page's menu ends with the list's copy and export.
    menu_texts: list[str] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        menu_texts.extend(a.text() for a in menu.actions() if a.text())
        menu.close()

    table = area.people.table
    QTimer.singleShot(50, read_menu)
    table.customContextMenuRequested.emit(table.visualRect(table.model().index(0, 0)).center())
    assert menu_texts[-2:] == ["Kopiera raden", "Exportera listan till Excel…"]

    saved: list[str] = []

    modals.answer(acknowledge(qtbot, saved))  # "Sparade 13 rader:" / the file
    table.export_action.trigger()
    modals.check()
    assert offered == [str(Path(offered[0]).parent / f"Personer {clock.today().isoformat()}.csv")]
    out = tmp_path / "poliser.csv"
    rows_word = "rad" if len(shown) == 1 else "rader"
    assert saved == [f"Sparade {len(shown)} {rows_word}:\n{out}"]
    rows = list(
        csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";")
    )
    assert rows[0][0] == "Namn" and [r[0] for r in rows[1:]] == shown
