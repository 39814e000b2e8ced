"""Swedish that agrees with its numbers and nouns in the crisis area, read from the demo: a plan
is "Försenad" (en plan; "Försenat" is the loans' word), "2 av 4 uppfyllda", "1 öppen åtgärd"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import exercise_reading
from tests.ui.tables import column_texts, row_texts
from ui.context import AppContext
from ui.crisis.area import CrisisArea


def test_plans_exercises_and_lessons_read_as_swedish(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = CrisisArea(demo_ctx)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    assert column_texts(area.plans_page.table, "Status")[0] == "Försenad"
    area.plans_page.select_id(area.plans_page.table.rows()[0].id)
    assert area.plans_page.detail.subtitle.text().startswith("Försenad")
    area.tabs.setCurrentWidget(area.exercises_stack)
    evaluated = next(
        r
        for r in demo_ctx.call(exercise_reading.list_exercises)
        if r.status is ExerciseStatus.EVALUATED
    )
    assert evaluated.date is not None
    row = row_texts(area.exercises_page.table, evaluated.date.isoformat() + " (v. 7)")
    assert row["Mål"] == "2 av 4 uppfyllda"
    area.open_exercise(evaluated.id)
    assert area.exercise_view.lessons_tab.heading.text() == "Lärdomar (4, 1 öppen åtgärd)"
