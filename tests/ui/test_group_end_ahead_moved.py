"""Grupper → "Avsluta grupp…" on a group whose end is set for a later day (it reads "Aktiv"
until then): the button was greyed, the stored status being "ended", so the day could be neither
moved nor brought forward to today. Now the dialog offers the day it is set to end on, takes
today or another day, says so in the notice (another later day: "är nu satt att avslutas <dag>
(den var satt att avslutas <dag>)", where it read as a first end) and "Ångra" puts the end back
on its earlier day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import group_editing, groups
from tests.core.meeting_data import make_group
from tests.days import days_ago, days_ahead
from tests.ui.clicks import click_button, type_date
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, row_texts
from tests.ui.windows import keep_shot, show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.end_dialog import EndGroupDialog

GROUP = "Platssamverkan Hötorget"
AHEAD = 20  # days until the end GROUP is set to


@dataclass(frozen=True)
class Moved:
    """What the user saw ending GROUP on another day than the later one it was set to end on."""

    offered: dt.date | None  # the dialog's day
    explanation: str  # the dialog's text
    notice: str  # under the list, after the end
    status: str  # the list's Status, after the end


def _moved_and_undone(qtbot: QtBot, ctx: AppContext, modals: ModalDriver, day: dt.date) -> Moved:
    """GROUP, set to end in AHEAD days, ended on ``day`` through Avsluta grupp…, then Ångra,
    which must put the end back on that later day (not "Aktiv" without an end)."""
    group = ctx.call(make_group, GROUP, starts_on=days_ago(300))
    later = days_ahead(AHEAD)
    ctx.call(group_editing.end_group, group, later)
    area = GroupsArea(ctx)
    show_window(qtbot, area)
    area.refresh()
    assert row_texts(area.page.table, GROUP)["Status"] == "Aktiv"
    click_row(qtbot, area.page.table, GROUP)
    seen: list[tuple[dt.date | None, str]] = []

    def end(dialog: QWidget) -> None:
        assert isinstance(dialog, EndGroupDialog)
        seen.append((dialog.date_edit.value(), dialog.explanation.text()))
        type_date(qtbot, dialog.date_edit, day)
        click_button(qtbot, dialog, "Avsluta grupp")

    modals.answer(end)
    click_button(qtbot, area.page.toolbar, "Avsluta grupp…")
    modals.check()
    assert ctx.call(groups.get_group, group).ended_on == day
    notice = area.page.notice.label.text()
    keep_shot(area, f"group_end_moved_{day}")
    moved = Moved(*seen[0], notice, row_texts(area.page.table, GROUP)["Status"])

    click_button(qtbot, area.page.notice, "Ångra")
    assert ctx.call(groups.get_group, group).ended_on == later
    assert row_texts(area.page.table, GROUP)["Status"] == "Aktiv"
    return moved


def test_an_end_set_for_a_later_day_is_brought_to_today_and_undone(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    today = clock.today()
    moved = _moved_and_undone(qtbot, ctx, modals, today)
    later = days_ahead(AHEAD)
    assert moved.offered == later
    assert f"”{GROUP}” är satt att avslutas {later}." in moved.explanation
    assert moved.status == "Avslutad"
    assert moved.notice.startswith(
        f"”{GROUP}” är nu avslutad (sedan {today}; den var satt att avslutas {later})."
    )


def test_an_end_set_for_a_later_day_brought_to_a_past_day_is_said_as_done(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    """The notice said "… är avslutad från och med <dag>.", the later day it was set to end on
    unsaid, as the command line said "… avslutas nu <a past day>"; both now say it is done."""
    past = days_ago(10)
    moved = _moved_and_undone(qtbot, ctx, modals, past)
    assert moved.status == "Avslutad"
    assert moved.notice.startswith(
        f"”{GROUP}” är nu avslutad (sedan {past}; den var satt att avslutas {days_ahead(AHEAD)})."
    )


def test_an_end_set_for_a_later_day_is_moved_and_undone(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    """The notice said "… är satt att avslutas <the new day>." as of a first end, the day it
    was set to unsaid."""
    moved = _moved_and_undone(qtbot, ctx, modals, days_ahead(45))
    assert moved.status == "Aktiv"
    assert moved.notice.startswith(
        f"”{GROUP}” är nu satt att avslutas {days_ahead(45)} "
        f"(den var satt att avslutas {days_ahead(AHEAD)})."
    )
