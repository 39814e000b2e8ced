"""An exercise's Lärdomar list the lessons in the order they were written, as the printed
evaluation does: sorted by their text, the list and the printout read in different orders."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.record_tabs import demo_exercise, exercise_alone
from tests.ui.tables import column_texts
from ui.context import AppContext


def test_lessons_are_listed_in_the_order_written(qtbot: QtBot, demo_ctx: AppContext) -> None:
    row = demo_exercise(demo_ctx)
    area, view = exercise_alone(qtbot, demo_ctx, row.id, "lessons_tab", 1024, 768)
    # The printout's order: the exercise's lessons as read for it, the first written first.
    written = [
        lesson.text for lesson in demo_ctx.call(exercise_reading.get_exercise, row.id).lessons
    ]
    assert written != sorted(written)  # the demo's lessons tell the two orders apart
    assert column_texts(view.lessons_tab.table, "Lärdom") == written
    area.close()
