"""A squeezed list keeps whole what cannot break: a wrapping column its widest word (or the part
of one up to a slash or dash, where a line may break), a count its one-word title. Before, both
gave way to their title's first letters: "Gyllenstiernsg…" under "Iakttagel…". (When even that
does not fit beside the last column, the widest words give way before the last column's own
"Sammankallande": test_group_members_readable.)"""

from __future__ import annotations

from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells
from tests.ui.windows import settle
from ui.widgets.record_table import RecordTable, SortHeader
from ui.widgets.table_model import Column


@dataclass(frozen=True)
class Row:
    id: int
    place: str
    note: str
    count: int
    role: str


def _table(qtbot: QtBot, width: int) -> RecordTable[Row]:
    table: RecordTable[Row] = RecordTable(
        [
            Column("Place", lambda r: r.place, width=200, wrap=True),
            Column("Note", lambda r: r.note, width=200, wrap=True),
            Column("Area", lambda r: "Norra Djurgården", width=150),  # may end in "…"
            Column("Observations", lambda r: r.count, align_right=True),
            Column("Role", lambda r: r.role),
        ]
    )
    qtbot.addWidget(table)
    table.resize(width, 400)
    table.show()
    table.set_rows(
        [
            Row(1, "Gyllenstiernsgatan", "Stureplan/Östermalmstorg", 3, "Ledamot"),
            Row(2, "Universitetet–Lappis", "Lit up after dark", 12, "Sammankallande"),
        ]
    )
    settle(qtbot)
    return table


def test_a_squeezed_table_keeps_words_and_the_count_title_whole(qtbot: QtBot) -> None:
    table = _table(qtbot, 520)
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    assert isinstance(header, SortHeader)
    cut = {title: cut_cells(table, title) for title in ("Place", "Note", "Role")}
    # "Stureplan/" above "Östermalmstorg"; the count's title and the role whole
    assert (cut, header.shown_title(3)) == ({"Place": [], "Note": [], "Role": []}, "Observations")
    one_line = table.verticalHeader().defaultSectionSize()
    assert table.rowHeight(0) > one_line  # the note took two lines
