"""A home loan lent from Larm → Enheter until a day months away asks once whether it is right,
as at the reception (test_reception_long_loan): "Ja, låna ut till dess" lends until that day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import local
from samverkan_desktop.services import alarms
from tests.ui.answers import answer_nested_question
from tests.ui.clicks import click_button, line_edit, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import alarms_area
from tests.ui.tables import click_row
from tests.ui.text_fit import plain
from ui.alarms.lend_dialog import LendDialog
from ui.context import AppContext


def test_a_home_loan_months_away_is_asked_about(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    due = clock.today() + dt.timedelta(days=120)
    area = alarms_area(qtbot, demo_ctx)
    page = area.units_page
    click_row(qtbot, page.table, "LARM-13")  # for home loans
    questions: list[str] = []

    def yes(box: QMessageBox) -> None:
        click_button(qtbot, box, "Ja, låna ut till dess")

    def lend(dialog: QWidget) -> None:
        assert isinstance(dialog, LendDialog)
        type_text(qtbot, line_edit(dialog.borrower_combo), "Lena Persson")
        type_date(qtbot, dialog.home.end_edit, due)
        type_text(qtbot, line_edit(dialog.home.approver_combo), "Elsa Holmgren")
        answer_nested_question(questions, yes)
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    modals.answer(lend)
    click_button(qtbot, page.toolbar, "Låna ut…")
    modals.check()
    said = f"Återlämning först {due.isoformat()}, om 4 månader. Stämmer det?"
    assert [plain(q) for q in questions] == [said]
    unit = demo_ctx.call(alarms.find_unit, "LARM-13")
    assert unit.due_at is not None and local(unit.due_at).date() == due


def test_a_visit_loan_past_its_days_is_refused_under_its_date(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """A home visit's unit comes back within 14 days: a date past them is refused under "Åter
    senast", where it was typed (the refusal went under the hidden home-loan row: Låna ut
    seemed to do nothing), and not asked about first."""
    area = alarms_area(qtbot, demo_ctx)
    page = area.units_page
    click_row(qtbot, page.table, "LARM-02")
    refused: list[str] = []

    def lend(dialog: QWidget) -> None:
        assert isinstance(dialog, LendDialog)
        type_text(qtbot, line_edit(dialog.borrower_combo), "Lena Persson")
        type_date(qtbot, dialog.due_date_edit, clock.today() + dt.timedelta(days=30))
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        refused.append(dialog.error_text("due_visit"))
        dialog.discard()

    modals.answer(lend)
    click_button(qtbot, page.toolbar, "Låna ut…")
    modals.check()
    assert len(refused) == 1 and "inom 14 dagar" in refused[0]
    assert demo_ctx.call(alarms.find_unit, "LARM-02").loan_id is None
