"""A record's History in the window shows the changes of its parts: the minutes typed under an
agenda item are in the meeting's History (More → History…, Ctrl+H), a follow-up note in its
action's, each with who made it and when."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.audit_entries import os_user
from samverkan_desktop.services import meetings
from samverkan_desktop.services.meetings import MeetingInput
from tests.core.meeting_data import make_group
from tests.days import days_ahead
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row
from tests.ui.test_actions_area import select_first
from tests.ui.windows import show_window
from ui.actions.area import ActionsArea
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.widgets.history import HistoryDialog

CTRL = Qt.KeyboardModifier.ControlModifier
CLOCK = r"\d{4}-\d\d-\d\d \d\d\.\d\d"


def _read(qtbot: QtBot, seen: dict[str, object]):  # type: ignore[no-untyped-def]
    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, HistoryDialog)
        model = dialog.entries.model()
        seen["title"] = dialog.windowTitle()
        seen["when"] = model.index(0, 0).data()
        seen["who"] = model.index(0, 1).data()
        seen["what"] = model.index(0, 2).data()
        seen["changes"] = model.index(0, 3).data()
        seen["fields"] = dialog.field_texts()
        seen["part"] = dialog.part.text() if dialog.part.isVisible() else ""
        click_button(qtbot, dialog, "Stäng")

    return read


def test_minutes_typed_under_an_agenda_item_are_in_the_meetings_history(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    day = days_ahead(7)
    with ctx.db.session() as s:
        group_id = make_group(s, "Platssamverkan Karlaplan")
        meeting_id = meetings.add_meeting(
            s,
            group_id,
            MeetingInput(
                dt.datetime.combine(day, dt.time(9)),
                dt.datetime.combine(day, dt.time(10, 30)),
                "Karlavägen 104",
            ),
        )
    area = CalendarArea(ctx)
    show_window(qtbot, area)
    area.show_record(meeting_id)
    editor = area.editor
    tab = editor.agenda_tab
    editor.tabs.setCurrentWidget(tab)
    item = tab.current_item()
    assert item is not None
    tab.notes_edit.setFocus()
    type_text(qtbot, tab.notes_edit, "Belysningen i trapphuset är lagad.")
    seen: dict[str, object] = {}

    modals.answer(_read(qtbot, seen))
    # Ctrl+H while typing: what was typed is saved first, so the History has it.
    qtbot.keyClick(tab.notes_edit, Qt.Key.Key_H, CTRL)
    modals.check()
    assert str(seen["title"]).startswith("Historik: Möte – Platssamverkan Karlaplan")
    assert seen["who"] == os_user()
    assert re.fullmatch(CLOCK, str(seen["when"]))
    assert seen["what"] == "Ändrad"
    assert seen["changes"] == (
        f"Dagordningspunkt 1 ”{item.title}”: Minnesanteckningar: – → "
        "Belysningen i trapphuset är lagad."
    )
    assert seen["part"] == f"Dagordningspunkt 1 ”{item.title}”"  # above the item's fields
    assert seen["fields"] == [("Minnesanteckningar", "", "Belysningen i trapphuset är lagad.")]

    # The same History from the "More" menu.
    seen.clear()
    modals.answer(_read(qtbot, seen))
    editor.more_menu.history_action.trigger()
    modals.check()
    assert str(seen["changes"]).startswith("Dagordningspunkt 1")


def test_a_follow_up_note_is_in_the_actions_history(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = ActionsArea(demo_ctx)
    show_window(qtbot, area, 1500, 900)
    action = select_first(qtbot, area)
    qtbot.mouseClick(area.detail.note_edit, Qt.MouseButton.LeftButton)
    type_text(qtbot, area.detail.note_edit, "Fastighetsägaren har beställt armaturer")
    qtbot.keyClick(area.detail.note_edit, Qt.Key.Key_Return)
    click_row(qtbot, area.table, action.title)
    seen: dict[str, object] = {}

    modals.answer(_read(qtbot, seen))
    area.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area.table)
    qtbot.keyClick(area.table, Qt.Key.Key_H, CTRL)
    modals.check()
    assert seen["title"] == f"Historik: Åtgärd – {action.title}"
    assert seen["who"] == os_user()
    assert re.fullmatch(CLOCK, str(seen["when"]))
    assert seen["what"] == "Skapad"
    today = clock.today().isoformat()
    assert seen["changes"] == (
        f"Uppföljningsanteckning ”{today}”: Antecknad den: {today}; "
        "Anteckning: Fastighetsägaren har beställt armaturer"
    )
