"""Ctrl+P on Kris → Planer and Brandskydd prints what their "Skriv ut…" buttons print, as the
other areas' printouts answer it: the chosen plan, the inspection list. With no plan chosen the
key says what the greyed button says. Before, Ctrl+P did nothing on either tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.answers import acknowledge
from tests.ui.clicks import button_in
from tests.ui.conftest import ModalDriver
from tests.ui.openers import chosen_plan, crisis_tab
from tests.ui.windows import shown_previews, wait_for_preview
from ui.context import AppContext

PLAN = "Krisledningsplan Östermalms stadsdelsförvaltning"
CHOOSE = "Välj en plan för att skriva ut den."


def test_ctrl_p_on_planer_prints_the_chosen_plan(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1024, 768)
    page = area.plans_page
    button = button_in(page.toolbar, "Skriv ut planen…")
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: seen != [])
    assert seen == [CHOOSE] and shown_previews() == []
    assert not button.isEnabled() and button.toolTip() == CHOOSE  # the button says the same

    chosen_plan(qtbot, window, PLAN)
    assert button.isEnabled() and button.toolTip() == "Skriv ut planen… (Ctrl+P)"
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = wait_for_preview(qtbot)
    assert preview.windowTitle().startswith(PLAN)
    assert preview.file_name == f"{PLAN} {clock.today().isoformat()}.pdf"  # as the button's
    preview.close()


def test_ctrl_p_on_brandskydd_prints_the_inspection_list(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "fire_page", 1024, 768)
    page = area.fire_page
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = wait_for_preview(qtbot)
    assert preview.windowTitle().startswith("Brandskyddsbesiktningar")
    assert preview.file_name == f"Brandskyddsbesiktningar {clock.today().isoformat()}.pdf"
    preview.close()
    button = button_in(page.toolbar, "Skriv ut besiktningslistan…")
    assert button.toolTip() == "Skriv ut besiktningslistan… (Ctrl+P)"  # named on the button
