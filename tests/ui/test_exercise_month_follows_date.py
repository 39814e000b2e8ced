"""In "Ny övning" the annual plan's month and the year follow the date typed while the dialog is
open (they stayed "– ingen månad ännu –" and this year beside a date in June next year, and the
exercise was saved in June anyway); a month chosen by hand stays."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from tests.ui.helpers import keep_shot, type_date, wait_exposed
from ui.context import AppContext
from ui.crisis.exercise_dialog import ExerciseDialog


def opened(qtbot: QtBot, ctx: AppContext) -> ExerciseDialog:
    dialog = ExerciseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_exposed(qtbot, dialog)
    return dialog


def test_the_month_follows_the_date_typed(qtbot: QtBot, demo_ctx: AppContext) -> None:
    dialog = opened(qtbot, demo_ctx)
    year = dialog.year.value() + 1
    type_date(qtbot, dialog.date, dt.date(year, 6, 10))
    assert dialog.month.currentText() == "juni"
    assert dialog.year.value() == year
    type_date(qtbot, dialog.date, dt.date(year, 9, 3))
    keep_shot(dialog, "exercise_month_follows")
    assert dialog.month.currentText() == "september"


def test_a_month_chosen_by_hand_stays(qtbot: QtBot, demo_ctx: AppContext) -> None:
    dialog = opened(qtbot, demo_ctx)
    dialog.month.setFocus()
    qtbot.keyClicks(dialog.month, "maj")
    assert dialog.month.currentText() == "maj"
    type_date(qtbot, dialog.date, dt.date(dialog.year.value(), 6, 10))
    assert dialog.month.currentText() == "maj"
