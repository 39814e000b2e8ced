"""A list wider than its columns gives the room over them to the texts cut short with "…",
left to right, each up to its longest text, not to its last column: an exercise's lessons read
"Det saknas en reservrutin för kommuni…" beside a Status column 210 px wide for "Pågår"."""

from __future__ import annotations

from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from tests.ui.windows import settle
from ui.widgets.record_table import RecordTable
from ui.widgets.table_model import Column

LESSON = "Det saknas en reservrutin för kommunikation när telefonin ligger nere"
ACTION = "Ta fram en reservrutin för kommunikation (RAKEL, satellittelefon)"


@dataclass(frozen=True)
class Lesson:
    id: int
    text: str
    action: str
    count: int
    status: str


def _lessons(qtbot: QtBot, width: int, rows: list[Lesson]) -> RecordTable[Lesson]:
    table: RecordTable[Lesson] = RecordTable(
        [
            Column("Lärdom", lambda r: r.text, width=200),
            Column("Åtgärd", lambda r: r.action, width=150),
            Column("Antal", lambda r: r.count, align_right=True, width=60),
            Column("Status", lambda r: r.status),
        ]
    )
    qtbot.addWidget(table)
    table.resize(width, 300)
    table.show()
    table.set_rows(rows)
    settle(qtbot)
    return table


def _whole(table: RecordTable[Lesson], column: int, text: str) -> bool:
    return table.fontMetrics().horizontalAdvance(text) + table._text_margin() <= table.columnWidth(
        column
    )


def test_the_room_goes_to_the_texts_in_reading_order(qtbot: QtBot) -> None:
    rows = [Lesson(1, LESSON, ACTION, 3, "Pågår"), Lesson(2, "Kort", "Kort", 1, "Klar")]
    metrics_width = _lessons(qtbot, 2000, rows).fontMetrics().horizontalAdvance
    # Room for the lesson whole and a little over: the lesson first, the action gets the rest.
    width = metrics_width(LESSON) + 150 + 60 + 120
    table = _lessons(qtbot, width, rows)
    assert _whole(table, 0, LESSON)
    assert table.columnWidth(1) >= 150 and not _whole(table, 1, ACTION)
    assert table.columnWidth(2) == 60  # a count keeps its width
    status = table.columnWidth(3)
    assert status < 160  # the last column keeps what it needs, not the room left over

    # Wide enough for both texts: both whole; what is left over is the last column's.
    wide = _lessons(qtbot, metrics_width(LESSON) + metrics_width(ACTION) + 500, rows)
    assert _whole(wide, 0, LESSON) and _whole(wide, 1, ACTION)
    assert wide.columnWidth(3) > 300


def test_a_last_column_of_text_keeps_its_texts_whole(qtbot: QtBot) -> None:
    # An objective and its comment (the last column): the comment stays whole, the objective
    # gets what the comment does not need (it was cut in favour of the objective).
    comment = "Samlad efter 75 minuter. Två telefonnummer i kontaktlistan var inaktuella."
    rows = [Lesson(1, LESSON, ACTION, 3, comment)]
    advance = _lessons(qtbot, 2000, rows).fontMetrics().horizontalAdvance
    table = _lessons(qtbot, 150 + 60 + advance(comment) + 200 + 60, rows)
    assert _whole(table, 3, comment)
    assert table.columnWidth(0) > 200 and not _whole(table, 0, LESSON)


def test_new_rows_share_the_room_anew(qtbot: QtBot) -> None:
    table = _lessons(qtbot, 1200, [Lesson(1, "Kort", "Kort", 1, "Klar")])
    assert table.columnWidth(0) == 200  # short texts: the given widths
    table.set_rows([Lesson(1, LESSON, ACTION, 3, "Pågår")])
    settle(qtbot)
    assert _whole(table, 0, LESSON)
    table.set_rows([Lesson(1, "Kort", "Kort", 1, "Klar")])
    settle(qtbot)
    assert table.columnWidth(0) == 200


AREAS = (
    "Riktat arbete mot avgränsade platser och utsatta områden, "
    "Särskilt utsatta och sårbara brottsoffer, Skolan"
)


@dataclass(frozen=True)
class Group:
    id: int
    name: str
    areas: str
    term: str


def _groups(
    qtbot: QtBot, width: int, last_wraps: bool = False, term: str = "Tillsvidare"
) -> RecordTable[Group]:
    table: RecordTable[Group] = RecordTable(
        [
            Column("Namn", lambda r: r.name, width=150, wrap=True),
            Column("Prioriterade områden", lambda r: r.areas, width=150, wrap=True),
            Column("Löptid", lambda r: r.term, wrap=last_wraps),
        ]
    )
    qtbot.addWidget(table)
    table.resize(width, 300)
    table.show()
    table.set_rows([Group(1, "Lokal styrgrupp Östermalm", AREAS, term)])
    settle(qtbot)
    return table


def test_wrapping_columns_get_the_room_the_tallest_texts_first(qtbot: QtBot) -> None:
    advance = _groups(qtbot, 2000).fontMetrics().horizontalAdvance
    # Room for the areas on one line, not for the name as well: the areas, whose text takes
    # the most lines, get it; the row is as low as the name's two lines.
    width = 150 + advance(AREAS) + advance("Tillsvidare") + 60
    table = _groups(qtbot, width)
    assert _whole_group(table, 1, AREAS)
    assert not _whole_group(table, 0, "Lokal styrgrupp Östermalm")  # what is left was little
    one_line = table.verticalHeader().defaultSectionSize()
    assert table.rowHeight(0) < 3 * table.fontMetrics().lineSpacing() + one_line

    # A wrapping last column whose texts fit its room on one line ("t.o.m. 2026-12-22", as
    # groups have it) cannot grow taller: the same.
    assert _groups(qtbot, width, last_wraps=True).columnWidth(1) > 150
    # One whose texts need more lines keeps its room: the others stay as they were given.
    long_term = "Tillsvidare, med uppföljning varje år i december och vid behov oftare " * 2
    assert _groups(qtbot, width, last_wraps=True, term=long_term).columnWidth(1) == 150


def _whole_group(table: RecordTable[Group], column: int, text: str) -> bool:
    needed = table.fontMetrics().horizontalAdvance(text) + table._text_margin()
    return needed <= table.columnWidth(column)
