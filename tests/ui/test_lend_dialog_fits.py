"""Larm → Låna ut at 1024 × 768: the borrower's alarm training reads right under the name typed
(an empty strip of about 40 px stood between them), and the form keeps the room an error under
a field took once the error goes, so that its buttons stay where they were (test_form_keeps_its_size).
The training line's room is kept at the foot till it says something (test_lend_training_line_stays)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button, line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from ui.alarms.area import AlarmsArea
from ui.alarms.lend_dialog import LendDialog
from ui.context import AppContext


def _top(widget: QWidget, dialog: QWidget) -> int:
    return widget.mapTo(dialog, QPoint(0, 0)).y()


def test_the_training_line_sits_under_the_name_and_an_error_keeps_its_room(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1024, 768)
    click_row(qtbot, area.units_page.table, "LARM-03")
    seen: dict[str, int] = {}

    def lend(dialog: QWidget) -> None:
        assert isinstance(dialog, LendDialog)
        qtbot.wait(50)
        seen["opened"] = dialog.height()
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # nobody
        assert dialog.error_text("borrower_id") == "Välj vem som lånar larmet."
        qtbot.wait(50)
        seen["refused"] = dialog.height()
        type_text(qtbot, line_edit(dialog.borrower_combo), "Qx")  # the error goes; nobody
        qtbot.wait(50)
        assert dialog.training_label.text() == ""
        seen["retyped"] = dialog.height()
        line_edit(dialog.borrower_combo).selectAll()
        type_text(qtbot, line_edit(dialog.borrower_combo), "Peter Nyström")
        qtbot.keyClick(line_edit(dialog.borrower_combo), Qt.Key.Key_Tab)
        qtbot.wait(50)
        line = dialog.training_label
        assert line.isVisible() and line.text() == "Larmutbildningen gick ut 2023-03-09"
        name = dialog.borrower_combo
        seen["gap"] = _top(line, dialog) - (_top(name, dialog) + name.height())
        seen["line"] = line.height() - line.fontMetrics().lineSpacing()
        seen["typed"] = dialog.height()
        dialog.discard()  # closed unsaved, no question

    modals.answer(lend)
    click_button(qtbot, area.units_page.toolbar, "Låna ut…")
    modals.check()
    assert seen["refused"] > seen["opened"]  # the error's line made room
    # and keeps it while the dialog is open: its buttons stay under the mouse
    assert seen["retyped"] == seen["refused"]
    assert 0 <= seen["gap"] <= 4  # right under the name
    assert seen["line"] == 0  # as high as its one line: its text not set down in a taller box
    # The training line's room was kept at the form's foot: it said, the form did not grow.
    assert seen["typed"] == seen["refused"], seen
