"""A home loan lent at the reception until a date months away asks once whether that date is
right ("Återlämning först …, om 7 månader. Stämmer det?"): a "7-month home loan" had gone through
as typed. Enter takes the safe answer, back to the date, nothing lent; "Ja, låna ut till dess"
lends. How long counts as long is a setting (alarms.long_loan_days, 90 days by default); a date
within it asks nothing (test_reception_home_loans)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import local
from samverkan_desktop.long_loans import LONG_LOAN_SETTING
from samverkan_desktop.services import alarm_loans, alarms, settings
from tests.ui.answers import answer_nested_question
from tests.ui.clicks import click_button, line_edit, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from tests.ui.text_fit import plain
from tests.ui.windows import keep_shot, shown_previews
from ui.alarms.lend_dialog import HomeLoanDialog
from ui.context import AppContext
from ui.reception.window import ReceptionWindow


def _lend_larm_13(qtbot: QtBot, window: ReceptionWindow, modals: ModalDriver) -> None:
    enter_at_desk(qtbot, window, "LARM-13")  # a home-loan unit
    enter_at_desk(qtbot, window, "lp")
    modals.check()
    for preview in shown_previews():  # the hand-over form
        preview.close()


def _fill(
    qtbot: QtBot, end: dt.date, questions: list[str] | None, back: list[bool]
) -> Callable[[QWidget], None]:
    """The home loan's end and manager, then Enter in the date. ``questions``: asked (None: not
    expected; one asked would be left open, failing the test). Enter (the safe answer) first,
    which leaves the dialog open, the focus back in the date (``back``); Enter again asks
    again, and "Ja, låna ut till dess" lends."""

    def enter(box: QMessageBox) -> None:
        keep_shot(box, "reception-long-loan-question")
        qtbot.keyClick(box, Qt.Key.Key_Return)

    def yes(box: QMessageBox) -> None:
        click_button(qtbot, box, "Ja, låna ut till dess")

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, HomeLoanDialog)
        type_date(qtbot, dialog.rows.end_edit, end)
        type_text(qtbot, line_edit(dialog.rows.approver_combo), "Elsa Holm")
        qtbot.mouseClick(dialog.rows.end_edit.lineEdit(), Qt.MouseButton.LeftButton)
        assert dialog.rows.end_edit.value() == end
        if questions is None:
            qtbot.keyClick(dialog.rows.end_edit, Qt.Key.Key_Return)
            return
        answer_nested_question(questions, enter)
        qtbot.keyClick(dialog.rows.end_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()  # nothing lent
        # The focus in the dialog: the date (offscreen, its window is not made active again).
        back.append(dialog.focusWidget() is dialog.rows.end_edit)
        answer_nested_question(questions, yes)
        qtbot.keyClick(dialog.rows.end_edit, Qt.Key.Key_Return)

    return fill


def test_a_home_loan_months_away_is_asked_about_once(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    today = clock.today()
    end = today + dt.timedelta(days=210)
    window = open_reception(qtbot, demo_ctx, modals)
    questions: list[str] = []
    back_to_the_date: list[bool] = []

    try:
        modals.answer(_fill(qtbot, end, questions, back_to_the_date))
        _lend_larm_13(qtbot, window, modals)
        said = f"Återlämning först {end.isoformat()}, om 7 månader. Stämmer det?"
        assert [plain(q) for q in questions] == [said, said]
        assert back_to_the_date == [True]
        unit = demo_ctx.call(alarms.find_unit, "LARM-13")
        assert unit.due_at is not None and local(unit.due_at).date() == end

        # The coordinator allows a year: the same loan asks nothing (the desk reads the
        # setting with the units, at its next refresh).
        demo_ctx.call(settings.set_int, LONG_LOAN_SETTING, 365)
        demo_ctx.call(alarm_loans.return_unit, unit.id)
        window.refresh()
        modals.answer(_fill(qtbot, end, None, back_to_the_date))
        _lend_larm_13(qtbot, window, modals)
        assert demo_ctx.call(alarms.find_unit, "LARM-13").loan_id is not None
    finally:
        window.close()
