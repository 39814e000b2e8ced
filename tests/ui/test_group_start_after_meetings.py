"""Grupper → Redigera: a 'Startdatum' typed later than a meeting the group held is refused beside
the field, naming the meeting (its day and title) and the start that fits; the form stays open
with what was typed, and nothing is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import groups
from samverkan_desktop.services import meetings as meeting_service
from tests.core.meeting_data import at, make_group
from tests.ui.conftest import ModalDriver
from tests.ui.helpers import (
    cancel_typed,
    click_button,
    click_row,
    show_window,
    type_date,
    type_text,
)
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog

GROUP = "Trygghetsråd Södermalm"
TODAY = clock.today()
FORMED = TODAY - dt.timedelta(days=200)
HELD = FORMED + dt.timedelta(days=30)


def test_a_start_after_a_held_meeting_is_refused_beside_the_field_as_typed(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    group = ctx.call(make_group, GROUP, starts_on=FORMED)
    meeting = ctx.call(
        meeting_service.add_meeting,
        group,
        meeting_service.MeetingInput(at(HELD, 9), at(HELD, 11), title="Workshop"),
    )
    ctx.call(meeting_service.mark_held, meeting)
    area = GroupsArea(ctx)
    show_window(qtbot, area)
    area.refresh()
    click_row(qtbot, area.page.table, GROUP)
    later = HELD + dt.timedelta(days=10)
    seen: dict[str, object] = {}

    def move_start(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        type_date(qtbot, dialog.starts_edit, later)
        dialog.purpose_edit.setFocus()
        type_text(qtbot, dialog.purpose_edit, "Samordna tryggheten i Södermalm")
        click_button(qtbot, dialog, "Spara")
        seen["error"] = dialog.error_text("starts_on")
        seen["open"] = (
            dialog.isVisible(),
            dialog.starts_edit.text(),
            dialog.purpose_edit.toPlainText(),
        )
        cancel_typed(qtbot, dialog)

    modals.answer(move_start)
    qtbot.keyClick(area.page.table, Qt.Key.Key_Return)
    modals.check()
    assert seen["error"] == (
        f"Mötet ”Workshop” den {HELD} hölls före {later}: låt gruppen starta senast {HELD}."
    )
    assert seen["open"] == (True, later.isoformat(), "Samordna tryggheten i Södermalm")
    detail = ctx.call(groups.get_group, group)
    assert (detail.starts_on, detail.purpose) == (FORMED, None)
