"""Grupper och möten in the program's own style: a span of months in a group's "Möts" ("1
gång/månad (ej juni–aug)") or its rule read back ("… utom juni–augusti") never breaks its line
beside the dash, whatever the window's width: the rule broke as "utom juni–" over "augusti",
"Möts" as "1 gång/månad (ej juni–" over "aug)" (in the list's column of a wide window). The
window holds the span (formatting.clock_held, as it holds "kl." to its time); what is stored
keeps the plain text."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import CELL_MARGINS, column_of
from tests.ui.cell_room import wrapped_lines as text_lines
from tests.ui.own_style import LookAt
from tests.ui.tables import click_row
from tests.ui.text_fit import plain, wrapped_lines
from tests.ui.windows import keep_shot, settle
from ui.groups.area import GroupsArea
from ui.main_window import MainWindow

DASH = "–"
WIDTHS = range(1024, 1442, 6)  # a laptop's window, narrowed or widened a little at a time
WIDE = range(1024, 1930, 12)  # up to a wide screen's: the list's column widens with it


def test_a_span_of_months_shown_never_breaks_beside_its_dash(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> list[list[str]]:
        window.navigate("groups")
        area = window.area("groups")
        assert isinstance(area, GroupsArea)
        settle(qtbot)
        click_row(qtbot, area.page.table, "Platssamverkan Stureplan/Östermalmstorg")
        settle(qtbot)
        group = area.current_group()
        assert group is not None and group.meeting_frequency == "1 gång/månad (ej juni–aug)"
        facts = area.detail.facts  # its "Möts" fact is left out: the rule says it in full
        seen = []
        for width in WIDTHS:
            window.resize(width, 768)
            settle(qtbot)
            qtbot.wait(20)  # layout requests are posted
            seen.append(wrapped_lines(facts.value_label("rule")))
        keep_shot(window, "groups-detail-month-span")
        return seen

    seen = look_at_demo((1024, 768), look)
    assert any("utom juni–augusti" in " ".join(lines) for lines in seen), seen
    for lines in seen:
        for line in lines:
            assert not line.startswith(DASH) and not line.endswith(DASH), lines


def test_the_lists_meets_never_breaks_beside_the_dash_of_its_months(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    """The list's "Möts", wrapped in its column, broke as "1 gång/månad (ej juni–" over "aug)"
    in a wide window."""

    def look(window: MainWindow) -> list[list[str]]:
        window.navigate("groups")
        area = window.area("groups")
        assert isinstance(area, GroupsArea)
        table = area.page.table
        column = column_of(table, "Möts")
        model = table.model()
        seen = []
        for width in WIDE:
            window.resize(width, 768)
            settle(qtbot)
            qtbot.wait(20)  # layout requests are posted
            if table.isColumnHidden(column):
                continue
            room = table.columnWidth(column) - CELL_MARGINS
            for row in range(model.rowCount()):
                text = str(model.index(row, column).data())
                if DASH in text:
                    seen.append([plain(line) for line in text_lines(text, table.font(), room)])
        return seen

    seen = look_at_demo((1024, 768), look)
    assert any("(ej juni–aug)" in " ".join(lines) for lines in seen), seen
    for lines in seen:
        for line in lines:
            assert not line.startswith(DASH) and not line.endswith(DASH), lines
