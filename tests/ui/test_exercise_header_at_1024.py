"""An opened exercise's header at 1024 × 768, as the meeting window's: "← Alla övningar" a link
with the buttons at its right, the title the whole width under them, then when and where on one
line and the type, status and plan exercised on the next. Beside the buttons the date, place,
type, status and plan wrapped over three lines wherever the narrow column ended
("Karlavägen 104, / stabsrummet")."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.crisis.area import CrisisArea

TITLE = "Övning för krisledningen: strömavbrott i kyla"


def test_the_header_keeps_its_lines_at_1024(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, 1024, 768)
    held = next(r for r in demo_ctx.call(exercise_reading.list_exercises) if r.title == TITLE)
    area.open_exercise(held.id)
    settle(qtbot)
    view = area.exercise_view
    line = view.subtitle.fontMetrics().lineSpacing()
    when, facts = view.subtitle.text().split("\n")
    assert when.startswith("onsdag 17 februari 2021 · 09.00") and "Karlavägen 104" in when
    assert facts.startswith("Stabsövning med motspel · Utvärderad · övar Krisledningsplan")
    assert view.subtitle.height() < 3 * line  # its two lines, neither wrapped
    assert view.title.height() < 2 * view.title.fontMetrics().lineSpacing()
    buttons = [view.print_button, view.more_button]
    assert all(b.isVisible() and b.geometry().right() <= view.width() for b in buttons)
    assert all(b.geometry().bottom() < view.title.y() for b in buttons)  # above the title
