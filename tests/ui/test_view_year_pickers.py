"""The year that chooses a view (the annual exercise plan's, a group's follow-up tab's) behaves
as the forms' number fields: a year outside the range stays as typed and the view stays where it
was, saying why beside the field. It was a plain spin box: "2150" became "215" (the key
dropped), then the year shown came back on Enter, and nothing said why the view did not change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services.follow_up import last_ended_period
from tests.ui.conftest import ModalDriver
from tests.ui.openers import crisis_tab
from tests.ui.test_group_follow_up_texts import _follow_up_of
from tests.ui.windows import keep_shot
from ui.context import AppContext
from ui.widgets.view_number import ViewNumberField


def _choose(qtbot: QtBot, field: ViewNumberField, typed: str, key: Qt.Key) -> None:
    """Click into the field, type over its year and press ``key`` (Enter, or Tab to leave)."""
    line = field.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, typed)
    qtbot.keyClick(field, key)


def test_the_exercise_plan_stays_on_its_year_and_says_why(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "exercises_stack")
    plan = area.exercises_page.plan_view
    _choose(qtbot, plan.year, "2021", Qt.Key.Key_Return)  # the demo's held exercise
    february = plan.month_texts()[1]
    assert "Övning för krisledningen" in february
    _choose(qtbot, plan.year, "2150", Qt.Key.Key_Return)
    assert plan.year.text() == "2150"  # as typed, in red
    assert plan.month_texts()[1] == february  # still 2021's plan
    assert plan.year.refusal_line.isVisible()
    assert plan.year.refusal_line.text() == "Ange 2000–2100 (inte 2150). Visar fortfarande 2021."
    keep_shot(plan, "plan-year-refused")
    _choose(qtbot, plan.year, "1999", Qt.Key.Key_Tab)  # leaving the field says it too
    assert plan.year.refusal_line.text() == "Ange 2000–2100 (inte 1999). Visar fortfarande 2021."
    _choose(qtbot, plan.year, "2022", Qt.Key.Key_Return)
    assert plan.year.refusal_line.isHidden()
    assert plan.year.value() == 2022 and plan.month_texts()[1] != february
    modals.check()


def test_the_follow_up_stays_on_its_year_and_says_why(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    period, year = last_ended_period(clock.today())
    _window, _area, tab = _follow_up_of(qtbot, demo_ctx)
    done = tab.done_box.toPlainText()
    later = clock.today().year + 1  # the last year offered
    _choose(qtbot, tab.year_spin, str(later + 1), Qt.Key.Key_Tab)
    assert tab.year_spin.text() == str(later + 1)
    assert (tab.period_combo.value(), tab.year_spin.value()) == (period, year)
    assert tab.done_box.toPlainText() == done  # the same follow-up shown
    assert tab.year_spin.refusal_line.isVisible()
    assert tab.year_spin.refusal_line.text() == (
        f"Ange {later - 11}–{later} (inte {later + 1}). Visar fortfarande {year}."
    )
    keep_shot(tab, "follow-up-year-refused")
    _choose(qtbot, tab.year_spin, str(later), Qt.Key.Key_Return)
    assert tab.year_spin.refusal_line.isHidden()
    assert tab.year_spin.value() == later
    modals.check()
