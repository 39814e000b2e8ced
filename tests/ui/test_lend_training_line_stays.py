"""Larm → Låna ut…: the line under "Låntagare" saying whether the borrower's alarm training is
valid came and went as a name was typed (said once the letters stand for one person, gone at
the next letter that stands for nobody), and every row below moved down and up under the
user's mouse. Its room is under the name while the focus is in the field, taken from the
form's foot as the picker's "→ Namn" line's is: typing moves nothing, the line reads whole."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button, close_names, line_edit
from tests.ui.conftest import ModalDriver
from tests.ui.field_places import field_places, moved_fields
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from tests.ui.text_fit import line_whole
from tests.ui.windows import keep_shot, settle
from ui.alarms.area import AlarmsArea
from ui.alarms.lend_dialog import LendDialog
from ui.context import AppContext

EXPIRED = "Larmutbildningen gick ut 2023-03-09"  # Peter Nyström's


def _top(widget: QWidget, dialog: QWidget) -> int:
    return widget.mapTo(dialog, QPoint(0, 0)).y()


def test_typing_a_borrower_leaves_the_rows_below_in_place(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1024, 768)
    click_row(qtbot, area.units_page.table, "LARM-03")
    said: list[str] = []

    def lend(dialog: QWidget) -> None:
        assert isinstance(dialog, LendDialog)
        field = line_edit(dialog.borrower_combo)
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)  # as the user comes to it
        before = field_places(qtbot, dialog)
        line = dialog.training_label

        def key(letter: str) -> None:
            if letter == "⌫":
                qtbot.keyClick(field, Qt.Key.Key_Backspace)
            else:
                qtbot.keyClicks(field, letter)
            assert moved_fields(qtbot, dialog, before) == [], letter
            said.append(line.text() if line.isVisible() else "")

        for letter in ["P", "e", "t", "e", "r", " ", "N", "x", "⌫"]:  # "Peter Nx": nobody
            key(letter)
        close_names(qtbot, dialog.borrower_combo)  # Esc: "→ Peter Nyström" comes too
        assert moved_fields(qtbot, dialog, before) == []
        settle(qtbot)
        keep_shot(dialog, "lend-training-line-typing")
        # Whole, right under the name and above the next row.
        assert line.isVisible() and line.text() == EXPIRED
        assert line_whole(line)
        name = dialog.borrower_combo
        assert _top(line, dialog) >= _top(name, dialog) + name.height()
        below = _top(line, dialog) + line.height()
        assert below <= _top(dialog.purpose_combo, dialog)
        dialog.discard()

    modals.answer(lend)
    click_button(qtbot, area.units_page.toolbar, "Låna ut…")
    modals.check()
    # It came and went as the letters did (the rows staying put all along).
    assert said == ["", "", EXPIRED, EXPIRED, EXPIRED, EXPIRED, EXPIRED, "", EXPIRED]
