"""In December the annual exercise plan opens on the coming year, the one being planned then
(it opened on the year all but past); from the month the settings give, when the coordinator
plans earlier. Not while an exercise of this year is still to be held or evaluated: a drill on
29 December was missing from the plan the coordinator saw, which showed next year's."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercises, settings
from tests.ui.openers import crisis_tab
from ui.context import AppContext


def _plan_year_shown(qtbot: QtBot, ctx: AppContext) -> str:
    _window, area = crisis_tab(qtbot, ctx, "exercises_stack")
    return area.exercises_page.plan_view.year.text()


@pytest.mark.parametrize(
    ("day", "shown"),
    [
        (dt.date(2026, 12, 1), "2027"),
        (dt.date(2026, 11, 30), "2026"),
        (dt.date(2027, 1, 4), "2027"),
    ],
    ids=["December", "November", "January"],
)
def test_the_plan_opens_on_next_year_in_december(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, day: dt.date, shown: str
) -> None:
    monkeypatch.setattr(clock, "today", lambda: day)
    assert _plan_year_shown(qtbot, ctx) == shown


def test_from_the_month_set_it_opens_on_next_year(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 10, 15))
    ctx.call(settings.save_settings, {settings.PLAN_NEXT_YEAR_SETTING: 10})  # from October
    assert _plan_year_shown(qtbot, ctx) == "2027"


DRILL = "Larm- och uppringningsprov för krisledningen"


@pytest.mark.moment("2026-12-07T10:00")
def test_a_drill_on_29_december_keeps_the_plan_on_this_year(qtbot: QtBot, ctx: AppContext) -> None:
    day = dt.date(2026, 12, 29)
    drill = exercises.ExerciseInput(title=DRILL, type=ExerciseType.FUNCTIONAL, year=2026, date=day)
    ctx.call(exercises.create_exercise, drill)
    _window, area = crisis_tab(qtbot, ctx, "exercises_stack")
    plan = area.exercises_page.plan_view
    assert plan.year.text() == "2026"
    assert DRILL in plan.month_texts()[11]  # december


@pytest.mark.moment("2026-12-07T10:00")
@pytest.mark.parametrize(
    ("status", "shown"),
    [(ExerciseStatus.CONDUCTED, "2026"), (ExerciseStatus.CANCELLED, "2027")],
    ids=["held, not evaluated", "cancelled"],
)
def test_next_year_once_this_years_exercises_are_done(
    qtbot: QtBot, ctx: AppContext, status: ExerciseStatus, shown: str
) -> None:
    """Held in March and not yet evaluated: still this year's plan, where it waits for its
    evaluation. Called off: nothing left this year, so the coming year's."""
    held = exercises.ExerciseInput(
        title=DRILL,
        type=ExerciseType.FUNCTIONAL,
        year=2026,
        date=dt.date(2026, 3, 10),
        status=status,
    )
    ctx.call(exercises.create_exercise, held)
    assert _plan_year_shown(qtbot, ctx) == shown
