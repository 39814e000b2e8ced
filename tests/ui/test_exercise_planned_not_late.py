"""A new exercise planned two months ahead with a checklist whose template says "12 weeks
before": its points are due within the coming week, not late the day it is planned. The
checklist showed them in the warning colour at once. (The Overview lists no checklist points, so
there is nothing late there to check.)"""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import exercise_reading, exercise_templates
from samverkan_desktop.services.exercise_templates import TemplateItemInput
from tests.ui.clicks import click_button, type_date, type_text
from tests.ui.openers import shown_form
from tests.ui.test_exercise_checklist_late import _due_colour
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.exercise_dialog import ExerciseDialog

TITLE = "Larmövning februari"
TEMPLATE = "Tolv veckors planering"


def test_a_point_copied_in_is_not_late_the_day_the_exercise_is_planned(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    demo_ctx.call(
        exercise_templates.create_template,
        TEMPLATE,
        items=[TemplateItemInput("Boka lokal", weeks_before=12)],
    )
    day = clock.today() + dt.timedelta(days=69)  # nine weeks and six days ahead
    dialog = shown_form(qtbot, ExerciseDialog(demo_ctx))
    type_text(qtbot, dialog.title_edit, TITLE)
    type_date(qtbot, dialog.date, day)
    assert dialog.template is not None
    dialog.template.setCurrentIndex(dialog.template.findText(TEMPLATE))
    click_button(qtbot, dialog, "Planera övning")
    exercise_id = next(
        r.id for r in demo_ctx.call(exercise_reading.list_exercises) if r.title == TITLE
    )
    (point,) = demo_ctx.call(exercise_reading.get_exercise, exercise_id).checklist
    assert point.due_on is not None and 0 <= (point.due_on - clock.today()).days < 7

    area = show_window(qtbot, CrisisArea(demo_ctx), 1280, 800)
    area.open_exercise(exercise_id)
    area.exercise_view.tabs.setCurrentWidget(area.exercise_view.checklist_tab)
    assert _due_colour(area) is None  # not in the warning colour
