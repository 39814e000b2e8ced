"""Each print entry in Larm says the words the printout is titled by: "Skriv ut ▾ → Larm som
inte är återlämnade…" prints "Larm som inte är återlämnade" (the entry said "Larm som inte
lämnats tillbaka…"), "Larmens användning 2026…" prints "Larmens användning 2026" (was
"Statistik för 2026…"), "Personlarm: så använder du det…" prints that card (was "Låntagarkort…"),
and each preview is named as its printout is titled (a home loan's card from the loans' tool
bar: "Personlarm i hemmet: så använder du det", the preview said "Låntagarkort")."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.menus import click_in_menu
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from tests.ui.windows import shown_previews
from ui.alarms.area import AlarmsArea
from ui.context import AppContext

LABELS = "Etiketter för alla larm…"  # a sheet of labels has no printed title


def _printed(pdf: bytes, tmp_path: Path, heading: bool) -> str:
    """The printout's heading (its first line), or for a sheet without one, the PDF's title."""
    path = tmp_path / "printout.pdf"
    path.write_bytes(pdf)
    if not heading:
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
        return next(
            line.removeprefix("Title:").strip()
            for line in info.stdout.splitlines()
            if line.startswith("Title:")
        )
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return next(line.strip() for line in text.splitlines() if line.strip())


def _print_and_read(qtbot: QtBot, tmp_path: Path, heading: bool = True) -> tuple[str, str]:
    qtbot.waitUntil(lambda: len(shown_previews()) == 1, timeout=15_000)
    preview = shown_previews()[0]
    title, printed = preview.windowTitle(), _printed(preview.pdf, tmp_path, heading)
    preview.close()
    qtbot.waitUntil(lambda: not shown_previews())
    return title, printed


def test_every_print_entry_says_what_its_printout_is_titled(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, tmp_path: Path
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1024, 768)
    button = next(b for b in window.findChildren(QPushButton) if b.text() == "Skriv ut ▾")
    entries = click_in_menu(qtbot, button)
    assert "Larm som inte är återlämnade…" in entries
    assert any(entry.startswith("Larmens användning ") for entry in entries)
    for entry in entries:

        def ok(dialog: QWidget) -> None:  # the loan log's period: as offered
            qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

        if entry.startswith("Utlåningslogg"):
            modals.answer(ok)
        click_in_menu(qtbot, button, entry)
        title, printed = _print_and_read(qtbot, tmp_path, heading=entry != LABELS)
        assert (title + "…", printed) == (entry, title)


def test_a_loans_printouts_are_previewed_under_their_titles(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1024, 768)
    page = area.loans_page
    area.tabs.setCurrentWidget(page)
    page.open_check.setChecked(True)
    for code, card in (
        ("LARM-14", "Personlarm i hemmet: så använder du det"),  # a home loan
        ("LARM-07", "Personlarm: så använder du det"),  # a home visit
    ):
        click_row(qtbot, page.table, code)
        click_button(qtbot, page.toolbar, "Låntagarkort…")
        assert _print_and_read(qtbot, tmp_path) == (card, card)
    click_row(qtbot, page.table, "LARM-14")
    click_button(qtbot, page.toolbar, "Överlämningsblankett…")
    title, printed = _print_and_read(qtbot, tmp_path)
    assert title == printed == "Överlämningsblankett för hemlån"
