""" "Ny övning" opens on the year of the annual plan under the list: in December that plan shows
the coming year (this year's exercises done), and the form said this one (År 2026 under a plan
of 2027). A December picked
there is the plan's December, not this one; a year picked in the plan is the form's too."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import exercise_reading, exercises
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import crisis_tab
from ui.context import AppContext
from ui.crisis.exercise_dialog import ExerciseDialog

TODAY = dt.date(2026, 12, 2)
TITLE = "Krisledningsövning: värmebölja"


def _plan_in_form(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver, month: str | None
) -> tuple[str, int]:
    """ "Ny övning" clicked: the year the form opened on, and the year the exercise was planned
    in, ``month`` picked (typed into the month's field) or none."""
    _window, area = crisis_tab(qtbot, ctx, "exercises_stack", 1024, 768)
    opened_on: list[str] = []

    def plan(dialog: QWidget) -> None:
        assert isinstance(dialog, ExerciseDialog)
        opened_on.append(dialog.year.text())
        type_text(qtbot, dialog.title_edit, TITLE)
        if month is not None:
            dialog.month.setFocus()
            qtbot.keyClicks(dialog.month, month)
        click_button(qtbot, dialog, "Planera övning")

    modals.answer(plan)
    click_button(qtbot, area.exercises_page, "Ny övning…")
    qtbot.waitUntil(lambda: area.exercises_stack.currentWidget() is area.exercise_view)
    planned = next(r for r in ctx.call(exercise_reading.list_exercises) if r.title == TITLE)
    return opened_on[0], planned.year


@pytest.mark.moment(f"{TODAY.isoformat()}T10:00")
@pytest.mark.parametrize(("month", "year"), [(None, 2027), ("dec", 2027), ("feb", 2027)])
def test_in_december_a_new_exercise_is_in_the_coming_years_plan(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, month: str | None, year: int
) -> None:
    """This year's exercises done: the example district's call-out test later this December
    called off (while it is ahead the plan stays on this year:
    test_exercise_plan_opens_on_the_planned_year)."""
    for row in demo_ctx.call(exercise_reading.list_exercises, year=TODAY.year):
        if row.status is ExerciseStatus.PLANNED:
            demo_ctx.call(exercises.set_status, row.id, ExerciseStatus.CANCELLED)
    assert _plan_in_form(qtbot, demo_ctx, modals, month) == ("2027", year)


def test_in_this_years_plan_a_month_past_is_next_years(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 5, 12))
    assert _plan_in_form(qtbot, demo_ctx, modals, "feb") == ("2026", 2027)
