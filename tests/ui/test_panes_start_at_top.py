"""Every area's details pane shows another record chosen from its top (as Grupper does,
59f92ad8): in Åtgärder and Kontakter → Organisationer the pane kept where the record before
was scrolled to, and the next one, chosen with the arrow keys, opened with its first heading
out of sight. The same record shown again after a save stays where the user was reading."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import action_reading, actions, contacts
from samverkan_desktop.services.actions import input_of
from samverkan_desktop.services.contacts import OrganisationInput
from tests.ui.clicks import click_button, click_tab
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.pane_scroll import in_sight, scroll_to_the_foot
from tests.ui.tables import column_texts
from tests.ui.windows import settle
from ui.actions.area import ActionsArea
from ui.contacts.area import ContactsArea
from ui.context import AppContext
from ui.widgets.detail import DetailPane


def _long_text(topic: str) -> str:
    """What a coordinator may write down over the months: more lines than the pane's height."""
    return "\n".join(f"{topic} {n}: uppföljning med ansvarig och ny tid bokad." for n in range(40))


def _heading(pane: DetailPane, text: str) -> QLabel:
    return next(label for label in pane.findChildren(QLabel) if label.text() == text)


def _first_clicked(qtbot: QtBot, table: QTableView) -> None:
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)


def _next_with_the_keyboard(qtbot: QtBot, table: QTableView) -> None:
    qtbot.keyClick(table, Qt.Key.Key_Down)
    settle(qtbot)


def test_another_action_shows_its_facts_from_the_top(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "actions", ActionsArea, 1024, 768)
    first, second = area.model.ids()[:2]
    for action_id in (first, second):  # each with a description longer than the pane
        action = demo_ctx.call(action_reading.get_action, action_id)
        data = replace(input_of(action), description=_long_text("Punkt"))
        demo_ctx.call(
            actions.update_action, action_id, replace(data, expected_version=action.version)
        )
    area.refresh()
    _first_clicked(qtbot, area.table)
    assert area.table.current_id() == first
    facts = _heading(area.detail, "Uppgifter")
    scroll_to_the_foot(qtbot, area.detail)
    assert not in_sight(facts, area.detail)

    _next_with_the_keyboard(qtbot, area.table)
    assert area.table.current_id() == second
    assert in_sight(facts, area.detail), "the action's facts are scrolled out of sight"


def _organisations(qtbot: QtBot, ctx: AppContext) -> tuple[ContactsArea, list[str]]:
    """Kontakter → Organisationer at 1024 × 768, its first two organisations with notes longer
    than the pane; their names."""
    shown = ctx.call(contacts.list_organisations)[:2]
    for row in shown:
        data = OrganisationInput(
            row.name, row.kind, row.org_number, row.phone, _long_text("Kontakt"), row.version
        )
        ctx.call(contacts.update_organisation, row.id, data)
    _window, area = area_in_window(qtbot, ctx, "contacts", ContactsArea, 1024, 768)
    click_tab(qtbot, area.tabs, area.organisations)
    settle(qtbot)
    names = [row.name for row in shown]
    assert column_texts(area.organisations.table, "Namn")[:2] == names
    return area, names


def test_another_organisation_shows_its_notes_from_the_top(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area, names = _organisations(qtbot, demo_ctx)
    page = area.organisations
    _first_clicked(qtbot, page.table)
    assert page.detail.title.text() == names[0]
    notes = _heading(page.detail, "Anteckningar")
    scroll_to_the_foot(qtbot, page.detail)
    assert not in_sight(notes, page.detail)

    _next_with_the_keyboard(qtbot, page.table)
    assert page.detail.title.text() == names[1]
    assert in_sight(notes, page.detail), "the notes' heading is scrolled out of sight"


def test_the_same_organisation_saved_stays_where_the_user_was_reading(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area, names = _organisations(qtbot, demo_ctx)
    page = area.organisations
    _first_clicked(qtbot, page.table)
    kept = scroll_to_the_foot(qtbot, page.detail)

    modals.answer(lambda dialog: click_button(qtbot, dialog, "Spara"))
    page.edit_action.trigger()
    settle(qtbot)
    assert page.detail.title.text() == names[0]
    assert page.detail._scroll.verticalScrollBar().value() == kept
