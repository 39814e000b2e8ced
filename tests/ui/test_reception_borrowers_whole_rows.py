"""The reception's borrower list, open on a 1024 × 768 screen in the program's own style, gives
way to the tiles by whole lines: its foot showed the top of a fourth name, cut through its
letters. Every line that shows is whole, and the list still shows at least two."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import UnitStatus
from tests.ui.clicks import type_text
from tests.ui.openers import enter_at_desk
from tests.ui.own_style import LookAt
from tests.ui.windows import keep_shot, settle
from ui.reception.window import ReceptionWindow


def _shown_rows(desk: ReceptionWindow) -> tuple[int, list[str]]:
    """How many lines show whole, and those that show only in part."""
    borrowers = desk.borrowers
    viewport = borrowers.viewport().rect()
    whole, cut = 0, []
    for row in range(borrowers.count()):
        place = borrowers.visualItemRect(borrowers.item(row))
        if viewport.contains(place):
            whole += 1
        elif viewport.intersects(place):
            cut.append(f"{borrowers.item(row).text()}: {viewport.intersected(place).height()} px")
    return whole, cut


def test_the_open_borrower_list_shows_whole_lines_at_1024_by_768(
    qtbot: QtBot, look_at_demo_desk: LookAt[ReceptionWindow]
) -> None:
    seen: dict[str, tuple[int, list[str]]] = {}
    chosen: list[bool] = []

    def look(desk: ReceptionWindow) -> None:
        unit = next(u for u in desk.units if u.status is UnitStatus.AVAILABLE)
        qtbot.mouseClick(desk.input, Qt.MouseButton.LeftButton)
        enter_at_desk(qtbot, desk, unit.code)
        type_text(qtbot, desk.input, "a")  # six staff members: more than the room
        qtbot.waitUntil(lambda: desk.borrowers.count() == 6)
        settle(qtbot)
        qtbot.wait(50)
        keep_shot(desk, "reception-borrowers-whole-rows")
        seen["first"] = _shown_rows(desk)
        # Down to the last: the list scrolls by whole lines too.
        for _ in range(5):
            qtbot.keyClick(desk.input, Qt.Key.Key_Down)
        settle(qtbot)
        seen["last"] = _shown_rows(desk)
        chosen.append(desk.borrowers.current_match() == desk.borrowers.matches()[-1])

    look_at_demo_desk((1024, 768), look)
    whole, cut = seen["first"]
    assert cut == []
    assert 2 <= whole < 6  # it gave way, by whole lines
    assert chosen == [True]
    assert seen["last"][1] == []
