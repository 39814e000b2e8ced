"""Åtgärder with a chosen action's pane open, in the program's own style at 1024 × 768 and 1280 ×
800: who answers for each action reads whole in the list. At 1024 px Ansvarig had some 100 px
and cut a word wider than that ("Stockholmsh…", "Östermalms stadsdelsförv…", "Lokalpolisomr…");
beside the pane the column now keeps room for its longest word, the priority area (shown in the
pane, as the source) giving way where there is no other room, and the titles keep their three
lines. At 1280 px the source kept beside the pane read "Trygghetsva…" while the due dates and
statuses had room to spare on one line: they take two, and the source reads its kind and date."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.openers import first_action
from tests.ui.own_style import LookAt
from tests.ui.tables import column_texts
from tests.ui.test_actions_titles_up_to_three_lines import CUT, drawn_lines
from tests.ui.windows import keep_shot
from ui.actions.model import SOURCE
from ui.main_window import MainWindow


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=["1024", "1280"])
def test_who_answers_reads_whole_beside_the_pane(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    responsibles: dict[str, list[str]] = {}
    titles: dict[str, list[str]] = {}
    sources: dict[str, list[str]] = {}
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        table = first_action(qtbot, window).table
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, f"actions-responsible-beside-pane-{size[0]}")
        for row, text in enumerate(column_texts(table, "Ansvarig")):
            responsibles[text] = drawn_lines(table, "Ansvarig", row)
        for row, text in enumerate(column_texts(table, "Åtgärd")):
            titles[text] = drawn_lines(table, "Åtgärd", row)
        if not table.isColumnHidden(SOURCE):  # left out at 1024 px: whole in the pane
            for row, text in enumerate(column_texts(table, "Ursprung")):
                sources[text] = drawn_lines(table, "Ursprung", row)
        seen["sideways"] = table.horizontalScrollBar().maximum()

    look_at_demo(size, look)
    assert len(responsibles) >= 5
    cut = {text: lines for text, lines in responsibles.items() if " ".join(lines) != text}
    assert cut == {}  # every word whole, on as many lines as the row has
    assert " ".join(titles[CUT]) == CUT  # the titles keep their three lines
    assert all(len(lines) <= 3 for lines in titles.values()), titles
    assert seen["sideways"] == 0
    for source, lines in sources.items():  # its kind and date whole ("Trygghetsva…" at 1280)
        assert " ".join(lines).startswith(source.split(",")[0]), (source, lines)
    assert bool(sources) == (size[0] >= 1280)
