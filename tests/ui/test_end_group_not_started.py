"""Grupper → "Avsluta grupp…" on a group still to start offers its start day, which the end accepts, and
says why: it offered today and then refused it ("En grupp kan inte avslutas innan den
startar"), leaving the user to guess the day. A group already started is offered today."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import GroupStatus
from samverkan_desktop.services import groups
from tests.core.meeting_data import make_group
from tests.days import days_ago, days_ahead
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.end_dialog import EndGroupDialog

GROUP = "Platssamverkan Hötorget"


def _end_as_offered(qtbot: QtBot, ctx: AppContext, modals: ModalDriver) -> dict[str, object]:
    area = GroupsArea(ctx)
    show_window(qtbot, area)
    area.refresh()
    click_row(qtbot, area.page.table, GROUP)
    seen: dict[str, object] = {}

    def end_on_the_day_offered(dialog: QWidget) -> None:
        assert isinstance(dialog, EndGroupDialog)
        seen["offered"] = dialog.date_edit.value()
        seen["explanation"] = dialog.explanation.text()
        click_button(qtbot, dialog, "Avsluta grupp")
        seen["error"] = dialog.error_text("ended_on")
        if dialog.isVisible():  # refused: closed so the test goes on to say so
            dialog.reject()

    modals.answer(end_on_the_day_offered)
    click_button(qtbot, area.page.toolbar, "Avsluta grupp…")
    modals.check()
    return seen


def test_a_group_still_to_start_is_offered_its_start_day_and_ends_on_it(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    start = days_ahead(40)
    group = ctx.call(make_group, GROUP, starts_on=start)
    seen = _end_as_offered(qtbot, ctx, modals)
    assert seen["offered"] == start
    assert seen["error"] == ""
    why = f"Den har inte startat än: den kan avslutas tidigast på sin startdag, {start}."
    assert why in str(seen["explanation"])
    ended = ctx.call(groups.get_group, group)
    assert (ended.status, ended.ended_on) == (GroupStatus.ENDED, start)


def test_a_group_already_started_is_offered_today(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    group = ctx.call(make_group, GROUP, starts_on=days_ago(300))
    seen = _end_as_offered(qtbot, ctx, modals)
    assert seen["offered"] == clock.today()
    assert "inte startat" not in str(seen["explanation"])
    assert ctx.call(groups.get_group, group).ended_on == clock.today()
