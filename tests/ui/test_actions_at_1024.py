"""Actions on a 1024 × 768 screen: a chosen action's pane beside the list keeps the window
within the screen, and the filters read whole. With their four filters on one line the list
kept 576 px beside the pane: the window became 1066 px wide, its right edge (the pane's
"Lägg till anteckning") off the screen, and "Alla prioriterade områden" read "Alla
prioriterade o".

Beside the pane the list's texts had some 56 px each ("Öster…", "Riktat…") while Klart senast
and Status kept 123 px each for their texts on one line, in rows two lines high anyway."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from tests.ui.openers import area_in_window, first_action
from tests.ui.tables import column_texts
from tests.ui.text_fit import combo_text_whole
from ui.actions.area import ActionsArea
from ui.actions.model import AREA, DUE, RESPONSIBLE, STATUS
from ui.context import AppContext
from ui.widgets.list_table import text_margin
from ui.widgets.sort_header import two_line_width

SCREEN = (1024, 768)


def chosen_first(qtbot: QtBot, demo_ctx: AppContext) -> ActionsArea:
    """Actions at 1024 × 768, the list's first action chosen."""
    window, _area = area_in_window(qtbot, demo_ctx, "actions", ActionsArea, *SCREEN)
    return first_action(qtbot, window)


def test_a_chosen_action_keeps_the_window_on_the_screen(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = chosen_first(qtbot, demo_ctx)
    window = area.window()
    assert window.minimumSizeHint().width() <= SCREEN[0]
    assert window.width() <= SCREEN[0]
    combos = (area.organisation_filter, area.area_filter, area.group_filter, area.source_filter)
    assert [c.currentText() for c in combos if not combo_text_whole(c)] == []


def test_the_dates_and_statuses_take_two_lines_before_the_texts_are_cut(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = chosen_first(qtbot, demo_ctx)
    table = area.table
    assert table.wordWrap()  # rows two lines high: the titles need them
    assert table.horizontalScrollBar().maximum() == 0
    # who answers for it keeps room for some words (was 56 px); the priority area too, or it
    # is left out for the responsibles' words (test_actions_responsible_beside_pane)
    assert table.columnWidth(RESPONSIBLE) >= 95
    assert table.isColumnHidden(AREA) or table.columnWidth(AREA) >= 95
    metrics = QFontMetrics(table.font())
    margin = text_margin(table)
    for column, title in ((DUE, "Klart senast"), (STATUS, "Status")):
        # each whole on its two lines ("2026-11-22" above "(v. 47)", "Öppen," above "försenad")
        width = table.columnWidth(column)
        cut = [t for t in column_texts(table, title) if two_line_width(t, metrics) + margin > width]
        assert cut == [], (title, width)
