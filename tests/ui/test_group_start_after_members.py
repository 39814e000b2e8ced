"""Grupper → Redigera: a 'Startdatum' typed later than a member's first day (one who did not join
the day the group was formed) is refused beside the field, naming the member and the start that
fits; the form stays open with what was typed, and a start that fits is saved, the members since
the group was formed following it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import GroupType
from samverkan_desktop.services import (
    contacts,
    group_editing,
    group_rows,
    groups,
    membership_changes,
)
from tests.days import days_ago
from tests.ui.clicks import click_button, type_date
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog

GROUP = "Trygghetsråd Södermalm"


def test_a_start_after_a_members_first_day_is_refused_beside_the_field(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    formed = days_ago(200)
    sara_joined = formed + dt.timedelta(days=20)
    group = ctx.call(
        group_editing.create_group,
        group_rows.GroupInput(GROUP, GroupType.TRYGGHETSRAD, starts_on=formed),
    )
    for name, joined in (("Anna Berglund", formed), ("Sara Holm", sara_joined)):
        person = ctx.call(contacts.create_person, contacts.PersonInput(name))
        ctx.call(membership_changes.add_member, group, person, joined_on=joined)
    area = GroupsArea(ctx)
    show_window(qtbot, area)
    area.refresh()
    click_row(qtbot, area.page.table, GROUP)
    later = sara_joined + dt.timedelta(days=10)
    seen: dict[str, object] = {}

    def move_start(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        type_date(qtbot, dialog.starts_edit, later)
        click_button(qtbot, dialog, "Spara")
        seen["error"] = dialog.error_text("starts_on")
        seen["open"] = (dialog.isVisible(), dialog.starts_edit.text())
        type_date(qtbot, dialog.starts_edit, sara_joined)
        click_button(qtbot, dialog, "Spara")

    modals.answer(move_start)
    qtbot.keyClick(area.page.table, Qt.Key.Key_Return)
    modals.check()
    assert seen["error"] == (
        f"Sara Holm blev medlem i ”{GROUP}” före {later}: låt gruppen starta senast {sara_joined}."
    )
    assert seen["open"] == (True, later.isoformat())
    detail = ctx.call(groups.get_group, group)
    assert detail.starts_on == sara_joined
    assert {m.name: m.joined_on for m in detail.members} == {
        "Anna Berglund": sara_joined,
        "Sara Holm": sara_joined,
    }
