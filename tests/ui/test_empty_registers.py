"""A new coordinator's first day on an empty database ("Börja tomt"): every register says it is
empty and which action adds the first record (its name and keys as the toolbar has them), a
search that finds nothing says so instead, and no pane beside an empty list asks to choose a
row from it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.enums import GroupType
from samverkan_desktop.services import group_editing, group_rows
from tests.ui.conftest import ModalDriver
from tests.ui.menus import native_keys
from tests.ui.openers import area_in_window, overview_card
from tests.ui.windows import area_of, settle
from ui.actions.area import ActionsArea
from ui.alarms.area import AlarmsArea
from ui.contacts.area import ContactsArea
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog
from ui.overview.entry_button import EntryButton
from ui.overview.view import OverviewArea
from ui.walks.area import WalksArea
from ui.widgets.empty_text import EmptyText
from ui.widgets.list_page import ListPage


def says(empty: EmptyText) -> str:
    return empty.label.text() if empty.label.isVisible() else ""


def test_an_empty_groups_list_says_how_to_add_the_first(qtbot: QtBot, ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, ctx, "groups", GroupsArea)
    page = area.page
    ctrl_n = native_keys("Ctrl+N")
    assert says(page.table._empty) == (
        f"Inga grupper ännu. ”Ny grupp” ({ctrl_n}) lägger till den första."
    )
    assert not area.tabs.isVisible()  # no "Välj en grupp i listan" with nothing to choose
    qtbot.keyClicks(page.search, "Norr")
    qtbot.keyClick(page.search, "\r")
    assert says(page.table._empty) == "Inget matchar sökningen eller filtren."

    ctx.call(
        group_editing.create_group, group_rows.GroupInput("Trygghetsrådet", GroupType.TRYGGHETSRAD)
    )
    page.search.clear()
    area.refresh()
    settle(qtbot)
    assert page.model.rowCount() == 1 and says(page.table._empty) == ""
    assert area.tabs.isVisible() and area.detail.placeholder.isVisible()
    assert area.detail.placeholder.text().startswith("Välj en grupp i listan")


def test_every_empty_register_names_its_first_step(qtbot: QtBot, ctx: AppContext) -> None:
    ctrl_n = native_keys("Ctrl+N")
    window, actions = area_in_window(qtbot, ctx, "actions", ActionsArea)
    assert says(actions.empty_text) == (
        f"Inga åtgärder ännu. ”Ny åtgärd” ({ctrl_n}) lägger till den första."
    )
    assert not actions.detail.isVisible()
    window.navigate("contacts")
    contacts = window.area("contacts")
    assert isinstance(contacts, ContactsArea)
    assert says(contacts.people.table._empty) == (
        f"Inga personer ännu. ”Ny person” ({ctrl_n}) lägger till den första, "
        "”Importera från Excel” tar in er lista."
    )
    window.navigate("walks")
    walks = window.area("walks")
    assert isinstance(walks, WalksArea)
    assert says(walks.walks_page.table._empty) == (
        f"Inga trygghetsvandringar ännu. ”Planera en vandring” ({ctrl_n}) planerar den första."
    )
    walks.tabs.setCurrentWidget(walks.places_page)
    assert says(walks.places_page.table._empty) == (
        "Inga platser ännu. ”Ny plats” lägger till den första."
    )
    window.navigate("alarms")
    alarms = window.area("alarms")
    assert isinstance(alarms, AlarmsArea)
    assert says(alarms.units_page.table._empty) == (
        f"Inga larm ännu. ”Nytt larm” ({ctrl_n}) lägger till det första."
    )
    alarms.tabs.setCurrentWidget(alarms.borrowers_page)  # who may borrow: from the people
    assert says(alarms.borrowers_page.table._empty).startswith("Ingen personal ännu: en person")
    alarms.tabs.setCurrentWidget(alarms.loans_page)  # the loans say it their own way
    assert says(alarms.loans_page.table._empty) == "Inga lån ännu."
    window.navigate("crisis")
    crisis = window.area("crisis")
    assert isinstance(crisis, CrisisArea)
    crisis.tabs.setCurrentWidget(crisis.plans_page)
    assert says(crisis.plans_page.table._empty) == (
        f"Inga planer ännu. ”Ny plan” ({ctrl_n}) lägger till den första."
    )


def test_the_overview_of_an_empty_database_says_where_to_begin(
    qtbot: QtBot, ctx: AppContext
) -> None:
    window, _overview = area_in_window(qtbot, ctx, "overview", OverviewArea)
    card = overview_card(qtbot, window, "getting_started")
    steps = {button.item.title: button for button in card.findChildren(EntryButton)}
    assert list(steps) == [
        "Registrera överenskommelsen med polisen",
        "Ange er egen förvaltning (typ ”Stadsdelsförvaltning”)",
        "Skapa grupperna",
        "Lägg in personerna",
        "Planera mötena med en mötesregel",
        "Registrera larmen",
        "Lägg in krisorganisationen",
    ]
    assert area_of(window, "overview", OverviewArea).section_cards()[0] is card  # on top
    qtbot.mouseClick(steps["Lägg in krisorganisationen"], Qt.MouseButton.LeftButton)
    crisis = area_of(window, "crisis", CrisisArea)
    assert window.current_area_key() == "crisis"
    assert crisis.tabs.currentWidget() is crisis.org_page
    # An empty contact list is not "all verified".
    assert crisis.org_page.stale_label.text() == "Inga uppgifter i kontaktlistan ännu."

    card = overview_card(qtbot, window, "getting_started")
    steps = {button.item.title: button for button in card.findChildren(EntryButton)}
    alarms = area_of(window, "alarms", AlarmsArea)
    alarms.tabs.setCurrentWidget(alarms.stats_page)
    qtbot.mouseClick(steps["Registrera larmen"], Qt.MouseButton.LeftButton)
    assert alarms.tabs.currentWidget() is alarms.units_page

    # Whose register this is: the step opens the organisations, where the kind is chosen.
    card = overview_card(qtbot, window, "getting_started")
    steps = {button.item.title: button for button in card.findChildren(EntryButton)}
    district = steps["Ange er egen förvaltning (typ ”Stadsdelsförvaltning”)"]
    qtbot.mouseClick(district, Qt.MouseButton.LeftButton)
    contacts = area_of(window, "contacts", ContactsArea)
    assert window.current_area_key() == "contacts"
    assert contacts.tabs.currentWidget() is contacts.organisations


def click_tabs_to(qtbot: QtBot, page: QWidget) -> None:
    """Click the tabs that lead to ``page``, the outermost first (Kris → Utbildning → …)."""
    tab_widgets: list[QTabWidget] = []
    parent = page.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            tab_widgets.insert(0, parent)
        parent = parent.parentWidget()
    for tabs in tab_widgets:
        pages = [tabs.widget(i) for i in range(tabs.count())]
        index = next(
            i for i, tab in enumerate(pages) if tab and (tab is page or tab.isAncestorOf(page))
        )
        bar = tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        settle(qtbot)


@pytest.mark.parametrize(
    ("area_key", "page_name", "hint"),
    [
        ("contacts", "organisations", "Inga organisationer ännu. ”Ny organisation” ({ctrl_n})"),
        ("crisis", "exercises_page", "Inga övningar ännu. ”Ny övning” ({ctrl_n})"),
        ("crisis", "fire_page", "Inga brandskyddsbesiktningar ännu. ”Ny besiktning” ({ctrl_n})"),
        (
            "crisis",
            "sessions_page",
            "Inga utbildningstillfällen ännu. ”Nytt utbildningstillfälle” ({ctrl_n})",
        ),
        (
            "alarms",
            "training_page",
            "Inga utbildningstillfällen ännu. ”Nytt utbildningstillfälle” ({ctrl_n})",
        ),
        (
            "crisis",
            "gaps_page",
            "Ingen saknar utbildning. Luckorna räknas fram ur kurserna som krisrollerna",
        ),
    ],
)
def test_the_other_empty_registers_say_where_their_first_record_comes_from(
    qtbot: QtBot, ctx: AppContext, area_key: str, page_name: str, hint: str
) -> None:
    window, area = area_in_window(qtbot, ctx, area_key, QWidget)
    page = getattr(area, page_name)
    assert isinstance(page, ListPage)
    click_tabs_to(qtbot, page)
    assert page.isVisible()
    assert says(page.table._empty).startswith(hint.format(ctrl_n=native_keys("Ctrl+N"))), says(
        page.table._empty
    )
    # A search that finds nothing says so instead.
    qtbot.keyClicks(page.search, "Norr")
    qtbot.keyClick(page.search, "\r")
    assert says(page.table._empty) == "Inget matchar sökningen eller filtren."


def offered(empty: EmptyText) -> str:
    """The button under an empty list's text, as the user sees it ("" when none is shown)."""
    return empty.button.text() if empty.button.isVisible() else ""


def test_an_empty_register_offers_its_first_step_as_a_button(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    """Before, the empty list only named the action ("”Ny grupp” (Ctrl+N) lägger till den
    första"), to be found in the toolbar above; now a click under the text does it."""
    window, area = area_in_window(qtbot, ctx, "groups", GroupsArea)
    empty = area.page.table._empty
    assert offered(empty) == "Ny grupp…"
    # Under the text, not over it.
    label_text_bottom = empty.label.heightForWidth(empty.label.width())
    assert empty.button.geometry().top() >= label_text_bottom - 1
    opened: list[QWidget] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        opened.append(dialog)
        dialog.discard()  # type: ignore[attr-defined]

    modals.answer(look)
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    modals.check()
    assert len(opened) == 1

    # A search that finds nothing offers no "new" (the register is not empty).
    qtbot.keyClicks(area.page.search, "Norr")
    qtbot.keyClick(area.page.search, "\r")
    assert offered(empty) == ""
    area.page.search.clear()
    qtbot.keyClick(area.page.search, "\r")
    assert offered(empty) == "Ny grupp…"

    window.navigate("walks")
    walks = area_of(window, "walks", WalksArea)
    assert offered(walks.walks_page.table._empty) == "Planera en vandring…"
    window.navigate("alarms")
    assert offered(area_of(window, "alarms", AlarmsArea).units_page.table._empty) == "Nytt larm…"
    window.navigate("actions")
    assert offered(area_of(window, "actions", ActionsArea).empty_text) == "Ny åtgärd…"
    window.navigate("contacts")
    assert offered(area_of(window, "contacts", ContactsArea).people.table._empty) == "Ny person…"
