"""History in the window: every register view shows who changed the selected record; a form
saved over another desk's change stays open with the user's text."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.audit_entries import os_user
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import contacts, group_editing
from samverkan_desktop.services import groups as group_service
from samverkan_desktop.services.contacts import PersonInput
from samverkan_desktop.services.group_rows import GroupInput
from tests.ui.answers import cancel_typed
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row
from tests.ui.windows import show_window
from ui.contacts.area import ContactsArea
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog
from ui.widgets.history import HistoryDialog

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def group_ctx(ctx: AppContext) -> AppContext:
    ctx.call(
        group_editing.create_group,
        GroupInput("Platssamverkan Stureplan", GroupType.PLATSSAMVERKAN, meeting_frequency="4/år"),
    )
    return ctx


def _show(qtbot: QtBot, view: QWidget) -> None:
    show_window(qtbot, view)


def test_an_edited_group_shows_the_change_in_its_history(
    qtbot: QtBot, group_ctx: AppContext, modals: ModalDriver
) -> None:
    area = GroupsArea(group_ctx)
    _show(qtbot, area)
    click_row(qtbot, area.page.table, "Platssamverkan Stureplan")

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        dialog.frequency_edit.selectAll()
        type_text(qtbot, dialog.frequency_edit, "1 gång/månad")
        click_button(qtbot, dialog, "Spara")

    modals.answer(rename)
    click_button(qtbot, area.page.toolbar, "Redigera…")
    modals.check()

    seen: dict[str, object] = {}

    def read_history(dialog: QWidget) -> None:
        assert isinstance(dialog, HistoryDialog)
        seen["title"] = dialog.windowTitle()
        seen["entries"] = [
            dialog.entries.model().index(r, 2).data()
            for r in range(dialog.entries.model().rowCount())
        ]
        seen["who"] = dialog.entries.model().index(0, 1).data()
        seen["when"] = dialog.entries.model().index(0, 0).data()
        seen["fields"] = dialog.field_texts()
        click_button(qtbot, dialog, "Stäng")

    modals.answer(read_history)
    qtbot.waitUntil(area.page.history_action.isEnabled)
    area.activateWindow()
    area.page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area.page.table)
    qtbot.keyClick(area.page.table, Qt.Key.Key_H, CTRL)
    modals.check()
    assert seen["title"] == "Historik: Grupp – Platssamverkan Stureplan"
    assert seen["entries"] == ["Ändrad", "Skapad"]  # newest first
    assert seen["who"] == os_user()
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d\.\d\d", str(seen["when"]))  # 14.05, as Swedish
    assert seen["fields"] == [("Möts", "4/år", "1 gång/månad")]


def test_every_register_view_offers_history_without_code_of_its_own(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    ctx.call(contacts.create_person, PersonInput("Gunnel Ask", phone="08-123 456"))
    area = ContactsArea(ctx)
    _show(qtbot, area)
    page = area.people
    click_row(qtbot, page.table, "Gunnel Ask")
    assert page.history_action.isEnabled()
    assert "Historik…" in [a.text() for a in page.toolbar.actions()]
    seen: list[list[tuple[str, str, str]]] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, HistoryDialog)
        seen.append(dialog.field_texts())
        click_button(qtbot, dialog, "Stäng")

    modals.answer(read)
    qtbot.waitUntil(lambda: page.toolbar.widgetForAction(page.history_action).isVisible())
    click_button(qtbot, page.toolbar, "Historik…")
    modals.check()
    assert ("Namn", "", "Gunnel Ask") in seen[0]


def test_a_save_over_another_desks_change_keeps_the_form_open_with_the_text(
    qtbot: QtBot, group_ctx: AppContext, modals: ModalDriver
) -> None:
    area = GroupsArea(group_ctx)
    _show(qtbot, area)
    click_row(qtbot, area.page.table, "Platssamverkan Stureplan")
    group_id = area.page.current_id()
    seen: dict[str, object] = {}

    def edit_while_another_desk_saves(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        type_text(qtbot, dialog.purpose_edit, "Min långa text om syftet")
        # Meanwhile, at another desk:
        detail = group_ctx.call(group_service.get_group, group_id)
        data = detail.to_input()
        group_ctx.call(
            group_editing.update_group,
            group_id,
            GroupInput(**{**data.__dict__, "notes": "Den andra diskens ändring"}),
        )
        click_button(qtbot, dialog, "Spara")
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.general_error.text()
        seen["purpose"] = dialog.purpose_edit.toPlainText()
        cancel_typed(qtbot, dialog)

    modals.answer(edit_while_another_desk_saves)
    click_button(qtbot, area.page.toolbar, "Redigera…")
    modals.check()
    assert seen["open"] is True
    assert str(seen["error"]).startswith("Någon annan har ändrat anteckningar sedan du öppnade")
    assert seen["purpose"] == "Min långa text om syftet"
    stored = group_ctx.call(group_service.get_group, group_id)
    assert stored.notes == "Den andra diskens ändring" and stored.purpose is None
