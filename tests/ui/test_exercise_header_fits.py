"""An opened exercise's header at 1100 × 700: the back button and the title on the first row, the
date line and the buttons on the second, as an opened walk's. Beside the four buttons, the
longest title, "Seminarieövning: IT-attack mot verksamhetssystemen", broke onto two lines."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.crisis.area import CrisisArea


def test_the_longest_title_keeps_to_one_line_at_1100(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, 1100, 700)
    longest = max(demo_ctx.call(exercise_reading.list_exercises), key=lambda r: len(r.title))
    area.open_exercise(longest.id)
    settle(qtbot)
    view = area.exercise_view
    assert view.title.text() == "Seminarieövning: IT-attack mot verksamhetssystemen"
    assert view.title.height() < 2 * view.title.fontMetrics().lineSpacing()  # one line
    for button in (view.next_button, view.print_button, view.more_button):
        assert button.isVisible()
        assert button.geometry().right() <= view.width()
        assert button.geometry().bottom() < view.tabs.y()  # still in the header
