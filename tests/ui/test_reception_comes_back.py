"""Reception mode asked for again while it is open (the desk went to the main window to look
someone up, then pressed F11): the same window comes forward with the unit chosen and the
letters typed, and the initials are not asked again (before, a second window opened over the
first, asked "Vem står i receptionen?" and started empty)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import alarm_history
from samverkan_desktop.services.alarm_history import LoanFilter
from tests.ui.answers import answer_initials
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk
from tests.ui.windows import show_window, shown_windows
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.reception.window import ReceptionWindow


def _receptions() -> list[ReceptionWindow]:
    return shown_windows(ReceptionWindow)


def test_f11_in_the_main_window_brings_back_the_half_done_lending(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    demo_ctx.settings.setValue("alarms/initials", "NH")
    main = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    modals.answer(answer_initials(qtbot))
    qtbot.keyClick(main, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: len(modals.seen) == 1 and QApplication.activeModalWidget() is None)
    reception = main.reception
    assert reception is not None
    enter_at_desk(qtbot, reception, "LARM-03")
    type_text(qtbot, reception.input, "lp")

    main.activateWindow()  # a look at the contacts in the main window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    main.navigate("contacts")
    qtbot.keyClick(main, Qt.Key.Key_F11)
    # In front: a question asked on showing it would have come first (and been seen).
    qtbot.waitUntil(lambda: QApplication.activeWindow() is reception)
    assert _receptions() == [reception]
    assert modals.seen == ["Vem står i receptionen?: "]
    assert QApplication.activeModalWidget() is None
    assert reception.unit is not None and reception.unit.code == "LARM-03"
    assert reception.input.text() == "lp"
    qtbot.keyClick(reception.input, Qt.Key.Key_Return)
    loans = demo_ctx.call(alarm_history.list_loans, LoanFilter(open_only=True))
    assert any(r.unit_code == "LARM-03" and r.borrower == "Lena Persson" for r in loans)

    reception.close()  # left: F11 opens a new one, which asks who is at the desk
    qtbot.waitUntil(lambda: main.reception is None)
    modals.answer(answer_initials(qtbot))
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    qtbot.keyClick(main, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: len(modals.seen) == 2 and QApplication.activeModalWidget() is None)
    assert main.reception is not None and main.reception is not reception
    main.reception.close()
