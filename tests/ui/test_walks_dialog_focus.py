"""The walks' dialogs open with the focus in their first field: a coordinator presses Ctrl+N and
types the place, the date and the time, and Enter plans the walk. The focus sat on Save (the
button box is made before the rows), so the typing went nowhere and Enter saved an empty form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_reading
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import tessinparken
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea
from ui.walks.observation_dialogs import ActionDialog, ObservationDialog
from ui.walks.place_dialogs import PlaceDialog
from ui.walks.route_dialogs import StopDialog
from ui.walks.walk_dialog import WalkDialog


def _window(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, WalksArea]:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    window.navigate("walks")
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # Ctrl+N needs it
    return window, area


def _focused_in(qtbot: QtBot, dialog: QWidget, field: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    focus = QApplication.focusWidget()
    assert focus is not None
    assert focus is field or field.isAncestorOf(focus), type(focus).__name__


def test_a_walk_is_planned_from_the_keyboard_alone(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window_, area = _window(qtbot, demo_ctx)

    def type_the_plan(dialog: QWidget) -> None:
        assert isinstance(dialog, WalkDialog)
        _focused_in(qtbot, dialog, dialog.place)
        qtbot.keyClicks(QApplication.focusWidget(), "Tessinparken")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "2026-12-20")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "18:30")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    modals.answer(type_the_plan)
    qtbot.keyClick(area.walks_page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.view)
    modals.check()
    walk = area.view.walk
    assert walk is not None
    assert (walk.place, walk.date, walk.start_time) == (
        "Tessinparken",
        dt.date(2026, 12, 20),
        dt.time(18, 30),
    )
    assert demo_ctx.call(walk_reading.get_walk, walk.id).place == "Tessinparken"


def test_the_walks_other_dialogs_open_in_their_first_field(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window_, area = _window(qtbot, demo_ctx)
    area.open_walk(tessinparken(demo_ctx))
    view = area.view

    def expect(kind: type, field: str):  # type: ignore[no-untyped-def]
        def check(dialog: QWidget) -> None:
            assert isinstance(dialog, kind)
            _focused_in(qtbot, dialog, getattr(dialog, field))
            dialog.reject()  # type: ignore[attr-defined]

        return check

    for button, kind, field in (
        (view.plan_tab.add_stop_button, StopDialog, "name"),
        (view.observations_tab.new_button, ObservationDialog, "stop"),
        (view.observations_tab.raise_button, ActionDialog, "what"),
    ):
        tab = button.parentWidget()
        assert tab is not None
        view.tabs.setCurrentWidget(tab)
        modals.answer(expect(kind, field))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        modals.check()

    area.show_lists()
    area.tabs.setCurrentWidget(area.places_page)
    modals.answer(expect(PlaceDialog, "name"))
    area.new_place()
    modals.check()


def test_the_light_follows_the_date_and_time_typed_until_chosen(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window_, area = _window(qtbot, demo_ctx)
    seen: list[str] = []

    def type_the_plan(dialog: QWidget) -> None:
        assert isinstance(dialog, WalkDialog)
        _focused_in(qtbot, dialog, dialog.place)
        seen.append(dialog.light.currentText())  # no time yet: as a walk is planned anywhere
        qtbot.keyClicks(QApplication.focusWidget(), "Tessinparken")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "2026-12-10")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "18:30")
        seen.append(dialog.light.currentText())  # December evening
        dialog.time.clear()
        qtbot.keyClicks(dialog.time, "12:00")
        seen.append(dialog.light.currentText())  # noon
        qtbot.keyClick(dialog.time, Qt.Key.Key_Tab)  # to "Slut", then the light, by hand
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.light
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        seen.append(dialog.light.currentText())
        dialog.time.clear()
        qtbot.keyClicks(dialog.time, "13:00")
        seen.append(dialog.light.currentText())  # the choice stays
        dialog.discard()  # the plan is not wanted: closed unasked

    modals.answer(type_the_plan)
    qtbot.keyClick(area.walks_page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert seen == ["I mörker", "I mörker", "I dagsljus", "I mörker", "I mörker"]
