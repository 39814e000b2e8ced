"""A member given the role "Sammankallande" in the members' tab is named the group's convener
in its details (and on its notices), where the group named nobody: the tab said who convened
it, the details did not."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import GroupType, MemberRole
from samverkan_desktop.services import contacts, group_editing, group_rows, membership_changes
from samverkan_desktop.services.contacts import PersonInput
from tests.ui.clicks import click_button, click_tab
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window, group_members
from tests.ui.tables import click_row
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.member_dialog import MemberDialog

GROUP = "Arbetsgrupp Humlegården"


def test_the_member_made_convener_is_the_groups_convener_in_its_details(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    with ctx.db.session() as s:
        group = group_editing.create_group(
            s, group_rows.GroupInput(GROUP, GroupType.ARBETSGRUPP, purpose="Tryggare park.")
        )
        anna = contacts.create_person(s, PersonInput("Anna Berglund"))
        membership_changes.add_member(s, group, anna)
    _window, area = area_in_window(qtbot, ctx, "groups", GroupsArea, 1024, 768)
    members = group_members(qtbot, area, GROUP)
    click_row(qtbot, area.detail.members, "Anna Berglund")

    def convener(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        role = dialog.role_combo
        role.setCurrentIndex(role.findText("Sammankallande"))  # as chosen in its list
        assert role.value() is MemberRole.CONVENER
        click_button(qtbot, dialog, "Spara")

    modals.answer(convener)
    click_button(qtbot, members, "Ändra roll…")
    modals.check()
    click_tab(qtbot, area.tabs, area.detail)
    settle(qtbot)
    fact = area.detail.facts._values["convener"]
    assert fact.isVisible() and fact.text() == "Anna Berglund"
