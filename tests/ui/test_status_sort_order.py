"""Sorting by status follows the workflow, not the alphabet: Larm → Larm lists available units,
then those out, the overdue ones right after them, then charging, out of service and retired (by
its text "Försenat" stood first, far from "Utlånat" last); Kris och övningar → Övningar lists
planned, held, evaluated, the cancelled ones last ("Inställd" stood second)."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercises
from samverkan_desktop.services.exercises import ExerciseInput
from tests.ui.openers import area_in_window, crisis_tab
from tests.ui.tables import column_texts, sorts_in_both_orders
from ui.alarms.area import AlarmsArea
from ui.context import AppContext

UNIT_STEPS = ["Tillgängligt", "Utlånat", "Försenat", "Laddas", "Ur drift", "Kasserat"]


def test_units_sort_by_status_with_the_overdue_beside_those_out(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea)
    table = area.units_page.table
    shown = set(column_texts(table, "Status"))
    assert {"Tillgängligt", "Utlånat", "Försenat", "Laddas"} <= shown, shown
    sorts_in_both_orders(qtbot, table, "Status", UNIT_STEPS)


def test_exercises_sort_by_status_planned_to_evaluated_cancelled_last(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    held = clock.today() - dt.timedelta(days=10)
    for title, status in (
        ("Larmprov Stadshuset", ExerciseStatus.CONDUCTED),
        ("Stabsövning snöoväder", ExerciseStatus.CANCELLED),
    ):  # the demo's exercises are planned or evaluated
        data = ExerciseInput(title, ExerciseType.FUNCTIONAL, held.year, date=held, status=status)
        demo_ctx.call(exercises.create_exercise, data)
    _window, area = crisis_tab(qtbot, demo_ctx, "exercises_stack")
    table = area.exercises_page.table
    steps = [_(status.label) for status in ExerciseStatus]
    shown = set(column_texts(table, "Status"))
    assert {"Planerad", "Genomförd", "Utvärderad", "Inställd"} <= shown, shown
    sorts_in_both_orders(qtbot, table, "Status", steps)
