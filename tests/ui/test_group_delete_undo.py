"""Ta bort… on a group offers Ångra under the list, as deleting a person or an organisation
does: the group is back in the list with its members. The question no longer says it cannot be
undone; for a group that held meetings it still does, and no Ångra follows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import meeting_rules
from tests.core.meeting_data import make_group
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import group_members
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea

NAME = "Lokal beredningsgrupp"
MEMBERS = ["Anna Berglund", "Sara Holm"]


def _delete(qtbot: QtBot, modals: ModalDriver, area: GroupsArea) -> str:
    """Ta bort… on the group, agreed to; the question asked."""
    asked: list[str] = []

    def agree(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        click_button(qtbot, box, "Ta bort grupp")

    click_row(qtbot, area.page.table, NAME)
    modals.answer(agree)
    click_button(qtbot, area.page.toolbar, "Ta bort…")
    modals.check()
    assert NAME not in column_texts(area.page.table, "Namn")
    return asked[0]


def test_undo_puts_a_deleted_group_back_with_its_members(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver, today: dt.date
) -> None:
    group_id = ctx.call(make_group, NAME)
    ctx.call(meeting_rules.set_rule_from_phrase, group_id, "första måndagen varje månad kl 9-11")
    area = show_window(qtbot, GroupsArea(ctx))
    area.refresh()
    asked = _delete(qtbot, modals, area)
    assert asked.startswith(f"Ta bort gruppen ”{NAME}”?\n")
    assert "Det går inte att ångra" not in asked
    notice = area.page.notice
    assert notice.undo_button.isVisible()
    qtbot.mouseClick(notice.undo_button, Qt.MouseButton.LeftButton)
    assert column_texts(area.page.table, "Namn") == [NAME]
    members = group_members(qtbot, area, NAME)
    assert sorted(column_texts(area.detail.members, "Namn")) == MEMBERS
    assert members.isVisible()


def test_a_group_that_held_meetings_is_deleted_without_undo(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver, today: dt.date
) -> None:
    group_id = ctx.call(make_group, NAME)
    ctx.call(
        meeting_rules.set_rule_from_phrase,
        group_id,
        "första måndagen varje månad kl 9-11",
        starts_on=today - dt.timedelta(days=120),
    )
    assert ctx.call(meeting_rules.add_past_meetings_as_held, group_id) > 0
    area = show_window(qtbot, GroupsArea(ctx))
    area.refresh()
    asked = _delete(qtbot, modals, area)
    assert asked.startswith(f"Ta bort gruppen ”{NAME}”? Det går inte att ångra.")
    assert area.page.notice.isVisible() and not area.page.notice.undo_button.isVisible()
