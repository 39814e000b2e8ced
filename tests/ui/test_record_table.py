"""Register lists fit their pane: long text columns give way, dates and counts keep their width."""

from __future__ import annotations

from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from ui.widgets.record_table import MIN_SHRUNK_WIDTH, RecordTable
from ui.widgets.table_model import Column


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    date: str
    count: int
    note: str


def _table(qtbot: QtBot, width: int) -> RecordTable[Row]:
    table: RecordTable[Row] = RecordTable(
        [
            Column("Name", lambda r: r.name),
            Column("Date", lambda r: r.date),
            Column("Count", lambda r: r.count, align_right=True),
            Column("Note", lambda r: r.note),
        ]
    )
    qtbot.addWidget(table)
    table.resize(width, 300)
    table.show()
    table.set_rows(
        [Row(1, "A very long name of a working group " * 3, "2026-03-12 (v. 11)", 7, "x")]
    )
    return table


def test_long_columns_give_way_so_the_table_does_not_scroll_sideways(qtbot: QtBot) -> None:
    table = _table(qtbot, 560)
    date_width = table.sizeHintForColumn(1)
    assert table.columnWidth(1) >= min(date_width, MIN_SHRUNK_WIDTH)
    assert table.columnWidth(0) < 320  # the long name was narrowed
    assert sum(table.columnWidth(i) for i in range(3)) <= table.viewport().width()


def test_a_narrow_table_keeps_dates_readable_and_scrolls(qtbot: QtBot) -> None:
    table = _table(qtbot, 200)
    assert table.columnWidth(1) >= min(table.sizeHintForColumn(1), MIN_SHRUNK_WIDTH)


def test_wrapping_columns_fit_their_widest_word_and_rows_take_the_lines(qtbot: QtBot) -> None:
    table: RecordTable[Row] = RecordTable(
        [
            Column("Name", lambda r: r.name, wrap=True),
            Column("Note", lambda r: r.note, wrap=True),
        ]
    )
    qtbot.addWidget(table)
    table.resize(300, 300)
    table.show()
    table.set_rows([Row(1, "Lent (home)", "", 0, "back on time " * 6), Row(2, "x", "", 0, "")])
    metrics = table.fontMetrics()
    assert metrics.horizontalAdvance("(home") < table.columnWidth(0)
    assert table.columnWidth(0) < metrics.horizontalAdvance("Lent (home)")
    one_line = table.verticalHeader().defaultSectionSize()
    # The note needs three lines beside the name.
    qtbot.waitUntil(lambda: table.rowHeight(0) >= 3 * metrics.lineSpacing() > one_line)
    assert table.rowHeight(1) == one_line
    # A wider table: the note's lines get longer, its row lower.
    tall = table.rowHeight(0)
    table.resize(1200, 300)
    qtbot.waitUntil(lambda: table.rowHeight(0) < tall)
