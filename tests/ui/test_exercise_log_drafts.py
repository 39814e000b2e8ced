"""The conduct log's note field: what is typed belongs to the exercise it was typed in."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.helpers import show_window, type_text
from ui.context import AppContext
from ui.crisis.area import CrisisArea


def test_a_log_note_typed_stays_with_its_exercise(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """A note typed in one exercise's log was still in the field when another exercise was
    opened, and Enter added it there."""
    rows = demo_ctx.call(exercise_reading.list_exercises)
    area = show_window(qtbot, CrisisArea(demo_ctx), 1280, 800)
    area.open_exercise(rows[0].id)
    view = area.exercise_view
    view.tabs.setCurrentWidget(view.log_tab)
    type_text(qtbot, view.log_tab.entry, "Krisledningen samlad")
    area.show_exercise_list()
    area.open_exercise(rows[1].id)
    view.tabs.setCurrentWidget(view.log_tab)
    assert view.log_tab.entry.text() == ""
    area.open_exercise(rows[0].id)
    assert view.log_tab.entry.text() == "Krisledningen samlad"
