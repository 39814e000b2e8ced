"""The loan log printed for a single day (Larm → Skriv ut ▾ → Utlåningslogg för larm…, from
and to the same day) names that day once: the preview's file "larmlogg-2026-12-05.pdf" and the
footer "Utlåningslogg för larm 2026-12-05", not "larmlogg-2026-12-05-2026-12-05.pdf" and
"2026-12-05 – 2026-12-05"."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.clicks import type_date
from tests.ui.conftest import ModalDriver
from tests.ui.openers import alarms_area
from tests.ui.windows import shown_previews
from ui.context import AppContext


def test_a_loan_log_of_one_day_names_the_day_once(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, tmp_path: Path
) -> None:
    area = alarms_area(qtbot, demo_ctx)
    today = clock.today()

    def one_day(dialog: QWidget) -> None:
        field = dialog.from_edit  # type: ignore[attr-defined]
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        type_date(qtbot, field, today)
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    modals.answer(one_day)
    area.printouts_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: len(shown_previews()) == 1, timeout=15_000)
    preview = shown_previews()[0]
    assert preview.file_name == f"larmlogg-{today}.pdf"
    path = tmp_path / "log.pdf"
    path.write_bytes(preview.pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    footer = [line for line in text.splitlines() if line.strip()][-1]
    assert footer.startswith(f"Utlåningslogg för larm {today} "), footer
    assert f"{today} – {today}" not in text
    preview.close()
