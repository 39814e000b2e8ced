"""Grupper och möten in the program's own style: a group's "Möts" takes at most two lines in the
list, with no group chosen and beside a chosen group's details. At 1200 and 1440 px beside the
details it gave way to its widest word ("1 / gång/månad / (ej juli)" on three lines) so that Typ
could stay; now the list leaves out its least important column instead (Column.max_lines, the
rule of RecordTable). Whatever the list shows reads whole: no word broken or cut in a cell (the
priority areas, one to a line, end in "…" by design, whole in their tooltip and the details)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells, lines_of_column
from tests.ui.own_style import LookAt
from tests.ui.tables import click_row
from tests.ui.windows import keep_shot, settle
from ui.groups.area import GroupsArea
from ui.main_window import MainWindow

GROUP = "Arbetsgrupp skolan som brottsplats"
AREAS = "Prioriterade områden"  # one to a line, cut short with "…" (Column.lines)


def _problems(table: QTableView, when: str) -> list[str]:
    """What does not read well in the list: a Möts text on three lines or more, a cell's text
    broken inside a word or cut, Möts left out."""
    model = table.model()
    shown = [
        str(model.headerData(c, Qt.Orientation.Horizontal))
        for c in range(model.columnCount())
        if not table.isColumnHidden(c)
    ]
    if "Möts" not in shown:
        return [f"{when}: Möts left out ({shown})"]
    seen = [
        f"{when}: Möts {text!r} on {lines} lines"
        for text, lines in lines_of_column(table, "Möts").items()
        if lines > 2
    ]
    for title in shown:
        if title != AREAS:
            seen += [f"{when}: {title} {text!r} cut" for text in cut_cells(table, title)]
    return seen


@pytest.mark.parametrize("size", [(1024, 768), (1200, 800), (1280, 800), (1440, 900)])
def test_meets_on_at_most_two_lines_and_the_list_read_whole(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> list[str]:
        window.navigate("groups")
        area = window.area("groups")
        assert isinstance(area, GroupsArea)
        table = area.page.table
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, f"groups_meets_{size[0]}")
        seen = _problems(table, "no group chosen")
        click_row(qtbot, table, GROUP)
        settle(qtbot)
        qtbot.wait(50)
        assert area.detail.title.text() == GROUP
        keep_shot(window, f"groups_meets_{size[0]}_chosen")
        return seen + _problems(table, "a group chosen")

    problems = look_at_demo(size, look)
    assert problems == []
