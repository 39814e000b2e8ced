"""Larm → Lån: an open loan's "Signatur" reads as the printed loan log's "Sign. ut/in", who lent
it and a dash for the return not yet taken ("NH / –"). The list said "NH" alone, which reads the
same whether the one initialled lent the unit or took it back."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.formatting import local
from tests.ui.clicks import type_date
from tests.ui.conftest import ModalDriver
from tests.ui.openers import alarms_area
from tests.ui.tables import click_row, row_texts
from tests.ui.windows import settle, shown_previews
from ui.context import AppContext


def test_an_open_loans_initials_read_as_in_the_printed_log(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, tmp_path: Path
) -> None:
    area = alarms_area(qtbot, demo_ctx)
    area.tabs.setCurrentWidget(area.loans_page)
    table = area.loans_page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    settle(qtbot)
    shown = row_texts(table, "LARM-14")  # out with Fatima Yousef: the newest loan of the unit
    assert shown["Tillbaka"] == "Ute"
    click_row(qtbot, table, "LARM-14")
    loan = area.loans_page.current_row()
    assert loan is not None and loan.is_open

    def from_the_day_lent(dialog: QWidget) -> None:
        field = dialog.from_edit  # type: ignore[attr-defined]
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        type_date(qtbot, field, local(loan.out_at).date())
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    modals.answer(from_the_day_lent)
    area.printouts_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: len(shown_previews()) == 1, timeout=15_000)
    preview = shown_previews()[0]
    path = tmp_path / "log.pdf"
    path.write_bytes(preview.pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    preview.close()
    printed = [line for line in text.splitlines() if "LARM-14" in line and "Fatima" in line]
    assert len(printed) == 1, text
    # who lent it, and a dash where who took it back will stand
    assert loan.lent_by_initials and shown["Signatur"] == f"{loan.lent_by_initials} / –", shown
    assert printed[0].rstrip().endswith(" " + shown["Signatur"]), printed
