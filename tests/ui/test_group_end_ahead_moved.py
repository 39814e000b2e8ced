"""Grupper → "Avsluta grupp…" on a group whose end is set for a later day (it reads "Aktiv"
until then): the button was greyed, the stored status being "ended", so the day could be neither
moved nor brought forward to today. Now the dialog offers the day it is set to end on, takes
today or another day, and "Ångra" puts the end back on its earlier day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import group_editing, groups
from tests.core.meeting_data import make_group
from tests.days import days_ago, days_ahead
from tests.ui.clicks import click_button, type_date
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, row_texts
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.end_dialog import EndGroupDialog

GROUP = "Platssamverkan Hötorget"


def _end_on(qtbot: QtBot, area: GroupsArea, modals: ModalDriver, day: dt.date) -> dict[str, object]:
    """Avsluta grupp… clicked, ``day`` typed, "Avsluta grupp" clicked; what the dialog showed."""
    click_row(qtbot, area.page.table, GROUP)
    seen: dict[str, object] = {}

    def end(dialog: QWidget) -> None:
        assert isinstance(dialog, EndGroupDialog)
        seen["offered"] = dialog.date_edit.value()
        seen["explanation"] = dialog.explanation.text()
        type_date(qtbot, dialog.date_edit, day)
        click_button(qtbot, dialog, "Avsluta grupp")

    modals.answer(end)
    click_button(qtbot, area.page.toolbar, "Avsluta grupp…")
    modals.check()
    return seen


def test_an_end_set_for_a_later_day_is_brought_to_today_and_undone(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    group = ctx.call(make_group, GROUP, starts_on=days_ago(300))
    later = days_ahead(20)
    ctx.call(group_editing.end_group, group, later)
    area = GroupsArea(ctx)
    show_window(qtbot, area)
    area.refresh()
    assert row_texts(area.page.table, GROUP)["Status"] == "Aktiv"

    seen = _end_on(qtbot, area, modals, clock.today())
    assert seen["offered"] == later
    assert f"”{GROUP}” är satt att avslutas {later}." in str(seen["explanation"])
    assert ctx.call(groups.get_group, group).ended_on == clock.today()
    assert row_texts(area.page.table, GROUP)["Status"] == "Avslutad"

    click_button(qtbot, area.page.notice, "Ångra")
    assert ctx.call(groups.get_group, group).ended_on == later  # not "Aktiv" without an end
    assert row_texts(area.page.table, GROUP)["Status"] == "Aktiv"


def test_an_end_set_for_a_later_day_is_moved_and_undone(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    group = ctx.call(make_group, GROUP, starts_on=days_ago(300))
    later = days_ahead(20)
    ctx.call(group_editing.end_group, group, later)
    area = GroupsArea(ctx)
    show_window(qtbot, area)
    area.refresh()

    _end_on(qtbot, area, modals, days_ahead(45))
    assert ctx.call(groups.get_group, group).ended_on == days_ahead(45)
    click_button(qtbot, area.page.notice, "Ångra")
    assert ctx.call(groups.get_group, group).ended_on == later
