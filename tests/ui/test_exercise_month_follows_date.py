"""In "Ny övning" the annual plan's month and the year follow the date typed while the dialog is
open (they stayed "– ingen månad ännu –" and this year beside a date in June next year, and the
exercise was saved in June anyway); beside a date the month is not choosable (one picked by
hand was shown and then not saved), only for an undated exercise."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.clicks import type_date
from tests.ui.openers import shown_form
from tests.ui.windows import keep_shot
from ui.context import AppContext
from ui.crisis.exercise_dialog import ExerciseDialog


def test_the_month_follows_the_date_typed(qtbot: QtBot, demo_ctx: AppContext) -> None:
    dialog = shown_form(qtbot, ExerciseDialog(demo_ctx))
    year = dialog.year.value() + 1
    type_date(qtbot, dialog.date, dt.date(year, 6, 10))
    assert dialog.month.currentText() == "juni"
    assert dialog.year.value() == year
    type_date(qtbot, dialog.date, dt.date(year, 9, 3))
    keep_shot(dialog, "exercise_month_follows")
    assert dialog.month.currentText() == "september"


def test_beside_a_date_the_month_is_not_choosable(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """A month or year picked by hand beside another date was shown and then not saved (the
    exercise takes its date's month and year): while a date is given both follow it, greyed."""
    dialog = shown_form(qtbot, ExerciseDialog(demo_ctx))
    dialog.month.setFocus()
    qtbot.keyClicks(dialog.month, "maj")  # the annual plan's month, no date yet
    assert dialog.month.currentText() == "maj"
    assert dialog.month.isEnabled()
    type_date(qtbot, dialog.date, dt.date(dialog.year.value(), 6, 10))
    assert dialog.month.currentText() == "juni"
    assert not dialog.month.isEnabled() and not dialog.year.isEnabled()
    follows = "Följer datumet; månad och år väljs bara för en övning utan datum"
    assert dialog.month.toolTip() == follows and dialog.year.toolTip() == follows
    # The date taken away: the month is the annual plan's again, to choose.
    dialog.date.setFocus()
    qtbot.keyClick(dialog.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.date, Qt.Key.Key_Delete)
    assert dialog.date.value_or_none() is None
    assert dialog.month.isEnabled() and dialog.year.isEnabled()
    dialog.month.setFocus()
    qtbot.keyClick(dialog.month, Qt.Key.Key_Up)
    assert dialog.month.currentText() == "maj"
