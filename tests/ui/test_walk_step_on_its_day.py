"""A walk planned for a coming day (or later today): "Markera som genomförd" is greyed until then, its
tooltip naming the day; on the day it takes the step. Before, the button was live and a click
only brought a message box titled "Samverkan" saying the walk could be marked from that day.
The step bar follows: "1 Planera" current before the day, "2 Vandra" on it, "3 Registrera"
once walked (the bar went from step 1 straight to 3). On the walk's day before its start time the
reason is a line under the greyed button (it was only the tooltip), and the bar stays on
"1 Planera" (it went by the day and said "2 Vandra" for a walk not yet started)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.services import places, walk_editing, walk_reading, walk_rows
from tests.ui.openers import area_in_window
from tests.ui.windows import keep_shot
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.walks.walk_view import STEP_STYLE, WalkView

TODAY = dt.date(2026, 12, 2)
WALK_DAY = dt.date(2026, 12, 20)


def _planned_walk(qtbot: QtBot, ctx: AppContext) -> tuple[WalksArea, int]:
    """A walk planned for WALK_DAY, opened on TODAY (clock.today set by the caller)."""
    place = ctx.call(places.list_places)[0].id
    walk_id = ctx.call(
        walk_editing.create_walk, walk_rows.WalkInput(place, WALK_DAY, checklist_template_id=1)
    )
    _window, area = area_in_window(qtbot, ctx, "walks", WalksArea, 1100, 700)
    area.open_walk(walk_id)
    return area, walk_id


def _current_steps(view: WalkView) -> list[str]:
    """The steps the bar shows as current (highlighted)."""
    return [b.text() for b in view.step_labels if STEP_STYLE["current"] in b.styleSheet()]


def test_the_step_waits_for_the_walks_day(qtbot: QtBot, demo_ctx: AppContext, monkeypatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    area, walk_id = _planned_walk(qtbot, demo_ctx)
    button = area.view.next_button
    assert button.text() == "Markera som genomförd"
    assert not button.isEnabled()
    assert button.toolTip() == (
        "Vandringen kan markeras som genomförd från sin dag, 2026-12-20. "
        "Om den genomfördes tidigare, ändra först dess datum."
    )

    monkeypatch.setattr(clock, "today", lambda: WALK_DAY)
    area.view.refresh()
    assert button.isEnabled() and button.toolTip() == ""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert demo_ctx.call(walk_reading.get_walk, walk_id).status is WalkStatus.WALKED


def test_the_step_bar_is_on_walk_from_the_walks_day(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    area, _walk_id = _planned_walk(qtbot, demo_ctx)
    view = area.view
    assert _current_steps(view) == ["1 Planera"]

    monkeypatch.setattr(clock, "today", lambda: WALK_DAY)
    view.refresh()
    assert _current_steps(view) == ["2 Vandra"]
    assert STEP_STYLE["done"] in view.step_labels[0].styleSheet()

    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)  # Markera som genomförd
    assert _current_steps(view) == ["3 Registrera"]


def test_on_its_day_the_step_waits_for_the_start_time(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch
) -> None:
    """A walk at 18.30 was marked walked at 08.00. Greyed, the tooltip naming the start; the
    window left open, the button wakes at 18.30 and takes the step."""
    moment = [dt.datetime.combine(WALK_DAY, dt.time(8), LOCAL_ZONE)]
    monkeypatch.setattr(clock, "today", lambda: WALK_DAY)
    monkeypatch.setattr(clock, "now", lambda: moment[0])
    place = demo_ctx.call(places.list_places)[0].id
    walk_id = demo_ctx.call(
        walk_editing.create_walk,
        walk_rows.WalkInput(place, WALK_DAY, start_time=dt.time(18, 30)),
    )
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1024, 768)
    area.open_walk(walk_id)
    button = area.view.next_button
    assert button.text() == "Markera som genomförd"
    assert not button.isEnabled()
    assert button.toolTip() == (
        "Vandringen kan markeras som genomförd från kl. 18.30 i dag. "
        "Om den började tidigare, ändra först dess starttid."
    )
    keep_shot(area.window(), "walk-step-before-start")

    moment[0] = dt.datetime.combine(WALK_DAY, dt.time(18, 29, 59), LOCAL_ZONE)
    area.view.refresh()  # shown again a second before the start
    assert not button.isEnabled()
    moment[0] = dt.datetime.combine(WALK_DAY, dt.time(18, 30), LOCAL_ZONE)
    qtbot.waitUntil(button.isEnabled, timeout=3000)
    assert button.toolTip() == ""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert demo_ctx.call(walk_reading.get_walk, walk_id).status is WalkStatus.WALKED


def test_before_its_start_the_reason_is_in_sight_and_the_bar_waits(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch
) -> None:
    moment = [dt.datetime.combine(WALK_DAY, dt.time(8), LOCAL_ZONE)]
    monkeypatch.setattr(clock, "today", lambda: WALK_DAY)
    monkeypatch.setattr(clock, "now", lambda: moment[0])
    place = demo_ctx.call(places.list_places)[0].id
    walk_id = demo_ctx.call(
        walk_editing.create_walk,
        walk_rows.WalkInput(place, WALK_DAY, start_time=dt.time(18, 30)),
    )
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1024, 768)
    area.open_walk(walk_id)
    view = area.view
    qtbot.wait(50)
    line = view.step_refusal
    assert line.isVisible() and not view.next_button.isEnabled()
    assert line.text() == (
        "Vandringen kan markeras som genomförd från kl. 18.30 i dag. "
        "Om den började tidigare, ändra först dess starttid."
    )
    # Under the button, all of it within the window at 1024 px.
    button_bottom = view.next_button.mapTo(view, view.next_button.rect().bottomLeft()).y()
    assert line.mapTo(view, line.rect().topLeft()).y() >= button_bottom
    assert line.mapTo(view, line.rect().topRight()).x() <= view.width()
    assert _current_steps(view) == ["1 Planera"]
    keep_shot(area.window(), "walk-step-reason-before-start")

    moment[0] = dt.datetime.combine(WALK_DAY, dt.time(18, 29, 59), LOCAL_ZONE)
    view.refresh()  # shown again a second before the start: still waiting
    assert line.isVisible() and _current_steps(view) == ["1 Planera"]
    moment[0] = dt.datetime.combine(WALK_DAY, dt.time(18, 30), LOCAL_ZONE)
    qtbot.waitUntil(view.next_button.isEnabled, timeout=3000)  # the window left open
    assert _current_steps(view) == ["2 Vandra"]
    assert line.isHidden()
