"""The training sessions are one register shown in two areas: their tool bars name the course's
actions in the same words. Kris och övningar said "Redigera kursen…" where Larm says
"Redigera kurs…" (seen under Xvfb)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.helpers import click_tab, settle
from tests.ui.openers import area_in_window
from ui.alarms.area import AlarmsArea
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.training.sessions import SessionsListPage


def _course_actions(page: SessionsListPage) -> list[str]:
    return [a.text() for a in page.toolbar.actions() if "kurs" in a.text()]


def test_both_areas_name_the_course_actions_alike(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, crisis = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea)
    click_tab(qtbot, crisis.tabs, crisis.training_tabs)
    settle(qtbot)
    in_crisis = _course_actions(crisis.sessions_page)
    window.navigate("alarms")
    alarms = window.area("alarms")
    assert isinstance(alarms, AlarmsArea)
    click_tab(qtbot, alarms.tabs, alarms.training_page)
    settle(qtbot)
    in_alarms = _course_actions(alarms.training_page)
    assert in_crisis == in_alarms == ["Ny kurs…", "Redigera kurs…"]
