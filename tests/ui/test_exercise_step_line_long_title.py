"""An exercise planned for a coming day says why "Markera som genomförd" waits in a line under its
title, as a walk does: "Övningen kan markeras som genomförd från sin dag, …" (one line at 1024
px: "… ändra först dess" / "datum." left a word alone on a second line). The line repeated the title in quotes;
with a long one (a staff exercise named for its scenario) it took three lines at 1024 px, the
title twice on the screen and the tabs pushed down. The command line still names the exercise
it refuses (its line stands alone)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercises
from tests.ui.openers import area_in_window
from tests.ui.text_fit import wrapped_lines
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea

TODAY = dt.date(2026, 12, 6)
EXERCISE_DAY = dt.date(2027, 2, 15)
TITLE = (
    "Stabsövning för krisledningsgruppen i Östermalms stadsdelsförvaltning – långvarigt "
    "avbrott i dricksvattenförsörjningen"
)


def test_the_line_under_a_long_title_does_not_repeat_it(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    exercise = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput(TITLE, ExerciseType.SEMINAR, 2027, date=EXERCISE_DAY),
    )
    area = show_window(qtbot, CrisisArea(ctx), 1024 - 210, 768)  # beside the sidebar
    area.open_exercise(exercise)
    view = area.exercise_view
    qtbot.wait(50)
    line = view.step_refusal
    assert line.isVisible()
    assert line.text() == (
        "Övningen kan markeras som genomförd från sin dag, 2027-02-15. "
        "Om den hölls tidigare, ändra först dess datum."
    )
    assert len(wrapped_lines(line)) == 1, wrapped_lines(line)  # "datum." stood alone below
    assert view.next_button.toolTip() == line.text()

    with pytest.raises(DomainError) as refused:  # as the command line is told
        ctx.call(exercises.set_status, exercise, ExerciseStatus.CONDUCTED)
    assert refused.value.message.startswith(
        f"”{TITLE}” kan markeras som genomförd från sin dag, 2027-02-15"
    )


def test_the_line_of_an_exercise_starting_later_today_holds_on_one_line(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Worded as a coming day's line: "Övningen börjar i dag kl. 21.00; den kan markeras som
    genomförd när den har börjat. Om den började tidigare, ändra först dess" left "starttid."
    alone on a second line at 1024 × 768."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    at_five = dt.datetime.combine(TODAY, dt.time(17, 30), LOCAL_ZONE)
    monkeypatch.setattr(clock, "now", lambda: at_five)
    exercise = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput(
            TITLE, ExerciseType.FUNCTIONAL, 2026, date=TODAY, start_time=dt.time(21)
        ),
    )
    _window, area = area_in_window(qtbot, ctx, "crisis", CrisisArea, 1024, 768)
    area.open_exercise(exercise)
    view = area.exercise_view
    qtbot.waitUntil(view.step_refusal.isVisible)
    line = view.step_refusal
    assert line.text() == (
        "Övningen kan markeras som genomförd från kl. 21.00 i dag. "
        "Om den började tidigare, ändra först dess starttid."
    )
    assert len(wrapped_lines(line)) == 1, wrapped_lines(line)
