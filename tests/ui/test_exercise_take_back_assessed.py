"""An exercise held and given an overall assessment, opened in Kris och övningar: Mer ▾ →
"Ångra senaste steget" is refused with the way forward, and the message says "Övningen har en
samlad bedömning …" (its title stands right above, in the header); it repeated the title
("”Larmprov” har …"). The exercise stays held, its assessment kept."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercise_reading, exercises
from samverkan_desktop.services.exercise_assessment import save_assessment
from tests.days import days_ago
from tests.ui.answers import acknowledge
from tests.ui.conftest import ModalDriver
from tests.ui.menus import click_in_menu
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea

TITLE = "Larmprov"
ASSESSMENT = "Alla nåddes inom tio minuter."


def test_taking_back_an_assessed_exercise_says_the_exercise_not_its_title(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    day = days_ago(1)
    held = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput(
            TITLE, ExerciseType.FUNCTIONAL, day.year, date=day, status=ExerciseStatus.CONDUCTED
        ),
    )
    ctx.call(save_assessment, held, ASSESSMENT)
    area = show_window(qtbot, CrisisArea(ctx), 1024, 768)
    area.open_exercise(held)
    view = area.exercise_view
    assert view.title.text() == TITLE
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    click_in_menu(qtbot, view.more_button, "Ångra senaste steget")
    modals.check()
    assert seen == [
        "Övningen har en samlad bedömning, skriven efter övningen, och kan därför inte tas "
        "tillbaka till planerad eller ställas in. Töm bedömningen på fliken Utvärdering först "
        "(kopiera den någon annanstans om du vill behålla den)."
    ]
    kept = ctx.call(exercise_reading.get_exercise, held)
    assert (kept.exercise.status, kept.assessment) == (ExerciseStatus.CONDUCTED, ASSESSMENT)
