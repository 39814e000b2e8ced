"""A detail pane's facts at 1024 × 768 read whole beside their labels, also while the pane's
scroll bar shows: a value kept beside its label stood out by the gap between them and lost
its last letters under the scroll bar ("Första tisdagen varj" beside "Mötesregel")."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_tab
from tests.ui.openers import area_in_window, crisis_tab
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import settle
from ui.actions.area import ActionsArea
from ui.contacts.area import ContactsArea
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.widgets.detail import FactList

SIZE = (1024, 768)


def cut_facts(root: QWidget) -> list[str]:
    """The shown facts under ``root`` whose value reaches past what its scroll area shows, or
    whose longest word is wider than the value's room."""
    cut = []
    for facts in root.findChildren(FactList):
        if not facts.isVisible():
            continue
        scroll = facts.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        for key, value in facts._values.items():
            if not value.isVisible():
                continue
            shown = scroll.viewport() if scroll is not None else facts
            right = value.mapTo(shown, QPoint(value.width(), 0)).x()
            metrics = QFontMetrics(value.font())
            words = re.split(r"\s+|(?<=/)", facts.fact(key))  # Qt breaks after a slash too
            word = max(metrics.horizontalAdvance(w) for w in words)
            if right > shown.width() or word > value.width():
                cut.append(
                    f"{key}: {facts.fact(key)!r} right {right}/{shown.width()}, word {word}/{value.width()}"
                )
    return cut


def test_every_groups_facts_read_whole_beside_the_scroll_bar(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, *SIZE)
    table = area.page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    scrolled = 0
    for name in column_texts(table, "Namn"):
        click_row(qtbot, table, name)
        settle(qtbot)
        assert area.detail.title.text() == name
        scrolled += area.detail._scroll.verticalScrollBar().isVisible()
        assert cut_facts(area.detail) == [], name
    assert scrolled > 0  # the case that cut: facts beside the pane's scroll bar


def test_actions_facts_read_whole(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, actions = area_in_window(qtbot, demo_ctx, "actions", ActionsArea, *SIZE)
    for title in column_texts(actions.table, "Åtgärd")[:8]:
        click_row(qtbot, actions.table, title)
        settle(qtbot)
        assert cut_facts(actions.detail) == [], title


def test_organisations_facts_read_whole(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, contacts = area_in_window(qtbot, demo_ctx, "contacts", ContactsArea, *SIZE)
    click_tab(qtbot, contacts.tabs, contacts.organisations)
    table = contacts.organisations.table
    for name in column_texts(table, "Namn")[:10]:
        click_row(qtbot, table, name)
        settle(qtbot)
        assert cut_facts(contacts.organisations.detail) == [], name


def test_plans_facts_read_whole(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """ "Samverkansöverenskommelse" beside "Typ" was cut at the right, above a sideways scroll
    bar: a long word now goes under its label."""
    _window, crisis = crisis_tab(qtbot, demo_ctx, "plans_page", *SIZE)
    plans = crisis.plans_page
    names = column_texts(plans.table, "Namn")
    click_row(qtbot, plans.table, names[0])
    for number, name in enumerate(names):
        if number:  # down the register by keyboard, plan after plan
            qtbot.keyClick(plans.table, Qt.Key.Key_Down)
        settle(qtbot)
        assert plans.detail.title.text() == name
        assert cut_facts(plans.detail) == [], name
        assert plans.detail._scroll.horizontalScrollBar().maximum() == 0, name


def test_actions_facts_read_whole_down_the_list(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """Action after action by ↓, the pane switched straight from one record to the next."""
    _window, actions = area_in_window(qtbot, demo_ctx, "actions", ActionsArea, *SIZE)
    titles = column_texts(actions.table, "Åtgärd")[:8]
    click_row(qtbot, actions.table, titles[0])
    for number, title in enumerate(titles):
        if number:
            qtbot.keyClick(actions.table, Qt.Key.Key_Down)
        settle(qtbot)
        assert actions.detail.title.text() == title
        assert cut_facts(actions.detail) == [], title
