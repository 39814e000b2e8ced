"""Kris och övningar → Planer: "Senast övad" sorts by how much a plan needs exercising, not by
its text (where "ännu inte" stood among the dates' digits by the alphabet): ascending, the plans
never exercised that should have been ("aldrig övad"), then the dates oldest first, then the
plans not yet due ("inte övad än"), then those not exercised ("övas inte"); descending, the
reverse."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercises, plans
from samverkan_desktop.services.exercises import ExerciseInput
from tests.ui.openers import crisis_tab
from tests.ui.tables import column_texts, sorts_in_both_orders
from ui.context import AppContext

HELD = {  # two more plans exercised, one before and one after the demo's krisledningsplan
    "Kontinuitetsplan hemtjänst och äldreomsorg": dt.date(2024, 5, 14),
    "Rutin vid hot och våld mot medarbetare": dt.date(2019, 10, 2),
}


def test_last_exercised_sorts_the_most_in_need_first_and_back(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    ids = {row.name: row.id for row in demo_ctx.call(plans.list_plans, clock.today())}
    for name, day in HELD.items():
        demo_ctx.call(
            exercises.create_exercise,
            ExerciseInput(
                f"Seminarium {day.year}",
                ExerciseType.SEMINAR,
                day.year,
                date=day,
                status=ExerciseStatus.CONDUCTED,
                plan_id=ids[name],
            ),
        )
    _window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1280, 800)
    table = area.plans_page.table
    shown = column_texts(table, "Senast övad")
    dates = sorted(text for text in shown if text[:1].isdigit())
    words = ["aldrig övad", "inte övad än", "övas inte"]  # one word for each meaning
    assert len(dates) == 3 and set(words) <= set(shown)
    sorts_in_both_orders(qtbot, table, "Senast övad", [words[0], *dates, *words[1:]])
