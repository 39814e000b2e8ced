"""A walk's typed text survives: the checklist answers and the summary typed in one tab are not
wiped when a change saved elsewhere reloads the walk, and leaving the tab saves them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import WalkStatus
from samverkan_desktop.services import walk_reading, walk_records
from tests.ui.demo_walks import tessinparken
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea
from ui.walks.walk_view import WalkView


def _open_walk(
    qtbot: QtBot, ctx: AppContext, walk_id: int | None = None
) -> tuple[MainWindow, WalkView]:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    _navigate(qtbot, window, tessinparken(ctx) if walk_id is None else walk_id)
    return window, _walk_view(window)


def _walk_view(window: MainWindow) -> WalkView:
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    return area.view


def _navigate(qtbot: QtBot, window: MainWindow, walk_id: int) -> None:
    window.navigate("walks", walk_id)
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.view)
    assert area.view.walk is not None and area.view.walk.id == walk_id


def _saved_elsewhere(qtbot: QtBot, ctx: AppContext, view: WalkView) -> None:
    """An observation saved elsewhere (in the next tab, or at another desk) and announced: the
    walk reloads, which the observations list shows."""
    ctx.call(
        walk_records.add_observation,
        tessinparken(ctx),
        walk_records.ObservationInput("Klotter på elskåpet", location="Vid lekplatsen"),
    )
    ctx.bus.announce("walks")
    listed = view.observations_tab.table.rows
    qtbot.waitUntil(lambda: any(r.description == "Klotter på elskåpet" for r in listed()))


def _click_tab(qtbot: QtBot, view: WalkView, index: int) -> None:
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert view.tabs.currentIndex() == index


def test_checklist_answers_typed_survive_a_reload_and_are_saved_on_leaving_the_tab(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, view = _open_walk(qtbot, demo_ctx)
    tab = view.checklist_tab
    _click_tab(qtbot, view, view.tabs.indexOf(tab))
    row = tab.rows[0]
    qtbot.mouseClick(row.note, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(row.note, "Lampan vid grinden trasig")
    qtbot.mouseClick(row.buttons[0], Qt.MouseButton.LeftButton)

    _saved_elsewhere(qtbot, demo_ctx, view)
    assert tab.rows[0].note.text() == "Lampan vid grinden trasig"
    assert tab.rows[0].rating() == 0

    _click_tab(qtbot, view, view.tabs.indexOf(view.observations_tab))
    sheet = demo_ctx.call(walk_records.get_checklist, tessinparken(demo_ctx))
    answer = sheet.answer(sheet.stops[0].id, sheet.items[0].id)
    assert answer is not None
    assert (answer.rating, answer.note) == (0, "Lampan vid grinden trasig")


def test_the_summary_typed_survives_a_reload_and_is_saved_on_leaving_the_tab(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, view = _open_walk(qtbot, demo_ctx)
    tab = view.closing_tab
    _click_tab(qtbot, view, view.tabs.indexOf(tab))
    qtbot.mouseClick(tab.summary.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(tab.summary, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.summary, " Ny vandring i maj (typed).")

    _saved_elsewhere(qtbot, demo_ctx, view)
    assert tab.summary.toPlainText().endswith("kvällstid. Ny vandring i maj (typed).")

    _click_tab(qtbot, view, view.tabs.indexOf(view.followup_tab))
    walk = demo_ctx.call(walk_reading.get_walk, tessinparken(demo_ctx))
    assert walk.summary is not None
    assert walk.summary.endswith("kvällstid. Ny vandring i maj (typed).")


def test_closing_notes_typed_survive_a_reload(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, view = _open_walk(qtbot, demo_ctx)
    tab = view.closing_tab
    _click_tab(qtbot, view, view.tabs.indexOf(tab))
    qtbot.mouseClick(tab.notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(tab.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.notes, " Polisen kommer tillbaka.")

    _saved_elsewhere(qtbot, demo_ctx, view)
    assert tab.notes.toPlainText().endswith("väderskyddet. Polisen kommer tillbaka.")

    _click_tab(qtbot, view, view.tabs.indexOf(view.plan_tab))
    walk = demo_ctx.call(walk_reading.get_walk, tessinparken(demo_ctx))
    assert walk.closing_meeting_notes is not None
    assert walk.closing_meeting_notes.endswith("väderskyddet. Polisen kommer tillbaka.")


def test_a_note_pasted_over_two_lines_is_saved_and_shown_as_the_one_line_it_looks(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, view = _open_walk(qtbot, demo_ctx)
    tab = view.checklist_tab
    _click_tab(qtbot, view, view.tabs.indexOf(tab))
    row = tab.rows[0]
    qtbot.mouseClick(row.note, Qt.MouseButton.LeftButton)
    QApplication.clipboard().setText("Trasig lampa\nvid trappan")
    qtbot.keyClick(row.note, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.saved_label.text() == "Sparat."
    # The field shows what was saved: nothing is left "unsaved" to be saved again.
    assert tab.rows[0].note.text() == "Trasig lampa vid trappan"
    assert not tab.unsaved()
    sheet = demo_ctx.call(walk_records.get_checklist, tessinparken(demo_ctx))
    answer = sheet.answer(sheet.stops[0].id, sheet.items[0].id)
    assert answer is not None and answer.note == "Trasig lampa vid trappan"


def test_closing_notes_typed_before_the_meeting_is_recorded_are_kept_on_leaving_the_walk(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Walked, its closing meeting not yet recorded: notes typed after "Håll det avslutande
    mötet", then "← Alla vandringar" and another walk opened, were lost without a word. They are
    kept, and the meeting is still not recorded as held (its button does that, with its date)."""
    walked = next(
        row.id for row in demo_ctx.call(walk_reading.list_walks) if row.status is WalkStatus.WALKED
    )
    window, view = _open_walk(qtbot, demo_ctx, walked)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)  # Håll det avslutande mötet
    tab = view.closing_tab
    assert view.tabs.currentWidget() is tab and tab.notes.hasFocus()
    qtbot.keyClicks(tab.notes, "Trafikkontoret ser over lastzonerna.")
    back = view.findChild(QPushButton, "backButton")
    assert back is not None
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)  # back to all walks (Esc stays in the notes)
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is not area.view)

    _navigate(qtbot, window, tessinparken(demo_ctx))
    _navigate(qtbot, window, walked)
    assert view.closing_tab.notes.toPlainText() == "Trafikkontoret ser over lastzonerna."
    walk = demo_ctx.call(walk_reading.get_walk, walked)
    assert walk.closing_meeting_notes == "Trafikkontoret ser over lastzonerna."
    assert (walk.status, walk.closing_meeting_on) == (WalkStatus.WALKED, None)
