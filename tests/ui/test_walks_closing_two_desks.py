"""Two desks write the same walk's summary and closing meeting: desk B saves while desk A types in
the "Sammanfattning och avslutande möte" tab; A's save is refused naming what B changed, A's text
stays in its box, F5 loads B's change keeping A's text, and A's next save stores it. Leaving the
tab with a refused text says where it waits, and closing the window then asks."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_editing, walk_reading
from tests.ui.answers import CLOSE_ANYWAY, acknowledge, answer_close_question
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import tessinparken
from tests.ui.test_form_reload_more_forms import LOAD, LOADED, REFUSED
from tests.ui.test_walks_typed_text import _click_tab
from tests.ui.walk_desks import HERS, summary_typed, their_walk
from ui.context import AppContext
from ui.walks.closing_tab import ClosingTab


def _reload(qtbot: QtBot, tab: ClosingTab) -> None:
    focused = tab.focusWidget()
    assert isinstance(focused, QWidget) and tab.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_F5)


def test_the_summary_over_another_desks_is_refused_and_kept(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, _view, tab = summary_typed(qtbot, demo_ctx)
    their_walk(demo_ctx, summary="Mörkt vid entrén.")
    click_button(qtbot, tab, "Spara sammanfattningen (Ctrl+Enter)")
    assert tab.general_error.text() == REFUSED.format(fields="sammanfattning") + LOAD
    assert tab.reload_button.isVisibleTo(tab)
    assert tab.summary.toPlainText() == HERS
    walk_id = tessinparken(demo_ctx)
    assert demo_ctx.call(walk_reading.get_walk, walk_id).summary == "Mörkt vid entrén."

    _reload(qtbot, tab)
    assert tab.summary.toPlainText() == HERS
    theirs = tab.field_rows()["summary"][1]
    assert theirs.isVisibleTo(tab) and theirs.text() == (
        "Den andra sparade: ”Mörkt vid entrén.”. Din text står kvar här – spara för att ersätta den."
    )
    click_button(qtbot, tab, "Spara sammanfattningen (Ctrl+Enter)")
    assert demo_ctx.call(walk_reading.get_walk, walk_id).summary == HERS
    assert tab.message.text() == "Sammanfattningen sparades."
    assert not tab.reload_button.isVisibleTo(tab)


def test_their_closing_notes_are_loaded_beside_her_summary(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, _view, tab = summary_typed(qtbot, demo_ctx)
    their_walk(demo_ctx, notes="Fastighetsägaren byter lamporna i tunneln.")
    qtbot.keyClick(tab.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert tab.general_error.text() == (
        REFUSED.format(fields="anteckningar från det avslutande mötet") + LOAD
    )
    _reload(qtbot, tab)
    assert tab.notes.toPlainText() == "Fastighetsägaren byter lamporna i tunneln."
    assert tab.summary.toPlainText() == HERS
    assert tab.general_error.text() == LOADED.format(
        theirs="anteckningar från det avslutande mötet", hers="sammanfattning"
    )
    qtbot.keyClick(tab.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    walk = demo_ctx.call(walk_reading.get_walk, tessinparken(demo_ctx))
    assert (walk.summary, walk.closing_meeting_notes) == (
        HERS,
        "Fastighetsägaren byter lamporna i tunneln.",
    )


def test_leaving_the_tab_with_a_refused_summary_says_where_it_waits(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, view, tab = summary_typed(qtbot, demo_ctx)
    qtbot.mouseClick(tab.notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(tab.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.notes, " Polisen kommer tillbaka.")
    notes = tab.notes.toPlainText()
    their_walk(demo_ctx, summary="Mörkt vid entrén.")
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    _click_tab(qtbot, view, view.tabs.indexOf(view.plan_tab))
    modals.check()
    assert len(seen) == 1  # the summary and the notes refused: said once
    assert "finns kvar under ”Sammanfattning och avslutande möte”" in seen[0]
    walk = demo_ctx.call(walk_reading.get_walk, tessinparken(demo_ctx))
    assert walk.summary == "Mörkt vid entrén."
    assert walk.closing_meeting_notes is not None and walk.closing_meeting_notes != notes
    assert (tab.summary.toPlainText(), tab.notes.toPlainText()) == (HERS, notes)

    # Closing the window asks, the tab in view; closed all the same, nothing more is said.
    window = view.window()
    closing: list[str] = []
    modals.answer(answer_close_question(qtbot, CLOSE_ANYWAY, closing))
    window.close()
    modals.check()
    assert not window.isVisible() and len(closing) == 1


def test_a_change_of_the_plan_at_this_desk_does_not_refuse_her_summary(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """The plan changed in its own dialog while the summary is typed: the walk is shown again
    with its new version and her summary, which it did not change, saves over it."""
    _window, _view, tab = summary_typed(qtbot, demo_ctx)
    walk = demo_ctx.call(walk_reading.get_walk, tessinparken(demo_ctx))
    plan = dataclasses.replace(
        walk.to_input(), purpose="Belysningen", expected_version=walk.version
    )
    demo_ctx.call(walk_editing.update_walk, walk.id, plan)
    demo_ctx.bus.announce("walks")
    qtbot.waitUntil(lambda: tab.walk is not None and tab.walk.purpose == "Belysningen")
    assert tab.summary.toPlainText() == HERS
    click_button(qtbot, tab, "Spara sammanfattningen (Ctrl+Enter)")
    assert tab.message.text() == "Sammanfattningen sparades."
    assert demo_ctx.call(walk_reading.get_walk, walk.id).summary == HERS
