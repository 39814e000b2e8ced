"""A cancelled exercise says so in one wording, "Övningen är inställd: …", wherever its view
tells why something waits: the Skriv ut ▾ entries' tooltips said "Övningen ställdes in: …"
while the Övningslogg, Utvärdering and Lärdomar tabs said "är inställd"."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercise_objectives, exercise_reading, exercises
from samverkan_desktop.services.exercises import ExerciseInput
from tests.ui.clicks import click_button, click_tab
from tests.ui.conftest import ModalDriver
from tests.ui.menus import click_in_menu
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.crisis.area import CrisisArea

SAID = "Övningen är inställd: "


def test_every_line_of_a_cancelled_exercise_says_it_is_cancelled(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    day = clock.today() + dt.timedelta(days=9)
    exercise = ctx.call(
        exercises.create_exercise,
        ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, day.year, date=day),
    )
    ctx.call(exercise_objectives.add_objective, exercise, "Alla nås inom 15 minuter")
    _window, area = area_in_window(qtbot, ctx, "crisis", CrisisArea, 1024, 768)
    area.open_exercise(exercise)
    settle(qtbot)
    view = area.exercise_view
    modals.answer(lambda box: click_button(qtbot, box, "Ställ in övningen"))  # "Ställa in …?"
    click_in_menu(qtbot, view.more_button, "Ställ in övningen…")
    qtbot.waitUntil(
        lambda: view.detail is not None and view.detail.exercise.status is ExerciseStatus.CANCELLED
    )
    modals.check()
    assert ctx.call(exercise_reading.get_exercise, exercise).exercise.status is (
        ExerciseStatus.CANCELLED
    )

    greyed = [a for a in view.print_button.menu().actions() if not a.isEnabled()]
    tooltips = {a.text().partition("\t")[0]: a.toolTip() for a in greyed}
    assert tooltips == {
        "Deltagarnas checklista…": SAID + "den har ingen checklista för deltagarna.",
        "Utvärderingsrapport…": SAID + "den har ingen utvärderingsrapport.",
    }
    lines = []
    tabs = (
        (view.log_tab, view.log_tab.not_yet),
        (view.evaluation_tab, view.evaluation_tab.not_held),
        (view.lessons_tab, view.lessons_tab.not_held),
    )
    for tab, line in tabs:
        click_tab(qtbot, view.tabs, tab)
        assert line.isVisible()
        lines.append(line.text())
    assert all(line.startswith(SAID) for line in lines), lines
