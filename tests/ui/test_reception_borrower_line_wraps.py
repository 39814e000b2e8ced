"""On a 1100 × 700 screen a borrower's long line ("⚠ David Karlsson · Äldreomsorgen ·
Larmutbildningen gick ut 2023-03-09 · har redan LARM-07 (försenat)") wraps and shows whole:
before, it ran past the list's edge, a scroll bar covered it and its end, the unit he already
has late, could not be read."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext


def test_a_long_borrower_line_wraps_and_shows_whole(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, 1100, 700)
    enter_at_desk(qtbot, window, "LARM-01")
    type_text(qtbot, window.input, "dk")
    borrowers = window.borrowers
    item = borrowers.item(0)
    assert item.text().endswith("har redan LARM-07 (försenat)")
    line = borrowers.visualItemRect(item)
    shown = borrowers.viewport().rect()
    assert shown.contains(line), (line, shown)  # its whole width and height
    assert line.height() > 1.5 * borrowers.fontMetrics().height()  # on two lines
    assert not borrowers.horizontalScrollBar().isVisible()
    window.close()


def test_a_line_that_fits_keeps_one_line_of_height(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Six lines under the letters, the first (chosen, bold) a near fit: it stays one line high,
    not two with a blank band (it was measured while a passing scroll bar narrowed the list)."""
    window = open_reception(qtbot, demo_ctx, modals, 1100, 700)
    for typed in ("LARM-03", "lp", "LARM-04"):  # Lena Persson has LARM-03 now
        enter_at_desk(qtbot, window, typed)
    type_text(qtbot, window.input, "l")
    borrowers = window.borrowers
    assert borrowers.count() == 6
    first = borrowers.item(0)
    assert first.text().endswith("har redan LARM-03")
    one_line = borrowers.visualItemRect(borrowers.item(1)).height()  # Sofia Lindberg's, short
    assert borrowers.visualItemRect(first).height() == one_line
    window.close()
