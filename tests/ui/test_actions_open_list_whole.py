"""Åtgärder in the program's own style from 1024 × 768 to 1920 × 1080 with no action chosen:
the list is all there is to read, and what tells its rows apart reads whole. Where each action
came from (Ursprung) shows its place whole on at most a row's three lines: at 1280 and 1440 px
it read "Trygghetsvandring 2021-05-18, Gyllensti…" (at 1920 one line cut short), at 1024
"Trygghetsvan… / 2021-05-18, …" beside some 160 px of the empty pane's hint. No title is cut,
and who answers (Ansvarig) reads whole, every column in view. From 1366 px the priority area
reads whole on two lines too, the dates over their weeks where it needs their room ("Riktat
arbete / mot avgrän…" at 1440, "… avgränsade p…" at 1366); at 1280 it is left out rather than
cut so."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.openers import actions_listed, choose_action
from tests.ui.own_style import LookAt
from tests.ui.tables import column_texts
from tests.ui.test_actions_titles_up_to_three_lines import drawn_lines, reads_whole
from tests.ui.windows import keep_shot, settle
from ui.actions.model import SOURCE, TITLE
from ui.main_window import MainWindow

SIZES = [(1024, 768), (1280, 800), (1366, 768), (1440, 900), (1920, 1080)]


@pytest.mark.parametrize("size", SIZES, ids=[str(w) for w, _h in SIZES])
def test_the_sources_titles_and_responsibles_read_whole(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    drawn: dict[str, dict[str, list[str]]] = {"Åtgärd": {}, "Ursprung": {}, "Ansvarig": {}}
    if size[0] >= 1366:
        drawn["Prioriterat område"] = {}
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        area = actions_listed(qtbot, window)
        table = area.table
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, f"actions-open-list-whole-{size[0]}")
        assert area.table.current_row() is None  # no action chosen
        seen["shown"] = not table.isColumnHidden(SOURCE) and not table.isColumnHidden(TITLE)
        seen["sideways"] = table.horizontalScrollBar().maximum()
        for title, cells in drawn.items():
            for row, text in enumerate(column_texts(table, title)):
                cells[text] = drawn_lines(table, title, row)

    look_at_demo(size, look)
    assert seen["shown"]
    assert seen["sideways"] == 0
    assert len(drawn["Ursprung"]) >= 5
    for title, cells in drawn.items():
        most = 2 if title == "Prioriterat område" else 3  # a row's three lines
        cut = {
            t: lines for t, lines in cells.items() if not reads_whole(t, lines) or len(lines) > most
        }
        assert cut == {}, (title, cut)


def test_at_1024_the_hint_gives_the_list_its_room_until_an_action_is_chosen(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        area = actions_listed(qtbot, window)
        seen["hint"] = area.detail.placeholder.isVisible()
        seen["list"] = area.table.width() - area.splitter.width()
        pane = choose_action(qtbot, area, column_texts(area.table, "Åtgärd")[0])
        seen["pane"] = pane.isVisible() and pane.title.isVisible()
        area.table.clearSelection()
        settle(qtbot)
        seen["hint again"] = area.detail.isVisible()

    look_at_demo((1024, 768), look)
    assert seen == {"hint": False, "list": 0, "pane": True, "hint again": False}
