"""A person who has left, deleted from the contacts: their groups are named and they can be taken
out of them at once; what keeps them in the register is said before any "Delete …?"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import contacts, group_editing, groups, membership_changes
from samverkan_desktop.services.contacts import OrganisationInput, PersonInput
from tests.ui.answers import acknowledge
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.person_leaving import delete_person, group_id
from tests.ui.tables import click_row, column_texts
from tests.ui.test_undo_key import _ctrl_z as ctrl_z
from tests.ui.windows import show_window
from ui.contacts.area import ContactsArea
from ui.context import AppContext

PLACE = "Platssamverkan Stureplan/Östermalmstorg"


@pytest.fixture
def area(qtbot: QtBot, demo_ctx: AppContext) -> ContactsArea:
    view = ContactsArea(demo_ctx)
    show_window(qtbot, view)
    view.refresh()
    return view


def member_names(ctx: AppContext, name: str) -> list[str]:
    return [m.name for m in ctx.call(groups.get_group, group_id(ctx, name)).members]


def test_a_member_who_left_is_taken_out_of_the_group_named_in_the_question(
    qtbot: QtBot, area: ContactsArea, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    assert "Jonas Björk" in member_names(demo_ctx, PLACE)
    asked = delete_person(qtbot, modals, area, "Jonas Björk", "Ta bort ur gruppen")
    # The group, his role in it, and why he stays in the register: one question, no refusal.
    assert f"• {PLACE} (Ledamot)" in asked[0]
    assert "inbjuden till 2 möten" in asked[0]
    assert "Jonas Björk" not in member_names(demo_ctx, PLACE)
    assert "Jonas Björk" in column_texts(area.people.table, "Namn")


def test_a_member_named_nowhere_else_is_deleted_with_one_question_naming_the_groups(
    qtbot: QtBot, area: ContactsArea, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    person = demo_ctx.call(contacts.create_person, PersonInput("Vikarie Västlund"))
    steering = group_id(demo_ctx, "Lokal styrgrupp Östermalm")
    demo_ctx.call(membership_changes.add_member, steering, person)
    detail = demo_ctx.call(groups.get_group, steering)
    data = detail.to_input()
    demo_ctx.call(
        group_editing.update_group,
        steering,
        type(data)(**{**data.__dict__, "police_contact_id": person}),
    )
    area.refresh()
    # One question (it was "Ta bort ur gruppen", then "Ta bort … ur kontaktregistret?").
    asked = delete_person(qtbot, modals, area, "Vikarie Västlund", "Ta bort")
    assert len(asked) == 1
    assert asked[0].startswith("Ta bort Vikarie Västlund ur kontaktregistret?")
    assert "• Lokal styrgrupp Östermalm (Ledamot, kontaktperson polisen)" in asked[0]
    assert "Hen tas först bort ur gruppen" in asked[0]
    assert "Vikarie Västlund" not in column_texts(area.people.table, "Namn")
    assert demo_ctx.call(groups.get_group, steering).police_contact is None
    assert area.people.notice.label.text().startswith(
        "Vikarie Västlund togs bort ur 1 grupp och ur kontaktregistret."
    )

    # Ångra: back in the register, in the group with the role and the contact place.
    click_button(qtbot, area.people.notice, "Ångra")
    back = area.people.current_row()
    assert back is not None and back.name == "Vikarie Västlund"
    group = demo_ctx.call(groups.get_group, steering)
    assert [m.role.label for m in group.members if m.name == "Vikarie Västlund"] == ["Member"]
    assert group.police_contact == "Vikarie Västlund"


def test_a_deleted_organisation_comes_back_with_undo(
    qtbot: QtBot, area: ContactsArea, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    demo_ctx.call(
        contacts.create_organisation,
        OrganisationInput("Humlegårdens vänner", org_number="802000-0157", phone="08-660 00 00"),
    )
    area.refresh()
    area.tabs.setCurrentWidget(area.organisations)
    asked: list[str] = []

    def agree(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        click_button(qtbot, box, "Ta bort")

    modals.answer(agree)
    click_row(qtbot, area.organisations.table, "Humlegårdens vänner")
    qtbot.keyClick(area.organisations.table, Qt.Key.Key_Delete)
    modals.check()
    assert asked == ["Ta bort organisationen ”Humlegårdens vänner”?"]
    assert "Humlegårdens vänner" not in column_texts(area.organisations.table, "Namn")
    area.organisations.table.setFocus()
    ctrl_z(qtbot, area)
    row = area.organisations.current_row()
    assert row is not None
    assert (row.name, row.org_number, row.phone) == (
        "Humlegårdens vänner",
        "802000-0157",
        "08-660 00 00",
    )


def test_a_person_named_elsewhere_is_refused_before_any_question(
    qtbot: QtBot, area: ContactsArea, modals: ModalDriver
) -> None:
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))  # one message, not "Delete …?" then a refusal
    click_row(qtbot, area.people.table, "Kalle Nyberg")
    qtbot.keyClick(area.people.table, Qt.Key.Key_Delete)
    modals.check()
    assert seen[0].startswith("”Kalle Nyberg” kan inte tas bort: låntagare i ")
    assert "larmlån" in seen[0] and "slutat" in seen[0]


def test_an_organisation_named_by_a_walk_is_refused_before_any_question(
    qtbot: QtBot, area: ContactsArea, modals: ModalDriver
) -> None:
    area.tabs.setCurrentWidget(area.organisations)
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    click_row(qtbot, area.organisations.table, "Fastighetskontoret")
    qtbot.keyClick(area.organisations.table, Qt.Key.Key_Delete)
    modals.check()
    # An organisation without people of its own: the walk is named among its other reasons.
    assert seen == [
        "”Fastighetskontoret” kan inte tas bort: ansvarig för 1 åtgärd, "
        "deltagare i 1 trygghetsvandring och ansvarig för 1 iakttagelse."
    ]
