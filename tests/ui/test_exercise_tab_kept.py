"""An exercise opened again returns to the tab it was left on this session, as a walk does (the
shared record_header.StartTab): it opened on its step's tab every time."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.clicks import click_button, click_tab
from tests.ui.openers import crisis_tab
from tests.ui.windows import settle
from ui.context import AppContext


def test_an_exercise_opened_again_is_on_the_tab_it_was_left_on(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "exercises_stack")
    rows = demo_ctx.call(exercise_reading.list_exercises)
    evaluated = next(r.id for r in rows if r.title.startswith("Övning för krisledningen"))
    other = next(r.id for r in rows if r.id != evaluated)
    view = area.exercise_view
    area.open_exercise(evaluated)  # as the list's Enter does
    settle(qtbot)
    assert view.tabs.currentWidget() is view.lessons_tab  # evaluated: its lessons, at first
    click_tab(qtbot, view.tabs, view.participants_tab)
    for exercise_id in (other, evaluated):
        click_button(qtbot, view, "← Alla övningar")
        assert area.exercises_stack.currentWidget() is area.exercises_page
        area.open_exercise(exercise_id)
        settle(qtbot)
    assert view.tabs.currentWidget() is view.participants_tab
