"""A planned walk says why "Markera som genomförd" waits in one line under its step bar at 1024 ×
768, worded as an exercise's line: "Vandringen kan markeras som genomförd från sin dag, …" and
"… från kl. 18.30 i dag. …". It kept the older style ("Vandringen är planerad till …; den kan
markeras som genomförd från den dagen."), and later the same day "Vandringen börjar i dag kl.
…; … när den har börjat. Om den började tidigare, ändra först" left "dess starttid." on a second
line."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.services import places, walk_editing, walk_rows
from tests.ui.openers import area_in_window
from tests.ui.text_fit import wrapped_lines
from tests.ui.windows import keep_shot
from ui.context import AppContext
from ui.walks.area import WalksArea

TODAY = dt.date(2026, 12, 6)
PLACE = "Klarakvarteren (Vasagatan–Mäster Samuelsgatan)"  # a long name: the title takes two lines


def _walk_line(qtbot: QtBot, ctx: AppContext, day: dt.date, start: dt.time) -> list[str]:
    """The line under the step bar of a walk at PLACE on ``day`` at ``start``, opened in the
    window at 1024 × 768, as its lines wrap."""
    place = ctx.call(places.create_place, places.PlaceInput(PLACE))
    walk_id = ctx.call(walk_editing.create_walk, walk_rows.WalkInput(place, day, start_time=start))
    _window, area = area_in_window(qtbot, ctx, "walks", WalksArea, 1024, 768)
    area.open_walk(walk_id)
    view = area.view
    qtbot.waitUntil(view.step_refusal.isVisible)
    assert not view.next_button.isEnabled()
    assert view.next_button.toolTip() == view.step_refusal.text()
    keep_shot(area.window(), f"walk-step-line-{day.isoformat()}")
    return wrapped_lines(view.step_refusal)


def test_a_walk_on_a_coming_day_is_worded_as_an_exercise_on_one_line(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    lines = _walk_line(qtbot, ctx, dt.date(2026, 12, 24), dt.time(18, 30))
    assert lines == [
        "Vandringen kan markeras som genomförd från sin dag, 2026-12-24. "
        "Om den genomfördes tidigare, ändra först dess datum."
    ]


def test_a_walk_later_today_is_worded_as_an_exercise_on_one_line(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    at_six = dt.datetime.combine(TODAY, dt.time(18), LOCAL_ZONE)
    monkeypatch.setattr(clock, "now", lambda: at_six)
    lines = _walk_line(qtbot, ctx, TODAY, dt.time(23, 30))
    assert lines == [
        "Vandringen kan markeras som genomförd från kl. 23.30 i dag. "
        "Om den började tidigare, ändra först dess starttid."
    ]
