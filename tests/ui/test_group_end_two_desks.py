"""'Avsluta grupp…' while another desk changes the same group: ending it is refused (the dialog
sent the version it was opened with), the date typed stays, nothing is ended, and F5 loads their
group so that the next 'Avsluta grupp' ends the group as it is now; its Undo puts back theirs."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import GroupStatus
from samverkan_desktop.services import group_editing, groups
from samverkan_desktop.services.group_rows import GroupDetail
from tests.days import days_ahead
from tests.ui.answers import another_desk, cancel_typed
from tests.ui.clicks import click_button, type_date
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.end_dialog import EndGroupDialog

STEERING = "Lokal styrgrupp Östermalm"
RENAMED = "Lokal styrgrupp Östermalm–Norrmalm"


@pytest.fixture
def area(qtbot: QtBot, demo_ctx: AppContext) -> GroupsArea:
    view = GroupsArea(demo_ctx)
    show_window(qtbot, view)
    click_row(qtbot, view.page.table, STEERING)
    return view


def _my_day() -> dt.date:
    """The end she types: not the dialog's today, and after the demo's last held meeting
    (before today): a group cannot end before a meeting it held."""
    return days_ahead(1)


def _steering(ctx: AppContext) -> GroupDetail:
    found = next(g for g in ctx.call(groups.list_groups, STEERING) if g.name == STEERING)
    return ctx.call(groups.get_group, found.id)


def _other_desk_changes(ctx: AppContext, group_id: int, **changes: Any) -> None:
    with another_desk(ctx.db.url) as desk:
        theirs = desk.call(groups.get_group, group_id)
        data = dataclasses.replace(theirs.to_input(), expected_version=theirs.version, **changes)
        desk.call(group_editing.update_group, group_id, data)


def test_ending_a_group_another_desk_renamed_is_refused_and_f5_ends_theirs(
    qtbot: QtBot, area: GroupsArea, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    my_day = _my_day()
    group = _steering(demo_ctx)
    seen: dict[str, object] = {}

    def end_while_another_desk_renames(dialog: QWidget) -> None:
        assert isinstance(dialog, EndGroupDialog)
        type_date(qtbot, dialog.date_edit, my_day)
        _other_desk_changes(demo_ctx, group.id, name=RENAMED)
        click_button(qtbot, dialog, "Avsluta grupp")
        seen["refusal"] = dialog.general_error.text()
        seen["open"] = dialog.isVisible()
        seen["stored"] = demo_ctx.call(groups.get_group, group.id).status
        seen["date"] = dialog.date_edit.value()
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_F5)
        seen["explanation"] = dialog.explanation.text()
        seen["date after"] = dialog.date_edit.value()
        click_button(qtbot, dialog, "Avsluta grupp")

    modals.answer(end_while_another_desk_renames)
    click_button(qtbot, area.page.toolbar, "Avsluta grupp…")
    modals.check()
    assert seen["refusal"] == (
        "Någon annan har sparat posten sedan du öppnade den, så inget sparades. "
        "Hämta ändringen så ser du den – det du har skrivit står kvar i fälten."
    )
    assert seen["open"] is True and seen["stored"] is GroupStatus.ACTIVE  # nothing ended
    assert seen["date"] == my_day and seen["date after"] == my_day  # the date typed stays
    assert str(seen["explanation"]).startswith(f"”{RENAMED}” markeras som avslutad.")
    stored = demo_ctx.call(groups.get_group, group.id)
    assert (stored.name, stored.status, stored.ended_on) == (RENAMED, GroupStatus.ENDED, my_day)

    click_button(qtbot, area.page.notice, "Ångra")  # back to theirs, not to the name first read
    stored = demo_ctx.call(groups.get_group, group.id)
    assert (stored.name, stored.status) == (RENAMED, GroupStatus.ACTIVE)


def test_a_group_another_desk_ended_on_another_day_is_named_and_her_day_kept(
    qtbot: QtBot, area: GroupsArea, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    my_day = _my_day()
    group = _steering(demo_ctx)
    theirs = my_day + dt.timedelta(days=1)
    seen: dict[str, object] = {}

    def end_while_another_desk_ends(dialog: QWidget) -> None:
        assert isinstance(dialog, EndGroupDialog)
        type_date(qtbot, dialog.date_edit, my_day)
        with another_desk(demo_ctx.db.url) as desk:
            desk.call(group_editing.end_group, group.id, theirs, group.version)
        click_button(qtbot, dialog, "Avsluta grupp")
        seen["refusal"] = dialog.general_error.text()
        seen["stored"] = demo_ctx.call(groups.get_group, group.id).ended_on
        click_button(qtbot, dialog, "Hämta ändringen, behåll min text (F5)")
        seen["date"] = dialog.date_edit.value()
        seen["under"] = dialog.error_text("ended_on")
        seen["explanation"] = dialog.explanation.text()
        cancel_typed(qtbot, dialog)  # she leaves it as they ended it

    modals.answer(end_while_another_desk_ends)
    click_button(qtbot, area.page.toolbar, "Avsluta grupp…")
    modals.check()
    assert seen["refusal"] == (
        "Någon annan har ändrat slutdatum sedan du öppnade formuläret, så inget sparades. "
        "Hämta ändringen så ser du den – det du har skrivit står kvar i fälten."
    )
    assert seen["stored"] == theirs
    assert seen["date"] == my_day
    assert seen["under"] == (
        f"Den andra sparade: ”{theirs.isoformat()}”. Din text står kvar här – spara för att "
        "ersätta den."
    )
    # No longer "… markeras som avslutad"; their end is a day to come: not "redan avslutad".
    assert str(seen["explanation"]).startswith(
        f"”{group.name}” är satt att avslutas {theirs.isoformat()}. ”Avsluta grupp” ändrar "
        "slutdatumet till det nedan"
    )
    assert demo_ctx.call(groups.get_group, group.id).ended_on == theirs
