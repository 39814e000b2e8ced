"""Larm → Utbildning: a session planned for next week takes no attendees yet; its field says
so, rather than registering invitees who would then count as trained at the reception."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.clicks import click_button, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import alarms_training
from ui.context import AppContext
from ui.training.dialogs import SessionDialog


def test_a_session_still_to_come_takes_no_attendees(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    page = alarms_training(qtbot, demo_ctx)
    next_week = clock.today() + dt.timedelta(days=7)

    def plan(dialog: QWidget) -> None:
        assert isinstance(dialog, SessionDialog)
        type_date(qtbot, dialog.date_edit, next_week)
        type_text(qtbot, dialog.place_edit, "Karlavägen 104")
        qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)

    modals.answer(plan)
    click_button(qtbot, page, "Nytt utbildningstillfälle…")
    modals.check()
    row = page.current_row()
    assert row is not None and row.held_on == next_week
    panel = page.detail.attendees
    assert not panel.person.isVisible() and not panel.add_button.isVisible()
    assert panel.not_yet.isVisible()
    assert panel.not_yet.text() == "Deltagarna registreras när tillfället har hållits."

    # A session already held takes them as before.
    page.show_id(next(r.id for r in page.model.rows() if r.held_on < clock.today()))
    assert panel.person.isVisible() and panel.add_button.isVisible()
    assert not panel.not_yet.isVisible()
    assert QApplication.activeModalWidget() is None
