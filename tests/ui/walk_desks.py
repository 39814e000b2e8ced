"""Two desks on one walk: this desk's window with the walk open and text typed in one of its
tabs, and another program on the same database file (answers.another_desk) changing the walk
meanwhile, so that this desk's save is refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import (
    checklists,
    places,
    walk_editing,
    walk_reading,
    walk_records,
    walk_rows,
    walk_steps,
)
from tests.ui.answers import another_desk
from tests.ui.clicks import type_text
from tests.ui.demo_walks import tessinparken
from tests.ui.test_walks_typed_text import _click_tab, _open_walk
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.checklist_tab import ChecklistTab
from ui.walks.closing_tab import ClosingTab
from ui.walks.walk_view import WalkView

HERS = "Tre platser kändes otrygga: tunneln, parkeringen och busshållplatsen."
HER_NOTE = "Lampan vid grinden trasig"  # typed for the first point of the first stop, rated 1


def summary_typed(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, WalkView, ClosingTab]:
    """Tessinparken's closing tab, her summary (HERS) typed over the one saved."""
    window, view = _open_walk(qtbot, ctx)
    tab = view.closing_tab
    _click_tab(qtbot, view, view.tabs.indexOf(tab))
    qtbot.mouseClick(tab.summary.viewport(), Qt.MouseButton.LeftButton)
    tab.summary.selectAll()
    type_text(qtbot, tab.summary, HERS)
    return window, view, tab


def their_walk(ctx: AppContext, summary: str | None = None, notes: str | None = None) -> None:
    """The other desk saves Tessinparken's summary or its closing meeting's notes."""
    walk_id = tessinparken(ctx)
    with another_desk(ctx.db.url) as desk:
        walk = desk.call(walk_reading.get_walk, walk_id)
        if summary is not None:
            desk.call(walk_records.save_summary, walk_id, summary, walk.version)
        if notes is not None:
            held_on = walk.closing_meeting_on
            desk.call(walk_steps.record_closing_meeting, walk_id, held_on, notes, walk.version)


def walked_today(ctx: AppContext) -> int:
    """A walk at Tessinparken today on the route of 2021, marked as walked, nothing recorded
    yet: the other desk may still take it back to its planning."""
    today = clock.today()
    tessin = next(p.id for p in ctx.call(places.list_places) if p.name == "Tessinparken")
    template = ctx.call(checklists.default_template_id)
    plan = walk_rows.WalkInput(tessin, today, checklist_template_id=template)
    walk_id = ctx.call(walk_editing.create_walk, plan, tessinparken(ctx))
    ctx.call(walk_steps.mark_walked, walk_id, today)
    return walk_id


def answers_typed(
    qtbot: QtBot, ctx: AppContext, walk_id: int
) -> tuple[MainWindow, WalkView, ChecklistTab]:
    """The walk's checklist answers, the first point of the first stop rated 1 with HER_NOTE,
    not saved yet."""
    window, view = _open_walk(qtbot, ctx, walk_id)
    tab = view.checklist_tab
    _click_tab(qtbot, view, view.tabs.indexOf(tab))
    row = tab.rows[0]
    qtbot.mouseClick(row.buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(row.note, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(row.note, HER_NOTE)
    return window, view, tab


def their_answers(ctx: AppContext, walk_id: int, *answers: tuple[int | None, str]) -> None:
    """The other desk saves the first stop's answers, one a point from the first (rating, note),
    against the answers as it read them."""
    with another_desk(ctx.db.url) as desk:
        sheet = desk.call(walk_records.get_checklist, walk_id)
        stop = sheet.stops[0].id
        typed = [
            walk_records.AnswerInput(item.id, rating, note)
            for item, (rating, note) in zip(sheet.items, answers, strict=False)
        ]
        desk.call(walk_records.save_stop_answers, stop, typed, sheet.stop_answers(stop).version)


def taken_back(ctx: AppContext, walk_id: int) -> None:
    """The other desk takes the walk back to its planning (marked as walked by mistake)."""
    with another_desk(ctx.db.url) as desk:
        desk.call(walk_steps.step_back, walk_id)
