"""Reception mode on a small screen (1100 × 700): the header fits, its clock writes the date
short ("tis 1 dec · 11.27") rather than pushing "Lämna receptionsläget (F11)" past the right
edge (the window was 1130 wide); on a wider screen the date is written out."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import long_date
from tests.ui.conftest import ModalDriver
from tests.ui.openers import open_reception
from ui.context import AppContext


@pytest.mark.parametrize(("width", "height"), [(1100, 700), (1024, 700)])
def test_the_header_fits_a_small_screen(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, width: int, height: int
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, width, height)
    assert window.width() == width
    leave = next(b for b in window.findChildren(QPushButton) if "F11" in b.text())
    assert leave.mapTo(window, leave.rect().topRight()).x() < width
    assert re.fullmatch(r"(mån|tis|ons|tors|fre|lör|sön) \d+ \w+ · \d\d\.\d\d", window.clock.text())
    window.close()


def test_a_wide_screen_has_the_date_written_out(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, 1280, 800)
    today = long_date(clock.today())
    assert window.clock.text().startswith(today + " · "), window.clock.text()
    window.close()
