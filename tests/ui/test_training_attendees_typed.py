"""Registering who came to a training session from the keyboard: a first name and Enter adds the
person whose name begins with it, even when another name holds the letters ("Lena", not
Helena); letters that fit several say so, and the field is ready for more letters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.helpers import acknowledge, click_row, column_texts, show_window, type_text
from ui.context import AppContext
from ui.main_window import MainWindow


def _attendees(window: MainWindow) -> list[str]:
    table = window.area("alarms").training_page.detail.attendees.table
    return column_texts(table, "Deltagare")


def test_a_first_name_and_enter_adds_the_attendee(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    window.navigate("alarms")
    area = window.area("alarms")
    area.tabs.setCurrentWidget(area.training_page)
    page = area.training_page
    click_row(qtbot, page.table, "2026-07-01 (v. 27)")  # a Larmutbildning with 4 attendees
    before = _attendees(window)
    assert "Lena Persson" not in before
    panel = page.detail.attendees
    field = panel.person.lineEdit()
    assert isinstance(field, QLineEdit)

    field.setFocus()
    type_text(qtbot, field, "Lena")  # Helena Wikström holds "lena" too
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "Lena Persson" in _attendees(window)
    assert field.text() == ""

    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    type_text(qtbot, field, "Ma")  # Maria Åkesson, Marie Falk
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen))
    modals.check()
    assert "Maria Åkesson" in seen[0] and "Marie Falk" in seen[0], seen
    assert "Fatima" not in seen[0]  # "ma" inside a name is no fit when names begin with it
    assert field.text() == "Ma" and field.selectedText() == "Ma"  # type on: it is replaced
    type_text(qtbot, field, "Marie")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert {"Lena Persson", "Marie Falk"} <= set(_attendees(window))
    assert len(_attendees(window)) == len(before) + 2
    # The list of sessions counts them.
    row = page.current_row()
    assert row is not None and row.attendee_count == len(before) + 2

    def nobody(box: QWidget) -> None:
        seen.append(box.text())  # type: ignore[attr-defined]
        acknowledge(qtbot, [])(box)

    modals.answer(nobody)
    type_text(qtbot, field, "Zlatan")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(seen) == 2)
    modals.check()
    assert "Zlatan" in seen[1]
