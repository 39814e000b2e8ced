"""Arkiv → Skriv ut… prints the shown area's main printout, the entry of its "Skriv ut ▾" that
its Ctrl+P prints (named beside the entry); greyed, saying why, where there is nothing to print.
Before, the menu bar had no printing: each area printed from its own "Skriv ut ▾" alone."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_sidebar, click_tab
from tests.ui.menus import file_print_entry
from tests.ui.openers import area_in_window, crisis_page
from tests.ui.record_tabs import demo_exercise, exercise_on_tab
from tests.ui.windows import settle, wait_for_preview
from ui.actions.area import ActionsArea
from ui.context import AppContext
from ui.main_window import MainWindow


def _native(keys: str) -> str:
    """The key as the menu writes it: "Skift" once Qt's Swedish catalog is loaded."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_arkiv_prints_the_action_list_in_atgarder(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, _area = area_in_window(qtbot, demo_ctx, "actions", ActionsArea, 1024, 768)
    settle(qtbot)
    entry = file_print_entry(qtbot, window)
    assert entry.isEnabled()
    assert entry.text().split("\t")[1] == "Ctrl+P"  # the key that prints the same
    assert entry.toolTip() == "Åtgärdslista…"
    entry.trigger()
    preview = wait_for_preview(qtbot)
    assert preview.windowTitle().startswith("Åtgärd"), preview.windowTitle()
    preview.close()


def test_arkiv_print_is_greyed_where_there_is_nothing_to_print(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, _area = area_in_window(qtbot, demo_ctx, "actions", ActionsArea, 1024, 768)
    click_sidebar(qtbot, window, "contacts")
    settle(qtbot)
    entry = file_print_entry(qtbot, window)
    assert not entry.isEnabled()
    assert entry.toolTip() == "Kontakter har inget att skriva ut."
    click_sidebar(qtbot, window, "groups")  # no group chosen: no member list yet
    settle(qtbot)
    entry = file_print_entry(qtbot, window)
    assert not entry.isEnabled()
    assert entry.toolTip() == "Välj en grupp för att skriva ut dess medlemslista."


def _printed(qtbot: QtBot, window: MainWindow) -> str:
    """Arkiv → Skriv ut… clicked: the preview's title (the preview closed)."""
    entry = file_print_entry(qtbot, window)
    assert entry.isEnabled(), entry.toolTip()
    entry.trigger()
    preview = wait_for_preview(qtbot)
    title = preview.windowTitle()
    preview.close()
    return title


def test_arkiv_prints_what_the_tab_in_kris_prints(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """Greyed for the whole area before ("prints from its tabs"): now the tab in view's own
    printout, greyed only on a tab with nothing to print."""
    window, _area = area_in_window(qtbot, demo_ctx, "actions", ActionsArea, 1024, 768)
    area = crisis_page(qtbot, window, "plans_page")  # no plan chosen (tests/ui/test_plan_print)
    entry = file_print_entry(qtbot, window)
    assert not entry.isEnabled()
    assert entry.toolTip() == "Välj en plan för att skriva ut den."

    click_tab(qtbot, area.tabs, area.org_page)
    assert file_print_entry(qtbot, window).toolTip() == "Skriv ut kontaktlistan…"
    assert _printed(qtbot, window) == "Krisledningens kontaktlista"

    click_tab(qtbot, area.tabs, area.exercises_stack)
    assert file_print_entry(qtbot, window).toolTip() == "Skriv ut övningsplanen…"
    assert _printed(qtbot, window).startswith("Övningsplan")

    exercise_on_tab(qtbot, area, demo_exercise(demo_ctx).id)  # held in 2021: its report
    entry = file_print_entry(qtbot, window)
    assert entry.toolTip() == "Utvärderingsrapport…"
    assert entry.text().split("\t")[1] == _native("Ctrl+Shift+P")  # the key that prints the same
    assert _printed(qtbot, window).startswith("Utvärderingsrapport")

    click_tab(qtbot, area.tabs, area.training_tabs)  # no session chosen: no attendance list
    entry = file_print_entry(qtbot, window)
    assert not entry.isEnabled()
    assert entry.toolTip() == "Välj ett tillfälle för att skriva ut dess närvarolista."

    click_tab(qtbot, area.tabs, area.fire_page)  # greyed before: the inspections on paper
    assert file_print_entry(qtbot, window).toolTip() == "Skriv ut besiktningslistan…"
    assert _printed(qtbot, window) == "Brandskyddsbesiktningar"
