"""The Actions area's detail pane beside the list in the main window, at 1280 × 800 and at a
laptop's 1100 × 700: its buttons and every fact are shown whole, without a sideways scroll bar
(the row of Status, Edit… and Show group was wider than the pane and cut 'Visa grupp', and the
values behind it were cut at the pane's edge), also after the window is made narrower."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from tests.ui.windows import settle
from ui.actions.area import ActionsArea
from ui.actions.detail import ActionDetailPane
from ui.context import AppContext

# Raised at a meeting of a group: the pane shows Show group and a long origin.
MEETING_ACTION = "Ta fram polisens statistik över bedrägerier mot äldre i området"


def _cut(pane: ActionDetailPane) -> list[str]:
    """What a user cannot read whole: a button clipped by the pane, a value given fewer lines
    than its text needs at its width."""
    problems = []
    for button in (pane.edit_button, pane.group_button):
        if button.isVisible() and button.visibleRegion().boundingRect().size() != button.size():
            problems.append(button.text())
    for label in pane.facts.findChildren(QLabel):
        shown = label.isVisible() and label.wordWrap()
        if shown and label.height() < label.heightForWidth(label.width()):
            problems.append(label.text())
    scroll = pane.findChild(QScrollArea)
    assert scroll is not None
    if scroll.horizontalScrollBar().isVisible():
        problems.append("sideways scroll bar")
    return problems


@pytest.mark.parametrize("size", [(1280, 800), (1100, 700)])
def test_the_panes_buttons_and_facts_are_shown_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "actions", ActionsArea, *size)
    qtbot.waitUntil(lambda: area.table.model().rowCount() > 0)
    click_row(qtbot, area.table, MEETING_ACTION)
    pane = area.detail
    qtbot.waitUntil(lambda: pane.title.text() == MEETING_ACTION)
    assert pane.group_button.isVisible()
    settle(qtbot)
    assert _cut(pane) == []
    # A narrower window: the values wrap again at the pane's new width.
    window.resize(size[0] - 120, size[1])
    settle(qtbot)
    assert _cut(pane) == []
