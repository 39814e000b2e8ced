"""A new working group gets its members from the police and the housing company one after the
other in one dialog ("Lägg till och nästa", Ctrl+Enter), not one dialog per member."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import GroupType
from samverkan_desktop.services import group_editing, group_rows
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import group_members
from tests.ui.tables import click_row, column_texts, row_texts
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.member_dialog import MemberDialog

NEW = "Arbetsgrupp trygg boendemiljö"


@pytest.fixture
def area(qtbot: QtBot, demo_ctx: AppContext) -> GroupsArea:
    demo_ctx.call(group_editing.create_group, group_rows.GroupInput(NEW, GroupType.ARBETSGRUPP))
    view = GroupsArea(demo_ctx)
    show_window(qtbot, view)
    view.refresh()
    return view


def test_three_members_added_in_one_dialog(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver
) -> None:
    click_row(qtbot, area.page.table, NEW)
    seen: dict[str, object] = {}

    def pick_three(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        type_text(qtbot, dialog.person_combo, "sara hol")
        click_button(qtbot, dialog, "Lägg till och nästa")
        assert dialog.person_combo.currentText() == ""  # ready for the next
        type_text(qtbot, dialog.person_combo, "Stockholmshem")  # by organisation
        type_text(qtbot, dialog.role_combo, "Sammankallande")
        qtbot.keyClick(dialog.person_combo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["offered"] = [
            dialog.person_combo.itemText(i) for i in range(dialog.person_combo.count())
        ]
        seen["added"] = dialog.added_label.text()
        seen["members meanwhile"] = column_texts(area.detail.members, "Namn")
        type_text(qtbot, dialog.person_combo, "mikael str")
        click_button(qtbot, dialog, "Lägg till medlem")

    modals.answer(pick_three)
    click_button(qtbot, group_members(qtbot, area), "Lägg till medlem…")
    modals.check()
    assert seen["added"] == "Tillagda (2): Sara Holm; Oskar Lund"
    assert not any(str(t).startswith(("Sara Holm", "Oskar Lund")) for t in seen["offered"])  # type: ignore[attr-defined]
    assert seen["members meanwhile"] == ["Oskar Lund", "Sara Holm"]
    assert sorted(column_texts(area.detail.members, "Namn")) == [
        "Mikael Ström",
        "Oskar Lund",
        "Sara Holm",
    ]
    assert row_texts(area.detail.members, "Oskar Lund")["Roll"] == "Sammankallande"
    assert row_texts(area.page.table, NEW)["Medlemmar"] == "3"


def test_closing_after_adding_keeps_those_added(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver
) -> None:
    click_row(qtbot, area.page.table, NEW)

    def pick_one_and_close(dialog: QWidget) -> None:
        type_text(qtbot, dialog.person_combo, "sara hol")  # type: ignore[attr-defined]
        click_button(qtbot, dialog, "Lägg till och nästa")
        click_button(qtbot, dialog, "Stäng")  # "Avbryt" until someone was added

    modals.answer(pick_one_and_close)
    click_button(qtbot, group_members(qtbot, area), "Lägg till medlem…")
    modals.check()
    assert column_texts(area.detail.members, "Namn") == ["Sara Holm"]
