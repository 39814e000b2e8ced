"""A walk's Planering at 1024 × 768: the route's five buttons (Lägg till stopp…, Redigera…,
Flytta upp, Flytta ned, Ta bort) need 447 px side by side; the route's column had less, and
"Ta bort" dropped alone onto a second line under them. The route's column now keeps their
room (the gap between the columns 12 px, was 24), and the participants' "Lägg till person…"
and "Lägg till organisation…" still stand side by side. At 1440 × 900 as before."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.record_tabs import walk_tab
from tests.ui.windows import keep_shot
from ui.context import AppContext


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1440, 900)])
def test_the_route_s_buttons_stay_on_one_line(
    qtbot: QtBot, demo_ctx: AppContext, width: int, height: int
) -> None:
    view = walk_tab(qtbot, demo_ctx, "plan_tab", width, height)
    tab = view.plan_tab
    keep_shot(view, f"walk-plan-{width}")
    buttons = [
        tab.add_stop_button,
        tab.edit_stop_button,
        tab.up_button,
        tab.down_button,
        tab.remove_stop_button,
    ]
    assert {button.text(): button.y() for button in buttons} == {
        button.text(): tab.add_stop_button.y() for button in buttons
    }
    # and whole, beside the participants' list
    assert tab.remove_stop_button.geometry().right() < tab.people.geometry().left()
    # the participants' two buttons to add stay side by side
    assert tab.add_org_button.y() == tab.add_person_button.y()
