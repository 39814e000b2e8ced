"""Two desks on one database edit an area's goal and situation picture ("Mål och lägesbild…"):
a save made after the other desk saved the area is refused in Swedish, naming what they changed,
with what was typed kept and nothing of it saved; saving again before looking is refused too;
F5 (or its button) loads theirs keeping the user's typing in the fields she changed, and then
Save stores both."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import agreements
from samverkan_desktop.services.action_plan import (
    AreaPlan,
    FigureInput,
    FigureRow,
    get_area_plan,
    save_area_plan,
)
from tests.ui.answers import another_desk
from tests.ui.clicks import click_button, type_text
from tests.ui.tables import cell
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area_plan_dialog import MEASURE, VALUE, YEAR, AreaPlanDialog

MY_GOAL = "Stureplan och Östermalmstorg är trygga kvällar och nätter"
THEIR_GOAL = "Allmänna platser är trygga och välskötta"
LOAD_BUTTON = "Hämta ändringen, behåll min text (F5)"


def _open(qtbot: QtBot, ctx: AppContext) -> tuple[AreaPlanDialog, AreaPlan]:
    (detail,) = ctx.call(agreements.list_agreement_details)
    plan = ctx.call(get_area_plan, detail.id, detail.priority_area_ids[0])
    assert plan.figures  # the demo's places have figures
    dialog = show_window(qtbot, AreaPlanDialog(ctx, detail.id, plan.priority_area_id), 980, 560)
    return dialog, plan


def _input(figure: FigureRow) -> FigureInput:
    return FigureInput(
        figure.measure,
        figure.place,
        str(figure.year),
        str(figure.value),
        figure.unit,
        figure.source,
    )


def _other_desk_saves(
    ctx: AppContext, plan: AreaPlan, goal: str | None, first_value: float | None = None
) -> None:
    """Another program on the same database saves the area (the first figure's value too)."""
    figures = [_input(f) for f in plan.figures]
    if first_value is not None:
        figures[0] = FigureInput(
            figures[0].measure,
            figures[0].place,
            figures[0].year,
            str(first_value),
            figures[0].unit,
            figures[0].source,
        )
    with another_desk(ctx.db.url) as desk:
        desk.call(save_area_plan, plan.agreement_id, plan.priority_area_id, goal, figures)


def _stored(ctx: AppContext, plan: AreaPlan) -> AreaPlan:
    return ctx.call(get_area_plan, plan.agreement_id, plan.priority_area_id)


def _value_of(dialog: AreaPlanDialog, figure: FigureRow) -> str:
    """The value the table shows for ``figure``'s measure, place and year."""
    key = (figure.measure, figure.place, str(figure.year))
    (row,) = [row for row in dialog.table.texts() if row[: YEAR + 1] == key]
    return row[VALUE]


def _type_goal(qtbot: QtBot, dialog: AreaPlanDialog, text: str) -> None:
    dialog.goal_edit.selectAll()
    type_text(qtbot, dialog.goal_edit, text)


def test_a_goal_saved_after_another_desk_changed_a_figure_waits_for_theirs_to_be_loaded(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    dialog, plan = _open(qtbot, demo_ctx)
    first = plan.figures[0]
    _other_desk_saves(demo_ctx, plan, plan.goal, first_value=first.value + 7)
    _type_goal(qtbot, dialog, MY_GOAL)
    click_button(qtbot, dialog, "Spara")

    refusal = (
        "Någon annan har ändrat lägesbild sedan du öppnade formuläret, så inget sparades. "
        "Hämta ändringen så ser du den – det du har skrivit står kvar i fälten."
    )
    assert dialog.isVisible()
    assert dialog.general_error.text() == refusal
    assert dialog.goal_edit.toPlainText() == MY_GOAL
    stored = _stored(demo_ctx, plan)
    assert stored.goal == plan.goal  # nothing of hers
    assert stored.figures[0].value == first.value + 7  # theirs
    click_button(qtbot, dialog, "Spara")  # not looked at yet: refused again, not over theirs
    assert dialog.general_error.text() == refusal
    assert _stored(demo_ctx, plan).goal == plan.goal

    qtbot.keyClick(dialog.goal_edit, Qt.Key.Key_F5)
    assert dialog.goal_edit.toPlainText() == MY_GOAL
    assert float(_value_of(dialog, first)) == first.value + 7
    assert dialog.general_error.text() == (
        "Ändringen av lägesbild är hämtad. Det du skrev står kvar i övergripande mål. "
        "Kontrollera och spara igen."
    )
    click_button(qtbot, dialog, "Spara")
    assert not dialog.isVisible()
    stored = _stored(demo_ctx, plan)
    assert stored.goal == MY_GOAL
    assert stored.figures[0].value == first.value + 7


def test_rows_removed_while_another_desk_changed_the_table_are_kept_and_theirs_said(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    dialog, plan = _open(qtbot, demo_ctx)
    table = dialog.table
    removed = cell(table, table.rowCount() - 1, MEASURE)
    spot = table.visualItemRect(removed).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(spot))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    mine = sorted(table.texts())
    _other_desk_saves(demo_ctx, plan, THEIR_GOAL, first_value=plan.figures[0].value + 7)
    click_button(qtbot, dialog, "Spara")

    assert dialog.general_error.text().startswith(
        "Någon annan har ändrat övergripande mål och lägesbild sedan du öppnade formuläret"
    )
    assert len(_stored(demo_ctx, plan).figures) == len(plan.figures)  # none removed

    click_button(qtbot, dialog, LOAD_BUTTON)
    assert dialog.goal_edit.toPlainText() == THEIR_GOAL  # she had not touched it
    assert sorted(table.texts()) == mine  # her table, the row still removed
    assert dialog.error_text("figures") == (  # their changed row, not the whole table
        "Den andra sparade: ”Andel som upplever berusade personer som störande, Hela "
        "stadsdelsområdet 2019: 16 procent”. Din text står kvar här – spara för att ersätta den."
    )
    click_button(qtbot, dialog, "Spara")
    assert not dialog.isVisible()
    stored = _stored(demo_ctx, plan)
    assert stored.goal == THEIR_GOAL
    assert len(stored.figures) == len(plan.figures) - 1
