"""A walk's summary typed in "Sammanfattning och avslutande möte" and not saved is saved when the
window closes; when another desk saved the walk meanwhile
the save is refused and the coordinator is asked whether to close all the same, staying (the
default) with the walk's tab and the text in view. Before, the window said the text "finns
kvar" under the tab, and closed with it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_reading
from tests.ui.answers import CLOSE_ANYWAY, STAY, answer_close_question
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import tessinparken
from tests.ui.walk_desks import HERS, summary_typed, their_walk
from ui.context import AppContext
from ui.main_window import MainWindow


def _close(qtbot: QtBot, modals: ModalDriver, window: MainWindow, *buttons: str) -> list[str]:
    seen: list[str] = []
    modals.answer(*(answer_close_question(qtbot, button, seen) for button in buttons))
    window.close()
    modals.check()
    return seen


def _summary(ctx: AppContext) -> str | None:
    return ctx.call(walk_reading.get_walk, tessinparken(ctx)).summary


def test_the_summary_typed_is_saved_when_the_window_closes(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, _view, _tab = summary_typed(qtbot, demo_ctx)
    assert _close(qtbot, modals, window) == []
    assert not window.isVisible()
    assert _summary(demo_ctx) == HERS


def test_a_summary_refused_on_closing_asks_and_staying_keeps_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, _view, tab = summary_typed(qtbot, demo_ctx)
    their_walk(demo_ctx, summary="Mörkt vid entrén.")
    (question,) = _close(qtbot, modals, window, STAY)
    assert question.startswith(
        "Det du skrev under ”Sammanfattning och avslutande möte” kunde inte sparas: någon annan "
        "ändrade vandringen medan du skrev."
    )
    assert window.isVisible() and window.current_area_key() == "walks"
    assert tab.isVisible() and tab.summary.toPlainText() == HERS
    assert _summary(demo_ctx) == "Mörkt vid entrén."

    _close(qtbot, modals, window, CLOSE_ANYWAY)
    assert not window.isVisible()
    assert _summary(demo_ctx) == "Mörkt vid entrén."
