"""Ta bort… on a group offers Ångra under the list, as deleting a person or an organisation
does: the group is back in the list with its members. The question no longer says it cannot be
undone; for a group that held meetings it still does, and no Ångra follows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import Meeting
from samverkan_desktop.services import meeting_rules
from tests.core.meeting_data import make_group
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import group_members
from tests.ui.tables import click_row, column_texts
from tests.ui.test_undo_key import _ctrl_z
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


def _meeting_ids(session: Session, group_id: int) -> list[int]:
    query = select(Meeting.id).where(Meeting.group_id == group_id).order_by(Meeting.id)
    return list(session.scalars(query))


def test_ctrl_z_brings_the_group_back_under_its_own_number_with_its_meetings(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver, today: dt.date
) -> None:
    """The number `samverkan groups show`, the calendar's links and the audit trail know: it
    came back under a new one, its meetings too (a group made later holds the last numbers,
    so no number of the deleted came free to be given again)."""
    rule = "första måndagen varje månad kl 9-11"
    group_id = ctx.call(make_group, NAME)
    ctx.call(meeting_rules.set_rule_from_phrase, group_id, rule)
    later = ctx.call(make_group, "Arbetsgrupp Gärdet", members=("Karin Lind",))
    ctx.call(meeting_rules.set_rule_from_phrase, later, rule)
    meetings = ctx.call(_meeting_ids, group_id)
    assert meetings
    area = show_window(qtbot, GroupsArea(ctx))
    area.refresh()
    _delete(qtbot, modals, area)
    _ctrl_z(qtbot, area.window())
    qtbot.waitUntil(lambda: NAME in column_texts(area.page.table, "Namn"))
    assert area.page.current_id() == group_id
    assert ctx.call(_meeting_ids, group_id) == meetings
