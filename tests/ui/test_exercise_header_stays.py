"""An exercise's header stays where it is when "Markera som utvärderad" is clicked: the bold step
button gone, the header's row lost the 4 px its padding took, and the title, the date line and
the tabs jumped up under the coordinator's eyes."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.core.exercise_data import held_exercise
from tests.days import days_ago
from tests.ui.clicks import click_button
from tests.ui.openers import area_in_window
from tests.ui.record_tabs import exercise_on_tab
from tests.ui.windows import settle
from ui.context import AppContext
from ui.crisis.area import CrisisArea


def test_marking_evaluated_leaves_the_header_where_it_was(qtbot: QtBot, ctx: AppContext) -> None:
    exercise, _objectives = ctx.call(held_exercise, on=days_ago(20))
    _window, area = area_in_window(qtbot, ctx, "crisis", CrisisArea, 1024, 768)
    view = exercise_on_tab(qtbot, area, exercise)
    header: list[QWidget] = [view.title, view.subtitle, view.tabs, view.more_button]

    def places() -> list[int]:
        return [widget.mapTo(view, QPoint(0, 0)).y() for widget in header]

    before = places()
    click_button(qtbot, view, "Markera som utvärderad")
    settle(qtbot)
    assert view.subtitle.text().endswith("Utvärderad")
    assert not view.next_button.isVisible()
    assert places() == before
