"""A walk with no earlier one at its place shows its own actions in the Follow-up step: the
demo's Tessinparken 2021 has three actions still open, yet "Fortfarande öppet" said "Ingen
tidigare vandring.", which read as nothing left to do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_actions
from tests.ui.demo_walks import tessinparken
from tests.ui.openers import area_in_window
from ui.context import AppContext
from ui.walks.area import WalksArea


def _lines(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [widget.item(i).text() for i in range(widget.count())]


def test_still_open_lists_the_walks_own_open_actions(qtbot: QtBot, demo_ctx: AppContext) -> None:
    walk_id = tessinparken(demo_ctx)
    actions = demo_ctx.call(walk_actions.list_for_walk, walk_id)
    still_open = sorted(a.title for a in actions if not a.is_closed)
    closed = sorted(a.title for a in actions if a.is_closed)
    assert len(still_open) == 3 and closed  # the demo's walk, as the audit found it
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1100, 700)
    area.open_walk(walk_id)
    view = area.view
    bar = view.tabs.tabBar()
    index = view.tabs.indexOf(view.followup_tab)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    tab = view.followup_tab
    assert tab.open_title.text() == "Fortfarande öppet från vandringen"
    assert tab.closed_title.text() == "Avslutat sedan vandringen"
    shown_open = _lines(tab.still_open)
    assert sorted(line.split(" — ")[0] for line in shown_open) == still_open
    assert sorted(line.split(" — ")[0] for line in _lines(tab.closed)) == closed
    assert not any("Ingen tidigare vandring" in line for line in shown_open)
