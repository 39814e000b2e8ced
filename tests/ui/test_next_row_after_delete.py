"""After "Ta bort" a list chooses the row that took the removed one's place (the one before
when the last went), its pane shows that row and the focus stays in the list: Delete, Delete,
Delete works through it. Before, no row was chosen and the pane went blank. The one row left
removed, nothing is chosen and the list says it is empty.

The lists: the organisations (a search typed and sorted by Typ), a group's members (sorted by
role), a training session's attendees and a walk's participants (a QListWidget)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.enums import OrganisationKind
from samverkan_desktop.services import contacts, walk_records
from tests.ui.clicks import click_button, click_tab
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import tessinparken
from tests.ui.list_choice import chosen_name, chosen_text, click_item, item_texts
from tests.ui.openers import area_in_window, group_members
from tests.ui.record_tabs import walk_plan
from tests.ui.tables import click_header, click_row, column_texts
from tests.ui.test_training_session_actions_alike import choose_session, open_sessions
from tests.ui.windows import settle, show_window
from ui.actions.area import ActionsArea
from ui.contacts.area import ContactsArea
from ui.contacts.organisations_page import OrganisationsPage
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.main_window import MainWindow
from ui.walks.area import WalksArea

# Sorted by Typ they read Delta (Fastighetsägare), Gamma (Förening), Beta (Polis), Alfa (Skola).
TRIAL = {
    "Provlag Alfa": OrganisationKind.SCHOOL,
    "Provlag Beta": OrganisationKind.POLICE,
    "Provlag Gamma": OrganisationKind.ASSOCIATION,
    "Provlag Delta": OrganisationKind.PROPERTY_OWNER,
}
PLACE = "Platssamverkan Stureplan/Östermalmstorg"


def organisations_searched(
    qtbot: QtBot, ctx: AppContext, text: str
) -> tuple[MainWindow, OrganisationsPage]:
    """Kontakter → Organisationer at 1024 × 768, ``text`` typed in the search and Enter pressed."""
    window, area = area_in_window(qtbot, ctx, "contacts", ContactsArea, 1024, 768)
    click_tab(qtbot, area.tabs, area.organisations)
    page = area.organisations
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.search, text)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    return window, page


def test_organisations_searched_and_sorted_choose_the_next_after_a_delete(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    for name, kind in TRIAL.items():
        demo_ctx.call(contacts.create_organisation, contacts.OrganisationInput(name, kind))
    window, page = organisations_searched(qtbot, demo_ctx, "Provlag")
    click_header(qtbot, page.table, "Typ")
    settle(qtbot)
    table = page.table
    shown = ["Provlag Delta", "Provlag Gamma", "Provlag Beta", "Provlag Alfa"]
    assert column_texts(table, "Namn") == shown

    def delete_chosen() -> None:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        assert table.hasFocus()
        modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        settle(qtbot)
        modals.check()

    def pane_shows(name: str) -> None:
        assert chosen_name(table) == name
        assert page.detail.showing_record() and page.detail.title.text() == name

    click_row(qtbot, table, "Provlag Gamma")  # in the middle: the next one takes its place
    delete_chosen()
    assert column_texts(table, "Namn") == [shown[0], shown[2], shown[3]]
    pane_shows("Provlag Beta")
    click_row(qtbot, table, "Provlag Alfa")  # the last: the one before it
    delete_chosen()
    pane_shows("Provlag Beta")
    delete_chosen()  # Delete again, straight on
    pane_shows("Provlag Delta")
    delete_chosen()  # the only one
    assert column_texts(table, "Namn") == []
    assert table.current_row() is None
    assert not page.detail.showing_record()
    assert table.empty_label.isVisible()
    assert table.empty_label.text() == "Inget matchar sökningen eller filtren."


def test_a_groups_members_choose_the_next_after_a_removal(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea)
    group_members(qtbot, area, PLACE)
    members = area.detail.members
    shown = column_texts(members, "Namn")  # as shown: sorted by role, then by name
    assert len(shown) >= 4

    def remove_chosen() -> None:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.waitUntil(members.hasFocus)
        modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
        qtbot.keyClick(members, Qt.Key.Key_Delete)
        settle(qtbot)
        modals.check()

    def chosen(name: str) -> None:
        assert chosen_name(members) == name
        assert area.detail.remove_button.isEnabled() and area.detail.role_button.isEnabled()

    click_row(qtbot, members, shown[1])  # in the middle
    remove_chosen()
    left = [shown[0], *shown[2:]]
    assert column_texts(members, "Namn") == left
    chosen(shown[2])
    click_row(qtbot, members, shown[-1])  # the last
    remove_chosen()
    left = left[:-1]
    chosen(left[-1])
    while len(left) > 1:  # Delete, Delete, Delete: from the last one back to the first
        remove_chosen()
        left = left[:-1]
        assert column_texts(members, "Namn") == left
        chosen(left[-1])
    remove_chosen()  # the only one
    assert column_texts(members, "Namn") == []
    assert members.current_row() is None
    assert not area.detail.remove_button.isEnabled()
    assert members.empty_label.isVisible()
    assert members.empty_label.text().startswith("Inga medlemmar ännu.")


def test_a_sessions_attendees_choose_the_next_after_a_removal(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    page = open_sessions(qtbot, demo_ctx, "alarms")
    choose_session(qtbot, page)
    panel = page.detail.attendees
    table = panel.table
    shown = column_texts(table, "Deltagare")
    assert len(shown) >= 3

    def remove_chosen() -> None:
        assert table.hasFocus()
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        settle(qtbot)
        modals.check()

    click_row(qtbot, table, shown[1])  # in the middle
    remove_chosen()
    assert column_texts(table, "Deltagare") == [shown[0], *shown[2:]]
    assert chosen_name(table) == shown[2]
    assert panel.remove_button.isEnabled()
    click_row(qtbot, table, shown[-1])  # the last
    remove_chosen()
    assert chosen_name(table) == (shown[-2] if len(shown) > 3 else shown[0])
    while len(column_texts(table, "Deltagare")) > 1:
        remove_chosen()
        assert table.current_row() is not None
    remove_chosen()  # the only one
    assert column_texts(table, "Deltagare") == []
    assert table.current_row() is None
    assert not panel.remove_button.isEnabled()
    assert table.empty_label.isVisible()
    assert table.empty_label.text() == (
        "Inga deltagare registrerade. Skriv ett namn ovan och tryck Enter."
    )


def test_undo_brings_the_removed_member_back_chosen(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """The member chosen in the removed one's place gives way again when "Ångra" brings the
    removed member back: chosen, as before the removal."""
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea)
    group_members(qtbot, area, PLACE)
    members = area.detail.members
    shown = column_texts(members, "Namn")
    click_row(qtbot, members, shown[1])
    modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
    click_button(qtbot, area.detail.members_page, "Ta bort…")
    modals.check()
    assert chosen_name(members) == shown[2]
    click_button(qtbot, area.page.notice, "Ångra")
    settle(qtbot)
    assert column_texts(members, "Namn") == shown
    assert chosen_name(members) == shown[1]


def test_a_walks_participants_choose_the_next_after_a_removal(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """A list that is no table (a walk's participants, ui.widgets.next_choice.choice_followed):
    the same, by "Ta bort" under it."""
    plan = walk_plan(qtbot, demo_ctx)
    people = plan.people

    def remove() -> None:
        modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))  # asked first
        qtbot.mouseClick(plan.remove_person_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        modals.check()

    shown = item_texts(people)
    assert len(shown) >= 4
    click_item(qtbot, people, 1)  # in the middle
    remove()
    assert item_texts(people) == [shown[0], *shown[2:]]
    assert chosen_text(people) == shown[2]
    click_item(qtbot, people, people.count() - 1)  # the last
    remove()
    assert chosen_text(people) == shown[-2]
    while people.count() > 1:
        remove()
        assert chosen_text(people) == item_texts(people)[-1]
    remove()  # the only one
    assert item_texts(people) == [] and chosen_text(people) is None
    assert not plan.remove_person_button.isEnabled()


def test_a_search_that_leaves_the_chosen_row_out_chooses_no_other(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Only a removal moves the choice on: letters typed in the search that leave the chosen
    organisation out leave nothing chosen, as before (not the one that took its place)."""
    for name in ("Xylo Ett", "Xylo Tre", "Xylo Tva"):
        demo_ctx.call(contacts.create_organisation, contacts.OrganisationInput(name))
    _window, page = organisations_searched(qtbot, demo_ctx, "Xylo")
    click_row(qtbot, page.table, "Xylo Ett")
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.search, Qt.Key.Key_End)
    qtbot.keyClicks(page.search, " T")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert column_texts(page.table, "Namn") == ["Xylo Tre", "Xylo Tva"]
    assert page.table.current_row() is None
    assert not page.detail.showing_record()


def test_actions_marked_done_under_open_actions_make_way_for_the_next(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Åtgärder (a list of its own, not a RecordTable) on "Öppna åtgärder": an action marked
    done (Ctrl+D) leaves the list, and the next one is chosen and shown, ready for Ctrl+D; "Ångra"
    brings the action back chosen."""
    _window, area = area_in_window(qtbot, demo_ctx, "actions", ActionsArea, 1024, 768)
    settle(qtbot)
    shown = column_texts(area.table, "Åtgärd")
    assert len(shown) >= 4
    click_row(qtbot, area.table, shown[1])
    qtbot.keyClick(area.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert column_texts(area.table, "Åtgärd") == [shown[0], *shown[2:]]
    action = area.current_action()
    assert action is not None and action.title == shown[2]
    assert area.table.hasFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    action = area.current_action()
    assert action is not None and action.title == shown[3]
    click_button(qtbot, area.notice, "Ångra")
    settle(qtbot)
    action = area.current_action()
    assert action is not None and action.title == shown[2]


def test_a_deleted_observation_makes_way_for_the_next_not_the_first(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """A walk's observations (in route order): the one after the observation deleted is chosen
    and described beside the list; before, the list went back to its first observation."""
    walk_id = tessinparken(demo_ctx)
    for at in (1, 2, 3):
        demo_ctx.call(
            walk_records.add_observation,
            walk_id,
            walk_records.ObservationInput(f"Provbänk {at}", location=f"Provplats {at}"),
        )
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1024, 768)
    window.navigate("walks", walk_id)
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    tab = area.view.observations_tab
    click_tab(qtbot, area.view.tabs, tab)
    settle(qtbot)
    shown = [row.description for row in tab.table.rows()]
    at = shown.index("Provbänk 2")
    assert 0 < at < len(shown) - 1
    click_row(qtbot, tab.table, tab.table.rows()[at].where)
    before = tab.current()
    assert before is not None and before.description == "Provbänk 2"
    modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    modals.check()
    assert [row.description for row in tab.table.rows()] == shown[:at] + shown[at + 1 :]
    chosen = tab.current()
    assert chosen is not None and chosen.description == shown[at + 1]
    assert tab.description.text() == shown[at + 1]
