"""Kris → Krisorganisation, the holders of the chosen role: their last column, "Senast
kontrollerad", kept the width of its title on one line (158 px) for dates 80 px wide. Squeezed,
the title now takes two lines and the room goes to the columns beside it: at 1100 × 700 the
holders' names read on one line (they broke "Karin / Lindqvist"), and the e-mail address whole
under the phone number (it read "karin.lindqvist@exampl…", at 1100 "karin.lind…")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import CELL_MARGINS, column_of, cut_cells, drawn_lines
from tests.ui.openers import crisis_tab
from tests.ui.windows import settle
from ui.context import AppContext
from ui.widgets.record_table import RecordTable


def _holders_of_the_first_role(
    qtbot: QtBot, ctx: AppContext, width: int, height: int
) -> RecordTable:  # type: ignore[type-arg]
    _window, area = crisis_tab(qtbot, ctx, "org_page", width, height)
    roles = area.org_page.roles
    first = roles.visualRect(roles.model().index(0, 0)).center()
    qtbot.mouseClick(roles.viewport(), Qt.MouseButton.LeftButton, pos=first)
    settle(qtbot)
    assert area.org_page.members_heading.text() == "Innehavare av rollen Krisledare"
    return area.org_page.members


def test_the_holders_names_read_on_one_line_at_1100(qtbot: QtBot, demo_ctx: AppContext) -> None:
    holders = _holders_of_the_first_role(qtbot, demo_ctx, 1100, 700)
    names = column_of(holders, "Namn")
    room = holders.columnWidth(names) - CELL_MARGINS
    shown = [str(holders.model().index(row, names).data()) for row in range(2)]
    assert shown == ["Karin Lindqvist", "Per Almgren"]
    assert [n for n in shown if holders.fontMetrics().horizontalAdvance(n) > room] == []
    assert cut_cells(holders, "Senast kontrollerad") == []


@pytest.mark.parametrize("size", [(1100, 700), (1366, 768)])
def test_the_holders_e_mail_reads_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    """Phone above e-mail in one column: at 1100 the address read "karin.lind…" in a column
    of its own (75 px); the rank column gives way there, its text in the name's tooltip."""
    holders = _holders_of_the_first_role(qtbot, demo_ctx, *size)
    assert drawn_lines(holders, "Kontakt", 0) == ["08-508 10 001", "karin.lindqvist@example.se"]
    assert drawn_lines(holders, "Kontakt", 1) == ["08-508 10 200"]
    names = holders.model().index(0, column_of(holders, "Namn"))
    assert str(names.data(Qt.ItemDataRole.ToolTipRole)).startswith("Ordinarie")
