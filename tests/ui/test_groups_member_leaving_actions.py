"""Removing a member who holds open actions from the group: the confirmation lists them and
hands them over to the member chosen (or leaves them); the notice says so, Undo gives them
back."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from samverkan_desktop.models import Action
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import group_members
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.leave_dialog import LeaveGroupDialog

PLACE = "Platssamverkan Stureplan/Östermalmstorg"
LEAVER = "Fredrik Dahl"
ACTION = "Upprätta en kontaktkedja mellan verksamheterna kring Stureplan"


@pytest.fixture
def area(qtbot: QtBot, demo_ctx: AppContext) -> GroupsArea:
    view = GroupsArea(demo_ctx)
    show_window(qtbot, view)
    return view


def _responsible(ctx: AppContext) -> str | None:
    def read(session) -> str | None:  # type: ignore[no-untyped-def]
        action = session.scalars(select(Action).where(Action.title == ACTION)).one()
        return action.responsible_person.name if action.responsible_person else None

    return ctx.call(read)


def test_the_open_actions_are_listed_and_handed_over_to_the_member_chosen(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver, demo_ctx: AppContext
) -> None:
    members = group_members(qtbot, area, PLACE)
    click_row(qtbot, area.detail.members, LEAVER)
    seen: list[str] = []

    def hand_over(dialog: QWidget) -> None:
        assert isinstance(dialog, LeaveGroupDialog)
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        assert dialog.hand_over.isChecked()  # handing over is the default
        index = dialog.successor.findText("Sara Holm — Kommunpolis")
        dialog.successor.setCurrentIndex(index)
        click_button(qtbot, dialog, "Ta bort")

    modals.answer(hand_over)
    click_button(qtbot, members, "Ta bort…")
    modals.check()
    text = " ".join(seen)
    assert "Fredrik Dahl är ansvarig för 1 öppen åtgärd från gruppen:" in text
    assert f"{ACTION} (klart senast" in text
    assert LEAVER not in column_texts(area.detail.members, "Namn")
    notice = area.page.notice.label.text()
    assert "1 öppen åtgärd lämnades över till Sara Holm." in notice
    assert _responsible(demo_ctx) == "Sara Holm"

    click_button(qtbot, area.page.notice, "Ångra")
    assert LEAVER in column_texts(area.detail.members, "Namn")
    assert _responsible(demo_ctx) == LEAVER


def test_leaving_them_on_the_person_changes_no_action(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver, demo_ctx: AppContext
) -> None:
    members = group_members(qtbot, area, PLACE)
    click_row(qtbot, area.detail.members, LEAVER)

    def keep(dialog: QWidget) -> None:
        assert isinstance(dialog, LeaveGroupDialog)
        dialog.keep.click()
        assert not dialog.successor.isEnabled()
        click_button(qtbot, dialog, "Ta bort")

    modals.answer(keep)
    click_button(qtbot, members, "Ta bort…")
    modals.check()
    assert LEAVER not in column_texts(area.detail.members, "Namn")
    assert "lämnades över" not in area.page.notice.label.text()
    assert _responsible(demo_ctx) == LEAVER
