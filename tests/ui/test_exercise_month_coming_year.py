"""A new exercise planned in December for February lands in next year's February: the year
followed the month picked (it stayed on this year, so the exercise was planned in a February
already past and missing from next year's plan). A year set by hand is kept."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import exercise_reading
from tests.ui.clicks import click_button, type_text
from tests.ui.windows import wait_exposed
from ui.context import AppContext
from ui.crisis.exercise_dialog import ExerciseDialog

TODAY = dt.date(2026, 12, 2)
TITLE = "Krisledningsövning: värmebölja"


@pytest.fixture
def dialog(qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> ExerciseDialog:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    form = ExerciseDialog(demo_ctx)
    qtbot.addWidget(form)
    form.show()
    wait_exposed(qtbot, form)
    type_text(qtbot, form.title_edit, TITLE)
    return form


def pick_month(qtbot: QtBot, dialog: ExerciseDialog, typed: str) -> None:
    dialog.month.setFocus()
    qtbot.keyClicks(dialog.month, typed)


def planned_year(ctx: AppContext) -> int:
    return next(r.year for r in ctx.call(exercise_reading.list_exercises) if r.title == TITLE)


def test_february_picked_in_december_is_next_years(
    qtbot: QtBot, demo_ctx: AppContext, dialog: ExerciseDialog
) -> None:
    pick_month(qtbot, dialog, "feb")
    assert dialog.month.currentText() == "februari"
    assert dialog.year.value() == 2027
    click_button(qtbot, dialog, "Planera övning")
    assert planned_year(demo_ctx) == 2027


def test_a_year_set_by_hand_is_kept(
    qtbot: QtBot, demo_ctx: AppContext, dialog: ExerciseDialog
) -> None:
    dialog.year.setFocus()
    dialog.year.selectAll()
    qtbot.keyClicks(dialog.year, "2028")
    pick_month(qtbot, dialog, "feb")
    assert dialog.year.value() == 2028
    pick_month(qtbot, dialog, "dec")  # this month: this year, were it not set by hand
    assert dialog.year.value() == 2028
    click_button(qtbot, dialog, "Planera övning")
    assert planned_year(demo_ctx) == 2028
