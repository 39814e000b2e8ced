"""New meeting on the first day → "Ny grupp…" does what Grupper och möten's "Ny grupp…" does: a
"Möts" written as a rule opens the rule dialog after the save and its meetings are planned (the
form says how many); and the line saying there are no groups gives its room back when it goes
(the form kept its height: a gap above its buttons)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import calendar
from tests.ui.clicks import click_button, line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import calendar_window
from tests.ui.test_first_day_create import answer_inner
from tests.ui.windows import keep_shot
from ui.calendar.meeting_dialogs import NewMeetingDialog
from ui.context import AppContext
from ui.groups.group_dialog import GroupDialog
from ui.groups.rule_dialog import RuleDialog


def create_group(qtbot: QtBot, meets: str, rules: list[QWidget] | None = None):  # type: ignore[no-untyped-def]
    """The group form's answer: "Möts" typed, saved; the rule dialog expected after it
    (``rules`` given) saved and kept there."""

    def fill(form: QWidget) -> None:
        assert isinstance(form, GroupDialog)
        type_text(qtbot, form.frequency_edit, meets)
        if rules is not None:
            save = lambda rule: click_button(qtbot, rule, "Spara")  # noqa: E731
            answer_inner(qtbot, RuleDialog, save, rules)
        click_button(qtbot, form, "Skapa grupp")

    return fill


def top_of(dialog: NewMeetingDialog, field: QWidget) -> int:
    return field.mapTo(dialog, QPoint(0, 0)).y()


def gap_above_buttons(dialog: NewMeetingDialog) -> int:
    field = dialog.title_edit
    bottom = field.mapTo(dialog, QPoint(0, field.height())).y()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    return buttons.mapTo(dialog, QPoint(0, 0)).y() - bottom


def test_a_group_made_from_a_new_meeting_gets_its_rule_and_meetings(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    window, area = calendar_window(qtbot, ctx)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    seen: dict[str, object] = {}
    rules: list[QWidget] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        qtbot.waitExposed(dialog)
        type_text(qtbot, line_edit(dialog.group_combo), "Trygghetsrådet")
        answer_inner(qtbot, GroupDialog, create_group(qtbot, "1 gång/månad (ej juli)", rules), [])
        click_button(qtbot, dialog, "Ny grupp…")
        qtbot.wait(50)
        keep_shot(dialog, "new-meeting-new-group-rule")
        seen["picked"] = dialog.group_combo.currentText()
        seen["note"] = [
            label.text()
            for label in dialog.findChildren(QLabel)
            if label.isVisible() and label.text().startswith("Mötesregeln")
        ]
        dialog.discard()

    modals.answer(look)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert [type(rule) for rule in rules] == [RuleDialog]
    notes = seen.pop("note")
    assert isinstance(notes, list) and len(notes) == 1, notes
    note = notes[0]
    assert note.startswith("Mötesregeln för ”Trygghetsrådet” sparades. Möten: ")
    assert note.endswith(" nya.")
    assert seen == {"picked": "Trygghetsrådet"}
    today = clock.today()
    rows = ctx.call(calendar.list_calendar, today, today + dt.timedelta(days=366))
    assert rows and {row.label for row in rows} == {"Trygghetsrådet"}


def test_the_no_groups_line_gives_its_room_back_when_the_group_is_made(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    window, area = calendar_window(qtbot, ctx)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        qtbot.waitExposed(dialog)
        # Taller than its rows, as the user left it last time (restored): that room stays.
        dialog.resize(dialog.width(), dialog.height() + 60)
        qtbot.wait(50)
        seen["before"] = gap_above_buttons(dialog)
        line = dialog.group_picker.hint
        room = line.height() + 2  # the line and its spacing
        date_was = top_of(dialog, dialog.date_edit)
        type_text(qtbot, line_edit(dialog.group_combo), "Nätverket")
        answer_inner(qtbot, GroupDialog, create_group(qtbot, "vid behov"), [])
        click_button(qtbot, dialog, "Ny grupp…")
        qtbot.wait(50)
        keep_shot(dialog, "new-meeting-hint-gone")
        seen["line"] = dialog.group_picker.hint.isVisible()
        seen["after"] = gap_above_buttons(dialog)
        seen["date moved up"] = date_was - top_of(dialog, dialog.date_edit) == room
        dialog.discard()

    modals.answer(look)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    # "vid behov" is no rule: no rule dialog (the ModalDriver would have failed on it)
    assert seen["line"] is False
    assert seen["date moved up"] is True, seen  # the rows under the line close up ...
    assert seen["after"] == seen["before"], seen  # ... and no gap opens above the buttons
