"""A walk's summary typed in "Sammanfattning och avslutande möte" and not saved is saved when the
window closes; when another desk saved the walk meanwhile
the save is refused and the coordinator is asked whether to close all the same, staying (the
default) with the walk's tab and the text in view. Before, the window said the text "finns
kvar" under the tab, and closed with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_reading, walk_records
from tests.ui.answers import CLOSE_ANYWAY, STAY, another_desk, answer_close_question
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import tessinparken
from tests.ui.test_walks_typed_text import _click_tab, _open_walk
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.closing_tab import ClosingTab

HERS = "Tre platser kändes otrygga: tunneln, parkeringen och busshållplatsen."


def _typed(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, ClosingTab]:
    """The walk's closing tab, her summary typed over the one saved."""
    window, view = _open_walk(qtbot, ctx)
    tab = view.closing_tab
    _click_tab(qtbot, view, view.tabs.indexOf(tab))
    qtbot.mouseClick(tab.summary.viewport(), Qt.MouseButton.LeftButton)
    tab.summary.selectAll()
    type_text(qtbot, tab.summary, HERS)
    return window, tab


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
    window, _tab = _typed(qtbot, demo_ctx)
    assert _close(qtbot, modals, window) == []
    assert not window.isVisible()
    assert _summary(demo_ctx) == HERS


def test_a_summary_refused_on_closing_asks_and_staying_keeps_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, tab = _typed(qtbot, demo_ctx)
    walk_id = tessinparken(demo_ctx)
    with another_desk(demo_ctx.db.url) as desk:
        walk = desk.call(walk_reading.get_walk, walk_id)
        desk.call(walk_records.save_summary, walk_id, "Mörkt vid entrén.", walk.version)
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
