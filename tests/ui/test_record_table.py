"""Register lists fit their pane: long text columns give way, dates and counts keep their width;
a title too wide breaks between words or ends in "…", and its tooltip gives it whole."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import lines_of_column
from tests.ui.windows import settle
from ui.widgets.record_table import RecordTable, SortHeader
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
    assert _date_is_whole(table)
    assert table.columnWidth(0) < 320  # the long name was narrowed
    assert sum(table.columnWidth(i) for i in range(3)) <= table.viewport().width()


def test_a_narrow_table_keeps_dates_readable_and_scrolls(qtbot: QtBot) -> None:
    table = _table(qtbot, 200)
    assert _date_is_whole(table)
    assert table.horizontalScrollBar().maximum() > 0


def _date_is_whole(table: RecordTable[Row], column: int = 1) -> bool:
    text = table.fontMetrics().horizontalAdvance("2026-03-12 (v. 11)")
    return text + table._text_margin() <= table.columnWidth(column)


def test_text_columns_give_way_to_their_titles_first_letters_and_the_last_below_100px(
    qtbot: QtBot,
) -> None:
    """Before, no column got narrower than 118 px and the last none below 100 px: this table
    scrolled sideways at 400 px."""
    table: RecordTable[Row] = RecordTable(
        [
            Column("Name", lambda r: r.name),
            Column("Prioritised areas", lambda r: r.note),
            Column("Date", lambda r: r.date),
            Column("Count of members", lambda r: r.count, align_right=True),
            Column("By", lambda r: "AB"),
        ]
    )
    qtbot.addWidget(table)
    table.resize(400, 300)
    table.show()
    table.set_rows([Row(1, "A very long name " * 4, "2026-03-12 (v. 11)", 7, "Schools " * 5)])
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=10_000)
    header = table.horizontalHeader()
    assert isinstance(header, SortHeader)
    assert sum(header.sectionSize(c) for c in range(5)) <= table.viewport().width()
    assert header.sectionSize(4) < 100
    assert _date_is_whole(table, 2)
    # The titles too wide break between words or end in "…", their beginning kept, and fit
    # their sections line by line.
    metrics = header.fontMetrics()
    for column in range(5):
        title = table.model().headerData(column, Qt.Orientation.Horizontal)
        shown = header.shown_title(column)
        flat = shown.replace("\n", " ")
        assert flat == title or (flat.endswith("…") and title.startswith(flat[:-1]))
        for line in shown.split("\n"):
            assert metrics.horizontalAdvance(line) < header.sectionSize(column)
        tooltip = table.model().headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        assert tooltip == title
    assert header.shown_title(1).startswith("Prio")


def test_columns_sized_by_hand_stay_as_sized(qtbot: QtBot) -> None:
    table = _table(qtbot, 560)
    header = table.horizontalHeader()
    header.resizeSection(0, 300)  # as a drag of the column's edge would
    table.resize(420, 300)
    settle(qtbot)
    assert table.columnWidth(0) == 300


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


def test_a_column_of_at_most_two_lines_leaves_an_aside_column_out_rather_than_take_three(
    qtbot: QtBot,
) -> None:
    """A list narrowed step by step beside nothing: "Meets" (``Column.max_lines``) never breaks
    onto three lines ("1 / gång/månad / (ej juli)"); the list leaves "Kind" out instead, and
    shows it again where there is room (the groups list's Möts beside its Typ)."""
    table: RecordTable[Row] = RecordTable(
        [
            Column("Name", lambda r: r.name, width=150, wrap=True),
            Column("Kind", lambda r: r.date, width=120, aside=1),
            Column("Meets", lambda r: r.note, width=118, wrap=True, max_lines=2, aside=2),
            Column("Count", lambda r: r.count, align_right=True),
        ]
    )
    qtbot.addWidget(table)
    table.resize(700, 300)
    table.show()
    table.set_rows(
        [
            Row(1, "Arbetsgrupp skolan", "Arbetsgrupp", 4, "1 gång/månad (ej juli)"),
            Row(2, "Trygghetsråd", "Trygghetsråd", 6, "2 gånger/år juni och dec"),
        ]
    )
    kind_left_out = False
    for width in range(700, 250, -6):
        table.resize(width, 300)
        settle(qtbot)
        assert not table.isColumnHidden(2), width
        lines = lines_of_column(table, "Meets")
        assert max(lines.values()) <= 2, (width, lines)
        kind_left_out |= table.isColumnHidden(1)
    assert kind_left_out
    table.resize(700, 300)
    settle(qtbot)
    assert not table.isColumnHidden(1)
