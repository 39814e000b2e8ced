"""A walk, an exercise or a meeting open on one of its tabs, as a coordinator reaches it: the
walk from Trygghetsvandringar in the main window (Tessinparken's unless named), the exercise from
Kris och övningar, in the main window or in a window of its own (the demo's first of a status
unless named), the meeting with earlier actions from Kalender's list on its agenda's follow-up
item. The tab is clicked in the tab bar, and the view laid out, before the test looks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.models.meetings import STANDING_ACTIONS
from samverkan_desktop.services import exercise_reading, walk_route
from tests.ui.clicks import click_tab
from tests.ui.demo_walks import tessinparken
from tests.ui.openers import area_in_window, meeting_with_earlier_actions
from tests.ui.windows import area_of, settle, show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.exercise_view import ExerciseView
from ui.main_window import MainWindow
from ui.meetings.agenda_tab import AgendaTab
from ui.walks.area import WalksArea
from ui.walks.plan_tab import PlanTab
from ui.walks.walk_view import WalkView

if TYPE_CHECKING:
    from samverkan_desktop.services.exercise_rows import ExerciseRow


def walk_tab(
    qtbot: QtBot,
    ctx: AppContext,
    tab: str | None = None,
    width: int = 1280,
    height: int = 800,
    walk_id: int | None = None,
) -> WalkView:
    """The main window of that size on a walk (Tessinparken's unless ``walk_id``), the tab of
    ``tab`` (the view's attribute: "plan_tab", "checklist_tab", "closing_tab", ...) clicked; the
    walk's view, laid out. Without ``tab``, the tab the walk opens on (a held walk: its
    follow-up)."""
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), width, height)
    window.navigate("walks", tessinparken(ctx) if walk_id is None else walk_id)
    area = area_of(window, "walks", WalksArea)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.view)
    view = area.view
    if tab is not None:
        click_tab(qtbot, view.tabs, getattr(view, tab))
    settle(qtbot)
    return view


def walk_plan(qtbot: QtBot, ctx: AppContext, *stops: str) -> PlanTab:
    """Tessinparken's walk at 1024 × 768, its plan in front, with ``stops`` added (none observed
    at)."""
    walk_id = tessinparken(ctx)
    for name in stops:
        ctx.call(walk_route.add_stop, walk_id, name)
    plan = walk_tab(qtbot, ctx, "plan_tab", 1024, 768, walk_id).plan_tab
    qtbot.waitUntil(plan.people.isVisible)
    return plan


def demo_exercise(
    ctx: AppContext, status: ExerciseStatus = ExerciseStatus.EVALUATED, dated: bool = False
) -> ExerciseRow:
    """The first exercise of ``status`` in the list (one with a date, if ``dated``): the demo's
    evaluated exercise has lessons and their actions, its planned one the earlier open actions."""
    return next(
        row
        for row in ctx.call(exercise_reading.list_exercises)
        if row.status is status and (row.date is not None or not dated)
    )


def exercise_on_tab(
    qtbot: QtBot, area: CrisisArea, exercise_id: int, tab: str | None = None
) -> ExerciseView:
    """In Kris och övningar (``area``, alone or in the main window), the exercise opened and the
    tab of ``tab`` (the view's attribute: "lessons_tab", "checklist_tab", ...) clicked; the
    exercise's view, laid out."""
    area.open_exercise(exercise_id)
    view = area.exercise_view
    if tab is not None:
        click_tab(qtbot, view.tabs, getattr(view, tab))
    settle(qtbot)
    return view


def exercise_alone(
    qtbot: QtBot,
    ctx: AppContext,
    exercise_id: int,
    tab: str | None = None,
    width: int = 1280,
    height: int = 800,
) -> tuple[CrisisArea, ExerciseView]:
    """Kris och övningar in a window of its own of that size (active: its keys work), the
    exercise open on ``tab`` (exercise_on_tab): the area and the exercise's view."""
    area = show_window(qtbot, CrisisArea(ctx), width, height)
    return area, exercise_on_tab(qtbot, area, exercise_id, tab)


def exercise_tab(
    qtbot: QtBot, ctx: AppContext, tab: str | None = None, width: int = 1280, height: int = 800
) -> ExerciseView:
    """The main window of that size on Kris och övningar, the demo's evaluated exercise open on
    ``tab`` (exercise_on_tab)."""
    _window, area = area_in_window(qtbot, ctx, "crisis", CrisisArea, width, height)
    return exercise_on_tab(qtbot, area, demo_exercise(ctx).id, tab)


def meeting_follow_up_item(qtbot: QtBot, window: MainWindow) -> AgendaTab:
    """The agenda tab of the meeting with earlier actions partly closed (from the calendar's
    list: ``meeting_with_earlier_actions``), its follow-up item clicked: the line over the
    earlier actions and their list beside the minutes."""
    editor = meeting_with_earlier_actions(qtbot, window)
    tab = editor.agenda_tab
    click_tab(qtbot, editor.tabs, tab)
    assert editor.meeting is not None
    follow_up = next(i for i in editor.meeting.agenda if i.standing_key == STANDING_ACTIONS)
    row = next(
        r
        for r in range(tab.items.count())
        if tab.items.item(r).data(Qt.ItemDataRole.UserRole) == follow_up.id
    )
    qtbot.mouseClick(
        tab.items.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tab.items.visualItemRect(tab.items.item(row)).center(),
    )
    settle(qtbot)
    qtbot.wait(50)  # layout requests are posted
    return tab
