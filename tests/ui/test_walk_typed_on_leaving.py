"""Text typed in a walk whose save another desk refused is not lost when the walk is left: opening
another walk (the Overview's or a search's link), going back to the list or closing the window
shows the tab with the text and asks "Lämna vandringen?" (or "Stänga fönstret?"); staying, the
default, keeps the walk and the text. Before, opening another walk replaced a refused summary
without a word, and checklist answers refused were dropped when the window closed or another
walk was opened."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_reading, walk_records
from tests.ui.answers import (
    CLOSE_ANYWAY,
    LEAVE_ANYWAY,
    STAY,
    acknowledge,
    answer_close_question,
)
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import tessinparken, walk_at
from tests.ui.test_walks_typed_text import _click_tab
from tests.ui.walk_desks import (
    HER_NOTE,
    HERS,
    answers_typed,
    summary_typed,
    taken_back,
    their_walk,
    walked_today,
)
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea
from ui.walks.checklist_tab import ChecklistTab

LEAVE = "Lämna vandringen ändå, eller stanna kvar och kopiera det du skrivit?"
CLOSE = "Stänga fönstret ändå, eller stanna kvar och kopiera det du skrivit?"
SUMMARY_REFUSED = (
    "Det du skrev under ”Sammanfattning och avslutande möte” kunde inte sparas: någon annan "
    "ändrade vandringen medan du skrev."
)
ANSWERS_REFUSED = (
    "Svaren du skrev för ”1. Entrén från Valhallavägen” under ”Checklistsvar” kunde inte "
    "sparas: vandringen är inte markerad som genomförd ännu. Markera den som genomförd och "
    "registrera sedan vad ni såg."
)


def _asked(
    qtbot: QtBot, modals: ModalDriver, button: str, leave: object, *args: object
) -> list[str]:
    """``leave(*args)`` answered with ``button``: the titles and texts of the boxes it asked."""
    seen: list[str] = []
    modals.answer(answer_close_question(qtbot, button, seen))
    before = len(modals.seen)
    leave(*args)  # type: ignore[operator]
    modals.check()
    return modals.seen[before:]


def _walks(window: MainWindow) -> WalksArea:
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    return area


def _universitetet(ctx: AppContext) -> int:
    return walk_at(ctx, "Universitetet–Lappis", 2021)


def test_a_refused_summary_asks_before_another_walk_is_opened(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, view, tab = summary_typed(qtbot, demo_ctx)
    their_walk(demo_ctx, summary="Mörkt vid entrén.")
    other = _universitetet(demo_ctx)

    asked = _asked(qtbot, modals, STAY, window.navigate, "walks", other)
    assert asked == [f"Lämna vandringen?: {SUMMARY_REFUSED}\n\n{LEAVE}"]
    assert view.walk is not None and view.walk.id == tessinparken(demo_ctx)
    assert tab.isVisible() and tab.summary.toPlainText() == HERS

    asked = _asked(qtbot, modals, LEAVE_ANYWAY, window.navigate, "walks", other)
    assert len(asked) == 1
    assert view.walk is not None and view.walk.id == other
    theirs = demo_ctx.call(walk_reading.get_walk, other).summary
    assert tab.summary.toPlainText() == theirs
    assert demo_ctx.call(walk_reading.get_walk, tessinparken(demo_ctx)).summary == (
        "Mörkt vid entrén."
    )


def test_a_refused_summary_asks_before_the_list_is_shown_again(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, view, tab = summary_typed(qtbot, demo_ctx)
    their_walk(demo_ctx, summary="Mörkt vid entrén.")
    area = _walks(window)

    asked = _asked(qtbot, modals, STAY, click_button, qtbot, view, "← Alla vandringar")
    assert asked == [f"Lämna vandringen?: {SUMMARY_REFUSED}\n\n{LEAVE}"]
    assert area.stack.currentWidget() is view and tab.summary.toPlainText() == HERS

    _asked(qtbot, modals, LEAVE_ANYWAY, click_button, qtbot, view, "← Alla vandringar")
    assert area.stack.currentWidget() is area.tabs


def _answers(tab: ChecklistTab) -> tuple[int | None, str]:
    row = tab.rows[0]
    return row.rating(), row.note.text()


def test_checklist_answers_refused_ask_before_the_window_closes(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    walk_id = walked_today(demo_ctx)
    window, _view, tab = answers_typed(qtbot, demo_ctx, walk_id)
    taken_back(demo_ctx, walk_id)
    # Seen at this desk (as the program's watch on the database does): the walk is shown as
    # planned, her answers kept on screen, greyed.
    demo_ctx.bus.announce("walks")
    qtbot.waitUntil(lambda: not tab.save_button.isEnabled())
    assert _answers(tab) == (1, HER_NOTE)

    asked = _asked(qtbot, modals, STAY, window.close)
    assert asked == [f"Stänga fönstret?: {ANSWERS_REFUSED}\n\n{CLOSE}"]
    assert window.isVisible() and tab.isVisible()
    assert _answers(tab) == (1, HER_NOTE)

    # Closed all the same: nothing more is said (the answers not saved again as the tab hides).
    assert len(_asked(qtbot, modals, CLOSE_ANYWAY, window.close)) == 1
    assert not window.isVisible()


def test_checklist_answers_refused_ask_before_another_walk_is_opened(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    walk_id = walked_today(demo_ctx)
    window, view, tab = answers_typed(qtbot, demo_ctx, walk_id)
    taken_back(demo_ctx, walk_id)
    other = tessinparken(demo_ctx)

    asked = _asked(qtbot, modals, STAY, window.navigate, "walks", other)
    assert asked == [f"Lämna vandringen?: {ANSWERS_REFUSED}\n\n{LEAVE}"]
    assert view.walk is not None and view.walk.id == walk_id
    assert tab.isVisible() and _answers(tab) == (1, HER_NOTE)

    _asked(qtbot, modals, LEAVE_ANYWAY, window.navigate, "walks", other)
    assert view.walk is not None and view.walk.id == other
    sheet = demo_ctx.call(walk_records.get_checklist, walk_id)
    assert all(stop.answer_count == 0 for stop in sheet.stops)


def test_checklist_answers_refused_on_leaving_the_tab_say_where_they_wait(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    walk_id = walked_today(demo_ctx)
    window, view, tab = answers_typed(qtbot, demo_ctx, walk_id)
    taken_back(demo_ctx, walk_id)
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    _click_tab(qtbot, view, view.tabs.indexOf(view.plan_tab))
    modals.check()
    assert seen == [f"{ANSWERS_REFUSED} De står kvar där som du skrev dem."]
    _click_tab(qtbot, view, view.tabs.indexOf(tab))
    assert _answers(tab) == (1, HER_NOTE)
    # Still waiting there, they are asked about when the window closes.
    assert len(_asked(qtbot, modals, CLOSE_ANYWAY, window.close)) == 1
