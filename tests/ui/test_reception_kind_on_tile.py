"""A home-loan unit's tile says its state and "hemlån" on one line where the tile is wide enough,
and on two whole lines where it is not: at 1440 × 900 "Tillgängligt · hemlån" (LARM-13) broke
after the dot, "hemlån" alone under a "·" left at the end of the line."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.openers import open_reception
from ui.context import AppContext


@pytest.mark.parametrize("size", [(1440, 900), (1280, 800), (1920, 1080)])
def test_the_home_loan_kind_is_never_broken_after_its_dot(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, size: tuple[int, int]
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, *size)
    try:
        qtbot.wait(50)
        for code in ("LARM-13", "LARM-14"):  # in, and out on a home loan
            label = window.tiles.tile(code).state_label
            text = label.text()
            lines = label.heightForWidth(label.width()) // label.fontMetrics().lineSpacing()
            if "\n" in text:  # its two lines, each whole
                state, kind = text.split("\n")
                assert kind == "hemlån" and not state.endswith("·"), text
                assert lines == 2, (code, text, label.width())
            else:
                assert text.endswith(" · hemlån") and lines == 1, (code, text, label.width())
    finally:
        window.close()
