"""A list wider than its columns gives the room over them to the texts cut short with "…",
left to right, each up to its longest text, not to its last column: an exercise's lessons read
"Det saknas en reservrutin för kommuni…" beside a Status column 210 px wide for "Pågår"."""

from __future__ import annotations

from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from tests.ui.helpers import settle
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


def test_new_rows_share_the_room_anew(qtbot: QtBot) -> None:
    table = _lessons(qtbot, 1200, [Lesson(1, "Kort", "Kort", 1, "Klar")])
    assert table.columnWidth(0) == 200  # short texts: the given widths
    table.set_rows([Lesson(1, LESSON, ACTION, 3, "Pågår")])
    settle(qtbot)
    assert _whole(table, 0, LESSON)
    table.set_rows([Lesson(1, "Kort", "Kort", 1, "Klar")])
    settle(qtbot)
    assert table.columnWidth(0) == 200
