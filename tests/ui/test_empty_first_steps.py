"""What an empty list says where a newcomer starts: Kontakter → Personer offers "Importera från
Excel…" beside "Ny person…" (the first people usually come from a sheet), a group's empty
Medlemmar names the button above it, a new alarm unit's history says what it will list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from samverkan_desktop.enums import GroupType
from samverkan_desktop.models import UnitKind
from samverkan_desktop.services import alarms, group_editing, group_rows
from tests.ui.answers import answer_file_dialogs
from tests.ui.menus import native_keys
from tests.ui.openers import area_in_window, group_members
from tests.ui.tables import click_row
from ui.alarms.area import AlarmsArea
from ui.contacts.area import ContactsArea
from ui.context import AppContext
from ui.groups.area import GroupsArea


def test_an_empty_people_list_offers_new_person_and_import_side_by_side(
    qtbot: QtBot, ctx: AppContext, monkeypatch: MonkeyPatch
) -> None:
    _window, area = area_in_window(qtbot, ctx, "contacts", ContactsArea)
    empty = area.people.table._empty
    shown = [b for b in empty.buttons if b.isVisible()]
    assert [b.text() for b in shown] == ["Ny person…", "Importera från Excel…"]
    new, importing = (b.geometry() for b in shown)
    assert new.top() == importing.top() and new.right() < importing.left()  # a row, no overlap
    assert new.top() >= empty.label.heightForWidth(empty.label.width()) - 1  # under the text
    asked: list[str] = []

    def choose(dialog: QFileDialog) -> str:
        asked.append(dialog.windowTitle())
        return ""  # Cancel

    answer_file_dialogs(monkeypatch, choose)
    qtbot.mouseClick(shown[1], Qt.MouseButton.LeftButton)
    assert asked == ["Importera en kontaktlista"]

    # A search that finds nothing offers neither (the register may not be empty).
    qtbot.keyClicks(area.people.search, "Norr")
    qtbot.keyClick(area.people.search, "\r")
    qtbot.waitUntil(lambda: empty.label.text() == "Inget matchar sökningen eller filtren.")
    assert not any(b.isVisible() for b in empty.buttons)


def test_a_group_without_members_names_the_button_that_adds_one(
    qtbot: QtBot, ctx: AppContext
) -> None:
    ctx.call(
        group_editing.create_group, group_rows.GroupInput("Trygghetsrådet", GroupType.TRYGGHETSRAD)
    )
    _window, area = area_in_window(qtbot, ctx, "groups", GroupsArea)
    group_members(qtbot, area, "Trygghetsrådet")
    empty = area.detail.members.empty_label
    assert empty.isVisible()
    assert empty.text() == (
        f"Inga medlemmar ännu. ”Lägg till medlem” ({native_keys('Ctrl+M')}) ovanför listan "
        "lägger till den första."
    )
    assert area.detail.add_member_button.text() == "Lägg till medlem…"


def test_a_new_units_history_says_what_it_will_list(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.call(alarms.create_unit, alarms.UnitInput("LARM-01", UnitKind.HOME_VISIT))
    _window, area = area_in_window(qtbot, ctx, "alarms", AlarmsArea)
    click_row(qtbot, area.units_page.table, "LARM-01")
    empty = area.units_page.detail.history.empty_label
    assert empty.isVisible()
    assert (
        empty.text() == "Ingen historik ännu: lån, återlämningar, tester och laddningar listas här."
    )
