"""Trygghetsvandringar → Platser och prioriteringar at 1024 × 768, Gyllenstiernsgatan chosen:
the ratings walk to walk were coloured with no word of what the colours meant (a walk's
Uppföljning has a key; a wrapping key there took the ratings' rows here). Now one line under the
table reads "0 dåligt 1 bristfälligt 2 godtagbart 3 bra" on the colours, whole and in sight, and
the walks' list is as high as its two walks, so the table shows more of its points than before
(five whole rows), without a walk out of sight in the list."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_tab
from tests.ui.own_style import LookAt
from tests.ui.tables import click_row
from tests.ui.windows import area_of, keep_shot, settle
from ui.main_window import MainWindow
from ui.walks.area import WalksArea
from ui.walks.rating_key import RatingKey

KEY = ["0 dåligt", "1 bristfälligt", "2 godtagbart", "3 bra"]


def test_a_places_ratings_have_a_key_in_sight_at_1024(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> dict[str, object]:
        window.navigate("walks")
        area = area_of(window, "walks", WalksArea)
        click_tab(qtbot, area.tabs, area.places_page)
        click_row(qtbot, area.places_page.table, "Gyllenstiernsgatan")
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        pane = area.places_page.detail
        keep_shot(pane, "place-ratings-key-1024")
        key = pane.findChild(RatingKey)
        assert key is not None, "no colour key"
        inside = QRect(key.mapTo(pane, key.rect().topLeft()), key.size())
        chips = key.findChildren(QLabel)
        ratings = pane.ratings
        whole_rows = sum(
            ratings.rowViewportPosition(r) + ratings.rowHeight(r) <= ratings.viewport().height()
            for r in range(ratings.rowCount())
        )
        return {
            "key": key.words() if key.isVisible() else [],
            "key in sight": pane.contentsRect().contains(inside),
            "on one line": len({c.y() for c in chips}) == 1,
            "words whole": all(c.width() >= c.sizeHint().width() for c in chips),
            "walks in sight": pane.walks.verticalScrollBar().maximum() == 0,
            "more rows than before": whole_rows > 5,
        }

    seen = look_at_demo((1024, 768), look)
    assert seen == {
        "key": KEY,
        "key in sight": True,
        "on one line": True,
        "words whole": True,
        "walks in sight": True,
        "more rows than before": True,
    }
