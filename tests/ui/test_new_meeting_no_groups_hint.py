"""New meeting on the first day (no groups yet): the line saying how the group is made sits right
under the group field and keeps the button's name whole ("Ny grupp…" never breaks)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import calendar_window
from ui.calendar.meeting_dialogs import NewMeetingDialog
from ui.context import AppContext

BUTTON = "Ny\N{NO-BREAK SPACE}grupp…"


def test_the_no_groups_line_sits_under_the_group_field_with_the_area_name_whole(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    window, area = calendar_window(qtbot, ctx)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        qtbot.waitExposed(dialog)
        note, field = dialog.group_picker.hint, dialog.group_combo
        seen["text"] = note.isVisible() and note.text()
        field_bottom = field.mapTo(dialog, QPoint(0, field.height())).y()
        seen["gap"] = note.mapTo(dialog, QPoint(0, 0)).y() - field_bottom
        # Saving says the same beside the field, once: not the line and its copy in red.
        click_button(qtbot, dialog, "Lägg till möte")
        seen["refused"] = dialog.error_text("group_id")
        seen["line after refusal"] = note.isVisible()
        dialog.discard()

    modals.answer(look)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    text = f"Det finns inga grupper ännu: skapa gruppen med {BUTTON}"
    gap = seen.pop("gap")
    assert isinstance(gap, int) and 0 <= gap <= 4, gap
    assert seen == {"text": text, "refused": text, "line after refusal": False}
