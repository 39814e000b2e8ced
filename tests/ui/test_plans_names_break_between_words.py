"""Kris → Planer at 900 px: the names break between their words only. The name column is
narrower there than a plan's longest words, and they broke inside with a hyphen where the
room ran out ("Styrdoku-ment", "Krisledning-splan"), read as two words; a word too wide is now
cut short with "…" on a line of its own, and the whole name shows under the pointer."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import CELL_MARGINS, column_of, delegate_option, wrapped_lines
from tests.ui.openers import crisis_tab
from tests.ui.tables import hover_tooltip
from ui.context import AppContext


def test_plan_names_break_between_words_at_900(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 900, 740)
    table = area.plans_page.table
    model = table.model()
    name = column_of(table, "Namn")
    room = table.columnWidth(name) - CELL_MARGINS
    cut_names = []
    for row in range(model.rowCount()):
        whole = str(model.index(row, name).data())
        option = delegate_option(table, model.index(row, name))
        lines = wrapped_lines(option.text, option.font, room)
        words = whole.split()
        # Each line is whole words of the name, the one too wide cut short with "…".
        drawn = [word for line in lines for word in line.split()]
        assert len(drawn) == len(words), (whole, lines)
        for shown, word in zip(drawn, words, strict=True):
            assert shown == word or (
                shown.endswith("…") and word.startswith(shown[:-1]) and len(shown) > 1
            ), (whole, lines)
        assert len(lines) * option.fontMetrics.lineSpacing() <= table.rowHeight(row), whole
        if drawn != words:
            cut_names.append((row, whole))
    assert cut_names, "every word fits at 900 px: nothing to see here"
    for row, whole in cut_names:
        table.scrollTo(model.index(row, name))
        assert hover_tooltip(qtbot, table, row, name) == whole
