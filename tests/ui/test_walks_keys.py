"""The walk's keys, as the meeting editor's: Esc (or Alt+Left) back to the list, Ctrl+P the
checklist, Ctrl+Shift+P the report; among the observations Ctrl+N records the next one and
Delete removes the chosen one (after the question). None of them did anything."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import tessinparken
from tests.ui.menus import native_keys
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks import walk_view
from ui.walks.area import WalksArea
from ui.walks.observation_dialogs import ObservationDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def _area(qtbot: QtBot, ctx: AppContext) -> WalksArea:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    window.navigate("walks", tessinparken(ctx))
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.view)
    return area


def test_print_and_back_keys(qtbot: QtBot, demo_ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    previews: list[str] = []
    monkeypatch.setattr(
        walk_view, "preview_in_background", lambda _parent, title, *_args: previews.append(title)
    )
    area = _area(qtbot, demo_ctx)
    view = area.view
    view.tabs.setCurrentWidget(view.plan_tab)
    view.plan_tab.stops.setFocus()
    qtbot.keyClick(view.plan_tab.stops, Qt.Key.Key_P, CTRL)
    qtbot.keyClick(view.plan_tab.stops, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert previews == ["Checklista", "Vandringsrapport"]
    assert "(Ctrl+P)" in view.print_checklist.toolTip()

    qtbot.keyClick(view.plan_tab.stops, Qt.Key.Key_Escape)
    assert area.stack.currentWidget() is area.tabs


def test_observation_keys(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    area = _area(qtbot, demo_ctx)
    view = area.view
    tab = view.observations_tab
    view.tabs.setCurrentWidget(tab)
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    before = tab.model.rowCount()

    def new(dialog: QWidget) -> None:
        assert isinstance(dialog, ObservationDialog)
        dialog.reject()

    modals.answer(new)
    qtbot.keyClick(tab.table, Qt.Key.Key_N, CTRL)
    modals.check()

    asked: list[str] = []

    def delete(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.buttons()[0].click()

    table = tab.table
    table.window().activateWindow()  # back from the dialog (offscreen does not by itself)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is table.window())
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(0, 0)).center(),
    )
    qtbot.waitUntil(table.hasFocus)
    modals.answer(delete)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    modals.check()
    # The first observation raised an action: refused with the reason, nothing removed.
    assert asked and "åtgärd" in asked[0]
    assert tab.model.rowCount() == before


def test_ctrl_s_saves_the_summary_typed(qtbot: QtBot, demo_ctx: AppContext) -> None:
    from samverkan_desktop.services import walk_reading

    area = _area(qtbot, demo_ctx)
    view = area.view
    tab = view.closing_tab
    view.tabs.setCurrentWidget(tab)
    tab.summary.setFocus()
    qtbot.waitUntil(tab.summary.hasFocus)
    qtbot.keyClick(tab.summary, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(tab.summary, " Ny vandring i maj.")
    qtbot.keyClick(tab.summary, Qt.Key.Key_S, CTRL)
    assert tab.message.text() == "Sammanfattningen sparades."
    summary = demo_ctx.call(walk_reading.get_walk, tessinparken(demo_ctx)).summary
    assert summary is not None and summary.endswith("kvällstid. Ny vandring i maj.")
    assert "(Ctrl+S)" in tab.save_summary_button.toolTip()


def test_taking_back_the_closing_meeting_asks_first(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    from samverkan_desktop.models import WalkStatus
    from samverkan_desktop.services import walk_reading

    area = _area(qtbot, demo_ctx)
    view = area.view
    asked: list[str] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Avbryt").click()

    modals.answer(cancel)
    view.back_action.trigger()  # Mer ▸ Ångra senaste steget
    modals.check()
    assert asked == [
        "Ta tillbaka vandringen från ”Avslutande möte hållet” till ”Genomförd”? "
        "Det avslutande mötets datum tas bort; anteckningarna finns kvar."
    ]
    walk = demo_ctx.call(walk_reading.get_walk, tessinparken(demo_ctx))
    assert walk.status is WalkStatus.CLOSING_MEETING_HELD
    assert walk.closing_meeting_on is not None


def test_the_walks_keys_are_listed_in_the_shortcuts(qtbot: QtBot, demo_ctx: AppContext) -> None:
    from ui.shortcuts_dialog import collect

    area = _area(qtbot, demo_ctx)
    window = area.window()
    assert isinstance(window, MainWindow)
    listed = {(s.where, s.what, s.keys) for s in collect(window)}
    for what, keys in (
        ("Tillbaka till alla vandringar", "Esc / Alt+Left"),
        # named as their entries in "Skriv ut ▾", "…" and all: they open the preview
        ("Checklista…", "Ctrl+P"),
        ("Vandringsrapport…", "Ctrl+Shift+P"),
        ("Ny iakttagelse…", "Ctrl+N"),
        ("Ta bort iakttagelse", "Del"),
        ("Spara svaren", "Ctrl+S"),
        ("Spara sammanfattningen och det avslutande mötet", "Ctrl+S"),
    ):
        assert ("Trygghetsvandringar", what, native_keys(keys)) in listed, what


def test_a_paper_checklist_is_typed_in_with_digits_and_tab(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    from samverkan_desktop.services import walk_records

    area = _area(qtbot, demo_ctx)
    view = area.view
    tab = view.checklist_tab
    view.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(
        tab.stops.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tab.stops.visualItemRect(tab.stops.item(1)).center(),
    )  # Lekplatsen
    first = tab.rows[0].buttons[0]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_1)  # Belysning: 1, the focus on its note
    assert QApplication.focusWidget() is tab.rows[0].note
    qtbot.keyClicks(tab.rows[0].note, "En lampa slocknad")
    qtbot.keyClick(tab.rows[0].note, Qt.Key.Key_Tab)  # to the next point's buttons
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)  # Overblick: 3
    assert QApplication.focusWidget() is tab.rows[1].note
    qtbot.keyClick(tab.rows[1].note, Qt.Key.Key_S, CTRL)

    sheet = demo_ctx.call(walk_records.get_checklist, tessinparken(demo_ctx))
    stop = sheet.stops[1].id
    answers = [sheet.answer(stop, item.id) for item in sheet.items[:2]]
    assert [(a.rating, a.note) for a in answers if a] == [(1, "En lampa slocknad"), (3, None)]
