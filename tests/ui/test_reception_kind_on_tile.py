"""A home-loan unit's tile says its state and, under it, "hemlån": always on two lines. It said
"Utlånat · hemlån" on one line where the tile's look left room and two lines elsewhere, so at
1024 × 768 the same tile read two ways as the look changed (the borrower list open, a return's
message); before that, wrapped by Qt, it broke after the dot ("·" left at a line's end)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext
from ui.reception.window import ReceptionWindow

SAID = {"LARM-13": "Tillgängligt\nhemlån", "LARM-14": "Utlånat\nhemlån"}  # in; out on one


def _states(window: ReceptionWindow) -> dict[str, tuple[str, int]]:
    """Each home-loan tile's state as shown, and the lines it takes at its width."""
    seen = {}
    for code in SAID:
        label = window.tiles.tile(code).state_label
        lines = label.heightForWidth(label.width()) // label.fontMetrics().lineSpacing()
        seen[code] = (label.text(), lines)
    return seen


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (1440, 900), (1920, 1080)])
def test_the_home_loan_kind_reads_the_same_in_every_look(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, size: tuple[int, int]
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, *size)
    try:
        qtbot.wait(50)
        expected = {code: (text, 2) for code, text in SAID.items()}
        assert _states(window) == expected
        looks = {window.tiles.look}
        # The borrower list open: the tiles give way, in a smaller look where room is short.
        qtbot.mouseClick(window.input, Qt.MouseButton.LeftButton)
        enter_at_desk(qtbot, window, "LARM-03")
        type_text(qtbot, window.input, "a")
        qtbot.waitUntil(lambda: window.borrowers.count() == 6)
        qtbot.wait(50)
        looks.add(window.tiles.look)
        assert _states(window) == expected
        if size == (1024, 768):
            assert len(looks) == 2  # the look did change here
    finally:
        window.close()
