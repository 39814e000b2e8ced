"""A text a list cuts short with "…" (an e-mail address in a narrow column cannot wrap) shows
whole when the pointer rests on it; a text shown whole gets no tooltip, and a column's own
tooltip is kept."""

from __future__ import annotations

from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from tests.ui.tables import hover_tooltip
from tests.ui.windows import settle
from ui.widgets.record_table import RecordTable
from ui.widgets.table_model import Column


@dataclass(frozen=True)
class Holder:
    id: int
    name: str
    email: str


ADDRESS = "karin.lindqvist@ostermalm.stockholm.se"


def test_a_cut_text_shows_whole_on_hover_and_a_whole_one_does_not(qtbot: QtBot) -> None:
    table: RecordTable[Holder] = RecordTable(
        [
            Column("Namn", lambda h: h.name, width=120, tooltip=lambda h: f"Ring {h.name}"),
            Column("E-post", lambda h: h.email, width=90),
            Column("Roll", lambda h: "Ordinarie"),
        ]
    )
    qtbot.addWidget(table)
    table.resize(400, 200)
    table.show()
    table.set_rows([Holder(1, "Karin Lindqvist", ADDRESS), Holder(2, "Per", "p@x.se")])
    settle(qtbot)
    assert hover_tooltip(qtbot, table, 0, 1) == ADDRESS  # cut in its 90 px column
    assert hover_tooltip(qtbot, table, 1, 1) == ""  # whole: nothing to add
    assert hover_tooltip(qtbot, table, 0, 0) == "Ring Karin Lindqvist"  # the column's own tooltip
