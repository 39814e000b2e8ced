"""From an action to where it came from: in Åtgärder the detail pane's "Ursprung" is a link that
opens the walk in Trygghetsvandringar, the meeting in the calendar, the exercise or the fire
safety inspection in Kris och övningar, by a click or by Tab and Enter or Space. An origin
deleted since is plain text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from samverkan_desktop.models.walks import Observation
from samverkan_desktop.services.action_rows import ActionRow
from tests.core.database_rules import sql
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import area_of, settle
from ui.actions.area import ActionsArea
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.main_window import MainWindow
from ui.walks.area import WalksArea

WALK = "Beskära buskagen längs passagen"
EXERCISE = "Ta fram en reservrutin för kommunikation (RAKEL, satellittelefon) i kontinuitetsplanen"
MOST_TABS = 4  # from the status list, past Redigera… (and Visa gruppen), to the origin


def _actions(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, ActionsArea]:
    window, area = area_in_window(qtbot, ctx, "actions", ActionsArea, 1440, 900)
    qtbot.waitUntil(lambda: area.table.model().rowCount() > 0)
    return window, area


def _choose(qtbot: QtBot, area: ActionsArea, title: str) -> ActionRow:
    click_row(qtbot, area.table, title)
    qtbot.waitUntil(lambda: area.detail.title.text() == title)
    settle(qtbot)
    action = area.current_action()
    assert action is not None
    return action


def _origin(area: ActionsArea) -> QLabel:
    return area.detail.facts.value_label("source")


def _tab_to_origin(qtbot: QtBot, area: ActionsArea) -> QLabel:
    """Tab from the status list until the origin has the focus, its link shown chosen."""
    area.detail.status_combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(area.detail.status_combo.hasFocus)
    origin = _origin(area)
    for _press in range(MOST_TABS):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        if origin.hasFocus():
            assert origin.selectedText() == area.detail.facts.fact("source")  # the link, chosen
            return origin
    raise AssertionError(f"the origin was not reached with {MOST_TABS} Tabs")


def test_tab_and_enter_on_a_walks_action_open_the_walk(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, area = _actions(qtbot, demo_ctx)
    action = _choose(qtbot, area, WALK)
    walk_id = demo_ctx.call(
        lambda s: s.scalar(select(Observation.walk_id).where(Observation.id == action.source_id))
    )
    origin = _tab_to_origin(qtbot, area)
    assert area.detail.facts.fact("source") == "Trygghetsvandring 2021-05-18, Gyllenstiernsgatan"
    qtbot.keyClick(origin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_area_key() == "walks")
    walks = area_of(window, "walks", WalksArea)
    assert walks.stack.currentWidget() is walks.view
    assert walks.view.walk is not None and walks.view.walk.id == walk_id
    assert walks.view.title.text() == "Trygghetsvandring Gyllenstiernsgatan"


def test_a_click_on_a_meetings_action_opens_the_meeting(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, area = _actions(qtbot, demo_ctx)
    listed = zip(
        column_texts(area.table, "Åtgärd"), column_texts(area.table, "Ursprung"), strict=True
    )
    title = next(t for t, origin in listed if origin.startswith("Möte "))
    action = _choose(qtbot, area, title)
    origin = _origin(area)
    # The link's first letters, on its first line.
    spot = origin.contentsRect().topLeft() + QPoint(3, origin.fontMetrics().height() // 2)
    qtbot.mouseClick(origin, Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(lambda: window.current_area_key() == "calendar")
    calendar = area_of(window, "calendar", CalendarArea)
    assert calendar.stack.currentWidget() is calendar.editor
    assert calendar.editor.meeting is not None
    assert calendar.editor.meeting.id == action.source_id


def test_space_on_an_exercises_action_opens_the_exercise(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, area = _actions(qtbot, demo_ctx)
    _choose(qtbot, area, EXERCISE)
    qtbot.keyClick(_tab_to_origin(qtbot, area), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.current_area_key() == "crisis")
    crisis = area_of(window, "crisis", CrisisArea)
    shown = crisis.exercise_view.detail
    assert crisis.exercises_stack.currentWidget() is crisis.exercise_view
    assert shown is not None
    assert shown.exercise.title == "Övning för krisledningen: strömavbrott i kyla"


def test_an_origin_deleted_since_is_plain_text(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, area = _actions(qtbot, demo_ctx)
    exercise = _choose(qtbot, area, EXERCISE)
    # Deleted before the service refused it (a lesson with actions is kept now), or by hand.
    sql(demo_ctx.db, "DELETE FROM exercise_lessons WHERE id = :i", i=exercise.source_id)
    _choose(qtbot, area, WALK)  # a link first: the next action's origin is not left one
    _choose(qtbot, area, EXERCISE)
    origin = _origin(area)
    assert area.detail.facts.fact("source") == "Övning"
    assert origin.textFormat() is Qt.TextFormat.PlainText
    assert not origin.focusPolicy() & Qt.FocusPolicy.TabFocus  # Tab passes it by
    qtbot.mouseClick(origin, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    settle(qtbot)
    assert window.current_area_key() == "actions"


def test_a_fire_inspections_remark_opens_the_inspection(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, area = _actions(qtbot, demo_ctx)
    listed = zip(
        column_texts(area.table, "Åtgärd"), column_texts(area.table, "Ursprung"), strict=True
    )
    title = next(t for t, origin in listed if origin.startswith("Brandskyddsbesiktning "))
    action = _choose(qtbot, area, title)
    qtbot.keyClick(_tab_to_origin(qtbot, area), Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: window.current_area_key() == "crisis")
    crisis = area_of(window, "crisis", CrisisArea)
    assert crisis.tabs.currentWidget() is crisis.fire_page
    assert crisis.fire_page.current_id() == action.source_id
