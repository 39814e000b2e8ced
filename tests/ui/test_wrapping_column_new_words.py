"""A list refreshed with a longer word than any it showed before (a walk at
"Gyllenstiernsgatan" added to a list of short place names) gives that word room, as opening
the list with it would have, instead of cutting it to "Gyllenstiernsg…": the columns are fitted
to the first rows a list gets."""

from __future__ import annotations

from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells
from tests.ui.windows import settle
from ui.widgets.record_table import RecordTable
from ui.widgets.table_model import Column


@dataclass(frozen=True)
class Walk:
    id: int
    place: str
    area: str
    note: str


SHORT = [Walk(1, "Vasaparken", "Vasastan", "Mörkt vid lekplatsen"), Walk(2, "Gärdet", "Gärdet", "")]
LONG = Walk(3, "Gyllenstiernsgatan", "Gärdet", "Buskage skymmer gångvägen mot tunnelbanan")


def _table(qtbot: QtBot, width: int) -> RecordTable[Walk]:
    table: RecordTable[Walk] = RecordTable(
        [
            Column("Date", lambda w: f"2026-12-{w.id:02d}"),
            Column("Place", lambda w: w.place, wrap=True),
            Column("Area", lambda w: w.area, wrap=True),
            Column("Note", lambda w: w.note, wrap=True),
        ]
    )
    qtbot.addWidget(table)
    table.resize(width, 300)
    table.show()
    table.set_rows(SHORT)
    settle(qtbot)
    return table


def test_a_longer_word_in_a_refresh_is_shown_whole(qtbot: QtBot) -> None:
    for width in (700, 420):  # room to spare, and squeezed to the columns' floors
        table = _table(qtbot, width)
        assert cut_cells(table, "Place") == [], width
        table.set_rows([*SHORT, LONG])
        settle(qtbot)
        assert cut_cells(table, "Place") == [], width
        assert not table.horizontalScrollBar().isVisible(), width
        table.set_rows(SHORT)  # and back: nothing is cut either
        settle(qtbot)
        assert cut_cells(table, "Place") == [], width
