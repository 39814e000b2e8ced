"""The annual exercise plan's month boxes read from the top: each month's name at the top of its
box, its exercises (or "inget planerat") right under it. A box in a row beside a month with a
long exercise is taller than it needs; that room went between the name and the text, so
"mars" sat lower than "februari" beside it and "inget planerat" floated mid-box."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea


def test_month_names_on_one_line_and_texts_under_them(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = show_window(qtbot, CrisisArea(demo_ctx), 1024, 768)
    area.tabs.setCurrentWidget(area.exercises_stack)
    plan = area.exercises_page.plan_view
    plan.year.setValue(2021)  # February: the demo's held exercise, on three or four lines
    first_row = plan.frames[:4]  # januari–april, as tall as February needs
    assert len({frame.height() for frame in first_row}) == 1
    names = [frame.findChild(QLabel, "monthName") for frame in first_row]
    assert names[0] is not None
    top = names[0].geometry().top()
    for name, body in zip(names, plan.months[:4], strict=True):
        assert name is not None
        # A label centres its text in the height it is given: given no more than its line,
        # each name sits at the top of its box, the four on one line.
        assert name.geometry().top() == top
        assert name.height() == name.sizeHint().height(), (name.text(), name.height())
        gap = body.geometry().top() - name.geometry().bottom()
        assert gap <= 4, (name.text(), gap)  # the month's text right under its name
