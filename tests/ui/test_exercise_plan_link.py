"""An exercise names the crisis plan it exercises: the exercise form's "Övar planen" picks it,
the exercise's header names it, and the plans register's "Senast övad" gives each plan its
latest held exercise, "aldrig övad" for a plan of a kind that is exercised and never was,
sortable oldest first, "övas inte" for one that is not exercised; its tooltip says why it is
due or not (an exercise of it planned: the example district's call-out test)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.formatting import iso_date
from samverkan_desktop.services import exercise_reading, settings
from tests.demo_call_out import CALL_OUT_TEST, call_off_the_call_out_test
from tests.demo_call_out import KRISLEDNINGSPLAN as CRISIS_PLAN
from tests.ui.cell_room import column_of
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import crisis_tab
from tests.ui.tables import click_header, click_row, column_texts, hover_tooltip, row_texts
from tests.ui.windows import settle
from ui.context import AppContext
from ui.crisis.exercise_dialog import ExerciseDialog

HELD_ON = "2021-02-17"  # the demo's crisis-management exercise
EXERCISE = "Övning för krisledningen: strömavbrott i kyla"


def test_the_register_says_when_each_plan_was_last_exercised(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    (call_out,) = [
        r for r in demo_ctx.call(exercise_reading.list_exercises) if r.title == CALL_OUT_TEST
    ]
    assert call_out.date is not None
    planned = f"En övning av planen är planerad: {CALL_OUT_TEST}, {iso_date(call_out.date)}."
    _window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1280, 800)
    table = area.plans_page.table
    assert row_texts(table, CRISIS_PLAN)["Senast övad"] == HELD_ON
    assert row_texts(table, "Kontinuitetsplan hemtjänst och äldreomsorg")["Senast övad"] == (
        "aldrig övad"
    )
    # Not exercised: said, not a blank read as a gap (test_plans_register_exercise_reasons).
    assert row_texts(table, "Risk- och sårbarhetsanalys (RSA)")["Senast övad"] == "övas inte"
    row = column_texts(table, "Namn").index(CRISIS_PLAN)
    # The exercise it was, and (five years on, past the interval) why it is not due: its
    # call-out test is planned (called off, it is: test_the_tooltip_says_the_interval_as_set).
    assert hover_tooltip(qtbot, table, row, column_of(table, "Senast övad")) == (
        f"{EXERCISE}\n{planned}"
    )

    # Oldest first: the plans never exercised that should have been, then by date, then those
    # not yet due ("inte övad än": the SBA plan, its drill planned), then those not exercised.
    assert click_header(qtbot, table, "Senast övad") == Qt.SortOrder.AscendingOrder
    shown = column_texts(table, "Senast övad")
    never = shown.count("aldrig övad")
    assert never == 3 and shown[:never] == ["aldrig övad"] * never
    assert shown[never : never + 2] == [HELD_ON, "inte övad än"]
    assert set(shown[never + 2 :]) == {"övas inte"}

    click_row(qtbot, table, CRISIS_PLAN)
    settle(qtbot)
    assert area.plans_page.detail.facts.fact("exercised") == f"{HELD_ON} – {EXERCISE}\n{planned}"


@pytest.mark.parametrize(
    ("months", "said"),
    [(24, "vartannat år"), (36, "vart 3:e år"), (18, "var 18:e månad"), (1, "varje månad")],
)
def test_the_tooltip_says_the_interval_as_set(
    qtbot: QtBot, demo_ctx: AppContext, months: int, said: str
) -> None:
    """Five years on, nothing planned for it: due again, at the interval set."""
    call_off_the_call_out_test(demo_ctx.call)
    demo_ctx.call(settings.set_int, settings.EXERCISE_INTERVAL_SETTING, months)
    _window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1280, 800)
    table = area.plans_page.table
    row = column_texts(table, "Namn").index(CRISIS_PLAN)
    assert hover_tooltip(qtbot, table, row, column_of(table, "Senast övad")) == (
        f"{EXERCISE}\nDags att öva: planen ska övas minst {said}."
    )


def _edit_in_header(qtbot: QtBot, view: QWidget) -> None:
    # The header's "Redigera…", not the lessons tab's.
    (edit,) = (
        b
        for b in view.findChildren(QPushButton, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if b.text() == "Redigera…"
    )
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)


def test_the_form_picks_the_plan_and_the_register_follows(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, area = crisis_tab(qtbot, demo_ctx, "exercises_stack", 1280, 800)
    exercise = next(
        r for r in demo_ctx.call(exercise_reading.list_exercises) if r.title == EXERCISE
    )
    area.open_exercise(exercise.id)
    view = area.exercise_view
    qtbot.waitUntil(lambda: view.isVisible())
    assert view.subtitle.text().endswith(f"övar {CRISIS_PLAN}")

    def no_plan(dialog: QWidget) -> None:
        assert isinstance(dialog, ExerciseDialog)
        assert dialog.plan.currentText() == CRISIS_PLAN
        assert dialog.plan.toolTip() == CRISIS_PLAN  # whole, where the narrow field cuts it
        dialog.plan.setFocus()
        qtbot.keyClick(dialog.plan, Qt.Key.Key_Home)  # the first choice: "– ingen –"
        assert dialog.plan.currentText() == "– ingen –" and dialog.plan.toolTip() == ""
        click_button(qtbot, dialog, "Spara")

    modals.answer(no_plan)
    _edit_in_header(qtbot, view)
    modals.check()
    qtbot.waitUntil(lambda: "övar" not in view.subtitle.text())
    assert demo_ctx.call(exercise_reading.get_exercise, exercise.id).plan_id is None

    # Its held exercise gone, the plan has only its call-out test, planned.
    _window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1280, 800)
    assert row_texts(area.plans_page.table, CRISIS_PLAN)["Senast övad"] == "inte övad än"

    def crisis_plan_again(dialog: QWidget) -> None:
        assert isinstance(dialog, ExerciseDialog)
        dialog.plan.setFocus()
        qtbot.keyClicks(dialog.plan, "Krisl")  # typed, as in a drop-down
        click_button(qtbot, dialog, "Spara")

    modals.answer(crisis_plan_again)
    _edit_in_header(qtbot, view)
    modals.check()
    assert demo_ctx.call(exercise_reading.get_exercise, exercise.id).exercise.plan == CRISIS_PLAN


def test_deleting_an_exercised_plan_says_its_exercises_stay(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    from PySide6.QtWidgets import QMessageBox

    _window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1280, 800)
    asked: list[str] = []

    def read_and_keep(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.reject()  # kept: nothing deleted

    for name in (CRISIS_PLAN, "Risk- och sårbarhetsanalys (RSA)"):
        click_row(qtbot, area.plans_page.table, name)
        modals.answer(read_and_keep)
        click_button(qtbot, area.plans_page.toolbar, "Ta bort…")
        modals.check()
    exercised, never = asked
    kept = "Övningarna som övade den finns kvar men anger inte längre någon plan."
    assert kept in exercised and kept not in never
    assert CRISIS_PLAN in column_texts(area.plans_page.table, "Namn")
