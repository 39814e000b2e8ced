"""The Overview's cards stack in two columns, each card at its own height: the week's three
meetings beside five late actions leave no empty band under them, and the card after them
follows at once (in rows, every card took its row's tallest height, and at 1440x900 the plans
began below the fold). Each card goes under the column that ends higher, so the columns end
about level (the demo's six-line cards all fell in the left column, which ran two screens long
at 1920x1080 beside a half-empty right one) and the cards still read top to bottom in order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from tests.ui.windows import settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.overview.view import OverviewArea, SectionCard


# A day whose Overview has the case (a short first card): how many meetings the coming week
# holds and how many actions are late depends on the day (at 31 December 23.30 the first card
# was 74 px beside 104, on Wednesday 2 December 324 beside 306).
@pytest.mark.moment("2026-12-05T17:30")
@pytest.mark.parametrize("size", [(1440, 900), (1920, 1080)])
def test_cards_follow_at_once_and_the_columns_end_level(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), *size)
    window.navigate("overview")
    area = window.area("overview")
    assert isinstance(area, OverviewArea)
    settle(qtbot)
    cards = area.section_cards()
    scroll = area.findChild(QScrollArea)
    assert scroll is not None
    viewport = scroll.viewport()

    def at(card: SectionCard) -> QPoint:
        return card.mapTo(viewport, QPoint(0, 0))

    lefts = sorted({at(card).x() for card in cards})
    assert len(lefts) == 2 and cards[0].width() == cards[1].width()
    columns = [[card for card in cards if at(card).x() == x] for x in lefts]
    assert at(cards[0]).x() == lefts[0] and at(cards[1]).x() == lefts[1]
    # The case this is about: the first card is shorter than the one beside it ...
    assert cards[0].height() + 40 < cards[1].height(), (cards[0].height(), cards[1].height())
    # ... and every card is as tall as its entries need, the next right under it.
    spacing = area.grid.spacing()  # the gap between cards, across and down
    for column in columns:
        for above, below in zip(column, column[1:], strict=False):
            assert above.height() <= above.sizeHint().height() + 2, above.section.key
            assert at(below).y() == at(above).y() + above.height() + spacing, below.section.key
    # In their order of importance from the top: no card starts above the one before it by
    # more than a line (the column is chosen by the cards' lines, not their pixels).
    tops = [at(card).y() for card in cards]
    for index in range(1, len(cards)):
        assert tops[index] > tops[index - 1] - 30, (cards[index].section.key, tops)
    # The columns end about level: the longer one by less than its last card.
    ends = [at(column[-1]).y() + column[-1].height() for column in columns]
    longer = columns[ends.index(max(ends))]
    assert max(ends) - min(ends) < longer[-1].height() + spacing, ends
    # At 1440x900 the third card on the left (the plans in the demo) starts on the screen.
    assert at(columns[0][2]).y() + 60 <= viewport.height()
