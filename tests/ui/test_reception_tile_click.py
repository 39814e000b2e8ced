"""A click on a lent tile shows its loan and puts its code in the field: Enter takes it back, a
scan or Esc does not. Before, one click on the overdue LARM-07 tile took it back. A click on a
unit that is in still chooses it (test_reception.py); a home loan's tile never names her."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import alarm_history
from samverkan_desktop.services.alarm_history import LoanFilter
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext
from ui.reception.tile_look import SELECTED_BORDER
from ui.reception.window import ReceptionWindow


def _out(ctx: AppContext) -> set[str]:
    return {row.unit_code for row in ctx.call(alarm_history.list_loans, LoanFilter(open_only=True))}


def _click(qtbot: QtBot, window: ReceptionWindow, code: str) -> None:
    qtbot.mouseClick(window.tiles.tile(code), Qt.MouseButton.LeftButton)


def test_a_click_on_a_lent_tile_shows_it_and_enter_takes_it_back(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    try:
        _click(qtbot, window, "LARM-07")
        assert "LARM-07" in _out(demo_ctx)  # a click only shows it
        assert window.input.text() == "LARM-07" and window.input.selectedText() == "LARM-07"
        assert window.prompt.text().startswith(
            "LARM-07 är utlånat till David Karlsson, försenat sedan "
        )
        assert window.prompt.text().endswith("Enter tar tillbaka det, Esc börjar om.")
        assert SELECTED_BORDER in window.tiles.tile("LARM-07").styleSheet()  # the one meant

        qtbot.keyClick(window.input, Qt.Key.Key_Escape)  # looked, nothing more
        assert window.input.text() == "" and "LARM-07" in _out(demo_ctx)

        _click(qtbot, window, "LARM-07")
        type_text(qtbot, window.input, "LARM-05")  # a scan over it: that unit instead
        assert window.prompt.text() == "Skanna eller skriv larmets kod och tryck Enter."
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
        assert window.unit is not None and window.unit.code == "LARM-05"
        assert "LARM-07" in _out(demo_ctx)

        qtbot.keyClick(window.input, Qt.Key.Key_Escape)
        _click(qtbot, window, "LARM-07")
        qtbot.keyClick(window.input, Qt.Key.Key_Return)  # the unit in hand: Enter takes it back
        assert "LARM-07" not in _out(demo_ctx)
        assert window.notice.label.text().startswith("LARM-07 är tillbaka från David Karlsson")
    finally:
        window.close()


def test_a_click_on_a_home_loan_or_during_a_lending_changes_nothing(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    try:
        _click(qtbot, window, "LARM-14")  # Fatima Yousef's home loan
        assert window.prompt.text().startswith("LARM-14 är utlånat som hemlån till och med ")
        assert "Fatima" not in window.prompt.text()
        assert len(modals.seen) == 1 and "LARM-14" in _out(demo_ctx)  # no question: nothing done

        qtbot.keyClick(window.input, Qt.Key.Key_Escape)
        enter_at_desk(qtbot, window, "LARM-03")
        type_text(qtbot, window.input, "lp")
        _click(qtbot, window, "LARM-07")  # mid-lending: only says what the tile holds
        assert window.unit is not None and window.unit.code == "LARM-03"
        assert window.input.text() == "lp"
        assert window.notice.kind == "info"
        assert window.notice.label.text().startswith("LARM-07 är utlånat till David Karlsson")
        assert {"LARM-07", "LARM-14"} <= _out(demo_ctx)
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
        assert "LARM-03" in _out(demo_ctx)
    finally:
        window.close()
