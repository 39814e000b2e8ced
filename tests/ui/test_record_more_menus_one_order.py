"""An opened walk's and exercise's "Mer ▾" list their entries in one order, the meeting
editor's: the step taken back first, then cancelling, then deleting. A walk's read "Ställ in
vandringen…, Ångra senaste steget, Ta bort vandringen…" beside an exercise's "Ångra senaste
steget, Ställ in övningen…, Ta bort övningen…"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.menus import click_in_menu
from tests.ui.openers import area_in_window
from tests.ui.record_tabs import demo_exercise, exercise_on_tab, walk_tab
from ui.context import AppContext
from ui.crisis.area import CrisisArea


def test_a_walks_more_menu_reads_as_an_exercises(qtbot: QtBot, demo_ctx: AppContext) -> None:
    walk = walk_tab(qtbot, demo_ctx, None, 1024, 768)
    walk_entries = click_in_menu(qtbot, walk.more_button)
    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, 1024, 768)
    exercise = exercise_on_tab(qtbot, area, demo_exercise(demo_ctx).id)
    exercise_entries = click_in_menu(qtbot, exercise.more_button)

    assert walk_entries == ["Ångra senaste steget", "Ställ in vandringen…", "Ta bort vandringen…"]
    assert exercise_entries == ["Ångra senaste steget", "Ställ in övningen…", "Ta bort övningen…"]
