"""The closing meeting's date typed alone, the meeting not yet recorded, is kept on leaving the
walk, as its notes are: it was lost, and the day agreed with the owners had to be found again.
The date the tab offers (today) is not kept as if written."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop.models import WalkStatus
from samverkan_desktop.services import walk_reading, walk_steps
from tests.ui.clicks import type_date, type_text
from tests.ui.demo_walks import gyllenstiernsgatan_2021, tessinparken
from tests.ui.test_walks_typed_text import _click_tab, _navigate, _open_walk
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.closing_tab import ClosingTab

AGREED = dt.date(2021, 10, 5)


def _closing_tab(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, ClosingTab]:
    """Tessinparken walked, its closing meeting not yet recorded, on its closing tab."""
    ctx.call(walk_steps.step_back, tessinparken(ctx))
    window, view = _open_walk(qtbot, ctx)
    tab = view.closing_tab
    _click_tab(qtbot, view, view.tabs.indexOf(tab))
    return window, tab


def _leave_and_come_back(qtbot: QtBot, ctx: AppContext, window: MainWindow) -> None:
    _navigate(qtbot, window, gyllenstiernsgatan_2021(ctx))
    _navigate(qtbot, window, tessinparken(ctx))


def test_a_date_typed_alone_is_there_on_coming_back(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, tab = _closing_tab(qtbot, demo_ctx)
    type_date(qtbot, tab.held_on, AGREED)
    _leave_and_come_back(qtbot, demo_ctx, window)
    assert tab.held_on.value() == AGREED
    walk = demo_ctx.call(walk_reading.get_walk, tessinparken(demo_ctx))
    assert (walk.status, walk.closing_meeting_on) == (WalkStatus.WALKED, None)


def test_notes_typed_alone_keep_no_date_that_was_not_written(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, tab = _closing_tab(qtbot, demo_ctx)
    tab.notes.setFocus()
    qtbot.waitUntil(tab.notes.hasFocus)
    type_text(qtbot, tab.notes, " Polisen återkommer.")
    _leave_and_come_back(qtbot, demo_ctx, window)
    walk = demo_ctx.call(walk_reading.get_walk, tessinparken(demo_ctx))
    assert walk.closing_meeting_notes is not None
    assert "Polisen återkommer." in walk.closing_meeting_notes
    assert walk.closing_meeting_date is None
