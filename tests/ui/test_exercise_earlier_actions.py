"""An exercise's planning tab shows the open actions of earlier exercises' lessons, where
planning starts ("förra övningens lärdomar"): the example district's planned exercise lists the
RAKEL action from the 2021 exercise, with who is responsible, and opens it in Actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import exercise_reading
from tests.ui.clicks import click_button
from tests.ui.record_tabs import demo_exercise, exercise_alone
from tests.ui.tables import click_row, row_texts
from ui.context import AppContext


def test_the_planning_tab_lists_earlier_open_actions_and_opens_one(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    planned = demo_exercise(demo_ctx, ExerciseStatus.PLANNED, dated=True)
    held = demo_exercise(demo_ctx)
    rakel = next(
        lesson.action
        for lesson in demo_ctx.call(exercise_reading.get_exercise, held.id).lessons
        if lesson.action and "RAKEL" in lesson.action.title
    )
    _area, view = exercise_alone(qtbot, demo_ctx, planned.id, "checklist_tab")
    panel = view.checklist_tab.earlier
    assert panel.isVisible() and not panel.none_open.isVisible()
    assert panel.heading.text() == "Öppna åtgärder från tidigare övningars lärdomar (1)"
    first = f"{held.date} {held.title}"
    row = row_texts(panel.table, first)
    assert (row["Åtgärd"], row["Ansvarig"], row["Status"]) == (
        rakel.title,
        rakel.responsible,
        "Pågår",
    )

    asked: list[tuple[str, object]] = []
    demo_ctx.navigator.requested.connect(lambda key, rid: asked.append((key, rid)))
    click_row(qtbot, panel.table, first)
    click_button(qtbot, panel, "Visa åtgärden")
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # Enter on the row, as a double click
    assert asked == [("actions", rakel.id)] * 2


def test_the_exercise_the_lessons_came_from_lists_none_of_its_own(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    held = demo_exercise(demo_ctx)
    _area, view = exercise_alone(qtbot, demo_ctx, held.id, "checklist_tab")
    panel = view.checklist_tab.earlier
    assert panel.heading.text() == "Öppna åtgärder från tidigare övningars lärdomar (0)"
    assert panel.table.rows() == [] and not panel.table.isVisible()
    assert panel.none_open.isVisible()
    assert panel.none_open.text() == "Inga åtgärder från tidigare övningar är öppna."
