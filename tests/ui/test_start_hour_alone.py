"""An exercise's (or a walk's) start written as Swedes often write it, the hour alone: "9",
"kl 9", "kl. 13" are taken as 09.00 and 13.00. The form refused "9" ("”9” är ingen tid")."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.clicks import click_button, type_text
from tests.ui.openers import shown_form
from ui.context import AppContext
from ui.crisis.exercise_dialog import ExerciseDialog

TITLE = "Krisledningsövning: värmebölja"


def planned_at(qtbot: QtBot, ctx: AppContext, typed: str) -> ExerciseDialog:
    """A new exercise planned with its start typed so (the form stays open if refused)."""
    dialog = shown_form(qtbot, ExerciseDialog(ctx))
    type_text(qtbot, dialog.title_edit, TITLE)
    type_text(qtbot, dialog.time, typed)
    click_button(qtbot, dialog, "Planera övning")
    return dialog


@pytest.mark.parametrize(("typed", "start"), [("9", dt.time(9)), ("kl 9", dt.time(9)),
                                              ("Kl. 13", dt.time(13)), ("kl 9.30", dt.time(9, 30))])  # fmt: skip
def test_the_hour_alone_is_taken_as_the_start(
    qtbot: QtBot, demo_ctx: AppContext, typed: str, start: dt.time
) -> None:
    dialog = planned_at(qtbot, demo_ctx, typed)
    assert dialog.error_text("start_time") == ""
    row = next(r for r in demo_ctx.call(exercise_reading.list_exercises) if r.title == TITLE)
    assert demo_ctx.call(exercise_reading.get_exercise, row.id).start_time == start


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("25", "timmen måste vara 0–23"),
        ("kl 9.75", "minuterna måste vara 00–59"),
        ("nio", "skriv den till exempel som 09.00"),  # the exercise form's example
    ],
)
def test_what_is_no_time_is_still_refused(
    qtbot: QtBot, demo_ctx: AppContext, typed: str, problem: str
) -> None:
    dialog = planned_at(qtbot, demo_ctx, typed)
    assert dialog.error_text("start_time") == f"Ogiltig tid: {typed} – {problem}."
    assert dialog.isVisible()
