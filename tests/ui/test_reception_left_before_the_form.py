"""The reception left (F11) just after a home loan, before its hand-over form was built (a busy
machine): the form still opens, to be signed. Its preview was asked for over the reception
window, deleted by then, and the program met "Internal C++ object already deleted"."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.reports import alarm_handover
from tests.ui.answers import answer_initials
from tests.ui.clicks import line_edit, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk
from ui import runner
from ui.alarms.lend_dialog import HomeLoanDialog
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.widgets.pdf_dialog import PdfPreviewDialog


def test_the_hand_over_form_opens_after_the_reception_is_left(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch: Any
) -> None:
    built = threading.Event()
    real = alarm_handover.build

    def slow_build(*args: Any, **kwargs: Any) -> bytes:
        built.wait(30)  # until the reception has gone
        return real(*args, **kwargs)

    monkeypatch.setattr(alarm_handover, "build", slow_build)
    main = MainWindow(demo_ctx, "test.sqlite3")
    qtbot.addWidget(main)
    modals.answer(answer_initials(qtbot, "th"))
    main.reception_action.trigger()
    qtbot.waitUntil(lambda: len(modals.seen) == 1 and QApplication.activeModalWidget() is None)
    desk = main.reception
    assert desk is not None

    def home_loan(dialog: QWidget) -> None:
        assert isinstance(dialog, HomeLoanDialog)
        type_date(qtbot, dialog.rows.end_edit, clock.today() + dt.timedelta(days=21))
        type_text(qtbot, line_edit(dialog.rows.approver_combo), "Elsa Holm")
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    def leave(box: QWidget) -> None:
        qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_F11)

    modals.answer(home_loan, leave)
    qtbot.mouseClick(desk.input, Qt.MouseButton.LeftButton)
    enter_at_desk(qtbot, desk, "LARM-13")
    type_text(qtbot, desk.input, "lp")
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)  # lent; its form is being built
    with qtbot.waitSignal(desk.destroyed):
        qtbot.keyClick(desk.input, Qt.Key.Key_F11)
    modals.check()
    built.set()
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=30_000)
    previews = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, PdfPreviewDialog) and widget.isVisible()
    ]
    titles = [preview.windowTitle() for preview in previews]
    for preview in previews:
        preview.close()
    assert titles == ["Överlämningsblankett för hemlån"]
