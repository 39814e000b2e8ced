"""Grupper och möten as the coordinator finds it: the agreements from the toolbar (and Kom
igång's first step on an empty database), "Möts" asked once (the rule's text read-only in the
group form while a rule plans the meetings), the members in a tab of their own with their
function, and the facts in sight at a laptop's size."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import GroupType
from samverkan_desktop.services import group_editing, group_rows, groups
from samverkan_desktop.swedish_order import sort_key
from tests.ui.clicks import click_button, click_tab
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window, overview_card
from tests.ui.tables import click_header, click_row, column_texts
from tests.ui.text_fit import plain
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.agreements_dialog import AgreementsDialog
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog
from ui.groups.rule_dialog import RuleDialog
from ui.overview.entry_button import EntryButton
from ui.overview.view import OverviewArea

PLACE = "Platssamverkan Stureplan/Östermalmstorg"  # meets by a rule in the demo
SCHOOL = "Arbetsgrupp skolan som brottsplats"


def _close_agreements(qtbot: QtBot, seen: list[str]) -> object:
    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, AgreementsDialog)
        seen.append(dialog.windowTitle())
        click_button(qtbot, dialog, "Stäng")

    return close


def test_the_agreements_open_from_the_toolbar_and_by_their_key(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea)
    seen: list[str] = []
    modals.answer(_close_agreements(qtbot, seen))  # type: ignore[arg-type]
    button = area.page.toolbar.widgetForAction(area.agreements_action)
    assert button is not None and button.isVisible()  # in sight at 1280 px, not behind »
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    modals.check()
    window.activateWindow()  # the key is the window's: back to it after the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    modals.answer(_close_agreements(qtbot, seen))  # type: ignore[arg-type]
    qtbot.keyClick(
        window,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    modals.check()
    assert len(seen) == 2


def test_get_started_leads_first_to_the_agreement(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    window, _overview = area_in_window(qtbot, ctx, "overview", OverviewArea)
    card = overview_card(qtbot, window, "getting_started")
    steps = [button for button in card.findChildren(EntryButton)]
    assert steps[0].item.title == "Registrera överenskommelsen med polisen"
    seen: list[str] = []
    modals.answer(_close_agreements(qtbot, seen))  # type: ignore[arg-type]
    qtbot.mouseClick(steps[0], Qt.MouseButton.LeftButton)
    modals.check()
    assert window.current_area_key() == "groups" and len(seen) == 1


def test_meets_is_the_rules_text_read_only_with_a_way_to_the_rule(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea)
    click_row(qtbot, area.page.table, PLACE)
    group = area.current_group()
    assert group is not None and group.meets_by_rule
    seen: dict[str, object] = {}

    def rule_opened(tries: int = 300) -> None:
        # Opened inside the form's answer: the modal driver, busy with the form, cannot
        # answer it too (Qt does not fire its timer inside its own slot).
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RuleDialog):
            if tries:
                QTimer.singleShot(10, lambda: rule_opened(tries - 1))
            return
        seen["rule"] = dialog.windowTitle()
        click_button(qtbot, dialog, "Avbryt")

    def look(form: QWidget) -> None:
        assert isinstance(form, GroupDialog)
        row = form.meets_row
        seen["typed"] = row.edit.isVisible()
        seen["shown"] = plain(row.rule_text.text()) if row.rule_text.isVisible() else ""
        QTimer.singleShot(0, rule_opened)
        click_button(qtbot, form, "Ändra mötesregeln…")
        click_button(qtbot, form, "Spara")  # still saves: nothing else changed the group

    modals.answer(look)
    click_button(qtbot, area.page, "Redigera…")
    modals.check()
    assert seen == {
        "typed": False,
        "shown": group.meeting_frequency,
        "rule": f"Mötesregel – {PLACE}",
    }


def test_meets_stays_free_text_without_a_rule(qtbot: QtBot, ctx: AppContext) -> None:
    """A group that meets without a calendar rule ("vid behov") types how often."""
    group_id = ctx.call(
        group_editing.create_group,
        group_rows.GroupInput("Krisstödsgruppen", GroupType.NATVERK, meeting_frequency="vid behov"),
    )
    form = GroupDialog(ctx, ctx.call(groups.get_group, group_id))
    qtbot.addWidget(form)
    form.show()
    assert form.meets_row.edit.isVisible() and not form.meets_row.rule_button.isVisible()
    assert form.meets_row.edit.text() == "vid behov"


def test_the_members_tab_shows_their_function_sortable_and_the_facts_fit(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, 1280, 800)
    click_row(qtbot, area.page.table, SCHOOL)
    settle(qtbot)
    # The facts a coordinator looks for are in sight on the details tab, nothing to scroll.
    scroll = area.detail._scroll
    for key in ("starts_on", "term", "follow_up", "rule"):  # "Möts" is said by the rule
        label = area.detail.facts.value_label(key)
        bottom = label.mapTo(scroll.viewport(), label.rect().bottomLeft()).y()
        assert label.isVisible() and bottom <= scroll.viewport().height(), key
    list_width = area.page.table.width()
    click_tab(qtbot, area.tabs, area.detail.members_page)
    settle(qtbot)
    # The pane keeps (at least) the details' half of the width for the four columns.
    assert area.page.table.width() <= list_width
    assert area.tabs.width() >= area.page.splitter.width() // 2 - 10
    members = area.detail.members
    titles = column_texts(members, "Befattning")
    assert all(titles) and len(titles) == len(area.current_group().members)  # type: ignore[union-attr]
    order = click_header(qtbot, members, "Befattning")
    descending = order == Qt.SortOrder.DescendingOrder
    assert column_texts(members, "Befattning") == sorted(titles, key=sort_key, reverse=descending)
