"""Registering who came to a training session from the keyboard: a first name and Enter shows the
whole name of the person whose name begins with it, even when another name holds the letters
("Lena", not Helena), and a second Enter adds her (as in every name field: what is added is what
the field reads); letters that fit several say so, and the field is ready for more letters.
The keys go to the field that has the focus, the picker, as a keyboard's do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.answers import acknowledge
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import alarms_training, recent_alarm_training
from tests.ui.tables import click_row, column_texts
from ui.alarms.training_page import TrainingPage
from ui.context import AppContext


def _attendees(page: TrainingPage) -> list[str]:
    return column_texts(page.detail.attendees.table, "Deltagare")


def test_a_first_name_and_enter_adds_the_attendee(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    page = alarms_training(qtbot, demo_ctx)
    click_row(qtbot, page.table, recent_alarm_training())  # a Larmutbildning with 4 attendees
    before = _attendees(page)
    assert "Lena Persson" not in before
    panel = page.detail.attendees
    field = panel.person.lineEdit()
    assert isinstance(field, QLineEdit)

    field.setFocus()
    type_text(qtbot, field, "Lena")  # Helena Wikström holds "lena" too
    qtbot.keyClick(panel.person, Qt.Key.Key_Return)
    assert field.text().startswith("Lena Persson — ")  # whom the next Enter adds
    assert "Lena Persson" not in _attendees(page)
    qtbot.keyClick(panel.person, Qt.Key.Key_Return)
    assert "Lena Persson" in _attendees(page)
    assert field.text() == ""

    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    type_text(qtbot, field, "Ma")  # Maria Åkesson, Marie Falk
    qtbot.keyClick(panel.person, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen))
    modals.check()
    assert "Maria Åkesson" in seen[0] and "Marie Falk" in seen[0], seen
    assert "Fatima" not in seen[0]  # "ma" inside a name is no fit when names begin with it
    assert field.text() == "Ma" and field.selectedText() == "Ma"  # type on: it is replaced
    type_text(qtbot, field, "Marie")
    qtbot.keyClick(panel.person, Qt.Key.Key_Return)
    qtbot.keyClick(panel.person, Qt.Key.Key_Return)
    assert {"Lena Persson", "Marie Falk"} <= set(_attendees(page))
    assert len(_attendees(page)) == len(before) + 2
    # The list of sessions counts them.
    row = page.current_row()
    assert row is not None and row.attendee_count == len(before) + 2

    def nobody(box: QWidget) -> None:
        seen.append(box.text())  # type: ignore[attr-defined]
        acknowledge(qtbot, [])(box)

    modals.answer(nobody)
    type_text(qtbot, field, "Zlatan")
    qtbot.keyClick(panel.person, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(seen) == 2)
    modals.check()
    assert "Zlatan" in seen[1]
