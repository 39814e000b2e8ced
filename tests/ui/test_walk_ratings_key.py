"""A walk's Follow-up tab at a laptop's size, in the program's own style: "Bedömningar jämförda"
stood over a table of one column of means when there was no earlier walk to compare with, its
cells coloured with no word of what the colours meant. Now a walk alone reads "Bedömningar" and
a walk compared with an earlier one "Bedömningar jämförda"; under both tables a key says each
colour's value and word, in sight beside the lists."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_tab
from tests.ui.demo_walks import gyllenstiernsgatan_follow_up, tessinparken
from tests.ui.own_style import LookAt
from tests.ui.windows import area_of, keep_shot, settle
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea
from ui.walks.rating_key import RatingKey

KEY = ["0 dåligt", "1 bristfälligt", "2 godtagbart", "3 bra"]
ALONE = "Bedömningar (medel över stoppen, 0–3)"
COMPARED = "Bedömningar jämförda (medel över stoppen, 0–3)"


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=["1024", "1280"])
@pytest.mark.parametrize(
    ("walk", "title", "columns"),
    [(tessinparken, ALONE, 2), (gyllenstiernsgatan_follow_up, COMPARED, 4)],
    ids=["alone", "compared"],
)
def test_the_ratings_say_what_they_compare_and_what_their_colours_mean(
    qtbot: QtBot,
    look_at_demo: LookAt[MainWindow],
    size: tuple[int, int],
    walk: Callable[[AppContext], int],
    title: str,
    columns: int,
) -> None:
    def look(window: MainWindow) -> dict[str, object]:
        window.navigate("walks")
        area = area_of(window, "walks", WalksArea)
        area.open_walk(walk(window.ctx))
        view = area.view
        click_tab(qtbot, view.tabs, view.followup_tab)
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        tab = view.followup_tab
        keep_shot(tab, f"walk-ratings-{size[0]}")
        key = tab.findChild(RatingKey)
        assert key is not None, "no colour key"
        inside = QRect(key.mapTo(tab, key.rect().topLeft()), key.size())
        return {
            "title": tab.ratings_title.text(),
            "columns": tab.ratings.columnCount(),
            "key": key.words() if key.isVisible() else [],
            "key in sight": tab.rect().contains(inside),
        }

    assert look_at_demo(size, look) == {
        "title": title,
        "columns": columns,
        "key": KEY,
        "key in sight": True,
    }
