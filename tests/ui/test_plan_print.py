"""Kris → Planer prints the chosen plan (for the binder and the crisis management group): "Skriv
ut planen…" in the page's tool bar and Arkiv → Skriv ut… open the print preview of its PDF;
with no plan chosen both are greyed, the menu saying why. Before, Arkiv → Skriv ut… was greyed
on Planer ("Planer har inget att skriva ut.") and no plan could be printed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.core.test_crisis_reports import text_of
from tests.ui.clicks import button_in
from tests.ui.menus import file_print_entry
from tests.ui.openers import chosen_plan, crisis_tab
from tests.ui.windows import wait_for_preview
from ui.context import AppContext

PLAN = "Krisledningsplan Östermalms stadsdelsförvaltning"


def test_the_chosen_plan_prints_from_arkiv_and_its_tool_bar(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1024, 768)
    page = area.plans_page
    button = button_in(page.toolbar, "Skriv ut planen…")
    entry = file_print_entry(qtbot, window)
    assert not button.isEnabled() and not entry.isEnabled()  # no plan chosen yet
    assert entry.toolTip() == "Välj en plan för att skriva ut den."

    chosen_plan(qtbot, window, PLAN)
    entry = file_print_entry(qtbot, window)
    assert entry.isEnabled() and entry.toolTip() == "Skriv ut planen…"
    entry.trigger()
    preview = wait_for_preview(qtbot)
    assert preview.windowTitle().startswith(PLAN)
    assert preview.file_name == f"{PLAN} {clock.today().isoformat()}.pdf"
    words = " ".join(text_of(preview.pdf, tmp_path).split())
    preview.close()
    assert words.startswith(f"{PLAN} Krisledningsplan ·")
    assert "Senast övad 2021-02-17 – Övning för krisledningen: strömavbrott i kyla" in words
    assert "Versionshistorik" in words and "Övningar av planen (2)" in words

    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the tool bar prints the same
    preview = wait_for_preview(qtbot)
    assert preview.windowTitle().startswith(PLAN)
    preview.close()
