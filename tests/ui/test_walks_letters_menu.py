"""Letters to owners: the menu offers the organisations responsible for actions from the walk,
but not the district administration that organised the walk and writes the letters (it offered
a letter from Östermalms stadsdelsförvaltning to itself)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walks as walk_service
from ui.context import AppContext
from ui.walks.area import WalksArea


def test_the_letters_menu_leaves_out_the_sender(qtbot: QtBot, demo_ctx: AppContext) -> None:
    tessin = next(
        w.id
        for w in demo_ctx.call(walk_service.list_walks)
        if w.place == "Tessinparken" and w.date.year == 2021
    )
    area = WalksArea(demo_ctx)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    area.open_walk(tessin)

    letters = [a.text() for a in area.view.letters_menu.actions()]
    assert letters == [
        "Lokalpolisområde Norrmalm (1)",
        "SL (Region Stockholm) (2)",
        "Trafikkontoret (3)",
    ]
    assert area.view.letters_button.isEnabled()
