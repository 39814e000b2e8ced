"""Ctrl+Z does what "Ångra" in the line under a list offers, wherever it is offered (groups,
contacts, the calendar's meetings not held, alarms, the agreements dialog; the Actions' own in
test_actions_undo_key.py), and
the button's tooltip names the key; while the line offers nothing, or its tab is not the one
shown, Ctrl+Z does nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import agreements, groups, meetings_not_held
from tests.ui.clicks import click_button, line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import group_members
from tests.ui.person_leaving import delete_person, group_id
from tests.ui.tables import click_row, column_texts, row_texts
from tests.ui.test_alarms_area import _ok, alarms_area
from tests.ui.test_calendar_not_held import _old_rule_meetings
from tests.ui.windows import show_window
from ui.alarms.lend_dialog import LendDialog
from ui.calendar.area import CalendarArea
from ui.contacts.area import ContactsArea
from ui.context import AppContext
from ui.groups.agreements_dialog import AgreementsDialog
from ui.groups.area import GroupsArea

CTRL = Qt.KeyboardModifier.ControlModifier
PLACE = "Platssamverkan Stureplan/Östermalmstorg"
PERSON = "Jonas Björk"


def _ctrl_z(qtbot: QtBot, window: QWidget) -> None:
    """Ctrl+Z pressed in the active window, where its focus is."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_Z, CTRL)


def _members(ctx: AppContext) -> list[str]:
    return [m.name for m in ctx.call(groups.get_group, group_id(ctx, PLACE)).members]


def test_ctrl_z_puts_back_a_member_removed_from_a_group(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, GroupsArea(demo_ctx))
    area.refresh()
    click_row(qtbot, area.page.table, PLACE)
    click_row(qtbot, area.detail.members, PERSON)
    modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
    click_button(qtbot, group_members(qtbot, area), "Ta bort…")
    modals.check()
    assert PERSON not in _members(demo_ctx)
    assert area.page.notice.undo_button.toolTip() == "Ångra (Ctrl+Z)"

    area.page.table.setFocus()
    _ctrl_z(qtbot, area)
    assert PERSON in _members(demo_ctx)
    assert row_texts(area.detail.members, PERSON)["Roll"] == "Ledamot"
    assert area.page.notice.isHidden()


def test_ctrl_z_takes_back_a_person_who_left_only_on_the_tab_that_offers_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, ContactsArea(demo_ctx))
    area.refresh()
    delete_person(qtbot, modals, area, PERSON, "Ta bort ur gruppen")
    assert PERSON not in _members(demo_ctx)

    # On the organisations' tab the people's "Ångra" is not shown: the key leaves it.
    area.tabs.setCurrentWidget(area.organisations)
    area.organisations.setFocus()
    _ctrl_z(qtbot, area)
    assert PERSON not in _members(demo_ctx)

    area.tabs.setCurrentWidget(area.people)
    area.people.table.setFocus()
    _ctrl_z(qtbot, area)
    assert PERSON in _members(demo_ctx)
    assert PERSON in column_texts(area.people.table, "Namn")

    # Nothing offered any more: a second Ctrl+Z undoes nothing twice.
    _ctrl_z(qtbot, area)
    assert PERSON in _members(demo_ctx)


def test_ctrl_z_puts_back_meetings_marked_cancelled_as_not_held(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _old_rule_meetings(demo_ctx)
    shown = demo_ctx.call(meetings_not_held.count_not_held, clock.today())
    area = show_window(qtbot, CalendarArea(demo_ctx), 1280, 800)
    area.refresh()
    check = area.filter_bar.not_held.check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)

    def agree(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        click_button(qtbot, box, "Markera som inställda")

    modals.answer(agree)
    click_button(qtbot, area.page, "Markera som inställda…")
    modals.check()
    assert check.text() == "Passerade, ej genomförda (1)"

    area.list_view.setFocus()
    _ctrl_z(qtbot, area)
    assert check.text() == f"Passerade, ej genomförda ({shown})"
    assert len(column_texts(area.list_view, "Status")) == shown


def test_ctrl_z_takes_back_a_return_in_the_alarms_list(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = alarms_area(qtbot, demo_ctx)
    page = area.units_page
    click_row(qtbot, page.table, "LARM-02")

    def lend(dialog: QWidget) -> None:
        assert isinstance(dialog, LendDialog)
        type_text(qtbot, line_edit(dialog.borrower_combo), "Peter Nyström")
        qtbot.keyClicks(dialog.initials_edit, "ab")
        _ok(qtbot, dialog)

    modals.answer(lend)
    click_button(qtbot, page.toolbar, "Låna ut…")
    modals.answer(lambda dialog: _ok(qtbot, dialog))
    click_button(qtbot, page.toolbar, "Ta tillbaka…")
    modals.check()
    assert row_texts(page.table, "LARM-02")["Status"] != "Utlånat"

    page.table.setFocus()
    _ctrl_z(qtbot, area)
    assert row_texts(page.table, "LARM-02")["Status"] == "Utlånat"


def test_ctrl_z_in_the_agreements_dialog_brings_back_a_removed_revision(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    (before,) = demo_ctx.call(agreements.list_agreement_details)
    dialog = show_window(qtbot, AgreementsDialog(demo_ctx), 960, 400)
    click_row(qtbot, dialog.table, before.title)
    modals.answer(lambda box: click_button(qtbot, box, "Ta bort revidering"))
    click_button(qtbot, dialog, "Ta bort revidering…")
    modals.check()
    assert demo_ctx.call(agreements.get_agreement, before.id).revisions == before.revisions[:-1]

    dialog.table.setFocus()
    _ctrl_z(qtbot, dialog)
    assert demo_ctx.call(agreements.get_agreement, before.id).revisions == before.revisions
