"""Actions on a 1024 × 768 screen: a chosen action's pane beside the list keeps the window
within the screen, and the filters read whole. With their four filters on one line the list
kept 576 px beside the pane: the window became 1066 px wide, its right edge (the pane's
"Lägg till anteckning") off the screen, and "Alla prioriterade områden" read "Alla
prioriterade o"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.helpers import click_row, column_texts, combo_text_whole, settle
from tests.ui.openers import actions_with_rows
from ui.context import AppContext

SCREEN = (1024, 768)


def test_a_chosen_action_keeps_the_window_on_the_screen(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = actions_with_rows(qtbot, demo_ctx, *SCREEN)
    window = area.window()
    title = column_texts(area.table, "Åtgärd")[0]
    click_row(qtbot, area.table, title)
    qtbot.waitUntil(lambda: area.detail.title.text() == title)
    settle(qtbot)
    assert window.minimumSizeHint().width() <= SCREEN[0]
    assert window.width() <= SCREEN[0]
    combos = (area.organisation_filter, area.area_filter, area.group_filter, area.source_filter)
    assert [c.currentText() for c in combos if not combo_text_whole(c)] == []
