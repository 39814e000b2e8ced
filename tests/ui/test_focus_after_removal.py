"""A click on "Ta bort" under a list gives the focus back to the list, on the row chosen in
the removed one's place: Delete and the arrow keys go on from there (the focus stayed on the
button). The last row removed, the focus goes to where the first one is added: the add
button, or the field a name is typed in (ui.widgets.removal_focus).

The lists: a group's members, a walk's participants and stops (QListWidgets), a meeting's
agenda, a training session's attendees, and a register's table after a click on the tool
bar's "Ta bort…" (the focus was in the search field)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import contacts
from tests.ui.clicks import click_button, click_tab
from tests.ui.conftest import ModalDriver
from tests.ui.list_choice import chosen_name, chosen_text, click_item, item_texts
from tests.ui.openers import (
    area_in_window,
    crisis_tab,
    group_members,
    meeting_editor,
)
from tests.ui.record_tabs import walk_plan
from tests.ui.tables import click_row, column_texts
from tests.ui.test_training_session_actions_alike import choose_session, open_sessions
from tests.ui.windows import settle
from ui.contacts.area import ContactsArea
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.widgets.record_table import RecordTable


def has_focus(widget: QWidget) -> bool:
    return QApplication.focusWidget() is widget


def test_a_groups_members_after_a_click_on_remove(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea)
    group_members(qtbot, area, "Platssamverkan Stureplan/Östermalmstorg")
    members, detail = area.detail.members, area.detail
    shown = column_texts(members, "Namn")
    assert len(shown) >= 3

    def remove() -> None:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
        qtbot.mouseClick(detail.remove_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        modals.check()

    click_row(qtbot, members, shown[1])
    remove()
    assert chosen_name(members) == shown[2]
    assert has_focus(members)
    qtbot.keyClick(members, Qt.Key.Key_Up)  # the arrows go on from the row chosen
    assert chosen_name(members) == shown[0]
    while members.rows_model.rowCount() > 1:
        remove()
        assert has_focus(members)
    remove()  # the last one: where the first is added, as the empty list's text says
    assert column_texts(members, "Namn") == []
    assert has_focus(detail.add_member_button)
    assert "Lägg till medlem" in members.empty_label.text()


def test_a_walks_participants_after_a_click_on_remove(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    plan = walk_plan(qtbot, demo_ctx)
    people = plan.people
    shown = item_texts(people)
    assert len(shown) >= 3

    def remove() -> None:
        modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))  # asked first
        qtbot.mouseClick(plan.remove_person_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        modals.check()

    click_item(qtbot, people, 1)
    remove()
    assert chosen_text(people) == shown[2]
    assert has_focus(people)
    qtbot.keyClick(people, Qt.Key.Key_Down)
    assert chosen_text(people) == shown[3] if len(shown) > 3 else shown[2]
    while people.count() > 1:
        remove()
        assert has_focus(people) and people.currentItem() is not None
    remove()
    assert people.count() == 0
    assert has_focus(plan.add_person_button)


def test_a_walks_stops_after_a_click_on_remove(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    plan = walk_plan(qtbot, demo_ctx, "Provstopp Norr", "Provstopp Syd")
    stops = plan.stops
    shown = item_texts(stops)
    assert "Provstopp Syd" in shown[-1]
    click_item(qtbot, stops, len(shown) - 1)  # the last: the one before it
    modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
    qtbot.mouseClick(plan.remove_stop_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    modals.check()
    assert len(item_texts(stops)) == len(shown) - 1
    assert stops.currentRow() == len(shown) - 2
    assert has_focus(stops)


def test_a_meetings_agenda_after_a_click_on_remove(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, "agenda_tab")
    tab = editor.agenda_tab
    items = tab.items
    settle(qtbot)
    shown = [item.id for item in tab.detail.agenda] if tab.detail else []
    assert len(shown) >= 3
    click_item(qtbot, items, 1)
    modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    modals.check()
    chosen = tab.current_item()
    assert chosen is not None and chosen.id == shown[2]
    assert has_focus(items)


def test_a_sessions_attendees_after_a_click_on_remove(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    page = open_sessions(qtbot, demo_ctx, "alarms")
    choose_session(qtbot, page)
    panel = page.detail.attendees
    table = panel.table
    shown = column_texts(table, "Deltagare")
    assert len(shown) >= 2
    click_row(qtbot, table, shown[0])
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert column_texts(table, "Deltagare")[0] == shown[1]
    assert table.current_row() is not None and has_focus(table)
    while table.rows_model.rowCount():
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
    modals.check()
    # None left: the field to type the first one's name in, as the empty list says.
    line = panel.person.lineEdit()
    assert line is not None and (has_focus(line) or has_focus(panel.person))
    assert "Skriv ett namn ovan" in table.empty_label.text()


def test_a_registers_table_after_a_click_on_the_tool_bars_delete(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """The table, not the search field the focus was in before the click on "Ta bort…"."""
    for name in ("Fokuslag Ett", "Fokuslag Två", "Fokuslag Tre"):
        demo_ctx.call(contacts.create_organisation, contacts.OrganisationInput(name))
    window, area = area_in_window(qtbot, demo_ctx, "contacts", ContactsArea, 1024, 768)
    click_tab(qtbot, area.tabs, area.organisations)
    page = area.organisations
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.search, "Fokuslag")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    settle(qtbot)
    shown = column_texts(page.table, "Namn")
    assert shown == ["Fokuslag Ett", "Fokuslag Tre", "Fokuslag Två"]
    click_row(qtbot, page.table, "Fokuslag Ett")
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)  # to narrow the search further
    modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
    button = page.toolbar.widgetForAction(page.delete_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    modals.check()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert column_texts(page.table, "Namn") == shown[1:]
    assert chosen_name(page.table) == "Fokuslag Tre"
    assert has_focus(page.table)


def click_row_at(qtbot: QtBot, table: RecordTable, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_crisis_contact_list_after_a_click_on_delete(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Kris och övningar, its external contacts (a row of buttons of the crisis pages)."""
    window, area = crisis_tab(qtbot, demo_ctx, "org_page")
    org = area.org_page
    table = org.external
    shown = [row.id for row in table.rows()]
    assert len(shown) >= 3
    click_row_at(qtbot, table, 1)
    assert table.current_id() == shown[1]
    modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
    qtbot.mouseClick(org.external_buttons[-1], Qt.MouseButton.LeftButton)
    settle(qtbot)
    modals.check()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert [row.id for row in table.rows()] == [shown[0], *shown[2:]]
    assert table.current_id() == shown[2]
    assert has_focus(table)


def test_the_last_member_removed_by_delete_hands_the_focus_to_add_member(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Delete pressed in the list ends where the button does: on "Lägg till medlem…", once
    the last member went (Space then adds the first one)."""
    window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea)
    group_members(qtbot, area, "Platssamverkan Stureplan/Östermalmstorg")
    members = area.detail.members
    click_row(qtbot, members, column_texts(members, "Namn")[0])
    while members.rows_model.rowCount():
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        assert has_focus(members)
        modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
        qtbot.keyClick(members, Qt.Key.Key_Delete)
        settle(qtbot)
        modals.check()
    assert has_focus(area.detail.add_member_button)


def test_the_last_attendee_removed_by_delete_hands_the_focus_to_the_name_field(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    page = open_sessions(qtbot, demo_ctx, "alarms")
    choose_session(qtbot, page)
    panel = page.detail.attendees
    table = panel.table
    click_row(qtbot, table, column_texts(table, "Deltagare")[0])
    while table.rows_model.rowCount():
        assert has_focus(table)
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        settle(qtbot)
    line = panel.person.lineEdit()
    assert line is not None and (has_focus(line) or has_focus(panel.person))
